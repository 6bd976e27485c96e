// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, translator } from '../i18n';

import { PagedTable, pageRange } from './PagedTable';
import { nextSort, pageParams, SEARCH_DELAY_MS, sortState, usePagedList } from './usePagedList';
import type { PageQuery } from './usePagedList';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider>{children}</I18nProvider>;

interface Answer {
  rows: { id: number; name: string }[];
  page: number;
  size: number;
  pages: number;
  total: number;
}

/** A server of `total` rows named "Row n", answering the query it was asked. */
function server(total: number) {
  const asked: PageQuery[] = [];
  const fetchPage = async (query: PageQuery): Promise<Answer> => {
    asked.push(query);
    const from = (query.page - 1) * query.size;
    const rows = [];
    for (let i = from; i < Math.min(total, from + query.size); i++) rows.push({ id: i + 1, name: `Row ${i + 1}` });
    return { rows, page: query.page, size: query.size, pages: Math.max(1, Math.ceil(total / query.size)), total };
  };
  return { asked, fetchPage };
}

describe('the sort helpers', () => {
  it('sorts ascending first, then descending, and says so as aria-sort does', () => {
    expect(nextSort('createdAt', 'name')).toBe('name');
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
    expect(sortState('name', 'name')).toBe('ascending');
    expect(sortState('-name', 'name')).toBe('descending');
    expect(sortState('-createdAt', 'name')).toBeUndefined();
  });

  it('sends page, size, sort, the trimmed search and the filters', () => {
    expect(pageParams({ page: 2, size: 20, sort: '-name', q: ' sint ', filters: { status: 'pending', kind: '' } })).toEqual({
      page: 2,
      size: 20,
      sort: '-name',
      q: 'sint',
      status: 'pending',
      kind: '',
    });
  });

  it('says which rows are shown, with thousands written the reader’s way', () => {
    const page = { page: 1, size: 50, pages: 201, total: 10002 };
    const nl = translator('nl');
    const en = translator('en');
    expect(pageRange(nl, 'nl', page, 50)).toBe('1–50 van 10.002');
    expect(pageRange(en, 'en', page, 50)).toBe('1–50 of 10,002');
    expect(pageRange(en, 'en', { ...page, page: 201 }, 2)).toBe('10,001–10,002 of 10,002');
    expect(pageRange(en, 'en', { ...page, total: 0 }, 0)).toBe('');
  });
});

describe('usePagedList', () => {
  it('starts on page 1 and goes back to it on every change of sort, size, filter or search', async () => {
    const { asked, fetchPage } = server(120);
    const { result } = renderHook(() => usePagedList(fetchPage, { sort: 'createdAt', filters: { status: '' } }), { wrapper });
    await act(async () => {});
    expect(asked.at(-1)).toEqual({ page: 1, size: 50, sort: 'createdAt', q: '', filters: { status: '' } });
    await act(async () => result.current.setPage(3));
    expect(asked.at(-1)?.page).toBe(3);
    await act(async () => result.current.sortBy('createdAt'));
    expect(asked.at(-1)).toMatchObject({ page: 1, sort: '-createdAt' });
    await act(async () => result.current.setPage(2));
    await act(async () => result.current.setSize(20));
    expect(asked.at(-1)).toMatchObject({ page: 1, size: 20 });
    await act(async () => result.current.setPage(2));
    await act(async () => result.current.setFilter('status', 'pending'));
    expect(asked.at(-1)).toMatchObject({ page: 1, filters: { status: 'pending' } });
  });

  it('sends the search once, a moment after the last keystroke, or at once on Enter', async () => {
    vi.useFakeTimers();
    const { asked, fetchPage } = server(10);
    const { result } = renderHook(() => usePagedList(fetchPage, { sort: 'name' }), { wrapper });
    await act(async () => {});
    const before = asked.length;
    act(() => {
      result.current.search('S');
      result.current.search('Si');
      result.current.search('Sint ');
    });
    expect(result.current.searchText).toBe('Sint ');
    await act(async () => vi.advanceTimersByTime(SEARCH_DELAY_MS - 1));
    expect(asked.length).toBe(before);
    await act(async () => vi.advanceTimersByTime(1));
    expect(asked.length).toBe(before + 1);
    expect(asked.at(-1)?.q).toBe('Sint');
    act(() => result.current.search('Sint-Jan'));
    await act(async () => result.current.searchNow('Sint-Jan'));
    expect(asked.at(-1)?.q).toBe('Sint-Jan');
    await act(async () => vi.advanceTimersByTime(SEARCH_DELAY_MS));
    expect(asked.length).toBe(before + 2);
  });

  it('updates the loaded page in place', async () => {
    const { asked, fetchPage } = server(3);
    const { result } = renderHook(() => usePagedList(fetchPage, { sort: 'name' }), { wrapper });
    await act(async () => {});
    act(() => result.current.update((a) => ({ ...a, rows: a.rows.map((r) => (r.id === 2 ? { ...r, name: 'Changed' } : r)) })));
    const state = result.current.state;
    expect(state.status === 'ready' && state.data.rows.map((r) => r.name)).toEqual(['Row 1', 'Changed', 'Row 3']);
    expect(asked).toHaveLength(1);
  });
});

