// @vitest-environment jsdom
// The home's to-dos per role from GET /api/me/home, one row per state: what the next step says and links to,
// the deadline in words (one, many, today), the timeline, and the empty states. Plus: every link inside a role's
// section is a page that role can open.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Home } from '../../api/home';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { home, phasesOn, schoolHome } from '../../testing/homeData';

let fake: FakeApi;

const ORG_KIND = { coordinator: 'school', team_member: 'school', mentor: 'company', organiser: 'organiser', reviewer: 'organiser', jury: 'organiser' } as const;
type Role = keyof typeof ORG_KIND;

function as(role: Role, answer: Home | (() => Response), language: 'nl' | 'en' = 'nl') {
  signedInAs(fake, {
    user: { id: 10, email: 'x@example.be', name: 'Chris', language },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: ORG_KIND[role], role }],
    programmes: [],
  });
  localStorage.setItem('sk_language', language);
  fake.routes['GET /api/me/home'] = typeof answer === 'function' ? answer : () => json(200, answer);
}

function roleSection(role: Role): HTMLElement {
  const section = document.querySelector<HTMLElement>(`section[data-role="${role}"]`);
  if (!section) throw new Error(`no section for ${role}`);
  return section;
}

beforeEach(() => {
  fake = fakeApi();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

interface Row {
  name: string;
  role: Role;
  data: Home;
  language?: 'nl' | 'en';
  /** Texts the role's section shows. */
  shows: string[];
  /** Links (name → href) in the role's section. */
  links?: Record<string, string>;
  /** The next step's kind, when there is one. */
  step?: string;
}

const rows: Row[] = [
  {
    name: 'baseline open and unanswered',
    role: 'coordinator',
    data: home({ schools: [schoolHome()] }),
    step: 'answer_measurement',
    shows: ['Nog 21 criteria zonder antwoord.', 'Nulmeting: nog 30 dagen, tot en met 15 oktober 2026', 'Nulmeting: 0 van 21 criteria beantwoord'],
    links: { 'Vul de nulmeting in': '/programmes/7/schools/3/measurements/baseline', Vragenlijsten: '/programmes/7/schools/3/surveys' },
  },
  {
    name: 'baseline open, one criterion left, closes tomorrow (in English)',
    role: 'team_member',
    language: 'en',
    data: home({
      schools: [
        schoolHome({
          role: 'team_member',
          phases: phasesOn('2026-10-14'),
          deadline: { kind: 'baseline', closesOn: '2026-10-15', daysLeft: 1, extended: false },
          openMeasurement: { kind: 'baseline', id: 5, status: 'open', answered: 20, total: 21, unanswered: 1, closesOn: '2026-10-15', daysLeft: 1 },
          nextStep: { kind: 'answer_measurement', phase: 'baseline', date: '2026-10-15', count: 1, path: '/programmes/7/schools/3/measurements/baseline' },
        }),
      ],
    }),
    step: 'answer_measurement',
    shows: ['1 criterion is still unanswered.', 'Baseline: 1 day left, until 15 October 2026', 'Baseline (now, 1 day left)'],
    links: { 'Fill in the baseline': '/programmes/7/schools/3/measurements/baseline' },
  },
  {
    name: 'the last day, with an extension',
    role: 'coordinator',
    data: home({
      schools: [
        schoolHome({
          deadline: { kind: 'baseline', closesOn: '2026-10-31', daysLeft: 0, extended: true },
          phases: phasesOn('2026-10-31').map((p) =>
            p.kind === 'baseline' ? { ...p, closesOn: '2026-10-31', extended: true, time: 'current', daysLeft: 0 } : p,
          ),
        }),
      ],
    }),
    shows: ['Nulmeting: sluit vandaag (31 oktober 2026) (verlengd voor jullie school)', 'verlengd tot 31 oktober 2026 voor jullie school'],
  },
  {
    name: 'baseline submitted and the plan started',
    role: 'coordinator',
    data: home({
      schools: [
        schoolHome({
          organisationName: 'Ter Duinen',
          openMeasurement: { kind: 'baseline', id: 5, status: 'submitted', answered: 21, total: 21, unanswered: 0, closesOn: '2026-10-15', daysLeft: 30 },
          surveys: [
            { id: 1, kind: 'baseline', group: 'teachers', responses: 7, needed: 0 },
            { id: 2, kind: 'baseline', group: 'students', responses: 1, needed: 4 },
          ],
          plan: { goals: 2, progress: 17 },
          nextStep: { kind: 'work_on_plan', phase: 'action_plan', date: null, count: 17, path: '/programmes/7/schools/3/plan' },
        }),
      ],
    }),
    step: 'work_on_plan',
    shows: [
      'Het actieplan staat op 17%.',
      'Nulmeting: ingediend',
      'Actieplan: 2 doelen, 17% klaar',
      'Leraren (Nulmeting): 7 antwoorden, genoeg om resultaten te tonen',
      'Leerlingen (Nulmeting): 1 antwoord, nog 4 nodig om resultaten te tonen',
    ],
    links: { 'Werk verder aan het actieplan': '/programmes/7/schools/3/plan', 'Actieplan: 2 doelen, 17% klaar': '/programmes/7/schools/3/plan' },
  },
  {
    name: 'overdue actions, the own one first as the server orders them',
    role: 'team_member',
    data: home({
      schools: [
        schoolHome({
          role: 'team_member',
          overdueActions: [
            { actionId: 31, title: 'Bevraging afnemen', dueOn: '2026-09-10', goalTitle: 'Keuzeopdrachten', ownerName: 'Chris', own: true, daysLate: 5 },
            { actionId: 32, title: 'Voorbeelden zoeken', dueOn: '2026-09-14', goalTitle: 'Keuzeopdrachten', ownerName: 'Tine', own: false, daysLate: 1 },
          ],
          plan: { goals: 1, progress: 0 },
          nextStep: { kind: 'fix_overdue_actions', phase: 'action_plan', date: null, count: 2, path: '/programmes/7/schools/3/plan' },
        }),
      ],
    }),
    step: 'fix_overdue_actions',
    shows: ['2 acties van het actieplan zijn over tijd.', '2 acties over tijd', 'jouw actie', 'Tine', '5 dagen te laat', '1 dag te laat'],
    links: { 'Bevraging afnemen': '/programmes/7/schools/3/plan', 'Werk de acties over tijd bij': '/programmes/7/schools/3/plan' },
  },
  {
    name: 'the baseline closed without a submission: ask for more time',
    role: 'coordinator',
    data: home({
      today: '2026-10-20',
      schools: [
        schoolHome({
          phases: phasesOn('2026-10-20'),
          deadline: { kind: 'action_plan', closesOn: '2026-12-18', daysLeft: 59, extended: false },
          openMeasurement: null,
          closedPhase: { kind: 'baseline', closedOn: '2026-10-15', daysAgo: 5 },
          nextStep: {
            kind: 'ask_extension',
            phase: 'baseline',
            date: '2026-10-15',
            count: 0,
            path: '/ask?programme=7&topic=measurement&extension=baseline&school=3',
          },
        }),
      ],
    }),
    step: 'ask_extension',
    shows: ['De nulmeting is voor jullie school afgesloten op 15 oktober 2026, zonder indiening.', 'Actieplan: nog 59 dagen'],
    links: { 'Vraag de organisator om meer tijd': '/ask?programme=7&topic=measurement&extension=baseline&school=3' },
  },
  {
    name: 'nothing waits: the next phase in a day',
    role: 'coordinator',
    data: home({
      schools: [
        schoolHome({
          deadline: null,
          openMeasurement: null,
          nextStep: { kind: 'wait', phase: 'learning_network', date: '2027-01-11', count: 1, path: '/programmes/7' },
        }),
      ],
    }),
    step: 'wait',
    shows: ['Nu wacht er niets. Lerend netwerk begint morgen (11 januari 2027).', 'Verder wacht er nu niets.'],
    links: { 'Bekijk het programma': '/programmes/7' },
  },
  {
    name: 'a mentor with a confirmed school',
    role: 'mentor',
    data: home({
      mentor: {
        schools: [
          {
            programmeId: 7,
            programmeName: 'Traject',
            organisationId: 4,
            name: 'Ter Duinen',
            companyName: 'Demotech NV',
            planGoals: 2,
            planProgress: 17,
            overdueActions: 1,
            lastMeetingOn: '2026-09-01',
            upcomingMeetings: [{ id: 9, heldOn: '2026-10-06', daysUntil: 21 }],
            waitingComments: [{ goalId: 12, goalTitle: 'Bedrijfsbezoeken', authorName: 'Dana', at: 1 }],
          },
        ],
      },
    }),
    shows: [
      'Ter Duinen',
      '1 vraag van de school wacht op je reactie',
      'Overleg over 21 dagen (6 oktober 2026)',
      'Laatste overleg: 1 september 2026',
      'Actieplan: 2 doelen, 17% klaar; 1 actie van de school is over tijd',
    ],
    links: {
      'Bedrijfsbezoeken, van Dana': '/programmes/7/schools/4/plan',
      Overleglogboek: '/programmes/7/schools/4/meetings',
      'Actieplan van de school': '/programmes/7/schools/4/plan',
      'Naar je scholen als mentor': '/mentoring',
    },
  },
  {
    name: 'a mentor without a school yet',
    role: 'mentor',
    data: home({ mentor: { schools: [] } }),
    shows: ['Er is je nog geen school toegewezen.'],
    links: { 'Naar je scholen als mentor': '/mentoring' },
  },
  {
    name: 'an organiser with waiting questions and decisions',
    role: 'organiser',
    data: home({
      organiser: {
        questions: {
          open: 2,
          overdue: 1,
          first: [
            { id: 41, name: 'An Vragensteller', topic: 'measurement', status: 'new', dueAtUnix: 1789000000, secondsLeft: -3600, takenByMe: false },
            { id: 42, name: 'Bo', topic: 'label', status: 'taken', dueAtUnix: 1790000000, secondsLeft: 7200, takenByMe: true },
          ],
        },
        programmes: [
          {
            id: 7,
            name: 'Traject',
            schoolYear: '2026-2027',
            phases: phasesOn('2026-09-15'),
            currentPhase: 'baseline',
            schools: 12,
            pendingRegistrations: 1,
            labelToAssign: 0,
            labelInReview: 3,
            labelOverdue: 1,
            baselineSubmitted: 4,
            finalSubmitted: 0,
          },
        ],
        undeliveredMail: 2,
      },
    }),
    shows: [
      '2 vragen wachten op een antwoord, waarvan 1 over tijd',
      'door jou opgenomen',
      'Nulmeting: nog 30 dagen, tot en met 15 oktober 2026',
      '3 labelaanvragen in beoordeling (1 ervan over de termijn)',
      'Nulmeting ingediend: 4 van 12 scholen',
    ],
    links: {
      'An Vragensteller': '/organiser/questions/41',
      'Vragen beantwoorden (inbox)': '/organiser/questions',
      '1 inschrijving wacht op je beslissing': '/organiser/programmes/7/registrations',
      '3 labelaanvragen in beoordeling': '/organiser/programmes/7/label',
      'Nulmeting ingediend: 4 van 12 scholen': '/organiser/programmes/7/progress',
      '2 e-mails zijn niet bezorgd': '/organiser/undelivered-mail?status=failed',
    },
  },
  {
    name: 'an organiser with nothing waiting',
    role: 'organiser',
    data: home({ organiser: { questions: { open: 0, overdue: 0, first: [] }, programmes: [], undeliveredMail: 0 } }),
    shows: ['Er wachten geen vragen op een antwoord.', 'Jullie organisatie heeft nog geen programma.'],
    links: { 'Maak een programma': '/organiser/programmes/new', 'Niet bezorgde e-mails': '/organiser/undelivered-mail' },
  },
  {
    name: 'a reviewer with a review past its due date',
    role: 'reviewer',
    data: home({
      reviewer: {
        total: 12,
        overdue: 1,
        reviews: [
          { applicationId: 5, programmeName: 'Traject', organisationName: 'Ter Duinen', dueOn: '2026-09-13', daysLeft: -2 },
          { applicationId: 6, programmeName: 'Traject', organisationName: 'Sint-Lucas', dueOn: null, daysLeft: null },
        ],
      },
    }),
    shows: ['12 labelaanvragen wachten op je beoordeling (1 ervan over de termijn)', '2 dagen te laat', 'zonder termijn'],
    links: { 'Ter Duinen (Traject)': '/reviews/5', 'Naar je beoordelingen': '/reviews' },
  },
  {
    name: 'a reviewer with nothing to review',
    role: 'reviewer',
    data: home({ reviewer: { total: 0, overdue: 0, reviews: [] } }),
    shows: ['Er wacht geen labelaanvraag op je beoordeling.'],
  },
  {
    name: 'a juror with scores waiting',
    role: 'jury',
    data: home({
      jury: {
        rounds: [
          { programmeId: 7, programmeName: 'Traject', status: 'open', opensOn: '2027-06-14', closesOn: '2027-06-25', daysLeft: 1, candidates: 3, scored: 1, recused: 0, waiting: 2 },
          { programmeId: 8, programmeName: 'Ander traject', status: 'open', opensOn: '2027-06-14', closesOn: '2027-06-25', daysLeft: 10, candidates: 0, scored: 0, recused: 0, waiting: 0 },
        ],
      },
    }),
    shows: ['2 kandidaturen wachten op je scores (nog 1 dag)', 'Nog geen kandidaturen; de ronde loopt van 14 juni 2027 tot en met 25 juni 2027.'],
    links: { 'Naar de kandidaturen': '/jury' },
  },
];

describe('the home per role, from live state', () => {
  it.each(rows)('$name', async (row) => {
    as(row.role, row.data, row.language);
    await renderAt('/');
    const section = roleSection(row.role);
    await waitFor(() => expect(section.querySelector('.loading')).toBeNull());
    for (const text of row.shows) expect(section.textContent).toContain(text);
    for (const [name, href] of Object.entries(row.links ?? {})) {
      const link = within(section).getAllByRole('link', { name }).find((l) => l.getAttribute('href') === href);
      expect(link, `${name} → ${href}`).toBeTruthy();
    }
    if (row.step) expect(within(section).getByTestId('next-step').getAttribute('data-step')).toBe(row.step);
  });
});

describe('the phase timeline', () => {
  it('is an ordered list of the six phases with the running one marked as the current step', async () => {
    as('coordinator', home({ schools: [schoolHome()] }));
    await renderAt('/');
    const list = await screen.findByRole('list', { name: 'Fasen van het programma' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-phase'))).toEqual(['baseline', 'action_plan', 'learning_network', 'label', 'final', 'award']);
    expect(items[0]!.getAttribute('aria-current')).toBe('step');
    expect(items[0]!.textContent).toContain('Nulmeting (nu bezig, nog 30 dagen)');
    expect(items[0]!.textContent).toContain('1 september 2026 tot en met 15 oktober 2026');
    expect(items[1]!.getAttribute('aria-current')).toBeNull();
    expect(items[1]!.textContent).toContain('Actieplan (komt nog, begint over 31 dagen)');
  });
});

describe('when the to-dos cannot be read', () => {
  it('shows the role advice and a retry that loads them', async () => {
    let calls = 0;
    as('coordinator', () => (++calls === 1 ? apiError(500, 'internal', 'Stuk') : json(200, home({ schools: [schoolHome()] }))));
    await renderAt('/');
    const section = roleSection('coordinator');
    await within(section).findByTestId('todo-failed');
    expect(section.textContent).toContain('De eerste stap is de nulmeting');
    within(section).getByRole('button', { name: 'Opnieuw proberen' }).click();
    expect(await within(section).findByTestId('next-step')).toBeTruthy();
  });
});

// Only pages the role can open: the school's own pages for its members, the confirmed school's meeting log
// and plan for its mentor, the organiser's pages, the reviewer's reviews, the juror's rounds; /ask for everyone.
const ALLOWED: Record<Role, RegExp> = {
  coordinator: /^\/(programmes\/7(\/schools\/3\/(measurements\/(baseline|final)|surveys|plan|label|award|meetings|results.*))?|schools\/3\/evidence|ask\?.*)$/,
  team_member: /^\/(programmes\/7(\/schools\/3\/(measurements\/(baseline|final)|surveys|plan|label|meetings|results.*))?|schools\/3\/evidence|ask\?.*)$/,
  mentor: /^\/(programmes\/7\/schools\/4\/(meetings|plan)|mentoring)$/,
  organiser: /^\/organiser\/(questions(\/\d+)?|deletion-requests|undelivered-mail(\?status=failed)?|programmes\/(new|7\/(registrations|progress|label)))$/,
  reviewer: /^\/reviews(\/\d+)?$/,
  jury: /^\/jury$/,
};

describe('links', () => {
  it.each(rows.filter((r) => r.links))('$name: every link of the role section is a page of that role', async (row) => {
    as(row.role, row.data, row.language);
    await renderAt('/');
    const section = roleSection(row.role);
    await within(section).findAllByRole('link');
    for (const link of within(section).getAllByRole('link')) expect(link.getAttribute('href')).toMatch(ALLOWED[row.role]);
  });
});

describe('the programme card', () => {
  it('takes its main action from the server, the same as the to-do card', async () => {
    signedInAs(fake, {
      user: { id: 10, email: 'x@example.be', name: 'Dana', language: 'nl' },
      memberships: [{ organisationId: 3, organisationName: 'Ter Duinen', organisationKind: 'school', role: 'coordinator' }],
      programmes: [{ id: 7, name: 'Traject', schoolYear: '2026-2027', organisationId: 3, role: 'coordinator' }],
    });
    fake.routes['GET /api/programmes/7/schools/3/measurements'] = () =>
      json(200, {
        measurements: [
          { kind: 'baseline', id: 5, status: 'submitted', opensOn: '2026-09-01', closesOn: '2026-10-15', answered: 21, total: 21 },
          { kind: 'final', id: null, status: 'not_started', opensOn: '2027-05-17', closesOn: '2027-06-11', answered: 0, total: 21 },
        ],
      });
    fake.routes['GET /api/me/home'] = () =>
      json(
        200,
        home({
          schools: [
            schoolHome({
              organisationName: 'Ter Duinen',
              overdueActions: [{ actionId: 31, title: 'Bellen', dueOn: '2026-09-11', goalTitle: 'Bedrijven', ownerName: 'Dana', own: true, daysLate: 4 }],
              nextStep: { kind: 'fix_overdue_actions', phase: 'action_plan', date: null, count: 1, path: '/programmes/7/schools/3/plan' },
            }),
          ],
        }),
      );
    await renderAt('/');
    const card = await screen.findByTestId('my-programmes');
    await waitFor(() => expect(within(card).getByTestId('main-action').textContent).toContain('Werk de acties over tijd bij'));
    expect(within(within(card).getByTestId('main-action')).getByRole('link').getAttribute('href')).toBe('/programmes/7/schools/3/plan');
    expect(within(roleSection('coordinator')).getByTestId('next-step').getAttribute('data-step')).toBe('fix_overdue_actions');
  });
});
