// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, {
    user: { id: 10, email: 'c@school.be', name: 'Chris', language: 'nl' },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
    programmes: [{ id: 7, name: 'Traject', schoolYear: '2026-2027', organisationId: 3, role: 'coordinator' }],
  });
  fake.routes['GET /api/programmes/7/schools/3/measurements'] = () =>
    json(200, {
      measurements: [
        { kind: 'baseline', id: 5, status: 'open', opensOn: '2026-09-01', closesOn: '2026-10-15', answered: 4, total: 21 },
        { kind: 'final', id: null, status: 'not_started', opensOn: '2027-05-17', closesOn: '2027-06-11', answered: 0, total: 21 },
      ],
    });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('school links on the home page', () => {
  it('link both measurements with their status, the results, the surveys and the evidence', async () => {
    await renderAt('/');
    const section = await screen.findByTestId('my-programmes');
    const baseline = await within(section).findByRole('link', { name: 'Nulmeting' });
    expect(baseline.getAttribute('href')).toBe('/programmes/7/schools/3/measurements/baseline');
    expect((await within(section).findByTestId('status-baseline')).textContent).toContain('Bezig, 4 van 21 beantwoord');
    expect(within(section).getByTestId('status-final').textContent).toContain('Niet gestart');
    expect(within(section).getByRole('link', { name: 'Resultaten' }).getAttribute('href')).toBe('/programmes/7/schools/3/results?kind=baseline');
    expect(within(section).getByRole('link', { name: 'Vragenlijsten' }).getAttribute('href')).toBe('/programmes/7/schools/3/surveys');
    expect(within(section).getByRole('link', { name: 'Bewijsstukken' }).getAttribute('href')).toBe('/schools/3/evidence');
  });
});
