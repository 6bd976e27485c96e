// @vitest-environment jsdom
import type { Results } from '../../api';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

const RESULTS: Results = {
  kind: 'baseline',
  measurementStatus: 'submitted',
  frameworkId: 'fw',
  frameworkVersion: '1',
  elements: [
    { elementId: 'E1', name: 'Onderwijsmethode', self: 33.3, groups: { teachers: 62.5 } },
    { elementId: 'E2', name: 'Curriculum', self: null, groups: {} },
  ],
  criteria: [
    { criterionId: 'C01', elementId: 'E1', name: 'Gepersonaliseerd leren', level: 'competent', comment: 'Goed bezig', groups: { teachers: { mean: 3.6, scores: 5, dontKnow: 0, responses: 5 } }, divergence: 29.2 },
  ],
  groups: [
    { group: 'teachers', responses: 6, counted: 5, shown: true },
    { group: 'students', responses: 3, counted: 0, shown: false },
  ],
  divergent: [{ criterionId: 'C01', spread: 29.2, highest: { source: 'teachers', value: 62.5 }, lowest: { source: 'self', value: 33.3 } }],
  label: { label: 'competent', next: 'proficient', atOrAboveNext: 16, needed: 17, missing: 1, blockers: [{ criterionId: 'C01', level: 'competent', gap: 1, tooFar: false }] },
  comparison: null,
};

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, {
    user: { id: 10, email: 'c@school.be', name: 'Chris', language: 'nl' },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
    programmes: [],
  });
  fake.routes['GET /api/programmes/7/schools/3/results'] = () => json(200, RESULTS);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('results page', () => {
  it('shows the element table beside the radar, the estimate, the divergence and the downloads', async () => {
    await renderAt('/programmes/7/schools/3/results?kind=baseline');
    const table = await screen.findByRole('table', { name: 'Score per sleutelelement (0–100)' });
    const row = within(table).getByRole('rowheader', { name: 'Onderwijsmethode' }).closest('tr')!;
    expect(row.textContent).toBe('Onderwijsmethode3363');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('2 sleutelelementen');
    const estimate = screen.getByTestId('label-estimate');
    expect(estimate.textContent).toContain('Jullie school haalt vandaag het label Competent.');
    expect(estimate.textContent).toContain('Gepersonaliseerd leren: nu Competent (nog 1 niveau)');
    expect(screen.getByText(/Leerlingen: 3 antwoorden, te weinig/)).toBeTruthy();
    // Six teachers: the first five count, and the page says when the next ones will (docs/privacy.md).
    expect(screen.getByText('Leraren: 6 antwoorden; de eerste 5 tellen mee, de volgende vijf vanaf 10 antwoorden.')).toBeTruthy();
    expect(screen.getByText(/^Antwoorden tellen per vijf mee/)).toBeTruthy();
    expect(screen.getByText(/29 punten verschil, van Leraren \(63\) tot Zelfevaluatie \(33\)/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Schoolrapport (PDF)' }).getAttribute('href')).toBe(
      '/api/programmes/7/schools/3/report.pdf?kind=baseline&lang=nl',
    );
    expect(screen.getByRole('link', { name: 'Antwoorden (Excel)' }).getAttribute('href')).toBe(
      '/api/programmes/7/schools/3/answers.xlsx?kind=baseline',
    );
    expect(fake.calls.some((c) => c.url === '/api/programmes/7/schools/3/results?kind=baseline')).toBe(true);
  });
});
