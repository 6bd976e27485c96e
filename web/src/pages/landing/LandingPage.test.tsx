// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Programme } from '../../api';
import { apiError, fakeApi, json, renderAt } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { openProgrammes } from './openProgrammes';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function programme(id: number, over: Partial<Programme> = {}): Programme {
  return {
    id,
    organiserId: 1,
    name: `Programma ${id}`,
    schoolYear: '2026-2027',
    audience: 'secondary',
    region: 'Vlaanderen',
    frameworkId: 'eu-stem',
    frameworkVersion: '1',
    maxSchools: 20,
    description: { nl: '', en: '' },
    published: true,
    phases: [{ kind: 'baseline', opensOn: '2026-09-01', closesOn: '2027-06-30' }],
    schoolCount: 3,
    mentorCount: 1,
    ...over,
  };
}

describe('open programmes', () => {
  const today = '2026-12-07';
  it.each([
    ['published, places, running', programme(1), true],
    ['not published', programme(2, { published: false }), false],
    ['full', programme(3, { schoolCount: 20 }), false],
    ['ended yesterday', programme(4, { phases: [{ kind: 'baseline', opensOn: '2026-01-01', closesOn: '2026-12-06' }] }), false],
    ['ends today', programme(5, { phases: [{ kind: 'baseline', opensOn: '2026-01-01', closesOn: '2026-12-07' }] }), true],
    ['no phases yet', programme(6, { phases: [] }), true],
  ])('%s', (_name, p, shown) => {
    expect(openProgrammes([p], today, 4).map((x) => x.id)).toEqual(shown ? [p.id] : []);
  });

  it('lists the soonest start first, at most `limit`', () => {
    const late = programme(7, { phases: [{ kind: 'baseline', opensOn: '2027-02-01', closesOn: '2027-06-30' }] });
    const early = programme(8, { phases: [{ kind: 'baseline', opensOn: '2026-10-01', closesOn: '2027-06-30' }] });
    expect(openProgrammes([late, early, programme(9)], today, 2).map((p) => p.id)).toEqual([9, 8]);
  });
});

describe('the landing page', () => {
  it('shows an anonymous visitor what the platform is, the open programmes and the way in, at /', async () => {
    fake.routes['GET /api/programmes'] = () =>
      json(200, { programmes: [programme(1, { name: 'STEM-traject Limburg' }), programme(2, { name: 'Vol', schoolCount: 20 })] });
    await renderAt('/');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('STEMkompas');
    const open = await screen.findByRole('region', { name: "Programma's waarvoor je kunt inschrijven" });
    expect(within(open).getByRole('link', { name: 'STEM-traject Limburg' }).getAttribute('href')).toBe('/programmes/1');
    expect(within(open).queryByRole('link', { name: 'Vol' })).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Aanmelden' }).some((a) => a.getAttribute('href') === '/login')).toBe(true);
    expect(screen.getByRole('link', { name: /Een vragenlijst invullen/ }).getAttribute('href')).toBe('/s');
  });

  it('keeps the rest of the page when the programmes cannot be loaded', async () => {
    fake.routes['GET /api/programmes'] = () => apiError(500, 'internal', 'Er ging iets mis.');
    await renderAt('/');
    expect(await screen.findByText(/De programma's konden niet geladen worden/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Hoe een traject verloopt' })).toBeTruthy();
  });

  it('shows a signed-in user their home instead', async () => {
    fake.routes['GET /api/me'] = () =>
      json(200, { user: { id: 1, email: 'a@b.be', name: 'An', language: 'nl' }, memberships: [], operator: false, programmes: [] });
    await renderAt('/');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain('An');
    expect(screen.queryByRole('heading', { name: 'Hoe een traject verloopt' })).toBeNull();
  });
});
