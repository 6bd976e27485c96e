import type { ReactNode } from 'react';

/**
 * What a list or a part of a page says when it has nothing to show yet, and what to do about it when
 * there is something to do (`action`: a link or a button). Said in a sentence, never an empty table.
 */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{children}</p>
      {action && <p className="empty-state__action">{action}</p>}
    </div>
  );
}
