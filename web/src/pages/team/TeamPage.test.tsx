// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, {
    user: { id: 10, email: 'c@school.be', name: 'Chris', language: 'nl' },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
    programmes: [],
  });
  fake.routes['GET /api/organisations/3'] = () =>
    json(200, {
      id: 3,
      name: 'Sint-Lucas',
      kind: 'school',
      members: [
        { userId: 10, name: 'Chris', email: 'c@school.be', role: 'coordinator', teamFunction: null, pending: false },
        { userId: 11, name: 'Dirk', email: 'd@school.be', role: 'team_member', teamFunction: 'teacher', pending: false },
        { userId: 12, name: 'Els', email: 'e@school.be', role: 'team_member', teamFunction: 'support', pending: true },
      ],
    });
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

describe('team page', () => {
  it('shows members with function and pending state; removing asks for confirmation first', async () => {
    fake.routes['DELETE /api/organisations/3/members/11'] = () => new Response(null, { status: 204 });
    await renderAt('/team');
    const dirk = (await screen.findByRole('rowheader', { name: 'Dirk' })).closest('tr')!;
    expect(dirk.textContent).toContain('Leraar');
    const els = screen.getByRole('rowheader', { name: 'Els' }).closest('tr')!;
    expect(els.textContent).toContain('Uitgenodigd');
    expect(within(els).getByRole('button', { name: 'Opnieuw uitnodigen (Els)' })).toBeTruthy();
    // No button to remove yourself.
    const chris = screen.getByRole('rowheader', { name: 'Chris' }).closest('tr')!;
    expect(within(chris).queryAllByRole('button')).toHaveLength(0);

    await click(within(dirk).getByRole('button', { name: 'Uit het team halen (Dirk)' }));
    expect(fake.calls.some((c) => c.method === 'DELETE')).toBe(false);
    await click(within(dirk).getByRole('button', { name: 'Ja, uit het team halen' }));
    expect(fake.calls.find((c) => c.method === 'DELETE')?.url).toBe('/api/organisations/3/members/11?role=team_member');
    expect(screen.getByText('Dirk is uit het team gehaald.')).toBeTruthy();
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

    answer = json(201, { userId: 13 });
    await click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(screen.getByText('Fien is uitgenodigd; de e-mail gaat naar f@school.be.')).toBeTruthy();
  });
});
