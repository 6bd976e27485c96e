import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';

export interface SummaryItem {
  /** The id of the field the message is about; none for a message about the whole form. */
  field?: string;
  message: string;
}

/**
 * The list of what went wrong in a form, announced with `role="alert"`. Each field message links to
 * its field. It takes the focus when it appears (and whenever `version` changes).
 */
export function ErrorSummary({
  title,
  items,
  version,
  titleId = 'error-summary-title',
  goTo,
}: {
  title: string;
  items: SummaryItem[];
  version: number;
  /** The id of the title; give one of its own when a page can show more than one summary. */
  titleId?: string;
  /** Brings a field into view and focuses it, when it is not on the page yet (a step of a wizard). */
  goTo?: (field: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);

  if (items.length === 0) return null;

  const focusField = (field: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    // Do not touch the URL: the set-password page keeps its token in the fragment.
    e.preventDefault();
    if (goTo) goTo(field);
    else document.getElementById(field)?.focus();
  };

  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {title}
      </h2>
      <ul>
        {items.map((item, i) => (
          <li key={`${item.field ?? ''}-${i}`}>
            {item.field ? (
              <a href={`#${item.field}`} onClick={focusField(item.field)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
