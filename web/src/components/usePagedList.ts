import { useCallback, useEffect, useRef, useState } from 'react';
import { useLoad } from './useLoad';

/**
 * The query of a list the server pages (docs/api.md, "Paging, sorting and search"): `page` from 1,
 * `size` rows, `sort` one of the list's fields with `-` for descending, `q` the search, plus the list's
 * own filters (empty = all).
 */
export interface PageQuery {
  page: number;
  size: number;
  sort: string;
  q: string;
  filters: Record<string, string>;
}

/** What every paged answer carries besides its named array. */
export interface PageEnvelope {
  page: number;
  size: number;
  pages: number;
  total: number;
}

export const PAGE_SIZES = [20, 50, 100, 200] as const;
export const SEARCH_DELAY_MS = 300;

/** The query parameters of `query`, for the API client (empty values are left out there). */
export function pageParams(query: PageQuery): Record<string, string | number> {
  return { page: query.page, size: query.size, sort: query.sort, q: query.q.trim(), ...query.filters };
}

/** The sort after clicking the header of `field`: ascending first, then the other way round. */
export function nextSort(current: string, field: string): string {
  return current === field ? `-${field}` : field;
}

/** How `field` is sorted now, as `aria-sort` says it; undefined when the list is sorted by another field. */
export function sortState(current: string, field: string): 'ascending' | 'descending' | undefined {
  if (current === field) return 'ascending';
  if (current === `-${field}`) return 'descending';
  return undefined;
}

/**
 * A list paged, sorted, searched and filtered by the server. Every change of sort, size, search or a
 * filter goes back to page 1. The search box's text (`searchText`) is sent `SEARCH_DELAY_MS` after the
 * last keystroke (or at once with `searchNow`), so typing a name costs one request, not one per letter.
 * `update` changes the loaded answer in place (a row after an action on it) without a round trip.
 */
export function usePagedList<A extends PageEnvelope>(
  fetchPage: (query: PageQuery) => Promise<A>,
  initial: { sort: string; size?: number; filters?: Record<string, string> },
  deps: readonly unknown[] = [],
) {
  const [query, setQuery] = useState<PageQuery>({
    page: 1,
    size: initial.size ?? 50,
    sort: initial.sort,
    q: '',
    filters: initial.filters ?? {},
  });
  const [searchText, setSearchText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { state, reload, update } = useLoad(() => fetchPage(query), [...deps, query]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const change = useCallback((patch: Partial<PageQuery>) => setQuery((q) => ({ ...q, page: 1, ...patch })), []);
  const setPage = useCallback((page: number) => setQuery((q) => ({ ...q, page })), []);
  const setSize = useCallback((size: number) => change({ size }), [change]);
  const sortBy = useCallback((field: string) => setQuery((q) => ({ ...q, page: 1, sort: nextSort(q.sort, field) })), []);
  /** A sort chosen from a list (a select) rather than by a column heading: `sort` as the server takes it. */
  const setSort = useCallback((sort: string) => change({ sort }), [change]);
  const setFilter = useCallback(
    (name: string, value: string) => setQuery((q) => ({ ...q, page: 1, filters: { ...q.filters, [name]: value } })),
    [],
  );
  const searchNow = useCallback(
    (text: string) => {
      clearTimeout(timer.current);
      setQuery((q) => (q.q === text.trim() ? q : { ...q, page: 1, q: text.trim() }));
    },
    [],
  );
  const search = useCallback(
    (text: string) => {
      setSearchText(text);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => searchNow(text), SEARCH_DELAY_MS);
    },
    [searchNow],
  );

  return { query, state, reload, update, setPage, setSize, sortBy, setSort, setFilter, searchText, search, searchNow };
}

export type PagedList<A extends PageEnvelope> = ReturnType<typeof usePagedList<A>>;
