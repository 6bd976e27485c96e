// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import type { Me, MyInvitation } from '../../api';

const NOW = Math.floor(Date.now() / 1000);

const ME: Me = {
  user: { id: 10, email: 'mehdi@bedrijf.be', name: 'Mehdi', language: 'nl' },
  memberships: [{ organisationId: 5, organisationName: 'Demotech', organisationKind: 'company', role: 'mentor' }],
  programmes: [],
  invitations: 2,
};

const SCHOOL: MyInvitation = {
  id: 31,
  organisation: { id: 3, name: 'Sint-Lucas', kind: 'school' },
  role: 'team_member',
  teamFunction: 'teacher',
  award: null,
  invitedBy: 'Cas Coördinator',
  createdAt: NOW - 3600,
  expiresAt: NOW + 6 * 86400,
};

const JURY: MyInvitation = {
  id: 32,
  organisation: { id: 1, name: 'Voka West', kind: 'organiser' },
  role: 'jury',
  teamFunction: null,
  award: { programmeId: 7, programmeName: 'STEM-traject 2026' },
  invitedBy: null,
  createdAt: NOW - 7200,
  expiresAt: NOW + 5 * 86400,
};

let fake: FakeApi;
let open: MyInvitation[];
let me: Me;

beforeEach(() => {
  fake = fakeApi();
  me = ME;
  signedInAs(fake, ME);
  fake.routes['GET /api/me'] = () => json(200, me);
  open = [SCHOOL, JURY];
  fake.routes['GET /api/me/invitations'] = () => json(200, { invitations: open });
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

const card = (organisation: string) => screen.getByRole('article', { name: new RegExp(`^${organisation}`) });

describe('invitations page', () => {
  it('lists each invitation with its organisation, role, inviter and expiry', async () => {
    await renderAt('/invitations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Uitnodigingen' })).toBeTruthy();
    const school = await screen.findByRole('article', { name: /^Sint-Lucas/ });
    expect(within(school).getByRole('heading', { level: 2 }).textContent).toBe('Sint-Lucas (school)');
    expect(school.textContent).toContain('Teamlid (Leraar)');
    expect(school.textContent).toContain('Cas Coördinator');
    expect(within(school).getByText((_, element) => element?.tagName === 'TIME')).toBeTruthy();
    const jury = card('Voka West');
    expect(jury.textContent).toContain('Jurylid');
    expect(jury.textContent).toContain('STEM-traject 2026');
    expect(jury.textContent).toContain('Onbekend');
    // Every button names its organisation, so a list of buttons still says which is which.
    expect(within(school).getByRole('button', { name: 'Aanvaarden (Sint-Lucas)' })).toBeTruthy();
    expect(within(jury).getByRole('button', { name: 'Weigeren (Voka West)' })).toBeTruthy();
  });

  it('accepts: the membership comes back with Me, the card goes and the session is refreshed', async () => {
    fake.routes['POST /api/me/invitations/31/accept'] = () => {
      open = [JURY];
      me = {
        ...ME,
        invitations: 1,
        memberships: [...ME.memberships, { organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'team_member' }],
      };
      return json(200, me);
    };
    await renderAt('/invitations');
    const school = await screen.findByRole('article', { name: /^Sint-Lucas/ });
    await click(within(school).getByRole('button', { name: 'Aanvaarden (Sint-Lucas)' }));
    expect(fake.calls.some((c) => c.method === 'POST' && c.url === '/api/me/invitations/31/accept')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Je hebt de uitnodiging aanvaard: je bent nu teamlid bij Sint-Lucas.');
    expect(screen.queryByRole('article', { name: /^Sint-Lucas/ })).toBeNull();
    expect(card('Voka West')).toBeTruthy();
    // The menu shows the one left.
    expect(await screen.findByRole('link', { name: 'Uitnodigingen (1)' })).toBeTruthy();
  });

  it('declines only after confirming, and Cancel returns to the buttons', async () => {
    fake.routes['POST /api/me/invitations/32/decline'] = () => {
      open = [SCHOOL];
      return new Response(null, { status: 204 });
    };
    await renderAt('/invitations');
    const jury = await screen.findByRole('article', { name: /^Voka West/ });
    await click(within(jury).getByRole('button', { name: 'Weigeren (Voka West)' }));
    const confirm = within(jury).getByRole('group', { name: 'Weigeren bevestigen voor Voka West' });
    expect(confirm.textContent).toContain('De uitnodiging van Voka West weigeren? Je kunt ze daarna niet meer aanvaarden.');
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Ja, weigeren' }));
    await click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(document.activeElement).toBe(within(jury).getByRole('button', { name: 'Weigeren (Voka West)' }));
    expect(fake.calls.some((c) => c.url.endsWith('/decline'))).toBe(false);

    await click(within(jury).getByRole('button', { name: 'Weigeren (Voka West)' }));
    await click(within(jury).getByRole('button', { name: 'Ja, weigeren' }));
    expect(fake.calls.some((c) => c.method === 'POST' && c.url === '/api/me/invitations/32/decline')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Je hebt de uitnodiging van Voka West geweigerd.');
    expect(screen.queryByRole('article', { name: /^Voka West/ })).toBeNull();
  });

  it('shows why an answer failed (expired) as an alert and reloads the list', async () => {
    fake.routes['POST /api/me/invitations/31/accept'] = () => {
      open = [JURY];
      return apiError(409, 'invitation_expired', 'Deze uitnodiging is verlopen. Vraag wie je uitnodigde om ze opnieuw te sturen.');
    };
    await renderAt('/invitations');
    await click(within(await screen.findByRole('article', { name: /^Sint-Lucas/ })).getByRole('button', { name: 'Aanvaarden (Sint-Lucas)' }));
    expect(screen.getByRole('alert').textContent).toBe('Deze uitnodiging is verlopen. Vraag wie je uitnodigde om ze opnieuw te sturen.');
    await screen.findByRole('article', { name: /^Voka West/ });
    expect(screen.queryByRole('article', { name: /^Sint-Lucas/ })).toBeNull();
  });

  it('says so when nothing waits, with a way home', async () => {
    open = [];
    await renderAt('/invitations');
    expect(await screen.findByText('Je hebt geen uitnodigingen die op je antwoord wachten.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar je startpagina' })).toBeTruthy();
  });

  it('is pointed to from the home page and the menu while invitations wait', async () => {
    await renderAt('/');
    expect(await screen.findByText(/Je hebt 2 uitnodigingen die op je antwoord wachten\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bekijk je uitnodigingen' }).getAttribute('href')).toBe('/invitations');
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Uitnodigingen (2)' })).toBeTruthy();
  });

  it('shows no pointer when nothing waits', async () => {
    me = { ...ME, invitations: 0 };
    await renderAt('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/uitnodiging/)).toBeNull();
    expect(screen.queryByRole('link', { name: /^Uitnodigingen/ })).toBeNull();
  });
});
