import type { ReactNode } from 'react';
import { TableWrap } from './TableWrap';

export interface Column<Row> {
  /** Column heading. */
  title: ReactNode;
  /** The cell's content for one row. */
  cell: (row: Row) => ReactNode;
  /** The row's heading cell (th scope=row): the column that names the row. */
  rowHeader?: boolean;
  className?: string;
}

/**
 * A table with a caption (read by screen readers, hidden on screen unless `showCaption`), column headings
 * and one heading cell per row, inside a region that scrolls sideways on narrow screens.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowProps,
  showCaption = false,
  className = 'table',
  testId,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  rowProps?: (row: Row) => Record<string, string | number | undefined>;
  showCaption?: boolean;
  className?: string;
  testId?: string;
}) {
  return (
    <TableWrap label={caption}>
      <table className={className} data-testid={testId}>
        <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.className}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...(rowProps ? rowProps(row) : {})}>
              {columns.map((column, i) =>
                column.rowHeader ? (
                  <th key={i} scope="row" className={column.className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={column.className}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
