// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, PROGRAMME, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { workingGroup } from '../../testing/networkData';

let fake: FakeApi;

const organiser = {
  user: { id: 1, email: 'o@org.be', name: 'Olivia', language: 'nl' },
  memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
  programmes: [{ id: 7, name: PROGRAMME.name, schoolYear: '2026-2027', organisationId: 1, role: 'organiser' }],
};

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

describe('working groups', () => {
  it('turns the proposal into a group with the schools and companies the organiser keeps', async () => {
    signedInAs(fake, organiser);
    const groups: ReturnType<typeof workingGroup>[] = [];
    fake.routes['GET /api/programmes/7/working-groups'] = () => json(200, { groups });
    fake.routes['POST /api/programmes/7/working-groups/proposal'] = () =>
      json(200, {
        proposal: [
          {
            title: 'Onderzoekend leren',
            elementId: 'E1',
            criterionIds: ['C01', 'C02'],
            schools: [
              { id: 3, name: 'Sint-Lucas' },
              { id: 4, name: 'Atheneum Noord' },
            ],
            companies: [{ id: 9, name: 'TechBedrijf', freeCapacity: 2 }],
          },
        ],
      });
    fake.routes['POST /api/programmes/7/working-groups'] = () => {
      const group = workingGroup({ id: 21, title: 'Onderzoekend leren samen' });
      groups.push(group);
      return json(201, group);
    };
    await renderAt('/organiser/programmes/7/working-groups');

    expect(await screen.findByText('Er zijn nog geen werkgroepen.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Op basis van de meting'), { target: { value: 'final' } });
    await click(screen.getByRole('button', { name: 'Voorstel maken' }));
    expect(fake.calls.find((c) => c.url.endsWith('/proposal'))?.body).toEqual({ measurement: 'final' });
    const draft = await screen.findByRole('group', { name: 'Voorgestelde werkgroep 1' });
    fireEvent.change(within(draft).getByLabelText('Naam van de werkgroep'), { target: { value: 'Onderzoekend leren samen' } });
    await click(within(draft).getByLabelText('Atheneum Noord'));
    await click(within(draft).getByRole('button', { name: /Werkgroep aanmaken/ }));

    expect(fake.calls.find((c) => c.method === 'POST' && c.url === '/api/programmes/7/working-groups')?.body).toEqual({
      title: 'Onderzoekend leren samen',
      description: '',
      criterionIds: ['C01', 'C02'],
      schoolIds: [3],
      companyIds: [9],
    });
    expect(await within(draft).findByRole('link', { name: 'Naar de werkgroep "Onderzoekend leren samen"' })).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'Onderzoekend leren samen' })).toBeTruthy();
  });

  it('shows a member the group and its sessions; the organiser closes it and removes a member', async () => {
    signedInAs(fake, organiser);
    let group = workingGroup();
    fake.routes['GET /api/working-groups/5'] = () => json(200, group);
    fake.routes['GET /api/programmes/7/progress'] = () =>
      json(200, { phases: [], rows: [{ organisationId: 3, name: 'Sint-Lucas', institutionNumber: '1', province: 'limburg', phases: {} }, { organisationId: 4, name: 'Atheneum Noord', institutionNumber: '2', province: 'limburg', phases: {} }] });
    fake.routes['PATCH /api/working-groups/5'] = () => {
      group = { ...group, status: 'closed' };
      return json(200, group);
    };
    fake.routes['DELETE /api/working-groups/5/members/9'] = () => {
      group = { ...group, members: group.members.filter((m) => m.organisationId !== 9) };
      return json(204, undefined);
    };
    await renderAt('/working-groups/5');

    expect(await screen.findByRole('link', { name: 'Werkgroepoverleg' })).toBeTruthy();
    // Only schools that are not members yet can be added.
    const select = (await screen.findByLabelText('School toevoegen')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Kies…', 'Atheneum Noord']);
    await click(screen.getByRole('button', { name: /^Uit de werkgroep halen\s+TechBedrijf$/ }));
    expect(await screen.findByText('TechBedrijf is uit de werkgroep gehaald.')).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: 'TechBedrijf' })).toBeNull();
    await click(screen.getByRole('button', { name: 'Werkgroep afsluiten' }));
    expect(fake.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ status: 'closed' });
    expect((await screen.findByTestId('group-status')).textContent).toBe('Afgesloten');
  });

  it('lets the organiser add a company of the programme and rename the group', async () => {
    signedInAs(fake, organiser);
    let group = workingGroup();
    fake.routes['GET /api/working-groups/5'] = () => json(200, group);
    fake.routes['GET /api/programmes/7/progress'] = () => json(200, { phases: [], rows: [] });
    fake.routes['GET /api/programmes/7/companies'] = () =>
      json(200, {
        companies: [
          { id: 9, name: 'TechBedrijf', expertise: ['E1'], freeCapacity: 1 },
          { id: 11, name: 'Bouwbedrijf', expertise: ['E2'], freeCapacity: 3 },
        ],
      });
    fake.routes['PUT /api/working-groups/5/members/11'] = () => {
      group = { ...group, members: [...group.members, { organisationId: 11, name: 'Bouwbedrijf', kind: 'company' }] };
      return json(200, group);
    };
    fake.routes['PATCH /api/working-groups/5'] = (init) => {
      group = { ...group, ...(JSON.parse(String(init.body)) as { title: string }) };
      return json(200, group);
    };
    await renderAt('/working-groups/5');

    // Companies already in the group are not offered; no schools left means no school control.
    const select = (await screen.findByLabelText('Bedrijf toevoegen')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Kies…', 'Bouwbedrijf']);
    expect(screen.queryByLabelText('School toevoegen')).toBeNull();
    fireEvent.change(select, { target: { value: '11' } });
    await click(screen.getByRole('button', { name: /^Toevoegen\s+Bedrijf$/ }));
    expect(await screen.findByRole('rowheader', { name: 'Bouwbedrijf' })).toBeTruthy();
    expect(screen.queryByLabelText('Bedrijf toevoegen')).toBeNull();

    // Rename: an empty name is refused before sending, then the new name is saved.
    const name = screen.getByLabelText(/Naam van de werkgroep/) as HTMLInputElement;
    fireEvent.change(name, { target: { value: '  ' } });
    await click(screen.getByRole('button', { name: 'Naam wijzigen' }));
    expect(await screen.findByText('Geef de werkgroep een naam.')).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'PATCH')).toBe(false);
    fireEvent.change(name, { target: { value: ' Samen onderzoeken ' } });
    await click(screen.getByRole('button', { name: 'Naam wijzigen' }));
    expect(fake.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ title: 'Samen onderzoeken' });
    expect(await screen.findByText('De werkgroep heet nu "Samen onderzoeken".')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Samen onderzoeken' })).toBeTruthy();
  });

  it('is read-only for a member school', async () => {
    signedInAs(fake, {
      user: { id: 2, email: 'c@school.be', name: 'Chris', language: 'nl' },
      memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
      programmes: [{ id: 7, name: PROGRAMME.name, schoolYear: '2026-2027', organisationId: 3, role: 'coordinator' }],
    });
    fake.routes['GET /api/working-groups/5'] = () => json(200, workingGroup());
    await renderAt('/working-groups/5');
    expect(await screen.findByRole('rowheader', { name: 'TechBedrijf' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /werkgroep|Toevoegen/i })).toBeNull();
    expect(fake.calls.some((c) => c.url.includes('/progress'))).toBe(false);
  });
});
