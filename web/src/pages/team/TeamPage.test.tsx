// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;
const NOW = Math.floor(Date.now() / 1000);

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, {
    user: { id: 10, email: 'c@school.be', name: 'Chris', language: 'nl' },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
    programmes: [],
  });
  const page = { page: 1, size: 20, pages: 1 };
  fake.routes['GET /api/organisations/3/members'] = () =>
    json(200, {
      members: [
        { id: 1, userId: 10, name: 'Chris', email: 'c@school.be', role: 'coordinator', teamFunction: null },
        { id: 2, userId: 11, name: 'Dirk', email: 'd@school.be', role: 'team_member', teamFunction: 'teacher' },
      ],
      ...page,
      total: 2,
      counts: { role: { coordinator: 1, team_member: 1 } },
    });
  fake.routes['GET /api/organisations/3/invitations'] = () =>
    json(200, {
      invitations: [
        { id: 21, email: 'e@school.be', role: 'team_member', teamFunction: 'support', createdAt: NOW - 3600, expiresAt: NOW + 6 * 86400 },
        { id: 22, email: 'oud@school.be', role: 'coordinator', teamFunction: null, createdAt: NOW - 8 * 86400, expiresAt: NOW - 86400 },
      ],
      ...page,
      total: 2,
      counts: { role: { coordinator: 1, team_member: 1 } },
    });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const section = (heading: string) => screen.getByRole('heading', { level: 2, name: heading }).closest('section')!;

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

