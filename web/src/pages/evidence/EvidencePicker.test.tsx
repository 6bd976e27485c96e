// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n';
import { fakeApi, json } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { EvidencePicker, PICKER_SIZE } from './EvidencePicker';

// The evidence choice of the candidacy form and the measurement editor: the library is searched on the
// server, a page at a time, never read whole.

let fake: FakeApi;
let total = 0;

const row = (id: number, title: string, criterionIds: string[] = []) => ({ id, title, kind: 'link', criterionIds });

beforeEach(() => {
  fake = fakeApi();
  localStorage.setItem('sk_language', 'nl');
  total = 45;
  fake.routes['GET /api/organisations/3/evidence'] = (_init, url) => {
    const q = new URL(url, 'http://x').searchParams.get('q') ?? '';
    const rows = q === '' ? Array.from({ length: PICKER_SIZE }, (_, i) => row(i + 1, `Stuk ${i + 1}`)) : q === 'visie' ? [row(7, 'Visietekst')] : [];
    return json(200, { evidence: rows, page: 1, size: PICKER_SIZE, pages: 3, total: q === '' ? total : rows.length, counts: {}, quota: { used: 0, limit: 1 } });
  };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

function Candidacy({ initial }: { initial: { id: string; title: string }[] }) {
  const [chosen, setChosen] = useState(initial);
  return (
    <main>
      <EvidencePicker
        id="cand-evidence"
        organisationId={3}
        legend="Bewijsstukken"
        chosen={new Set(chosen.map((c) => c.id))}
        chosenItems={chosen}
        onToggle={(e, on) =>
          setChosen((current) => (on ? [...current, { id: String(e.id), title: e.title }] : current.filter((c) => c.id !== String(e.id))))
        }
        emptyText="Nog geen bewijsstukken."
        withKind={false}
      />
    </main>
  );
}

describe('EvidencePicker', () => {
  it('shows the first matches with a note that searching finds the others, and searches on the server', async () => {
    render(<Candidacy initial={[{ id: '7', title: 'Visietekst' }]} />, { wrapper: I18nProvider });
    await settle();
    expect(fake.calls.map((c) => c.url)).toEqual([`/api/organisations/3/evidence?size=${PICKER_SIZE}`]);
    const picker = screen.getByRole('group', { name: 'Bewijsstukken' });
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(PICKER_SIZE);
    expect(within(picker).getByText(`${PICKER_SIZE} van 45 getoond: zoek om de andere te vinden.`)).toBeTruthy();
    // What is chosen is listed whether or not the search shows it.
    expect(within(picker).getByText('Gekozen')).toBeTruthy();
    expect(within(picker).getByRole('button', { name: 'Loskoppelen Visietekst' })).toBeTruthy();

    fireEvent.change(within(picker).getByLabelText('Zoeken in de bewijsstukken'), { target: { value: 'visie' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 350)));
    expect(fake.calls.at(-1)?.url).toBe(`/api/organisations/3/evidence?q=visie&size=${PICKER_SIZE}`);
    const box = within(picker).getByRole('checkbox', { name: 'Visietekst' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    await act(async () => void fireEvent.click(box));
    expect(within(picker).queryByRole('button', { name: 'Loskoppelen Visietekst' })).toBeNull();
    expect((within(picker).getByRole('checkbox', { name: 'Visietekst' }) as HTMLInputElement).checked).toBe(false);

    fireEvent.change(within(picker).getByLabelText('Zoeken in de bewijsstukken'), { target: { value: 'niets' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 350)));
    expect(within(picker).getByText('Geen bewijsstukken gevonden voor deze zoekopdracht.')).toBeTruthy();
  });

  it('says so when the library is empty, without a search box', async () => {
    total = 0;
    fake.routes['GET /api/organisations/3/evidence'] = () =>
      json(200, { evidence: [], page: 1, size: PICKER_SIZE, pages: 1, total: 0, counts: {}, quota: { used: 0, limit: 1 } });
    render(<Candidacy initial={[]} />, { wrapper: I18nProvider });
    await settle();
    expect(screen.getByText('Nog geen bewijsstukken.')).toBeTruthy();
    expect(screen.queryByLabelText('Zoeken in de bewijsstukken')).toBeNull();
  });
});
