import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { axeChecks, inEachLanguage } from './a11y-helpers';
import type { PageCheck } from './a11y-helpers';
import { dayFromNow } from './measurement-helpers';
import { asCoordinator, asDemo, demoMentoredSchool, goalWithAction, planSchool, schoolBase } from './plan-helpers';
import type { PlanSchool } from './plan-helpers';
import { testTimes } from './timeouts';

// axe-core (wcag2a, wcag2aa, wcag21aa) on every page of issue 6, in nl and en, with no
// Content-Security-Policy violation. A new school (Limburg, so the matching spec's school keeps the
// best score) has a submitted baseline, a goal from a proposal with an OVERDUE action and a comment by
// the organiser; the mentor's pages use the demo's confirmed match with Demoschool Ter Duinen.

interface Fixture {
  school: PlanSchool;
  mentored: { programmeId: number; organisationId: number; name: string };
}

let fixture: Fixture | null = null;

async function setUp(browser: Browser): Promise<Fixture> {
  if (fixture) return fixture;
  const school = await planSchool(browser, 'Toegankelijk plan');
  const { goal } = await asCoordinator(browser, school, (call) => goalWithAction(call, school, dayFromNow(-3)));
  await asDemo(browser, 'organiser', async (call) => {
    const comment = await call('POST', `/api/action-goals/${goal.id}/comments`, { body: 'Goed begonnen; denk aan de opvolging.' });
    expect(comment.status, JSON.stringify(comment.body)).toBe(201);
  });
  const mentored = await demoMentoredSchool(browser);
  // A meeting with a follow-up in the demo school's log, so the log shows one.
  await asDemo(browser, 'mentor', async (call) => {
    const base = `/api/programmes/${mentored.programmeId}/schools/${mentored.organisationId}`;
    const list = await call('GET', `${base}/meetings`);
    if ((list.body?.meetings ?? []).length === 0) {
      const added = await call('POST', `${base}/meetings`, {
        heldOn: dayFromNow(-1),
        attendees: 'Mehdi Mentor, de STEM-coördinator',
        notes: 'Eerste overleg.',
        followUps: [{ text: 'Rondleiding in het bedrijf plannen' }],
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
  });
  fixture = { school, mentored };
  return fixture;
}

/** The session of the new school's coordinator. */
const schoolSession = (f: Fixture) => f.school.coordinatorState;

const CHECKS: PageCheck<Fixture>[] = [
  { name: 'plan page (coordinator)', session: schoolSession, path: (f) => `${schoolBase(f.school)}/plan` },
  {
    name: 'plan page with a proposal being accepted and the history open',
    session: schoolSession,
    path: (f) => `${schoolBase(f.school)}/plan`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Geschiedenis tonen|Show history)$/ }).click();
      await expect(page.locator('#plan-history table')).toBeVisible();
      await page.getByRole('button', { name: /^(Overnemen als doel|Accept as goal)/ }).first().click();
      await page.getByLabel(/^(Doel|Goal)$/).first().fill('');
      await page.getByRole('button', { name: /^(Doel opslaan|Save goal)$/ }).click();
      await expect(page.locator('.error-summary')).toBeFocused();
    },
  },
  { name: 'school home with overdue actions', session: schoolSession, path: () => '/' },
  { name: 'plan page (organiser, read and comment)', as: 'organiser', path: (f) => `${schoolBase(f.school)}/plan` },
  { name: 'matching page (organiser)', as: 'organiser', path: (f) => `/organiser/programmes/${f.school.programmeId}/matching` },
  {
    name: 'matching page searched and filtered (organiser)',
    as: 'organiser',
    path: (f) => `/organiser/programmes/${f.school.programmeId}/matching`,
    prepare: async (page) => {
      // The three lists page, search and filter on the server.
      await page.getByRole('searchbox', { name: /^(Zoek een school|Search for a school)$/ }).fill('zzz-geen-school');
      await expect(page.getByText(/^(Elke school heeft een mentorbedrijf\.|Every school has a mentor company\.)$/)).toBeVisible();
      await page.locator('#unmatched-province').selectOption('limburg');
      await page.getByRole('searchbox', { name: /^(Zoek een bedrijf|Search for a company)$/ }).fill('DEMOTECH');
      await expect(page.locator('tr[data-company]')).toHaveCount(1);
    },
  },
  {
    name: 'matching page with a company search open (organiser)',
    as: 'organiser',
    path: (f) => `/organiser/programmes/${f.school.programmeId}/matching`,
    prepare: async (page) => {
      // A row's company is chosen with a combobox that searches the server; its listbox is open here.
      // (A select is a combobox too: the company search is the text box.)
      const box = page.locator('input[role="combobox"]').first();
      await box.fill('demo');
      await expect(page.getByRole('listbox').first().getByRole('option').first()).toBeVisible();
      await box.press('ArrowDown');
      await expect(box).toHaveAttribute('aria-activedescendant', /-option-0$/);
    },
  },
  { name: "mentor's schools", as: 'mentor', path: () => '/mentoring' },
  { name: 'plan page (mentor)', as: 'mentor', path: (f) => `${schoolBase(f.mentored)}/plan` },
  { name: 'meeting log (mentor)', as: 'mentor', path: (f) => `${schoolBase(f.mentored)}/meetings` },
  {
    name: 'meeting log with the new-meeting form (mentor)',
    as: 'mentor',
    path: (f) => `${schoolBase(f.mentored)}/meetings`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Overleg toevoegen|Add meeting)$/ }).click();
      await page.getByRole('button', { name: /^(Vervolgstap toevoegen|Add follow-up)$/ }).click();
      await page.getByRole('button', { name: /^(Overleg opslaan|Save meeting)$/ }).click();
      await expect(page.locator('.error-summary')).toBeFocused();
    },
  },
  { name: 'meeting log (school)', session: schoolSession, path: (f) => `${schoolBase(f.school)}/meetings` },
];

inEachLanguage('accessibility of the action plan and mentoring pages', (language) => {
  axeChecks(CHECKS, language, ({ browser }) => setUp(browser), { timeout: testTimes(4) });
});
