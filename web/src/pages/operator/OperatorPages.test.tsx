// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OperatorOrganisation, SecurityEntry } from '../../api/operator';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import { OPERATOR } from '../../testing/people';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

/** The demo operator: no memberships, no programmes. */
const ORGANISER = {
  user: { id: 1, email: 'o@org.be', name: 'Olivia', language: 'nl' },
  memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
  programmes: [],
  operator: false,
};

// 2026-10-23 16:00 UTC is 18:00 in Brussels (summer time until 25 October).
const OCT_23_1800 = 1792771200;

function organisation(over: Partial<OperatorOrganisation> = {}): OperatorOrganisation {
  return { id: 1, name: 'STEM Oost', createdAt: OCT_23_1800, organisers: 2, programmes: 3, ...over };
}

function entry(over: Partial<SecurityEntry> = {}): SecurityEntry {
  return {
    id: 1,
    actorId: 90,
    actorName: 'Bo Beheerder',
    actorEmail: 'beheer@demo.stemkompas.be',
    action: 'security.organisation_created',
    objectType: 'organisation',
    objectId: 12,
    detail: { name: 'STEM West', organiserEmail: 'wendy@west.be' },
    createdAt: OCT_23_1800,
    ...over,
  };
}

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, OPERATOR);
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
const type = async (element: HTMLElement, value: string) => {
  await act(async () => {
    fireEvent.change(element, { target: { value } });
  });
};
const urls = () => fake.calls.map((c) => `${c.method} ${c.url}`);