describe('team page', () => {
  it('shows members with their function; removing asks for confirmation first', async () => {
    fake.routes['DELETE /api/organisations/3/members/11'] = () => new Response(null, { status: 204 });
    await renderAt('/team');
    const dirk = (await screen.findByRole('rowheader', { name: 'Dirk' })).closest('tr')!;
    const members = section('Teamleden');
    expect(dirk.textContent).toContain('Leraar');
    // No button to remove yourself.
    const chris = within(members).getByRole('rowheader', { name: 'Chris' }).closest('tr')!;
    expect(within(chris).queryAllByRole('button')).toHaveLength(0);

    await click(within(dirk).getByRole('button', { name: 'Uit het team halen (Dirk)' }));
    expect(fake.calls.some((c) => c.method === 'DELETE')).toBe(false);
    await click(within(dirk).getByRole('button', { name: 'Ja, uit het team halen' }));
    expect(fake.calls.find((c) => c.method === 'DELETE')?.url).toBe('/api/organisations/3/members/11?role=team_member');
    expect(screen.getByText('Dirk is uit het team gehaald.')).toBeTruthy();
    // The row goes, the counts follow, and the list is not read again.
    expect(within(members).queryByRole('rowheader', { name: 'Dirk' })).toBeNull();
    expect(within(members).getByRole('option', { name: 'Teamlid (0)' })).toBeTruthy();
    expect(fake.calls.filter((c) => c.url.startsWith('/api/organisations/3/members?'))).toHaveLength(1);
  });

  it('searches and filters the members by role through the server', async () => {
    await renderAt('/team');
    await screen.findByRole('rowheader', { name: 'Dirk' });
    const members = section('Teamleden');
    expect(fake.calls.map((c) => c.url)).toContain('/api/organisations/3/members?page=1&size=20&sort=name');
    expect(fake.calls.map((c) => c.url)).toContain('/api/organisations/3/invitations?page=1&size=20&sort=email');
    await act(async () => {
      fireEvent.change(within(members).getByLabelText('Rol'), { target: { value: 'coordinator' } });
    });
    expect(fake.calls.at(-1)?.url).toBe('/api/organisations/3/members?page=1&size=20&sort=name&role=coordinator');
    fireEvent.change(within(members).getByLabelText('Zoeken op naam of e-mailadres'), { target: { value: 'chr' } });
    await act(async () => {
      fireEvent.submit(within(members).getByRole('search'));
    });
    expect(fake.calls.at(-1)?.url).toBe('/api/organisations/3/members?page=1&size=20&sort=name&q=chr&role=coordinator');
    await click(within(members).getByRole('button', { name: /^E-mailadres/ }));
    expect(fake.calls.at(-1)?.url).toBe('/api/organisations/3/members?page=1&size=20&sort=email&q=chr&role=coordinator');
  });

  it('lists open invitations by e-mail address only, with resend and revoke by invitation id', async () => {
    fake.routes['POST /api/organisations/3/invitations/21/resend'] = () => new Response(null, { status: 204 });
    fake.routes['DELETE /api/organisations/3/invitations/22'] = () => new Response(null, { status: 204 });
    await renderAt('/team');
    const els = (await screen.findByRole('rowheader', { name: 'e@school.be' })).closest('tr')!;
    const invitations = section('Openstaande uitnodigingen');
    expect(invitations.contains(els)).toBe(true);
    expect(els.textContent).toContain('Teamlid');
    expect(els.textContent).toContain('Ondersteunend personeel');
    const old = within(invitations).getByRole('rowheader', { name: 'oud@school.be' }).closest('tr')!;
    expect(old.textContent).toContain('Verlopen');
    // Invited people are not members.
    expect(within(section('Teamleden')).queryByText('e@school.be')).toBeNull();

    await click(within(els).getByRole('button', { name: 'Opnieuw uitnodigen (e@school.be)' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.url).toBe('/api/organisations/3/invitations/21/resend');
    expect(screen.getByText('Er is een nieuwe uitnodiging gestuurd naar e@school.be; ze blijft weer 7 dagen geldig.')).toBeTruthy();

    const oldRow = (await within(invitations).findByRole('rowheader', { name: 'oud@school.be' })).closest('tr')!;
    await click(within(oldRow).getByRole('button', { name: 'Uitnodiging intrekken (oud@school.be)' }));
    expect(within(oldRow).getByText('De uitnodiging voor oud@school.be intrekken? Wie ze kreeg, kan ze dan niet meer aanvaarden.')).toBeTruthy();
    await click(within(oldRow).getByRole('button', { name: 'Ja, intrekken' }));
    expect(fake.calls.find((c) => c.method === 'DELETE')?.url).toBe('/api/organisations/3/invitations/22');
    expect(screen.getByText('De uitnodiging voor oud@school.be is ingetrokken.')).toBeTruthy();
    expect(within(invitations).queryByRole('rowheader', { name: 'oud@school.be' })).toBeNull();
    expect(fake.calls.filter((c) => c.url.startsWith('/api/organisations/3/invitations?'))).toHaveLength(1);
  });

  it('invites a team member with a function, and shows server errors per field', async () => {
    let answer = apiError(409, 'conflict', 'Dit adres is al lid.', { email: 'Dit adres is al lid van de school.' });
    fake.routes['POST /api/organisations/3/invitations'] = () => answer;
    await renderAt('/team');
    await screen.findByRole('rowheader', { name: 'Dirk' });
    const form = screen.getByRole('region', { name: 'Iemand uitnodigen' });
    fireEvent.change(within(form).getByLabelText('Naam'), { target: { value: 'Fien' } });
    fireEvent.change(within(form).getByLabelText('E-mailadres'), { target: { value: 'f@school.be' } });
    fireEvent.change(within(form).getByLabelText('Functie'), { target: { value: 'leader' } });
    await click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Fien',
      email: 'f@school.be',
      role: 'team_member',
      language: 'nl',
      teamFunction: 'leader',
    });
    expect(within(form).getByLabelText('E-mailadres').getAttribute('aria-invalid')).toBe('true');

    answer = json(201, { invitationId: 23 });
    await click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(screen.getByText('Fien is uitgenodigd; de e-mail gaat naar f@school.be.')).toBeTruthy();
  });
});
