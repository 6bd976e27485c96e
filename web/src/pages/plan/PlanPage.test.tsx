// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, PROGRAMME, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { FRAMEWORK_DOC, FRAMEWORK_ROUTE } from '../../testing/labelData';
import { plan, planAction, planGoal, SCHOOL_MEMBERS } from '../../testing/planData';

const PLAN = 'GET /api/programmes/7/schools/3/action-plan';
const PATH = '/programmes/7/schools/3/plan';

let fake: FakeApi;

function as(role: string, userId = 10) {
  signedInAs(fake, {
    user: { id: userId, email: 'x@school.be', name: 'X', language: 'nl' },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role }],
    programmes: [],
  });
}

beforeEach(() => {
  fake = fakeApi();
  fake.routes[FRAMEWORK_ROUTE] = () => json(200, FRAMEWORK_DOC);
  fake.routes['GET /api/programmes/7'] = () => json(200, PROGRAMME);
  fake.routes['GET /api/organisations/3'] = () => json(200, SCHOOL_MEMBERS);
  fake.routes['GET /api/programmes/7/schools/3/mentor'] = () =>
    json(200, { mentor: { companyId: 4, companyName: 'Demotech NV', mentors: [{ name: 'Mehdi Mentor', email: 'mentor@demo.be' }] } });
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

describe('the action plan page', () => {
  it('shows the plan with its progress, mentor, goal facts, actions and comments', async () => {
    as('coordinator');
    fake.routes[PLAN] = () => json(200, plan());
    await renderAt(PATH);
    // The school's name arrives with the plan, after the page's first render: wait for the heading to name it.
    const heading = await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(heading).toHaveProperty('textContent', 'Actieplan – Sint-Lucas'));
    expect(screen.getByText('Voortgang van het plan: 50%')).toBeTruthy();
    expect((await screen.findByTestId('mentor-box')).textContent).toContain('Demotech NV');
    const goal = screen.getByRole('article', { name: 'Keuzeopdrachten in elke STEM-les' });
    expect(within(goal).getByText('Bezig', { selector: '.status-tag' })).toBeTruthy();
    expect(within(goal).getByText('Elke klas heeft per trimester drie keuzeopdrachten.')).toBeTruthy();
    const table = within(goal).getByRole('table', { name: 'Acties bij Keuzeopdrachten in elke STEM-les' });
    const rows = within(table).getAllByRole('row');
    // Open actions before done ones.
    expect(rows[1]!.textContent).toContain('Leerlingenbevraging afnemen');
    expect(rows[2]!.textContent).toContain('Voorbeelden verzamelen');
    expect(within(goal).getByText('Mooi doel!')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Actieplan als PDF' }).getAttribute('href')).toBe(
      '/api/programmes/7/schools/3/action-plan.pdf?lang=nl',
    );
    expect(screen.getByRole('link', { name: 'Overleglogboek' }).getAttribute('href')).toBe('/programmes/7/schools/3/meetings');
  });

  it('lets the coordinator accept a proposal as a goal, pre-filled and changed before saving', async () => {
    as('coordinator');
    let current = plan();
    fake.routes[PLAN] = () => json(200, current);
    fake.routes['POST /api/programmes/7/schools/3/action-plan/goals'] = () => {
      current = plan({ proposals: [], goals: [planGoal(), planGoal({ id: 22, title: 'Onderzoeksvragen', criterionIds: ['C02'], actions: [], comments: [] })] });
      return json(201, current.goals[1]);
    };
    await renderAt(PATH);
    const proposal = await screen.findByText('Start elk project met een onderzoeksvraag van de leerlingen.');
    const item = proposal.closest('li[data-proposal]') as HTMLElement;
    expect(within(item).getByText('Nu: Nog niet. Doel: Competent.')).toBeTruthy();
    await click(within(item).getByRole('button', { name: /^Overnemen als doel/ }));
    const title = within(item).getByLabelText('Doel') as HTMLInputElement;
    expect(title.value).toBe('Start elk project met een onderzoeksvraag van de leerlingen.');
    expect((within(item).getByLabelText('Beoogd niveau') as HTMLSelectElement).value).toBe('competent');
    await type(title, 'Onderzoeksvragen');
    await type(within(item).getByLabelText('Verantwoordelijke'), '11');
    await click(within(item).getByRole('button', { name: 'Doel opslaan' }));
    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      title: 'Onderzoeksvragen',
      criterionIds: ['C02'],
      targetLevel: 'competent',
      ownerUserId: 11,
      fromProposal: 'C02',
    });
    expect(await screen.findByText('Het doel “Onderzoeksvragen” is toegevoegd.')).toBeTruthy();
    expect(await screen.findByRole('article', { name: 'Onderzoeksvragen' })).toBeTruthy();
  });

  it('checks the goal form before sending and shows the server message per field', async () => {
    as('coordinator');
    fake.routes[PLAN] = () => json(200, plan({ goals: [], proposals: [] }));
    fake.routes['POST /api/programmes/7/schools/3/action-plan/goals'] = () =>
      json(400, { error: { code: 'validation_failed', message: 'Ongeldig', fields: { endOn: 'Het einde ligt te ver.' } } });
    await renderAt(PATH);
    await click(await screen.findByRole('button', { name: 'Doel toevoegen' }));
    await click(screen.getByRole('button', { name: 'Doel opslaan' }));
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Geef het doel een titel.');
    expect(summary.textContent).toContain('Kies minstens één criterium.');
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
    await type(screen.getByLabelText('Doel'), 'Eigen doel');
    await click(screen.getByLabelText(/Gepersonaliseerd leren/));
    await type(screen.getByLabelText('Beoogd niveau'), 'proficient');
    await click(screen.getByRole('button', { name: 'Doel opslaan' }));
    expect(await screen.findByText('Het einde ligt te ver.', { selector: '.field__error' })).toBeTruthy();
  });

  it('lets the coordinator add an action and complete it with the status select', async () => {
    as('coordinator');
    fake.routes[PLAN] = () => json(200, plan({ proposals: [] }));
    fake.routes['POST /api/action-goals/21/actions'] = () => json(201, planAction({ id: 33, title: 'Nieuw' }));
    fake.routes['PATCH /api/actions/31'] = () => json(200, planAction({ status: 'done' }));
    await renderAt(PATH);
    await screen.findByRole('article', { name: 'Keuzeopdrachten in elke STEM-les' });
    await click(screen.getByRole('button', { name: /^Actie toevoegen/ }));
    await type(screen.getByLabelText('Actie'), ' Nieuw ');
    await type(screen.getByLabelText('Deadline'), '2026-12-20');
    await click(screen.getByRole('button', { name: 'Actie opslaan' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ title: 'Nieuw', dueOn: '2026-12-20', ownerUserId: null });
    await type(await screen.findByLabelText('Status van Leerlingenbevraging afnemen'), 'done');
    expect(fake.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ status: 'done' });
    expect(await screen.findByText('“Leerlingenbevraging afnemen” staat nu op Klaar.')).toBeTruthy();
  });

  it('lets a team member change only the actions they own, and not the goals', async () => {
    as('team_member', 11);
    fake.routes[PLAN] = () => json(200, plan({ canEdit: false }));
    await renderAt(PATH);
    expect(await screen.findByLabelText('Status van Leerlingenbevraging afnemen')).toBeTruthy();
    expect(screen.queryByLabelText('Status van Voorbeelden verzamelen')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Doel toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Overnemen als doel/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Doel wijzigen/ })).toBeNull();
  });

  it('lets the mentor read and comment', async () => {
    signedInAs(fake, {
      user: { id: 50, email: 'mentor@demo.be', name: 'Mehdi', language: 'nl' },
      memberships: [{ organisationId: 4, organisationName: 'Demotech NV', organisationKind: 'company', role: 'mentor' }],
      programmes: [],
    });
    let current = plan({ canEdit: false, proposals: [] });
    fake.routes[PLAN] = () => json(200, current);
    fake.routes['POST /api/action-goals/21/comments'] = () => {
      const comment = { id: 42, authorName: 'Mehdi', authorRole: 'mentor' as const, body: 'Hoe loopt het?', createdAt: 1793600000 };
      current = plan({ canEdit: false, proposals: [], goals: [planGoal({ comments: [...planGoal().comments, comment] })] });
      return json(201, comment);
    };
    await renderAt(PATH);
    expect(await screen.findByText(/Je kunt dit actieplan lezen en per doel reageren/)).toBeTruthy();
    expect(screen.queryByLabelText('Status van Leerlingenbevraging afnemen')).toBeNull();
    await click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    expect(screen.getByText('Schrijf eerst een reactie.')).toBeTruthy();
    await type(screen.getByLabelText('Reageer op “Keuzeopdrachten in elke STEM-les”'), 'Hoe loopt het?');
    await click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ body: 'Hoe loopt het?' });
    expect(await screen.findByText('Hoe loopt het?', { selector: 'p' })).toBeTruthy();
  });

  it('shows the history with field names and values in words', async () => {
    as('coordinator');
    fake.routes[PLAN] = () => json(200, plan());
    fake.routes['GET /api/programmes/7/schools/3/action-plan/history'] = () =>
      json(200, {
        entries: [
          {
            at: 1793527200,
            actorName: 'Chris',
            kind: 'action_updated',
            target: 'action',
            targetId: 31,
            targetTitle: 'Leerlingenbevraging afnemen',
            changes: { status: { from: 'todo', to: 'done' } },
          },
        ],
      });
    await renderAt(PATH);
    await click(await screen.findByRole('button', { name: 'Geschiedenis tonen' }));
    const table = await screen.findByRole('table', { name: 'Geschiedenis' });
    expect(table.textContent).toContain('Actie gewijzigd: Leerlingenbevraging afnemen');
    expect(table.textContent).toContain('Status: Te doen → Klaar');
  });
});
