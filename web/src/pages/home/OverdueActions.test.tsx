// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

function as(role: string) {
  signedInAs(fake, {
    user: { id: 10, email: 'c@school.be', name: 'Chris', language: 'nl' },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role }],
    programmes: [{ id: 7, name: 'Traject', schoolYear: '2026-2027', organisationId: 3, role }],
  });
}

beforeEach(() => {
  fake = fakeApi();
  fake.routes['GET /api/programmes/7/schools/3/measurements'] = () => json(200, { measurements: [] });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the school home', () => {
  it('shows the overdue actions, the own one first as the server orders them, linked to the plan', async () => {
    as('team_member');
    fake.routes['GET /api/me/overdue-actions'] = () =>
      json(200, {
        actions: [
          { actionId: 31, title: 'Bevraging afnemen', dueOn: '2020-01-10', goalTitle: 'Keuzeopdrachten', programmeId: 7, organisationId: 3, organisationName: 'Sint-Lucas', ownerName: 'Chris', own: true },
          { actionId: 32, title: 'Voorbeelden zoeken', dueOn: '2020-01-12', goalTitle: 'Keuzeopdrachten', programmeId: 7, organisationId: 3, organisationName: 'Sint-Lucas', ownerName: 'Tine', own: false },
        ],
      });
    await renderAt('/');
    const card = await screen.findByTestId('overdue-actions');
    expect(within(card).getByRole('heading', { name: 'Acties over tijd (2)' })).toBeTruthy();
    const items = within(card).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('jouw actie');
    expect(items[1]!.textContent).toContain('Tine');
    expect(within(card).getByRole('link', { name: 'Bevraging afnemen' }).getAttribute('href')).toBe('/programmes/7/schools/3/plan');
  });

  it('shows no card without overdue actions, and links the plan and the meeting log', async () => {
    as('coordinator');
    fake.routes['GET /api/me/overdue-actions'] = () => json(200, { actions: [] });
    await renderAt('/');
    const section = await screen.findByTestId('my-programmes');
    expect(within(section).getByRole('link', { name: 'Actieplan' }).getAttribute('href')).toBe('/programmes/7/schools/3/plan');
    expect(within(section).getByRole('link', { name: 'Overleglogboek' }).getAttribute('href')).toBe('/programmes/7/schools/3/meetings');
    expect(fake.calls.some((c) => c.url === '/api/me/overdue-actions')).toBe(true);
    expect(screen.queryByTestId('overdue-actions')).toBeNull();
  });
});
