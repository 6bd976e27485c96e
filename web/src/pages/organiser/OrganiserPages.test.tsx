// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, PROGRAMME, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

const ORGANISER = {
  user: { id: 2, email: 'o@org.be', name: 'Olga', language: 'nl' },
  memberships: [{ organisationId: 1, organisationName: 'Org', organisationKind: 'organiser', role: 'organiser' }],
  programmes: [{ id: 7, name: 'STEM-traject 2026', schoolYear: '2026-2027', organisationId: 1, role: 'organiser' }],
};

const registration = (id: number, status: string, name: string) => ({
  id,
  kind: 'school',
  status,
  organisationName: name,
  identifier: '123456',
  contactName: 'An',
  contactEmail: `an${id}@school.be`,
  createdAt: 1_780_000_000 + id,
  decidedAt: status === 'pending' ? null : 1_780_100_000,
  refusalReason: status === 'refused' ? 'Geen plaats' : null,
  data: { schoolName: name, province: 'limburg', consent: true, website: '' },
});

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, ORGANISER);
  fake.routes['GET /api/programmes/7'] = () => json(200, { ...PROGRAMME, pendingCount: 2 });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

describe('review queue', () => {
  const listed = [
    registration(2, 'pending', 'School Twee'),
    registration(4, 'pending', 'School Vier'),
    registration(1, 'accepted', 'School Een'),
    registration(3, 'refused', 'School Drie'),
  ];
  const counts = { status: { pending: 2, accepted: 1, refused: 1 }, kind: { school: 4, mentor: 0 } };
  beforeEach(() => {
    fake.routes['GET /api/programmes/7/registrations'] = () =>
      json(200, { registrations: listed, page: 1, size: 50, pages: 1, total: 4, counts });
  });
  const gets = () => fake.calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/programmes/7/registrations'));

  it('asks the server for the first page, pending first, and shows it with the submitted data and counts', async () => {
    await renderAt('/organiser/programmes/7/registrations');
    await screen.findByRole('rowheader', { name: 'School Twee' });
    expect(gets().map((c) => c.url)).toEqual(['/api/programmes/7/registrations?page=1&size=50&sort=status']);
    const names = screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(names).toEqual(['School Twee', 'School Vier', 'School Een', 'School Drie']);
    expect(screen.getAllByText('Limburg').length).toBeGreaterThan(0);
    expect(screen.getByText('Geen plaats')).toBeTruthy();
    expect(screen.getByText('1–4 van 4')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Wacht op beoordeling (2)' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Status/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('accepts, updating that row and the counts without loading the list again, and refuses only with a reason', async () => {
    fake.routes['POST /api/registrations/2/accept'] = () => json(200, registration(2, 'accepted', 'School Twee'));
    fake.routes['POST /api/registrations/4/refuse'] = () => json(200, registration(4, 'refused', 'School Vier'));
    await renderAt('/organiser/programmes/7/registrations');
    await click(await screen.findByRole('button', { name: 'Aanvaarden (School Twee)' }));
    expect(fake.calls.some((c) => c.method === 'POST' && c.url === '/api/registrations/2/accept')).toBe(true);
    expect((await screen.findByRole('status')).textContent).toBeDefined();
    expect(screen.getByText(/School Twee is aanvaard/)).toBeTruthy();
    const row = screen.getByRole('rowheader', { name: 'School Twee' }).closest('tr');
    expect(row?.getAttribute('data-status')).toBe('accepted');
    expect(screen.queryByRole('button', { name: 'Aanvaarden (School Twee)' })).toBeNull();
    expect(screen.getByRole('option', { name: 'Wacht op beoordeling (1)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Aanvaard (2)' })).toBeTruthy();
    expect(gets()).toHaveLength(1);

    await click(screen.getByRole('button', { name: 'Weigeren (School Vier)' }));
    const form = screen.getByRole('form', { name: 'School Vier weigeren' });
    await click(within(form).getByRole('button', { name: 'Inschrijving weigeren' }));
    const reason = within(form).getByLabelText('Waarom weiger je deze inschrijving?');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls.some((c) => c.url === '/api/registrations/4/refuse')).toBe(false);
    fireEvent.change(reason, { target: { value: 'Jullie school valt buiten de regio.' } });
    await click(within(form).getByRole('button', { name: 'Inschrijving weigeren' }));
    expect(fake.calls.find((c) => c.url === '/api/registrations/4/refuse')?.body).toEqual({
      reason: 'Jullie school valt buiten de regio.',
    });
    expect(screen.getByRole('rowheader', { name: 'School Vier' }).closest('tr')?.getAttribute('data-status')).toBe('refused');
    expect(gets()).toHaveLength(1);
  });

  it('filters and sorts through the server', async () => {
    await renderAt('/organiser/programmes/7/registrations');
    await screen.findByRole('rowheader', { name: 'School Twee' });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'pending' } });
    });
    expect(gets().at(-1)?.url).toBe('/api/programmes/7/registrations?page=1&size=50&sort=status&status=pending');
    await click(screen.getByRole('button', { name: /School of bedrijf/ }));
    expect(gets().at(-1)?.url).toContain('sort=name');
    await click(screen.getByRole('button', { name: /School of bedrijf/ }));
    expect(gets().at(-1)?.url).toContain('sort=-name');
    expect(screen.getByRole('columnheader', { name: /School of bedrijf/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('says the programme is full on 409 programme_full', async () => {
    fake.routes['POST /api/registrations/2/accept'] = () => apiError(409, 'programme_full', 'Vol');
    await renderAt('/organiser/programmes/7/registrations');
    await click(await screen.findByRole('button', { name: 'Aanvaarden (School Twee)' }));
    expect(screen.getByRole('alert').textContent).toContain('Het programma is vol');
  });
});

describe('import', () => {
  const answerImport = (result: object) => {
    fake.routes['POST /api/programmes/7/imports/schools'] = () => json(200, result);
  };
  const chooseFile = async (name: string) => {
    const file = new File(['naam;instellingsnummer\nSchool A;123456\n'], name, { type: 'text/csv' });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('CSV-bestand'), { target: { files: [file] } });
    });
  };
  const rowB = { line: 3, status: 'error', name: 'School B', errors: { postcode: 'Een postcode heeft 4 cijfers.' } };

  it('previews the rows, disables "import all" while a row has errors, imports the valid rows', async () => {
    const rowA = { line: 2, status: 'create', name: 'School A', errors: {} };
    answerImport({ rows: [rowA, rowB], valid: 1, invalid: 1, unlistedErrors: 0, imported: 0 });
    await renderAt('/organiser/programmes/7/import');
    await click(await screen.findByRole('button', { name: 'Voorbeeld tonen' }));
    expect(screen.getByRole('alert').textContent).toContain('Kies een CSV-bestand.');

    await chooseFile('scholen.csv');
    await click(screen.getByRole('button', { name: 'Voorbeeld tonen' }));
    const call = fake.calls.find((c) => c.method === 'POST');
    expect(call?.url).toBe('/api/programmes/7/imports/schools?mode=preview');
    expect(call?.body).toBe('naam;instellingsnummer\nSchool A;123456\n');
    expect(document.querySelector('tr[data-status="error"] .row-errors')?.textContent).toBe('postcode: Een postcode heeft 4 cijfers.');
    expect(document.querySelector('.import-partial')).toBeNull();
    expect((screen.getByRole('button', { name: 'Alles importeren' }) as HTMLButtonElement).disabled).toBe(true);
    const valid = screen.getByRole('button', { name: 'De geldige rij importeren' }) as HTMLButtonElement;
    expect(valid.disabled).toBe(false);

    answerImport({ rows: [], valid: 1, invalid: 1, unlistedErrors: 0, imported: 1 });
    await click(valid);
    expect(fake.calls.filter((c) => c.method === 'POST').at(-1)?.url).toContain('mode=valid');
    expect(screen.getByText('1 rij geïmporteerd.')).toBeTruthy();
  });

  it('says how many rows of a large file the table leaves out', async () => {
    answerImport({ rows: [{ ...rowB, line: 9001 }], valid: 19000, invalid: 1000, unlistedErrors: 999, imported: 0 });
    await renderAt('/organiser/programmes/7/import');
    await screen.findByRole('button', { name: 'Voorbeeld tonen' });
    await chooseFile('regio.csv');
    await click(screen.getByRole('button', { name: 'Voorbeeld tonen' }));
    expect(document.querySelectorAll('.import-preview tbody tr')).toHaveLength(1);
    expect(document.querySelector('.import-partial')?.textContent).toBe(
      'De tabel toont 1 van de 20000 rijen: de eerste rijen van het bestand, daarna alleen rijen met fouten. ' +
        'Nog 999 rijen met fouten staan niet in de tabel: verbeter het bestand en toon het voorbeeld opnieuw.',
    );
  });
});

