import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { axeChecks, inEachLanguage } from './a11y-helpers';
import type { PageCheck } from './a11y-helpers';
import {
  assignReviewer,
  caller,
  coordinatorContext,
  decidedApplication,
  demoContext,
  labelPath,
  newSchool,
  submittedBaseline,
} from './label-helpers';
import type { LabelSchool } from './label-helpers';
import { testTimes } from './timeouts';

// axe-core (wcag2a, wcag2aa, wcag21aa) on every label page of issue 5, in nl and en, with no
// Content-Security-Policy violation. One new school goes through two stages:
//   1. decided: applied, reviewed and decided (Competent), with showcase consent — the school page
//      then offers to apply again; the review page is read-only with the decision;
//   2. open again: a second application, assigned to the reviewer and not reviewed yet.
// Stage 1 pages are all checked (in both languages) before stage 2 starts.

interface Decided {
  school: LabelSchool;
  applicationId: number;
  code: string;
}

interface Reopened extends Decided {
  openId: number;
}

let decided: Decided | null = null;
let reopened: Reopened | null = null;

async function stageDecided(browser: Browser): Promise<Decided> {
  if (decided) return decided;
  const school = await newSchool(browser, 'Toegankelijke school');
  const { measurementId, criteria } = await submittedBaseline(browser, school);
  const application = await decidedApplication(browser, school, measurementId, criteria);
  const coordinator = await coordinatorContext(browser, school);
  try {
    const consent = await caller(coordinator.request)('PUT', `/api/organisations/${school.organisationId}/showcase`, { consented: true });
    expect(consent.status, JSON.stringify(consent.body)).toBe(200);
  } finally {
    await coordinator.close();
  }
  decided = { school, applicationId: Number(application.id), code: String(application.decision.certificateCode) };
  return decided;
}

async function stageReopened(browser: Browser): Promise<Reopened> {
  if (reopened) return reopened;
  const base = await stageDecided(browser);
  const coordinator = await coordinatorContext(browser, base.school);
  const organiser = await demoContext(browser, 'organiser');
  try {
    const list = await caller(coordinator.request)(
      'GET',
      `/api/programmes/${base.school.programmeId}/schools/${base.school.organisationId}/label-applications`,
    );
    const measurementId = list.body.eligible[0].measurementId;
    const applied = await caller(coordinator.request)(
      'POST',
      `/api/programmes/${base.school.programmeId}/schools/${base.school.organisationId}/label-applications`,
      { measurementId },
    );
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    await assignReviewer(caller(organiser.request), base.school.programmeId, applied.body.id);
    reopened = { ...base, openId: Number(applied.body.id) };
    return reopened;
  } finally {
    await coordinator.close();
    await organiser.close();
  }
}

/** The session of the new school's coordinator. */
const schoolSession = (f: Decided) => f.school.coordinatorState;

const STAGE_DECIDED: PageCheck<Decided>[] = [
  { name: 'school label page with a decision (coordinator)', session: schoolSession, path: (f) => labelPath(f.school) },
  {
    name: 'school label page asking to confirm a new application',
    session: schoolSession,
    path: (f) => labelPath(f.school),
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Label aanvragen|Apply for the label)$/ }).click();
      await expect(page.locator('.confirm p[tabindex="-1"]')).toBeFocused();
    },
  },
  { name: 'school label page (organiser, read-only)', as: 'organiser', path: (f) => labelPath(f.school) },
  { name: 'organiser label applications', as: 'organiser', path: (f) => `/organiser/programmes/${f.school.programmeId}/label` },
  { name: 'reviewer board', as: 'reviewer', path: () => '/reviews' },
  { name: 'decided review page (reviewer)', as: 'reviewer', path: (f) => `/reviews/${f.applicationId}` },
  { name: 'verification form', path: () => '/verify' },
  {
    name: 'verification form with an error',
    path: () => '/verify',
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Controleren|Check)$/ }).click();
      await expect(page.getByRole('alert')).toBeFocused();
    },
  },
  { name: 'verification of a valid certificate', path: (f) => `/verify/${f.code}` },
  { name: 'verification of an unknown code', path: () => '/verify/ZZZZ2222' },
  { name: 'showcase', path: () => '/showcase' },
  { name: 'showcase filtered', path: () => '/showcase?province=limburg&label=competent' },
];

const STAGE_REOPENED: PageCheck<Reopened>[] = [
  { name: 'school label page with an application in review', session: schoolSession, path: (f) => labelPath(f.school) },
  {
    name: 'school label page asking to confirm the withdrawal',
    session: schoolSession,
    path: (f) => labelPath(f.school),
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Aanvraag intrekken|Withdraw application)$/ }).click();
      await expect(page.locator('.confirm p[tabindex="-1"]')).toBeFocused();
    },
  },
  {
    name: 'organiser label applications with the assignment form',
    as: 'organiser',
    path: (f) => `/organiser/programmes/${f.school.programmeId}/label`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Andere beoordelaar|Change reviewer) \(Toegankelijke school/ }).first().click();
      await expect(page.locator('#assign-title')).toBeFocused();
    },
  },
  { name: 'review page to fill in (reviewer)', as: 'reviewer', path: (f) => `/reviews/${f.openId}` },
  {
    name: 'review page after deciding too early',
    as: 'reviewer',
    path: (f) => `/reviews/${f.openId}`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Beslissen|Decide)$/ }).click();
      await expect(page.getByRole('alert').first()).toBeFocused();
    },
  },
  { name: 'review page (organiser, read-only)', as: 'organiser', path: (f) => `/reviews/${f.openId}` },
];

// Declared per stage, so every stage-1 test (nl and en) runs before stage 2 changes the school.
inEachLanguage('accessibility of the label pages, decided', (language) => {
  axeChecks(STAGE_DECIDED, language, ({ browser }) => stageDecided(browser), { timeout: testTimes(6) });
});

inEachLanguage('accessibility of the label pages, open again', (language) => {
  axeChecks(STAGE_REOPENED, language, ({ browser }) => stageReopened(browser), { timeout: testTimes(6) });
});