function Table({ fetchPage }: { fetchPage: (q: PageQuery) => Promise<Answer> }) {
  const list = usePagedList(fetchPage, { sort: 'name' });
  if (list.state.status !== 'ready') return null;
  return (
    <PagedTable
      id="rows"
      list={list}
      answer={list.state.data}
      rows={list.state.data.rows}
      caption="Rows"
      columns={[
        { title: 'Name', rowHeader: true, sort: 'name', cell: (r) => r.name },
        { title: 'Id', cell: (r) => r.id },
      ]}
      rowKey={(r) => r.id}
      searchLabel="Search rows"
      empty="No rows."
    />
  );
}

describe('PagedTable', () => {
  it('has a labelled search box, sortable headings with aria-sort, the range, a page size and page controls', async () => {
    const { asked, fetchPage } = server(120);
    render(<Table fetchPage={fetchPage} />, { wrapper });
    await screen.findByRole('rowheader', { name: 'Row 1' });
    expect(screen.getByRole('searchbox', { name: 'Search rows' })).toBeTruthy();
    const heading = screen.getByRole('columnheader', { name: /Name/ });
    expect(heading.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: 'Id' }).getAttribute('aria-sort')).toBeNull();
    expect(screen.getByText(/^1–50 (of|van) 120$/)).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Name/ })));
    expect(asked.at(-1)?.sort).toBe('-name');
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('descending');

    const next = screen.getByRole('button', { name: /Next page|Volgende pagina/ });
    await act(async () => fireEvent.click(next));
    expect(asked.at(-1)?.page).toBe(2);
    expect(await screen.findByText(/^51–100 (of|van) 120$/)).toBeTruthy();

    await act(async () => fireEvent.change(screen.getByLabelText(/Rows per page|Rijen per pagina/), { target: { value: '200' } }));
    expect(asked.at(-1)).toMatchObject({ page: 1, size: 200 });
    expect(screen.queryByRole('navigation')).toBeNull();

    await act(async () => {
      fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'Row 7' } });
      fireEvent.submit(screen.getByRole('search'));
    });
    expect(asked.at(-1)?.q).toBe('Row 7');
  });

  it('jumps to the last page and back to the first, each disabled where it would lead nowhere', async () => {
    const { asked, fetchPage } = server(120);
    render(<Table fetchPage={fetchPage} />, { wrapper });
    await screen.findByRole('rowheader', { name: 'Row 1' });
    const first = () => screen.getByRole('button', { name: /First page|Eerste pagina/ }) as HTMLButtonElement;
    const last = () => screen.getByRole('button', { name: /Last page|Laatste pagina/ }) as HTMLButtonElement;
    expect(first().disabled).toBe(true);

    await act(async () => fireEvent.click(last()));
    expect(asked.at(-1)?.page).toBe(3);
    expect(await screen.findByText(/^101–120 (of|van) 120$/)).toBeTruthy();
    expect(last().disabled).toBe(true);

    await act(async () => fireEvent.click(first()));
    expect(asked.at(-1)?.page).toBe(1);
    expect(await screen.findByText(/^1–50 (of|van) 120$/)).toBeTruthy();
  });

  it('says so when no row matches', async () => {
    const { fetchPage } = server(0);
    render(<Table fetchPage={fetchPage} />, { wrapper });
    expect(await screen.findByText('No rows.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