describe('the organiser organisations page', () => {
  it('lists the organisations by name with their counts, and pages through them', async () => {
    fake.routes['GET /api/operator/organisations'] = () =>
      json(200, { organisations: [organisation(), organisation({ id: 2, name: 'STEM Zuid', organisers: 0, invitedOrganisers: 1, programmes: 0 })], page: 1, pages: 2, total: 52 });
    fake.routes['GET /api/operator/organisations?page=2'] = () =>
      json(200, { organisations: [organisation({ id: 3, name: 'Wetenschap West' })], page: 2, pages: 2, total: 52 });
    await renderAt('/operator');
    await screen.findByRole('heading', { level: 1, name: 'Organiserende organisaties' });

    const table = await screen.findByRole('table', { name: 'Organiserende organisaties, op naam' });
    const rows = within(table).getAllByRole('row').slice(1) as [HTMLElement, HTMLElement];
    expect(rows.map((r) => r.getAttribute('data-organisation'))).toEqual(['1', '2']);
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('STEM Oost');
    expect(rows[0].textContent).toContain('23 okt 2026');
    expect(rows[0].textContent).toContain('18:00');
    // A new organisation's first organiser is invited until they accept.
    expect(within(rows[1]!).getAllByRole('cell')[0]?.textContent).toBe('0 (+1 uitgenodigd)');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Naam', 'Organisatoren', "Programma's", 'Aangemaakt op']);
    expect(screen.getByText('Aantal organiserende organisaties: 52')).toBeTruthy();

    const pages = screen.getByRole('navigation', { name: "Pagina's van de lijst met organisaties" });
    expect(pages.textContent).toContain('Pagina 1 van 2');
    expect((within(pages).getByRole('button', { name: 'Vorige pagina' }) as HTMLButtonElement).disabled).toBe(true);
    await click(within(pages).getByRole('button', { name: 'Volgende pagina' }));
    await screen.findByRole('rowheader', { name: 'Wetenschap West' });
    expect(urls()).toContain('GET /api/operator/organisations?page=2');
    const after = screen.getByRole('navigation', { name: "Pagina's van de lijst met organisaties" });
    expect(after.textContent).toContain('Pagina 2 van 2');
    expect((within(after).getByRole('button', { name: 'Volgende pagina' }) as HTMLButtonElement).disabled).toBe(true);
    // The focus goes to the list's heading, so the new page is read from its start.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Alle organiserende organisaties' }));
  });

  it('searches by name from the first page, and shows all again', async () => {
    fake.routes['GET /api/operator/organisations'] = () => json(200, { organisations: [organisation()], page: 1, pages: 1, total: 1 });
    fake.routes['GET /api/operator/organisations?q=west'] = () => json(200, { organisations: [], page: 1, pages: 1, total: 0 });
    await renderAt('/operator');
    await screen.findByRole('rowheader', { name: 'STEM Oost' });
    // One page: no page navigation.
    expect(screen.queryByRole('navigation', { name: "Pagina's van de lijst met organisaties" })).toBeNull();

    const search = screen.getByRole('search', { name: 'Organiserende organisaties zoeken' });
    await type(within(search).getByLabelText('Zoek op naam'), ' west ');
    await click(within(search).getByRole('button', { name: 'Zoeken' }));
    await screen.findByText('Geen organiserende organisatie heeft die tekst in haar naam.');
    expect(urls()).toContain('GET /api/operator/organisations?q=west');
    expect(screen.getByText('Aantal organiserende organisaties met ‘west’ in de naam: 0')).toBeTruthy();

    await click(within(search).getByRole('button', { name: 'Toon alle' }));
    await screen.findByRole('rowheader', { name: 'STEM Oost' });
    expect((within(search).getByLabelText('Zoek op naam') as HTMLInputElement).value).toBe('');
  });

  it('creates an organisation and says an invitation went to its first organiser', async () => {
    let created = false;
    fake.routes['GET /api/operator/organisations'] = () =>
      json(200, { organisations: created ? [organisation(), organisation({ id: 12, name: 'STEM West' })] : [organisation()], page: 1, pages: 1, total: created ? 2 : 1 });
    fake.routes['POST /api/operator/organisations'] = () => {
      created = true;
      return json(201, { id: 12, invitationId: 40 });
    };
    await renderAt('/operator');
    await screen.findByRole('rowheader', { name: 'STEM Oost' });
    const form = screen.getByRole('region', { name: 'Nieuwe organiserende organisatie' });
    await type(within(form).getByLabelText('Naam van de organisatie'), '  STEM West ');
    await type(within(form).getByLabelText('Naam van de eerste organisator'), 'Wendy Wouters');
    await type(within(form).getByLabelText(/^E-mailadres van de eerste organisator/), 'wendy@west.be');
    await type(within(form).getByLabelText(/^Taal van de uitnodiging/), 'en');
    await click(within(form).getByRole('button', { name: 'Organisatie aanmaken' }));

    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'STEM West',
      organiserName: 'Wendy Wouters',
      organiserEmail: 'wendy@west.be',
      language: 'en',
    });
    const notice = within(form).getByRole('status');
    expect(notice.textContent).toBe(
      'De organiserende organisatie STEM West is aangemaakt. Er ging een uitnodiging per e-mail naar Wendy Wouters (wendy@west.be).',
    );
    await screen.findByRole('rowheader', { name: 'STEM West' });
    expect((within(form).getByLabelText('Naam van de organisatie') as HTMLInputElement).value).toBe('');
  });

  it('checks the required fields before sending', async () => {
    fake.routes['GET /api/operator/organisations'] = () => json(200, { organisations: [], page: 1, pages: 1, total: 0 });
    await renderAt('/operator');
    await screen.findByText('Er zijn nog geen organiserende organisaties.');
    const form = screen.getByRole('region', { name: 'Nieuwe organiserende organisatie' });
    await type(within(form).getByLabelText(/^E-mailadres van de eerste organisator/), 'geen-adres');
    await click(within(form).getByRole('button', { name: 'Organisatie aanmaken' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Vul de naam van de organisatie in.',
      'Vul de naam van de eerste organisator in.',
      'Vul een geldig e-mailadres in, zoals naam@school.be.',
    ]);
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it("shows the server's messages next to the fields they are about", async () => {
    fake.routes['GET /api/operator/organisations'] = () => json(200, { organisations: [organisation()], page: 1, pages: 1, total: 1 });
    fake.routes['POST /api/operator/organisations'] = () =>
      apiError(400, 'validation_failed', 'Controleer de velden.', {
        name: 'Er bestaat al een organiserende organisatie met deze naam.',
        organiserEmail: 'Vul een geldig e-mailadres in.',
      });
    await renderAt('/operator');
    await screen.findByRole('rowheader', { name: 'STEM Oost' });
    const form = screen.getByRole('region', { name: 'Nieuwe organiserende organisatie' });
    await type(within(form).getByLabelText('Naam van de organisatie'), 'stem oost');
    await type(within(form).getByLabelText('Naam van de eerste organisator'), 'Olaf');
    await type(within(form).getByLabelText(/^E-mailadres van de eerste organisator/), 'olaf@oost.be');
    await click(within(form).getByRole('button', { name: 'Organisatie aanmaken' }));

    const name = within(form).getByLabelText('Naam van de organisatie');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const nameError = document.getElementById(name.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(nameError?.textContent).toBe('Er bestaat al een organiserende organisatie met deze naam.');
    const email = within(form).getByLabelText(/^E-mailadres van de eerste organisator/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain('new-org-organiser-email-error');
    expect(within(form).getByLabelText('Naam van de eerste organisator').getAttribute('aria-invalid')).toBeNull();
    // The summary lists both (the fields say it all, so no general message), and the form keeps what was typed.
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Er bestaat al een organiserende organisatie met deze naam.',
      'Vul een geldig e-mailadres in.',
    ]);
    expect((name as HTMLInputElement).value).toBe('stem oost');
    expect(within(form).getByRole('status').textContent).toBe('');
  });

  it('is the not-found page for anyone but the operator, whose menu links are hidden', async () => {
    signedInAs(fake, ORGANISER);
    await renderAt('/operator');
    await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' });
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).queryByRole('link', { name: 'Organisaties' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Beveiligingslog' })).toBeNull();
    expect(urls().filter((u) => u.includes('/api/operator'))).toEqual([]);
  });
});

describe('the security log', () => {
  it('shows who did what when, in Brussels time, with translated kinds and details', async () => {
    fake.routes['GET /api/operator/security-log'] = () =>
      json(200, {
        entries: [
          entry(),
          entry({ id: 2, action: 'security.login_failed', actorId: null, actorName: null, actorEmail: null, objectType: 'user', objectId: null, detail: null }),
          entry({ id: 3, action: 'security.mfa_reset', objectType: 'token', objectId: 4, detail: 'handmatig' }),
        ],
        page: 1,
        pages: 1,
        total: 3,
      });
    await renderAt('/operator/security-log');
    await screen.findByRole('heading', { level: 1, name: 'Beveiligingslog' });
    const table = await screen.findByRole('table', { name: 'Beveiligingsgebeurtenissen, nieuwste eerst' });
    // The table scrolls inside its own named box on a narrow screen.
    expect(table.closest('[role="group"]')?.getAttribute('aria-label')).toBe('Beveiligingsgebeurtenissen, nieuwste eerst');
    const rows = within(table).getAllByRole('row').slice(1) as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('23 okt 2026, 18:00');
    expect(rows[0].querySelector('time')?.getAttribute('datetime')).toBe('2026-10-23T16:00:00.000Z');
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells(rows[0])).toEqual([
      'Bo Beheerderbeheer@demo.stemkompas.be',
      'Organiserende organisatie aangemaakt',
      'organisatie #12',
      'NaamSTEM WestE-mail organisatorwendy@west.be',
    ]);
    const detail = rows[0].querySelector('dl')!;
    expect([...detail.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Naam', 'E-mail organisator']);
    expect([...detail.querySelectorAll('dd')].map((d) => d.textContent)).toEqual(['STEM West', 'wendy@west.be']);
    expect(cells(rows[1])).toEqual(['Geen account', 'Aanmelding mislukt', 'gebruiker', '–']);
    // A kind this app does not know yet is shown by its code.
    expect(cells(rows[2])).toEqual(['Bo Beheerderbeheer@demo.stemkompas.be', 'security.mfa_reset', 'token #4', 'handmatig']);
    expect(screen.getByText('Aantal gebeurtenissen: 3')).toBeTruthy();
  });

  it('filters by kind of event and pages through the entries', async () => {
    fake.routes['GET /api/operator/security-log'] = () => json(200, { entries: [entry()], page: 1, pages: 1, total: 1 });
    fake.routes['GET /api/operator/security-log?action=security.login_failed'] = () =>
      json(200, { entries: [entry({ id: 5, action: 'security.login_failed' })], page: 1, pages: 3, total: 120 });
    fake.routes['GET /api/operator/security-log?action=security.login_failed&page=2'] = () =>
      json(200, { entries: [entry({ id: 6, action: 'security.login_failed', actorName: 'Tweede Pagina' })], page: 2, pages: 3, total: 120 });
    await renderAt('/operator/security-log');
    await screen.findByRole('table', { name: 'Beveiligingsgebeurtenissen, nieuwste eerst' });

    const select = screen.getByLabelText('Soort gebeurtenis') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Alle gebeurtenissen',
      'Aanmelding mislukt',
      'Aanmelden tijdelijk geblokkeerd',
      'Wachtwoord gewijzigd',
      'Rol gewijzigd',
      'Organiserende organisatie aangemaakt',
      'Gegevens geëxporteerd',
      'Gegevens van een persoon gedownload',
      'Gevraagd om een account te wissen',
      'Vraag om een account te wissen ingetrokken',
      'Account gewist',
    ]);
    await type(select, 'security.login_failed');
    await screen.findByText('Aantal gebeurtenissen: 120');
    expect(urls()).toContain('GET /api/operator/security-log?action=security.login_failed');

    const pages = screen.getByRole('navigation', { name: "Pagina's van het beveiligingslog" });
    expect(pages.textContent).toContain('Pagina 1 van 3');
    await click(within(pages).getByRole('button', { name: 'Volgende pagina' }));
    await screen.findByText('Tweede Pagina');
    expect(urls()).toContain('GET /api/operator/security-log?action=security.login_failed&page=2');
    expect(screen.getByRole('navigation', { name: "Pagina's van het beveiligingslog" }).textContent).toContain('Pagina 2 van 3');
    expect(select.value).toBe('security.login_failed');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Gebeurtenissen' }));

    // Back to every kind: from the first page again.
    await type(select, '');
    expect(urls().at(-1)).toBe('GET /api/operator/security-log');
  });

  it('keeps a kind from the URL that it does not know, by its code, and says when nothing matches', async () => {
    fake.routes['GET /api/operator/security-log?action=security.mfa_reset'] = () => json(200, { entries: [], page: 1, pages: 1, total: 0 });
    await renderAt('/operator/security-log?action=security.mfa_reset');
    await screen.findByText('Er zijn geen gebeurtenissen van deze soort.');
    const select = screen.getByLabelText('Soort gebeurtenis') as HTMLSelectElement;
    expect(select.value).toBe('security.mfa_reset');
    expect(select.options[select.options.length - 1]?.textContent).toBe('security.mfa_reset');
  });

  it('speaks English', async () => {
    localStorage.setItem('sk_language', 'en');
    fake.routes['GET /api/operator/security-log'] = () => json(200, { entries: [entry()], page: 1, pages: 1, total: 1 });
    await renderAt('/operator/security-log');
    await screen.findByRole('heading', { level: 1, name: 'Security log' });
    const row = (await screen.findAllByRole('row'))[1]!;
    expect(row.textContent).toContain('Organiser organisation created');
    expect(row.textContent).toContain('23 Oct 2026, 18:00');
    expect([...row.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Name', "Organiser's e-mail"]);
  });
});

describe("the operator's home and menu", () => {
  it('leads an operator without memberships to both pages instead of "no role yet"', async () => {
    await renderAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Bo Beheerder' });
    const section = screen.getByRole('region', { name: 'Beheerder van het platform' });
    expect(within(section).getByRole('link', { name: 'Organiserende organisaties beheren' }).getAttribute('href')).toBe('/operator');
    expect(within(section).getByRole('link', { name: 'Het beveiligingslog bekijken' }).getAttribute('href')).toBe('/operator/security-log');
    expect(screen.queryByRole('heading', { name: 'Nog geen rol' })).toBeNull();

    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Organisaties' }).getAttribute('href')).toBe('/operator');
    expect(within(nav).getByRole('link', { name: 'Beveiligingslog' }).getAttribute('href')).toBe('/operator/security-log');
    expect(within(nav).queryByRole('link', { name: 'Beheer' })).toBeNull();
  });

  it('marks the current page in the menu', async () => {
    fake.routes['GET /api/operator/security-log'] = () => json(200, { entries: [], page: 1, pages: 1, total: 0 });
    await renderAt('/operator/security-log');
    await screen.findByText('Er zijn geen gebeurtenissen van deze soort.');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Beveiligingslog' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Organisaties' }).getAttribute('aria-current')).toBeNull();
  });
});
