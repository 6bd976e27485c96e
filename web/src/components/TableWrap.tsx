import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen. The scrolling box takes the keyboard focus, so
 * keyboard users can scroll it too, and is a named group. Not a region: the section around a table is
 * usually named by the same heading as the table, and two landmarks of one name cannot be told apart.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
