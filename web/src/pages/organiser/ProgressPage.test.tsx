// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, PROGRAMME, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

const ORGANISER = {
  user: { id: 2, email: 'o@org.be', name: 'Olga', language: 'nl' },
  memberships: [{ organisationId: 1, organisationName: 'Org', organisationKind: 'organiser', role: 'organiser' }],
  programmes: [{ id: 7, name: 'STEM-traject 2026', schoolYear: '2026-2027', organisationId: 1, role: 'organiser' }],
};

const row = (id: number, name: string, baseline: string) => ({
  organisationId: id,
  name,
  institutionNumber: `${id}00000`,
  province: 'limburg',
  phases: { baseline, final: 'not_started' },
});

const board = {
  phases: ['baseline', 'final'],
  rows: [row(1, 'Atheneum Brugge', 'submitted'), row(2, 'Sint-Józef', 'in_progress')],
  page: 1,
  size: 50,
  pages: 201,
  total: 10_002,
  summary: {
    schools: 10_002,
    phases: {
      baseline: { not_started: 2000, in_progress: 1, submitted: 8001, overdue: 0 },
      final: { not_started: 10_002, in_progress: 0, submitted: 0, overdue: 0 },
    },
  },
  counts: { status: { not_started: 2000, in_progress: 1, submitted: 8001, overdue: 0 } },
};

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, ORGANISER);
  fake.routes['GET /api/programmes/7'] = () => json(200, PROGRAMME);
  fake.routes['GET /api/programmes/7/progress'] = () => json(200, board);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const gets = () => fake.calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/programmes/7/progress'));

describe('progress board', () => {
  it('asks the server for one page and shows the figures of every school', async () => {
    await renderAt('/organiser/programmes/7/progress');
    await screen.findByRole('rowheader', { name: 'Atheneum Brugge' });
    expect(gets().map((c) => c.url)).toEqual(['/api/programmes/7/progress?page=1&size=50&sort=name']);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toContain('Sint-Józef');
    expect(screen.getByText('1–2 van 10.002')).toBeTruthy();
    const summary = screen.getByRole('region', { name: 'Alle 10.002 scholen per fase' });
    expect(within(summary).getByRole('row', { name: /Nulmeting/ }).textContent).toContain('8.001');
    expect(screen.getByRole('option', { name: 'Ingediend (8.001)' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /School/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('link', { name: 'CSV downloaden' }).getAttribute('href')).toBe('/api/programmes/7/progress.csv?sort=name');
  });

  it('searches, filters, sorts and pages through the server', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await renderAt('/organiser/programmes/7/progress');
      await screen.findByRole('rowheader', { name: 'Atheneum Brugge' });
      await act(async () => {
        fireEvent.change(screen.getByLabelText('Fase'), { target: { value: 'baseline' } });
      });
      await act(async () => {
        fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'submitted' } });
      });
      expect(gets().at(-1)?.url).toBe('/api/programmes/7/progress?page=1&size=50&sort=name&phase=baseline&status=submitted');
      await act(async () => {
        fireEvent.change(screen.getByLabelText('Zoek op naam of instellingsnummer'), { target: { value: 'jozef' } });
        await vi.advanceTimersByTimeAsync(400);
      });
      expect(gets().at(-1)?.url).toContain('q=jozef');
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: /Fasen ingediend/ }));
      });
      expect(gets().at(-1)?.url).toContain('sort=progress');
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Volgende pagina' }));
      });
      expect(gets().at(-1)?.url).toContain('page=2');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('removing a school that leaves', () => {
  const ended = { ...PROGRAMME, phases: [{ kind: 'baseline', opensOn: '2025-09-01', closesOn: '2025-10-15' }] };

  it('is offered only once the programme is over, and asks for the school name before anything happens', async () => {
    await renderAt('/organiser/programmes/7/progress');
    await screen.findByRole('rowheader', { name: 'Atheneum Brugge' });
    expect(screen.queryByRole('button', { name: /^School verwijderen/ })).toBeNull();
    cleanup();

    fake.routes['GET /api/programmes/7'] = () => json(200, ended);
    fake.routes['DELETE /api/programmes/7/schools/1'] = (init) =>
      (JSON.parse(String(init.body)) as { confirmName: string }).confirmName === 'Atheneum Brugge'
        ? json(200, { files: 2 })
        : json(400, { error: { code: 'validation_failed', message: 'x', fields: { confirmName: 'Typ de naam van de school zoals hij hier staat.' } } });
    await renderAt('/organiser/programmes/7/progress');
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'School verwijderen: Atheneum Brugge' })));
    const field = screen.getByLabelText('Typ de naam van de school om te bevestigen');
    fireEvent.change(field, { target: { value: 'Atheneum' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'School en al haar gegevens verwijderen' })));
    expect(screen.getByText('Typ de naam van de school zoals hij hier staat.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Typ de naam van de school om te bevestigen'), { target: { value: 'Atheneum Brugge' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'School en al haar gegevens verwijderen' })));
    expect(await screen.findByText('Atheneum Brugge is verwijderd, met al haar gegevens.')).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'DELETE').map((c) => c.body)).toEqual([
      { confirmName: 'Atheneum' },
      { confirmName: 'Atheneum Brugge' },
    ]);
  });

  it('says why not when the server refuses (the school takes part in another programme)', async () => {
    fake.routes['GET /api/programmes/7'] = () => json(200, ended);
    fake.routes['DELETE /api/programmes/7/schools/2'] = () =>
      json(409, { error: { code: 'school_removal_other_programmes', message: 'Deze school neemt ook deel aan een ander programma.' } });
    await renderAt('/organiser/programmes/7/progress');
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'School verwijderen: Sint-Józef' })));
    fireEvent.change(screen.getByLabelText('Typ de naam van de school om te bevestigen'), { target: { value: 'Sint-Józef' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'School en al haar gegevens verwijderen' })));
    expect(screen.getByRole('alert').textContent).toBe('Deze school neemt ook deel aan een ander programma.');
  });
});
