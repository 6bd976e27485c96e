import type { ReactNode } from 'react';
import { TableWrap } from './TableWrap';
import { sortState } from './usePagedList';

export interface Column<Row> {
  /** Column heading. */
  title: ReactNode;
  /** The cell's content for one row. */
  cell: (row: Row) => ReactNode;
  /** The row's heading cell (th scope=row): the column that names the row. */
  rowHeader?: boolean;
  className?: string;
  /** The server's sort field of this column: its heading becomes a button that sorts by it (see `sorting`). */
  sort?: string;
}

/** The list's sort (`name` or `-name`) and what a click on a sortable heading does. */
export interface Sorting {
  current: string;
  onSort: (field: string) => void;
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
  sorting,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  rowProps?: (row: Row) => Record<string, string | number | undefined>;
  showCaption?: boolean;
  className?: string;
  testId?: string;
  /** Makes the headings of columns with `sort` buttons, with `aria-sort` on the sorted one. */
  sorting?: Sorting;
}) {
  return (
    <TableWrap label={caption}>
      <table className={className} data-testid={testId}>
        <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => {
              const field = sorting ? column.sort : undefined;
              if (!sorting || !field) {
                return (
                  <th key={i} scope="col" className={column.className}>
                    {column.title}
                  </th>
                );
              }
              const state = sortState(sorting.current, field);
              return (
                <th key={i} scope="col" className={column.className} aria-sort={state}>
                  <button type="button" className="sort-button" onClick={() => sorting.onSort(field)}>
                    {column.title}
                    <span className="sort-button__arrow" aria-hidden="true">
                      {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
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
