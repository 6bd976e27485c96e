// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, PROGRAMME, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { session, workingGroup } from '../../testing/networkData';

let fake: FakeApi;

const coordinator = {
  user: { id: 2, email: 'c@school.be', name: 'Chris', language: 'nl' },
  memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
  programmes: [{ id: 7, name: PROGRAMME.name, schoolYear: '2026-2027', organisationId: 3, role: 'coordinator' }],
};
const organiser = {
  user: { id: 1, email: 'o@org.be', name: 'Olivia', language: 'nl' },
  memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
  programmes: [{ id: 7, name: PROGRAMME.name, schoolYear: '2026-2027', organisationId: 1, role: 'organiser' }],
};

beforeEach(() => {
  fake = fakeApi();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-03-01T09:00:00Z'));
  fake.routes['GET /api/programmes/7'] = () => json(200, PROGRAMME);
  fake.routes['GET /api/me/ical'] = () => json(200, { url: 'http://x/ical/old.ics' });
  fake.routes['GET /api/programmes/7/working-groups'] = () =>
    json(200, {
      groups: [
        workingGroup({ id: 5, title: 'Onderzoekend leren' }),
        workingGroup({ id: 6, title: 'Techniek in de les', member: false, members: [], sessions: [] }),
      ],
    });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

describe('the sessions of a programme', () => {
  it('splits upcoming and past; a full session puts the user on the waiting list', async () => {
    signedInAs(fake, coordinator);
    let waitlisted = false;
    const full = () =>
      session({ id: 1, title: 'Volle sessie', registered: 2, myStatus: waitlisted ? 'waitlisted' : 'none', myPosition: waitlisted ? 1 : null, waitlisted: waitlisted ? 1 : 0 });
    const past = session({ id: 2, title: 'Vorige sessie', startsAt: '2027-02-01T14:00', endsAt: '2027-02-01T16:00' });
    fake.routes['GET /api/programmes/7/sessions'] = () => json(200, { sessions: [past, full()] });
    fake.routes['POST /api/sessions/1/registration'] = () => {
      waitlisted = true;
      return json(201, { status: 'waitlisted', position: 1 });
    };
    fake.routes['GET /api/sessions/1'] = () => json(200, full());
    await renderAt('/programmes/7/sessions');

    const upcoming = await screen.findByTestId('upcoming');
    expect(within(screen.getByTestId('past')).getByRole('link', { name: 'Vorige sessie' })).toBeTruthy();
    const card = within(upcoming).getByRole('heading', { name: 'Volle sessie' }).closest('li')!;
    expect(card.textContent).toContain('2 van 2 plaatsen bezet (0 vrij).');
    expect(within(card as HTMLElement).getByRole('link', { name: /In mijn agenda zetten/ }).getAttribute('href')).toBe('/api/sessions/1.ics');
    await click(within(card as HTMLElement).getByRole('button', { name: 'Op de wachtlijst' }));
    expect(await within(card as HTMLElement).findByText('De sessie is vol: je staat op plaats 1 van de wachtlijst.')).toBeTruthy();
    expect(card.textContent).toContain('Wachtlijst, plaats 1');
    expect(within(card as HTMLElement).getByRole('button', { name: 'Van de wachtlijst gaan' })).toBeTruthy();
    const groups = screen.getByTestId('my-groups');
    expect(within(groups).getByRole('link', { name: 'Onderzoekend leren' }).getAttribute('href')).toBe('/working-groups/5');
    expect(within(groups).queryByRole('link', { name: 'Techniek in de les' })).toBeNull();
    expect(groups.textContent).toContain('Techniek in de les');
    // Nothing to register for in the past, and no organiser form.
    expect(within(screen.getByTestId('past')).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nieuwe sessie' })).toBeNull();
  });

  it('shows the calendar feed and makes a new address after confirmation', async () => {
    signedInAs(fake, coordinator);
    fake.routes['GET /api/programmes/7/sessions'] = () => json(200, { sessions: [] });
    fake.routes['POST /api/me/ical/reset'] = () => json(200, { url: 'http://x/ical/new.ics' });
    await renderAt('/programmes/7/sessions');

    const feed = await screen.findByTestId('calendar-feed');
    const input = (await within(feed).findByLabelText('Adres van je agenda-abonnement')) as HTMLInputElement;
    expect(input.value).toBe('http://x/ical/old.ics');
    await click(within(feed).getByRole('button', { name: 'Nieuw adres maken' }));
    await click(within(feed).getByRole('button', { name: 'Ja, nieuw adres' }));
    expect(input.value).toBe('http://x/ical/new.ics');
    expect(feed.textContent).toContain('het oude werkt niet meer');
  });

  it('lets an organiser create a session; the browser checks the times, the server the rest', async () => {
    signedInAs(fake, organiser);
    fake.routes['GET /api/programmes/7/sessions'] = () => json(200, { sessions: [] });
    fake.routes['GET /api/programmes/7/progress'] = () => json(200, { phases: [], rows: [{ organisationId: 3, name: 'Sint-Lucas', institutionNumber: '1', province: 'limburg', phases: {} }] });
    fake.routes['GET /api/programmes/7/working-groups'] = () => json(200, { groups: [{ id: 5, title: 'Onderzoekend leren' }] });
    fake.routes['POST /api/programmes/7/sessions'] = () => json(201, session({ id: 8, title: 'Groeisessie' }));
    await renderAt('/programmes/7/sessions');

    await click(await screen.findByRole('button', { name: 'Nieuwe sessie' }));
    const change = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
    change('Titel', 'Groeisessie');
    change('Datum', '2027-03-12');
    change('Begint om', '14:00');
    change('Eindigt om', '13:00');
    await click(screen.getByRole('button', { name: 'Sessie aanmaken' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Het einduur moet na het beginuur liggen.');
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);

    change('Eindigt om', '16:30');
    await act(async () => {
      fireEvent.change(await screen.findByLabelText('Gastschool'), { target: { value: '3' } });
    });
    change('Voor wie', '5');
    await click(screen.getByRole('button', { name: 'Sessie aanmaken' }));
    const post = fake.calls.find((c) => c.method === 'POST' && c.url === '/api/programmes/7/sessions');
    expect(post?.body).toMatchObject({
      title: 'Groeisessie',
      startsAt: '2027-03-12T14:00',
      endsAt: '2027-03-12T16:30',
      hostSchoolId: 3,
      capacity: 20,
      audience: { kind: 'working_group', workingGroupId: 5 },
    });
    expect(await screen.findByText('Sessie "Groeisessie" aangemaakt.')).toBeTruthy();
  });
});
