import type { ReactNode } from 'react';

/**
 * The colour a state is shown in. Six, for every status in the app: `waiting` for someone (submitted,
 * pending), `active` (in review, in progress), `done` or accepted, `problem` (refused, overdue),
 * `neutral` (closed, withdrawn, dropped) and `marked` (fixed by hand). The words always say the state
 * too; the colour only helps to scan a list.
 */
export type StatusTone = 'waiting' | 'active' | 'done' | 'problem' | 'neutral' | 'marked';

/** A short state beside a name ("Bezig", "Te laat"): a rounded tag in its tone's colour. */
export function StatusTag({
  tone,
  children,
  block = false,
  testId,
}: {
  tone: StatusTone;
  children: ReactNode;
  /** A paragraph of its own instead of a span inside a line. */
  block?: boolean;
  testId?: string;
}) {
  const className = `status-tag status-tag--${tone}`;
  return block ? (
    <p className={className} data-testid={testId}>
      {children}
    </p>
  ) : (
    <span className={className} data-testid={testId}>
      {children}
    </span>
  );
}
