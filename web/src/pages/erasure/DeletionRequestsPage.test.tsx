// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import { OPERATOR, ORGANISER } from '../../testing/people';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

const TEAM_MEMBER = {
  id: 41,
  name: 'Tom Teamlid',
  email: 'tom@terduinen.be',
  requestedAt: 1796634000,
  reason: 'Ik werk hier niet meer.',
  memberships: [{ organisationName: 'Ter Duinen', role: 'team_member' }],
  canErase: true,
};
const TWO_TENANTS = {
  id: 42,
  name: 'Mia Mentor',
  email: 'mia@bedrijf.be',
  requestedAt: 1796634000,
  reason: null,
  memberships: [
    { organisationName: 'Bedrijf NV', role: 'mentor' },
    { organisationName: 'Andere Regio', role: 'coordinator' },
  ],
  canErase: false,
};
const OWN = { ...TWO_TENANTS, id: 43, name: 'Olga Organisator', email: 'organisator@demo.stemkompas.be', canErase: false };

const page = (requests: unknown[]) => json(200, { requests, page: 1, pages: 1, total: requests.length });

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, ORGANISER);
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

async function open(path = '/organiser/deletion-requests') {
  await renderAt(path);
  await screen.findByRole('heading', { level: 1, name: 'Vragen om een account te wissen' });
}

const card = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;

