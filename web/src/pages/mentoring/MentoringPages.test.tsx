// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Matching, Meeting } from '../../api/mentoring';
import { apiError, fakeApi, json, PROGRAMME, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { plan } from '../../testing/planData';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
  fake.routes['GET /api/programmes/7'] = () => json(200, PROGRAMME);
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

const COMPANIES = [
  { organisationId: 4, name: 'Demotech NV', province: 'west-vlaanderen', expertise: ['E1', 'E6'], capacity: 3, used: 2 },
  { organisationId: 5, name: 'Bouwbedrijf', province: 'limburg', expertise: ['E2'], capacity: 1, used: 0 },
];

function pair(status: 'proposed' | 'confirmed', companyId = 4, companyName = 'Demotech NV') {
  return {
    schoolId: 3,
    schoolName: 'Sint-Lucas',
    companyId,
    companyName,
    score: 100,
    explanation: { province: 'same', provincePoints: 40, focusCriteria: ['C01', 'C15'], coveredCriteria: ['C01', 'C15'], expertisePoints: 60 },
    status,
    fixed: false,
  };
}

const paged = { page: 1, size: 50, pages: 1 };
const summary = (proposed: number, confirmed: number, unmatched: number): Matching => ({
  totalScore: proposed + confirmed > 0 ? 100 : 0,
  counts: { proposed, confirmed, fixed: 0, unmatched, companies: 2, freePlaces: 2 },
});

/** The matching routes of a programme with one school paired (`status`) or none, and Ter Heide unmatched. */
function matchingRoutes(state: { status: 'none' | 'proposed' | 'confirmed' }) {
  fake.routes['GET /api/programmes/7/matching'] = () =>
    json(200, state.status === 'none' ? summary(0, 0, 2) : summary(state.status === 'proposed' ? 1 : 0, state.status === 'confirmed' ? 1 : 0, 1));
  fake.routes['GET /api/programmes/7/matching/pairs'] = () => {
    const pairs = state.status === 'none' ? [] : [pair(state.status)];
    return json(200, { pairs, ...paged, total: pairs.length, counts: { status: { proposed: 0, confirmed: 0 } } });
  };
  fake.routes['GET /api/programmes/7/matching/unmatched'] = () =>
    json(200, { schools: [{ organisationId: 8, name: 'Ter Heide', province: 'limburg', focusCriteria: ['C04'] }], ...paged, total: 1 });
  fake.routes['GET /api/programmes/7/matching/companies'] = () => json(200, { companies: COMPANIES, ...paged, total: 2 });
}

describe('the matching page', () => {
  beforeEach(() => {
    signedInAs(fake, {
      user: { id: 1, email: 'o@org.be', name: 'Olga', language: 'nl' },
      memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
      programmes: [],
    });
  });

  it('runs the proposal, explains each pair and confirms only after asking', async () => {
    const state: { status: 'none' | 'proposed' | 'confirmed' } = { status: 'none' };
    matchingRoutes(state);
    fake.routes['POST /api/programmes/7/matching/proposal'] = () => ((state.status = 'proposed'), json(200, summary(1, 0, 1)));
    fake.routes['POST /api/programmes/7/matching/confirm'] = () => ((state.status = 'confirmed'), json(200, summary(0, 1, 1)));
    await renderAt('/organiser/programmes/7/matching');
    expect(await screen.findByText('Er zijn nog geen paren. Bereken een voorstel.')).toBeTruthy();
    expect(fake.calls.map((c) => c.url)).toContain('/api/programmes/7/matching/pairs?page=1&size=50&sort=school');
    expect(screen.getByRole('link', { name: 'Mentorkoppeling' }).getAttribute('aria-current')).toBe('page');
    await click(screen.getByRole('button', { name: 'Voorstel berekenen' }));
    expect(await screen.findByText('Het voorstel is berekend: 1 voorgesteld paar.')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Paren' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Zelfde provincie (+40); dekt 2 van 2 focuscriteria: C01, C15 (+60)');
    expect(row.textContent).toContain('Voorgesteld');
    await click(screen.getByRole('button', { name: 'Koppeling bevestigen' }));
    expect(fake.calls.some((c) => c.url.endsWith('/confirm'))).toBe(false);
    expect(screen.getByText('Het voorgestelde paar bevestigen? De school en de mentor krijgen een e-mail.')).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Ja, bevestigen' }));
    expect(fake.calls.some((c) => c.method === 'POST' && c.url.endsWith('/confirm'))).toBe(true);
    expect(await screen.findByText('1 paar is bevestigd; de school en de mentor zijn verwittigd.')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Paren' })).getAllByRole('row')[1]!.textContent).toContain('Bevestigd'));
  });

  it('changes the company of a pair from the answer, without reading the pairs again', async () => {
    matchingRoutes({ status: 'proposed' });
    fake.routes['PUT /api/programmes/7/matching/pairs/3'] = () => json(200, { ...pair('proposed', 5, 'Bouwbedrijf'), fixed: true });
    await renderAt('/organiser/programmes/7/matching');
    const box = await screen.findByRole('combobox', { name: 'Mentorbedrijf voor Sint-Lucas' });
    const pairGets = () => fake.calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/programmes/7/matching/pairs')).length;
    const before = pairGets();
    // The companies are searched on the server as the organiser types, never read all at once.
    expect(fake.calls.some((c) => c.url.includes('/matching/companies?') && c.url.includes('size=200'))).toBe(false);
    await type(box, 'bouw');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 350));
    });
    expect(fake.calls.at(-1)?.url).toBe('/api/programmes/7/matching/companies?q=bouw&size=20&sort=name');
    const list = screen.getByRole('listbox', { name: 'Mentorbedrijf voor Sint-Lucas' });
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Bouwbedrijf (1 van 1 vrij)', 'Demotech NV (huidig)']);
    await click(within(list).getByRole('option', { name: 'Bouwbedrijf (1 van 1 vrij)' }));
    await click(screen.getByRole('button', { name: /^Wijzigen.*Sint-Lucas/ }));
    expect(fake.calls.find((c) => c.method === 'PUT')?.body).toEqual({ companyId: 5, fixed: true });
    expect(await screen.findByText('Sint-Lucas is gekoppeld aan Bouwbedrijf.')).toBeTruthy();
    const row = within(screen.getByRole('table', { name: 'Paren' })).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Bouwbedrijf');
    expect(row.textContent).toContain('Vastgezet');
    expect(pairGets()).toBe(before);
  });

  it('shows a full company as refused', async () => {
    matchingRoutes({ status: 'proposed' });
    fake.routes['PUT /api/programmes/7/matching/pairs/3'] = () => apiError(409, 'capacity_full', 'Dit bedrijf heeft geen vrije plaats meer.');
    await renderAt('/organiser/programmes/7/matching');
    const box = await screen.findByRole('combobox', { name: 'Mentorbedrijf voor Sint-Lucas' });
    await act(async () => {
      fireEvent.keyDown(box, { key: 'ArrowDown' });
    });
    await act(async () => {
      fireEvent.keyDown(box, { key: 'ArrowDown' });
    });
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter' });
    });
    expect((box as HTMLInputElement).value).toBe('Bouwbedrijf');
    await click(screen.getByRole('button', { name: /^Wijzigen.*Sint-Lucas/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Dit bedrijf heeft geen vrije plaats meer.');
  });

  it('removes a pair from the list without reading the pairs again', async () => {
    matchingRoutes({ status: 'proposed' });
    fake.routes['DELETE /api/programmes/7/matching/pairs/3'] = () => new Response(null, { status: 204 });
    await renderAt('/organiser/programmes/7/matching');
    await screen.findByRole('table', { name: 'Paren' });
    const pairGets = () => fake.calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/programmes/7/matching/pairs')).length;
    const before = pairGets();
    await click(screen.getByRole('button', { name: /^Verwijderen.*Sint-Lucas/ }));
    await click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(await screen.findByText('Het paar van Sint-Lucas is verwijderd.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Paren' })).toBeNull();
    expect(pairGets()).toBe(before);
  });
});