describe('programme form', () => {
  it('shows server errors on the phase they are about', async () => {
    fake.routes['GET /api/frameworks'] = () =>
      json(200, { frameworks: [{ id: 'eu-stem-school-label', version: '2024.1', name: { nl: 'Kader', en: 'Framework' } }] });
    fake.routes['POST /api/programmes'] = () =>
      apiError(400, 'validation_failed', 'Ongeldig', { 'phases[0].closesOn': 'De fase sluit voor ze opent.' });
    await renderAt('/organiser/programmes/new');
    await screen.findByRole('heading', { level: 1, name: 'Nieuw programma' });
    // The form comes after the frameworks load, which may be after the heading.
    await click(await screen.findByRole('button', { name: 'Programma aanmaken' }));
    expect(screen.getByRole('alert').textContent).toContain('Vul de naam van het programma in.');

    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Editie 2027' } });
    fireEvent.change(screen.getByLabelText('Schooljaar'), { target: { value: '2027-2028' } });
    fireEvent.change(screen.getByLabelText('Regio'), { target: { value: 'Vlaanderen' } });
    fireEvent.change(screen.getByLabelText('Maximum aantal scholen'), { target: { value: '30' } });
    fireEvent.change(document.getElementById('phase-learning_network-opensOn')!, { target: { value: '2027-10-01' } });
    fireEvent.change(document.getElementById('phase-learning_network-closesOn')!, { target: { value: '2027-09-01' } });
    await click(screen.getByRole('button', { name: 'Programma aanmaken' }));
    const body = fake.calls.find((c) => c.method === 'POST')?.body as { phases: unknown[]; maxSchools: number };
    expect(body.maxSchools).toBe(30);
    expect(body.phases).toEqual([{ kind: 'learning_network', opensOn: '2027-10-01', closesOn: '2027-09-01' }]);
    const closes = document.getElementById('phase-learning_network-closesOn')!;
    expect(closes.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('De fase sluit voor ze opent.');
  });
});

describe('home', () => {
  it('lists the user programmes with the organiser pages', async () => {
    await renderAt('/');
    const section = await screen.findByRole('region', { name: "Mijn programma's" });
    expect(within(section).getByRole('link', { name: 'STEM-traject 2026' }).getAttribute('href')).toBe(
      '/organiser/programmes/7/registrations',
    );
    expect(within(section).getByRole('link', { name: 'Voortgang' }).getAttribute('href')).toBe(
      '/organiser/programmes/7/progress',
    );
  });
});
