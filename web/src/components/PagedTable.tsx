import type { FormEvent, ReactNode } from 'react';
import { useI18n } from '../i18n';
import { DataTable } from './DataTable';
import { EmptyState } from './EmptyState';
import type { Column } from './DataTable';
import { SelectField } from './fields';
import { Pagination } from './Pagination';
import { PAGE_SIZES } from './usePagedList';
import type { PageEnvelope, PagedList } from './usePagedList';

/** A whole number as the reader's language writes it: 10.002 (nl), 10,002 (en). */
export function formatCount(language: string, n: number): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-BE').format(n);
}

/** "1–50 of 10,002" in the reader's language; empty when there are no rows. */
export function pageRange(
  t: ReturnType<typeof useI18n>['t'],
  language: string,
  page: PageEnvelope,
  shown: number,
): string {
  if (page.total === 0 || shown === 0) return '';
  const from = (page.page - 1) * page.size + 1;
  return t('paging.range', {
    from: formatCount(language, from),
    to: formatCount(language, from + shown - 1),
    total: formatCount(language, page.total),
  });
}

/**
 * A table whose rows the server pages, sorts, searches and filters (usePagedList): a labelled search box
 * (sent after a pause in typing, or at once with Enter), the list's own `filters`, the table with sortable
 * headings, then "1–50 of 10,002" (announced politely when it changes), the page size and the page controls.
 */
export function PagedTable<Row, A extends PageEnvelope>({
  id,
  list,
  answer,
  rows,
  caption,
  columns,
  rowKey,
  rowProps,
  searchLabel,
  searchHint,
  filters,
  empty,
}: {
  /** Prefix of the controls' ids. */
  id: string;
  list: PagedList<A>;
  answer: A;
  rows: Row[];
  caption: string;
  columns: Column<Row>[];
  rowKey: (row: Row) => string | number;
  rowProps?: (row: Row) => Record<string, string | number | undefined>;
  searchLabel: string;
  searchHint?: string;
  filters?: ReactNode;
  /** Shown instead of the table when no row matches. */
  empty: string;
}) {
  const { t, language } = useI18n();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    list.searchNow(list.searchText);
  };
  const range = pageRange(t, language, answer, rows.length);
  return (
    <div className="paged">
      <div className="filters">
        {/* Named after its list: a page with two paged lists has two search landmarks to tell apart. */}
        <form role="search" className="field paged__search" onSubmit={submit} aria-label={caption}>
          <label htmlFor={`${id}-q`}>{searchLabel}</label>
          {searchHint && (
            <p id={`${id}-q-hint`} className="field__hint">
              {searchHint}
            </p>
          )}
          <input
            id={`${id}-q`}
            type="search"
            value={list.searchText}
            onChange={(e) => list.search(e.target.value)}
            aria-describedby={searchHint ? `${id}-q-hint` : undefined}
            maxLength={200}
          />
        </form>
        {filters}
      </div>
      {rows.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <DataTable
          caption={caption}
          columns={columns}
          rows={rows}
          rowKey={rowKey}
          rowProps={rowProps}
          sorting={{ current: list.query.sort, onSort: list.sortBy }}
        />
      )}
      <div className="paged__footer">
        <p className="paged__range" aria-live="polite">
          {range}
        </p>
        <SelectField
          id={`${id}-size`}
          inline
          label={t('paging.size')}
          value={String(list.query.size)}
          onChange={(v) => list.setSize(Number(v))}
          options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
        />
      </div>
      <Pagination label={t('paging.pages', { list: caption })} page={answer.page} pages={answer.pages} onPage={list.setPage} />
    </div>
  );
}
