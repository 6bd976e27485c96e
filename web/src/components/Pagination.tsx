import { useI18n } from '../i18n';
import { Button } from './Button';

/**
 * First / previous / next / last page of a list the server pages, with "page x of y" in the middle.
 * First and last are there because a programme of 2,000 schools has 40 pages at 50 rows: reaching the
 * end one page at a time is not an option. Hidden when there is one page only (and the list is on it).
 * `onPage` gets the page to show.
 */
export function Pagination({
  label,
  page,
  pages,
  onPage,
}: {
  /** The navigation landmark's name, e.g. "Pages of the security log". */
  label: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const last = Math.max(1, pages);
  if (last <= 1 && page <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(1)}>
        {t('pagination.first')}
      </Button>
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(Math.min(page - 1, last))}>
        {t('pagination.previous')}
      </Button>
      <span>{t('pagination.pageOf', { page, pages: last })}</span>
      <Button variant="secondary" disabled={page >= last} onClick={() => onPage(page + 1)}>
        {t('pagination.next')}
      </Button>
      <Button variant="secondary" disabled={page >= last} onClick={() => onPage(last)}>
        {t('pagination.last')}
      </Button>
    </nav>
  );
}
