// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import { SearchPicker } from './SearchPicker';
import type { PickerAnswer, PickerOption } from './SearchPicker';
import { SEARCH_DELAY_MS } from './usePagedList';

beforeEach(() => localStorage.setItem('sk_language', 'en'));
afterEach(cleanup);

// In a main landmark, as on a page, so axe judges the picker and not the test page.
const wrapper = ({ children }: { children: ReactNode }) => (
  <I18nProvider>
    <main>{children}</main>
  </I18nProvider>
);

/** A server of 1,000 companies "Company 0001"…; a search "contains", the first `size` matches. */
function server(size = 5) {
  const asked: string[] = [];
  const all = Array.from({ length: 1000 }, (_, i) => `Company ${String(i + 1).padStart(4, '0')}`);
  const search = async (q: string): Promise<PickerAnswer> => {
    asked.push(q);
    const found = all.filter((name) => name.toLowerCase().includes(q.toLowerCase()));
    return { options: found.slice(0, size).map((name) => ({ value: name.slice(-4), label: `${name} (1 of 2 free)`, name })), total: found.length };
  };
  return { asked, search };
}

function Picker({ search, onChoose }: { search: (q: string) => Promise<PickerAnswer>; onChoose: (o: PickerOption | null) => void }) {
  const [chosen, setChosen] = useState<PickerOption | null>(null);
  return (
    <SearchPicker
      id="company"
      label="Mentor company for Sint-Lucas"
      search={search}
      chosen={chosen}
      onChoose={(o) => {
        setChosen(o);
        onChoose(o);
      }}
    />
  );
}

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
const key = (element: HTMLElement, k: string) => act(async () => void fireEvent.keyDown(element, { key: k }));

describe('SearchPicker', () => {
  it('is a labelled combobox that asks the server with what is typed, once after a pause', async () => {
    const { asked, search } = server();
    render(<Picker search={search} onChoose={() => undefined} />, { wrapper });
    const box = screen.getByRole('combobox', { name: 'Mentor company for Sint-Lucas' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    expect(asked).toEqual([]);
    for (const text of ['0', '01', '012']) fireEvent.change(box, { target: { value: text } });
    await pause(SEARCH_DELAY_MS + 50);
    expect(asked).toEqual(['012']);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Mentor company for Sint-Lucas' });
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Company 0012 (1 of 2 free)',
      'Company 0120 (1 of 2 free)',
      'Company 0121 (1 of 2 free)',
      'Company 0122 (1 of 2 free)',
      'Company 0123 (1 of 2 free)',
    ]);
    expect(document.getElementById('company-status')!.textContent).toBe('5 of 11 shown: type more to narrow down.');
    expect((await axe.run(document.body)).violations.map((v) => v.id)).toEqual([]);
  });

  it('is worked with the keyboard: arrows move, Enter chooses, Escape closes and then clears', async () => {
    const { asked, search } = server(3);
    const chosen: (PickerOption | null)[] = [];
    render(<Picker search={search} onChoose={(o) => chosen.push(o)} />, { wrapper });
    const box = screen.getByRole('combobox');
    await key(box, 'ArrowDown');
    await pause(0);
    expect(asked).toEqual(['']);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    await key(box, 'ArrowDown');
    await key(box, 'ArrowDown');
    const options = screen.getAllByRole('option');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    await key(box, 'ArrowUp');
    await key(box, 'ArrowUp');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[2]!.id);
    await key(box, 'Enter');
    expect(chosen.map((o) => o?.value)).toEqual(['0003']);
    expect((box as HTMLInputElement).value).toBe('Company 0003');
    expect(box.getAttribute('aria-expanded')).toBe('false');

    await key(box, 'ArrowDown');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await key(box, 'Escape');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('Company 0003');
    await key(box, 'Escape');
    expect((box as HTMLInputElement).value).toBe('');
    expect(chosen.at(-1)).toBeNull();
  });

  it('chooses with the mouse, and typing again drops the choice', async () => {
    const { search } = server();
    const chosen: (PickerOption | null)[] = [];
    render(<Picker search={search} onChoose={(o) => chosen.push(o)} />, { wrapper });
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: '0999' } });
    await pause(SEARCH_DELAY_MS + 50);
    expect(document.getElementById('company-status')!.textContent).toBe('1 found.');
    await act(async () => void fireEvent.click(screen.getByRole('option', { name: 'Company 0999 (1 of 2 free)' })));
    expect(chosen.map((o) => o?.value)).toEqual(['0999']);
    fireEvent.change(box, { target: { value: 'Company 09' } });
    expect(chosen.at(-1)).toBeNull();
    await pause(SEARCH_DELAY_MS + 50);
    fireEvent.change(box, { target: { value: 'nothing like it' } });
    await pause(SEARCH_DELAY_MS + 50);
    expect(document.getElementById('company-status')!.textContent).toBe('Nothing found.');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('shows only the answer to the latest search', async () => {
    const answers: Record<string, (a: PickerAnswer) => void> = {};
    const search = (q: string) => new Promise<PickerAnswer>((resolve) => (answers[q] = resolve));
    render(<Picker search={search} onChoose={() => undefined} />, { wrapper });
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'a' } });
    await pause(SEARCH_DELAY_MS + 50);
    fireEvent.change(box, { target: { value: 'ab' } });
    await pause(SEARCH_DELAY_MS + 50);
    await act(async () => answers.ab!({ options: [{ value: '2', label: 'Abdij' }], total: 1 }));
    await act(async () => answers.a!({ options: [{ value: '1', label: 'Alfa' }], total: 1 }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Abdij']);
  });
});