describe("the organiser's requests to delete an account", () => {
  it('lists each request with address, date, reason and memberships, and erases after asking', async () => {
    fake.routes['GET /api/deletion-requests'] = () => page([TEAM_MEMBER, TWO_TENANTS]);
    fake.routes['POST /api/deletion-requests/41/erase'] = () => json(200, {});
    await open();
    await screen.findByRole('heading', { level: 3, name: 'Tom Teamlid' });
    const tom = card('Tom Teamlid');
    expect(tom.textContent).toContain('tom@terduinen.be');
    expect(tom.textContent).toContain('7 december 2026');
    expect(tom.textContent).toContain('Ik werk hier niet meer.');
    expect(tom.textContent).toContain('Ter Duinen (teamlid)');
    expect(screen.getByText('2 open vragen')).toBeTruthy();

    await click(within(tom).getByRole('button', { name: 'Account wissen (Tom Teamlid)' }));
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
    const question = within(tom).getByRole('group', { name: 'Tom Teamlid' });
    expect(question.textContent).toContain('Het account van Tom Teamlid wissen?');
    expect(question.textContent).toContain('niet ongedaan');
    const yes = within(question).getByRole('button', { name: 'Ja, account wissen' });
    expect(yes.className).toContain('danger');
    await click(yes);

    expect(fake.calls.find((c) => c.method === 'POST')).toMatchObject({ url: '/api/deletion-requests/41/erase', body: {} });
    expect(screen.queryByRole('heading', { level: 3, name: 'Tom Teamlid' })).toBeNull();
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Het account van Tom Teamlid is gewist.'))).toBe(true);
    expect(screen.getByText('1 open vraag')).toBeTruthy();
  });

  it('says why a request cannot be done here instead of offering the button', async () => {
    fake.routes['GET /api/deletion-requests'] = () => page([TWO_TENANTS, OWN]);
    await open();
    await screen.findByRole('heading', { level: 3, name: 'Mia Mentor' });
    const mia = card('Mia Mentor');
    expect(within(mia).queryByRole('button')).toBeNull();
    expect(mia.textContent).toContain('de beheerder van het platform wist dit account');
    expect(mia.textContent).toContain('Bedrijf NV (mentor)');
    expect(mia.textContent).toContain('Andere Regio (schoolcoördinator)');
    expect(mia.textContent).toContain('Geen reden gegeven');
    const own = card('Olga Organisator');
    expect(within(own).queryByRole('button')).toBeNull();
    expect(own.textContent).toContain('Dit is je eigen vraag');
  });

  it("shows the server's 409 as an alert and keeps the row", async () => {
    fake.routes['GET /api/deletion-requests'] = () => page([TEAM_MEMBER]);
    fake.routes['POST /api/deletion-requests/41/erase'] = () =>
      apiError(409, 'erasure_needs_operator', 'Deze persoon hoort ook bij een andere organisatie: de beheerder wist het account.');
    await open();
    await screen.findByRole('heading', { level: 3, name: 'Tom Teamlid' });
    await click(within(card('Tom Teamlid')).getByRole('button', { name: /Account wissen/ }));
    await click(within(card('Tom Teamlid')).getByRole('button', { name: 'Ja, account wissen' }));
    expect(screen.getByRole('alert').textContent).toBe('Deze persoon hoort ook bij een andere organisatie: de beheerder wist het account.');
    expect(screen.getByRole('heading', { level: 3, name: 'Tom Teamlid' })).toBeTruthy();
  });

  it('says so when there are no requests', async () => {
    fake.routes['GET /api/deletion-requests'] = () => page([]);
    await open();
    await screen.findByText('Er zijn geen vragen om een account te wissen.');
    expect(screen.queryByRole('list', { name: 'Open vragen' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: /Pagina's/ })).toBeNull();
  });

  it('pages with the kit when there is more than one page', async () => {
    fake.routes['GET /api/deletion-requests'] = (_init, url) =>
      json(200, { requests: [url.includes('page=2') ? TWO_TENANTS : TEAM_MEMBER], page: url.includes('page=2') ? 2 : 1, pages: 2, total: 51 });
    await open();
    await screen.findByRole('heading', { level: 3, name: 'Tom Teamlid' });
    const pages = screen.getByRole('navigation', { name: "Pagina's met vragen om een account te wissen" });
    await click(within(pages).getByRole('button', { name: 'Volgende pagina' }));
    await screen.findByRole('heading', { level: 3, name: 'Mia Mentor' });
    expect(fake.calls.some((c) => c.url === '/api/deletion-requests?page=2')).toBe(true);
  });

  it('is linked from the menu, and is not there for someone who is no organiser', async () => {
    fake.routes['GET /api/deletion-requests'] = () => page([]);
    await open();
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Accounts wissen' }).getAttribute('href')).toBe('/organiser/deletion-requests');

    cleanup();
    fake = fakeApi();
    signedInAs(fake, { ...ORGANISER, memberships: [{ ...ORGANISER.memberships[0], role: 'coordinator', organisationKind: 'school' }] });
    await renderAt('/organiser/deletion-requests');
    expect(screen.queryByRole('heading', { level: 1, name: 'Vragen om een account te wissen' })).toBeNull();
    expect(fake.calls.some((c) => c.url.startsWith('/api/deletion-requests'))).toBe(false);
  });
});

describe("the operator's requests to delete an account", () => {
  it("uses the operator's routes and is in the operator's menu", async () => {
    signedInAs(fake, OPERATOR);
    fake.routes['GET /api/operator/deletion-requests'] = () => page([TWO_TENANTS]);
    fake.routes['POST /api/operator/deletion-requests/42/erase'] = () => json(200, {});
    await open('/operator/deletion-requests');
    await screen.findByRole('heading', { level: 3, name: 'Mia Mentor' });
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Accounts wissen' }).getAttribute('href')).toBe('/operator/deletion-requests');

    const mia = card('Mia Mentor');
    // The operator may do what the organiser may not: the row's canErase comes from the operator's route.
    expect(within(mia).queryByRole('button')).toBeNull();
    expect(mia.textContent).toContain('Dit account kan hier niet gewist worden.');
  });

  it('erases through the operator route', async () => {
    signedInAs(fake, OPERATOR);
    fake.routes['GET /api/operator/deletion-requests'] = () => page([{ ...TWO_TENANTS, canErase: true }]);
    fake.routes['POST /api/operator/deletion-requests/42/erase'] = () => json(200, {});
    await open('/operator/deletion-requests');
    await screen.findByRole('heading', { level: 3, name: 'Mia Mentor' });
    await click(within(card('Mia Mentor')).getByRole('button', { name: 'Account wissen (Mia Mentor)' }));
    await click(screen.getByRole('button', { name: 'Ja, account wissen' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.url).toBe('/api/operator/deletion-requests/42/erase');
    await screen.findByText('Er zijn geen vragen om een account te wissen.');
  });
});
