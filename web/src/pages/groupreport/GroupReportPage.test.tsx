// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, PROGRAMME, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { groupReport, groupReportSchools } from '../../testing/networkData';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
  fake.routes['GET /api/programmes/7'] = () => json(200, PROGRAMME);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const organiser = {
  user: { id: 1, email: 'o@org.be', name: 'Olivia', language: 'nl' },
  memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
  programmes: [{ id: 7, name: PROGRAMME.name, schoolYear: '2026-2027', organisationId: 1, role: 'organiser' }],
};
const coordinator = {
  user: { id: 2, email: 'c@school.be', name: 'Chris', language: 'nl' },
  memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
  programmes: [{ id: 7, name: PROGRAMME.name, schoolYear: '2026-2027', organisationId: 3, role: 'coordinator' }],
};

describe('the group report', () => {
  it('shows the organiser the charts with their tables, the school names and the exports', async () => {
    signedInAs(fake, organiser);
    fake.routes['GET /api/programmes/7/group-report/schools'] = () => json(200, groupReportSchools());
    fake.routes['GET /api/programmes/7/group-report'] = () =>
      json(
        200,
        groupReport('organiser', {
          progress: [
            { criterionId: 'C01', meanChange: 0.5, improved: 2, compared: 3 },
            { criterionId: 'C02', meanChange: -0.3, improved: 0, compared: 3 },
          ],
        }),
      );
    await renderAt('/programmes/7/group-report');

    expect(await screen.findByRole('heading', { level: 2, name: 'Niveaus per criterium' })).toBeTruthy();
    expect(fake.calls.some((c) => c.url === '/api/programmes/7/group-report?measurement=baseline')).toBe(true);
    // Each chart is one image with a text alternative; the figures are in a table.
    expect(screen.getAllByRole('img', { name: /^Grafiek: / })).toHaveLength(2);
    const row = within(screen.getByRole('table', { name: 'Aantal scholen per niveau en mediaan, per criterium' })).getByRole('row', { name: /^C01/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1', '1', '0', 'Nog niet']);
    expect(screen.getByRole('row', { name: /^E1/ }).textContent).toContain('1,4');
    expect(await within(await screen.findByTestId('gr-per-school')).findByRole('rowheader', { name: 'Atheneum Noord' })).toBeTruthy();
    expect(fake.calls.some((c) => c.url === '/api/programmes/7/group-report/schools?measurement=baseline&page=1&size=50&sort=name')).toBe(
      true,
    );
    expect(screen.queryByTestId('gr-stand')).toBeNull();
    expect(screen.getByRole('link', { name: 'Rapport als pdf' }).getAttribute('href')).toBe(
      '/api/programmes/7/group-report.pdf?measurement=baseline&lang=nl',
    );
    expect(screen.getByRole('link', { name: 'Cijfers als Excel' }).getAttribute('href')).toBe(
      '/api/programmes/7/group-report.xlsx?measurement=baseline&lang=nl',
    );
    expect(screen.getByRole('link', { name: 'Nulmeting' }).getAttribute('aria-current')).toBe('page');
    const progress = screen.getByRole('table', { name: 'Vooruitgang van nulmeting naar eindmeting' });
    expect(within(progress).getByRole('row', { name: /^C01/ }).textContent).toBe('C01+0,52 van 3');
    expect(within(progress).getByRole('row', { name: /^C02/ }).textContent).toBe('C02−0,30 van 3');
  });

  it('shows a school where it stands, without other schools', async () => {
    signedInAs(fake, coordinator);
    fake.routes['GET /api/programmes/7/group-report'] = () => json(200, groupReport('school'));
    await renderAt('/programmes/7/group-report?measurement=baseline');

    const stand = await screen.findByTestId('gr-stand');
    expect(stand.textContent).toContain('boven de mediaan van de groep, op 0 gelijk en op 1 eronder');
    expect(within(stand).getByRole('row', { name: /^C01/ }).textContent).toContain('Boven de mediaan');
    expect(within(stand).getByRole('row', { name: /^C02/ }).textContent).toContain('Onder de mediaan');
    expect(screen.queryByTestId('gr-per-school')).toBeNull();
    expect(screen.queryByText('Atheneum Noord')).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Jouw school (0–3)' })).toBeTruthy();
    // Without schools that have both measurements there is no progress table.
    expect(screen.queryByRole('table', { name: /Vooruitgang/ })).toBeNull();
  });

  it('writes the participation of a region as the other pages write numbers (2.000, not 2000)', async () => {
    signedInAs(fake, organiser);
    fake.routes['GET /api/programmes/7/group-report/schools'] = () => json(200, groupReportSchools());
    fake.routes['GET /api/programmes/7/group-report'] = () =>
      json(
        200,
        groupReport('organiser', {
          participation: { schools: 2000, submitted: 1572, surveyResponses: { leaders: 285, teachers: 2464, students: 2346 } },
        }),
      );
    await renderAt('/programmes/7/group-report');

    expect((await screen.findByTestId('gr-schools')).textContent).toBe('2.000');
    expect(screen.getByTestId('gr-submitted').textContent).toBe('1.572');
    expect(screen.getByText('285 schoolleiding, 2.464 leraren, 2.346 leerlingen')).toBeTruthy();
  });

  it('shows only participation to a school when fewer than three schools submitted', async () => {
    signedInAs(fake, coordinator);
    fake.routes['GET /api/programmes/7/group-report'] = () =>
      json(200, groupReport('school', { suppressed: true, criteria: [], elements: [], focusPoints: [], progress: [] }));
    await renderAt('/programmes/7/group-report?measurement=final');

    expect((await screen.findByTestId('gr-suppressed')).textContent).toContain('minder dan drie');
    expect(fake.calls.some((c) => c.url === '/api/programmes/7/group-report?measurement=final')).toBe(true);
    expect(screen.getByTestId('gr-submitted').textContent).toBe('4');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByTestId('gr-stand')).toBeNull();
  });
});

describe('the per-school table', () => {
  it('pages, sorts and filters through the server', async () => {
    signedInAs(fake, organiser);
    fake.routes['GET /api/programmes/7/group-report'] = () => json(200, groupReport('organiser'));
    fake.routes['GET /api/programmes/7/group-report/schools'] = () => json(200, groupReportSchools({ total: 120, pages: 3 }));
    await renderAt('/programmes/7/group-report');
    const table = await screen.findByTestId('gr-per-school');
    await within(table).findByRole('rowheader', { name: 'Sint-Lucas' });
    const gets = () => fake.calls.filter((c) => c.url.startsWith('/api/programmes/7/group-report/schools'));
    expect(within(table).getByText('1–2 van 120')).toBeTruthy();
    expect(within(table).getByRole('option', { name: 'Geen label (1)' })).toBeTruthy();
    await act(async () => {
      fireEvent.change(within(table).getByLabelText('Labelinschatting'), { target: { value: 'competent' } });
    });
    expect(gets().at(-1)?.url).toBe('/api/programmes/7/group-report/schools?measurement=baseline&page=1&size=50&sort=name&estimate=competent');
    await act(async () => {
      fireEvent.click(within(table).getByRole('button', { name: /Labelinschatting/ }));
    });
    expect(gets().at(-1)?.url).toContain('sort=estimate');
    await act(async () => {
      fireEvent.click(within(table).getByRole('button', { name: 'Volgende pagina' }));
    });
    expect(gets().at(-1)?.url).toContain('page=2');
  });
});
