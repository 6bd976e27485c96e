import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { axeChecks, inEachLanguage } from './a11y-helpers';
import type { PageCheck } from './a11y-helpers';
import { uniqueDigits } from './helpers';
import { asDemo, demoProgramme, newSession } from './network-helpers';
import { testTimes } from './timeouts';

// axe-core (wcag2a, wcag2aa, wcag21aa) on every learning-network page of issue 7, in nl and en, with no
// Content-Security-Policy violation. Set-up through the API: a working group with the demo school and a
// session with a published report, for which the coordinator is registered, and a resource. The organiser's group page
// shows the add-school, add-company and rename controls; the delete questions are checked open.

interface Fixture {
  programmeId: number;
  groupId: number;
  sessionId: number;
}

let fixture: Fixture | null = null;

async function setUp(browser: Browser): Promise<Fixture> {
  if (fixture) return fixture;
  const programmeId = await demoProgramme(browser);
  const schoolId = await asDemo(browser, 'coordinator', async (call) => {
    const me = await call('GET', '/api/me');
    return Number((me.body.memberships as { organisationId: number; role: string }[]).find((m) => m.role === 'coordinator')!.organisationId);
  });
  const stamp = uniqueDigits(5);
  const groupId = await asDemo(browser, 'organiser', async (call) => {
    const group = await call('POST', `/api/programmes/${programmeId}/working-groups`, {
      title: `Toegankelijke werkgroep ${stamp}`,
      description: 'Samen werken aan onderzoekend leren.',
      criterionIds: ['C01'],
      schoolIds: [schoolId],
      companyIds: [],
    });
    expect(group.status, JSON.stringify(group.body)).toBe(201);
    return Number(group.body.id);
  });
  const sessionId = await newSession(browser, programmeId, { title: `Toegankelijke sessie ${stamp}`, capacity: 5 });
  await newSession(browser, programmeId, { title: `Werkgroepoverleg ${stamp}`, type: 'working_group_meeting', audience: { kind: 'working_group', workingGroupId: groupId } });
  await asDemo(browser, 'coordinator', async (call) => {
    const registered = await call('POST', `/api/sessions/${sessionId}/registration`, {});
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
  });
  await asDemo(browser, 'organiser', async (call) => {
    const report = await call('PUT', `/api/sessions/${sessionId}/report`, { body: '## Terugblik\nWe deelden **drie** goede praktijken.\n\n- actieplan\n- lessen', published: true });
    expect(report.status, JSON.stringify(report.body)).toBe(200);
  });
  await asDemo(browser, 'organiser', async (call) => {
    const resource = await call('POST', '/api/resources', {
      programmeId: null,
      kind: 'best_practice',
      title: `Toegankelijke bron ${stamp}`,
      description: 'Een voorbeeld uit het netwerk.',
      url: 'https://example.org/bron',
      elementIds: ['E1'],
      criterionIds: [],
      published: true,
    });
    expect(resource.status, JSON.stringify(resource.body)).toBe(201);
  });
  fixture = { programmeId, groupId, sessionId };
  return fixture;
}

const CHECKS: PageCheck<Fixture>[] = [
  { name: 'group report (organiser)', as: 'organiser', path: (f) => `/programmes/${f.programmeId}/group-report` },
  { name: 'group report (school)', as: 'coordinator', path: (f) => `/programmes/${f.programmeId}/group-report` },
  {
    name: 'working groups with a proposal',
    as: 'organiser',
    path: (f) => `/organiser/programmes/${f.programmeId}/working-groups`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Voorstel maken|Make a proposal)$/ }).click();
      await expect(page.locator('[data-proposal="0"]')).toBeVisible();
    },
  },
  { name: 'working group (organiser)', as: 'organiser', path: (f) => `/working-groups/${f.groupId}` },
  { name: 'working group (member school)', as: 'coordinator', path: (f) => `/working-groups/${f.groupId}` },
  { name: 'sessions (coordinator, with the calendar feed)', as: 'coordinator', path: (f) => `/programmes/${f.programmeId}/sessions` },
  {
    name: 'sessions with the new-session form and its errors',
    as: 'organiser',
    path: (f) => `/programmes/${f.programmeId}/sessions`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Nieuwe sessie|New session)$/ }).click();
      await page.getByRole('button', { name: /^(Sessie aanmaken|Create the session)$/ }).click();
      await expect(page.getByRole('alert')).toBeFocused();
    },
  },
  { name: 'session with participants and report editor (organiser)', as: 'organiser', path: (f) => `/sessions/${f.sessionId}` },
  {
    name: 'session with the delete question (organiser)',
    as: 'organiser',
    path: (f) => `/sessions/${f.sessionId}`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Sessie verwijderen|Delete the session)$/ }).click();
      await expect(page.getByRole('button', { name: /^(Ja, verwijderen|Yes, delete)$/ })).toBeVisible();
    },
  },
  { name: 'session with its report (coordinator)', as: 'coordinator', path: (f) => `/sessions/${f.sessionId}` },
  { name: 'resources (organiser, with playbook requests)', as: 'organiser', path: () => '/resources?kind=best_practice' },
  {
    name: 'resources with the delete question (organiser)',
    as: 'organiser',
    path: () => '/resources',
    prepare: async (page) => {
      await page.getByTestId('resources').getByRole('button', { name: /^(Verwijderen|Delete)\b/ }).first().click();
      await expect(page.getByRole('button', { name: /^(Ja, verwijderen|Yes, delete)$/ })).toBeVisible();
    },
  },
  { name: 'resources (mentor)', as: 'mentor', path: () => '/resources' },
  {
    name: 'playbook request form with errors',
    path: () => '/playbook',
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Aanvragen|Send the request)$/ }).click();
      await expect(page.getByRole('alert')).toBeFocused();
    },
  },
];

inEachLanguage('accessibility of the learning-network pages', (language) => {
  axeChecks(CHECKS, language, ({ browser }) => setUp(browser), { timeout: testTimes(2) });
});