describe("the mentor's pages", () => {
  beforeEach(() => {
    signedInAs(fake, {
      user: { id: 50, email: 'mentor@demo.be', name: 'Mehdi', language: 'nl' },
      memberships: [{ organisationId: 4, organisationName: 'Demotech NV', organisationKind: 'company', role: 'mentor' }],
      programmes: [],
    });
  });

  it('lists the matched schools with their plan, meeting log and results', async () => {
    fake.routes['GET /api/mentoring'] = () =>
      json(200, {
        schools: [
          { programmeId: 7, programmeName: 'Traject', organisationId: 3, name: 'Ter Duinen', municipality: 'Koksijde', province: 'west-vlaanderen', planProgress: 40, lastMeetingOn: '2026-11-20' },
        ],
      });
    await renderAt('/mentoring');
    const table = await screen.findByRole('table', { name: 'Scholen die je begeleidt' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Ter Duinen (Koksijde, West-Vlaanderen)');
    expect(row.textContent).toContain('40%');
    expect(row.textContent).toContain('20 november 2026');
    expect(within(row).getByRole('link', { name: /^Actieplan.*Ter Duinen/ }).getAttribute('href')).toBe('/programmes/7/schools/3/plan');
    expect(within(row).getByRole('link', { name: /^Overleglogboek.*Ter Duinen/ }).getAttribute('href')).toBe('/programmes/7/schools/3/meetings');
    expect(screen.getByRole('link', { name: 'Mentorschap' }).getAttribute('href')).toBe('/mentoring');
  });

  it('logs a meeting with a follow-up', async () => {
    let meetings: Meeting[] = [];
    fake.routes['GET /api/programmes/7/schools/3/meetings'] = () => json(200, { meetings, canCreate: true });
    fake.routes['GET /api/programmes/7/schools/3/action-plan'] = () => json(200, plan({ canEdit: false }));
    fake.routes['POST /api/programmes/7/schools/3/meetings'] = (init) => {
      const body = JSON.parse(String(init.body));
      const meeting: Meeting = {
        id: 60,
        programmeId: 7,
        organisationId: 3,
        ...body,
        followUps: [{ id: 61, text: body.followUps[0].text, actionId: null }],
        authorSide: 'mentor',
        createdByName: 'Mehdi',
        createdAt: 1793600000,
        updatedAt: 1793600000,
        canEdit: true,
      };
      meetings = [meeting];
      return json(201, meeting);
    };
    await renderAt('/programmes/7/schools/3/meetings');
    expect(await screen.findByText('Er is nog geen overleg vastgelegd.')).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Overleg toevoegen' }));
    await type(screen.getByLabelText('Datum'), '2026-11-20');
    await click(screen.getByRole('button', { name: 'Vervolgstap toevoegen' }));
    await click(screen.getByRole('button', { name: 'Overleg opslaan' }));
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Vul in wie aanwezig was.');
    expect(summary.textContent).toContain('Vul vervolgstap 1 in of verwijder ze.');
    await type(screen.getByLabelText('Aanwezigen'), 'Mehdi, Chris');
    await type(screen.getByLabelText('Vervolgstap 1'), 'Bedrijfsbezoek plannen');
    await click(screen.getByRole('button', { name: 'Overleg opslaan' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      heldOn: '2026-11-20',
      attendees: 'Mehdi, Chris',
      notes: '',
      followUps: [{ text: 'Bedrijfsbezoek plannen' }],
    });
    expect(await screen.findByRole('heading', { name: 'Overleg van 20 november 2026' })).toBeTruthy();
    expect(screen.getByText('Vastgelegd door de mentor (Mehdi)')).toBeTruthy();
    // Only the coordinator turns a follow-up into an action.
    expect(screen.queryByRole('button', { name: /^Actie maken/ })).toBeNull();
  });
});

describe("the school's meeting log", () => {
  it("lets the coordinator turn a follow-up into an action of a goal", async () => {
    signedInAs(fake, {
      user: { id: 10, email: 'c@school.be', name: 'Chris', language: 'nl' },
      memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
      programmes: [],
    });
    const meeting: Meeting = {
      id: 60,
      programmeId: 7,
      organisationId: 3,
      heldOn: '2026-11-20',
      attendees: 'Mehdi, Chris',
      notes: 'Goed gesprek',
      followUps: [{ id: 61, text: 'Bedrijfsbezoek plannen', actionId: null }],
      authorSide: 'mentor',
      createdByName: 'Mehdi',
      createdAt: 1793600000,
      updatedAt: 1793600000,
      canEdit: false,
    };
    fake.routes['GET /api/programmes/7/schools/3/meetings'] = () => json(200, { meetings: [meeting], canCreate: true });
    fake.routes['GET /api/programmes/7/schools/3/action-plan'] = () => json(200, plan());
    fake.routes['POST /api/meetings/60/follow-ups/61/action'] = () => json(201, { id: 90 });
    await renderAt('/programmes/7/schools/3/meetings');
    const select = await screen.findByLabelText('Doel voor “Bedrijfsbezoek plannen”');
    expect(screen.queryByRole('button', { name: /^Wijzigen/ })).toBeNull();
    await type(select, '21');
    await click(screen.getByRole('button', { name: /^Actie maken/ }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ goalId: 21 });
    expect(await screen.findByText('De vervolgstap is een actie bij “Keuzeopdrachten in elke STEM-les” geworden.')).toBeTruthy();
  });
});
