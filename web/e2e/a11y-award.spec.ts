import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { authFile, expectNoAxeViolations, pageReady, useLanguage, watchCsp } from './helpers';
import type { DemoRole } from './helpers';
import { awardProgramme, candidate, openRoundWithDemoJuror, scoreAsJury } from './award-helpers';
import type { Candidate } from './award-helpers';
import { caller, coordinatorContext, demoContext } from './label-helpers';
import { testTimes } from './timeouts';

// axe-core (wcag2a, wcag2aa, wcag21aa) on every award page of issue 8, in nl and en, with no
// Content-Security-Policy violation. One new programme goes through three stages, each checked in
// both languages before the next starts (closing and announcing cannot be undone):
//   1. open: round, rubric, the demo juror, one candidacy scored by the juror;
//   2. closed: the results with the announce form, everyone's scores for the juror;
//   3. announced: the school's result.

interface Fixture {
  programmeId: number;
  candidate: Candidate;
}

let stage: { name: 'open' | 'closed' | 'announced'; fixture: Fixture } | null = null;

async function stageOpen(browser: Browser): Promise<Fixture> {
  if (stage) return stage.fixture;
  const programme = await awardProgramme(browser, 'Toegankelijke award');
  await openRoundWithDemoJuror(browser, programme.id);
  const found = await candidate(browser, programme.id, 'Toegankelijke awardschool');
  await scoreAsJury(browser, programme.id, found.candidacyId, 4);
  stage = { name: 'open', fixture: { programmeId: programme.id, candidate: found } };
  return stage.fixture;
}

async function organiserDoes(browser: Browser, path: string, body: unknown): Promise<void> {
  const organiser = await demoContext(browser, 'organiser');
  try {
    const done = await caller(organiser.request)('POST', path, body);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
  } finally {
    await organiser.close();
  }
}

async function stageClosed(browser: Browser): Promise<Fixture> {
  const f = await stageOpen(browser);
  if (stage!.name === 'open') {
    await organiserDoes(browser, `/api/programmes/${f.programmeId}/award/close`, {});
    stage = { name: 'closed', fixture: f };
  }
  return f;
}

async function stageAnnounced(browser: Browser): Promise<Fixture> {
  const f = await stageClosed(browser);
  if (stage!.name === 'closed') {
    await organiserDoes(browser, `/api/programmes/${f.programmeId}/award/announce`, { winners: [f.candidate.candidacyId] });
    stage = { name: 'announced', fixture: f };
  }
  return f;
}

type Who = DemoRole | 'school';

interface Check {
  name: string;
  as: Who;
  path: (f: Fixture) => string;
  prepare?: (page: Page) => Promise<void>;
}

const organiserPath = (f: Fixture) => `/organiser/programmes/${f.programmeId}/award`;
const schoolPath = (f: Fixture) => `/programmes/${f.programmeId}/schools/${f.candidate.school.organisationId}/award`;
const judgingPath = (f: Fixture) => `/jury/programmes/${f.programmeId}/candidates/${f.candidate.candidacyId}`;

const OPEN: Check[] = [
  { name: 'organiser award page, open round', as: 'organiser', path: organiserPath },
  {
    name: 'organiser award page asking to close',
    as: 'organiser',
    path: organiserPath,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Ronde afsluiten|Close the round)$/ }).click();
      await expect(page.locator('.confirm p[tabindex="-1"]')).toBeFocused();
    },
  },
  {
    // The juror has scored, so the rubric is read-only; the round's dates still change.
    name: 'organiser award page with a round error',
    as: 'organiser',
    path: organiserPath,
    prepare: async (page) => {
      await page.locator('#round-closes').fill('');
      await page.getByRole('button', { name: /^(Ronde bewaren|Save the round)$/ }).click();
      await expect(page.getByRole('alert').first()).toBeFocused();
    },
  },
  { name: 'school award page with a candidacy (coordinator)', as: 'school', path: schoolPath },
  {
    name: 'school award page with errors',
    as: 'school',
    path: schoolPath,
    prepare: async (page) => {
      await page.locator('#cand-pitch').fill('Te kort.');
      await page.getByRole('button', { name: /^(Wijzigingen bewaren|Save the changes)$/ }).click();
      await expect(page.getByRole('alert').first()).toBeFocused();
    },
  },
  {
    // The demo school: the demo programme's round is not accepting yet and its final is not submitted.
    name: 'school award page without a candidacy (demo coordinator)',
    as: 'coordinator',
    path: () => '/',
    prepare: async (page) => {
      await page.getByTestId('my-programmes').getByRole('link', { name: /^(Award: onze kandidatuur|Award: our candidacy)$/ }).click();
      await pageReady(page);
      await expect(page.getByTestId('award-round-facts')).toBeVisible();
    },
  },
  { name: 'jury rounds', as: 'jury', path: () => '/jury' },
  { name: 'judging page', as: 'jury', path: judgingPath },
  {
    name: 'judging page declaring a conflict',
    as: 'jury',
    path: judgingPath,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Belangenconflict melden|Declare a conflict of interest)$/ }).click();
      await page.getByRole('button', { name: /^(Melden|Declare)$/ }).click();
      await expect(page.getByRole('alert').first()).toBeFocused();
    },
  },
  { name: 'judging page (organiser, read-only)', as: 'organiser', path: judgingPath },
];

const CLOSED: Check[] = [
  { name: 'organiser award page with results', as: 'organiser', path: organiserPath },
  {
    name: 'organiser award page with an announce error',
    as: 'organiser',
    path: organiserPath,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Bekendmaken|Announce)$/ }).click();
      await expect(page.getByRole('alert').first()).toBeFocused();
    },
  },
  { name: 'judging page after the close (juror)', as: 'jury', path: judgingPath },
  { name: 'jury results', as: 'jury', path: (f) => `/jury/programmes/${f.programmeId}/results` },
];

const ANNOUNCED: Check[] = [
  { name: 'school award page with the result', as: 'school', path: schoolPath },
  { name: 'organiser award page, announced', as: 'organiser', path: organiserPath },
];

async function run(browser: Browser, check: Check, language: 'nl' | 'en', fixture: Fixture): Promise<void> {
  const context =
    check.as === 'school' ? await coordinatorContext(browser, fixture.candidate.school) : await browser.newContext({ storageState: authFile(check.as) });
  const page = await context.newPage();
  const csp = watchCsp(page);
  try {
    await useLanguage(page, language);
    await page.goto(check.path(fixture));
    await pageReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    if (check.prepare) await check.prepare(page);
    await expectNoAxeViolations(page);
    expect(csp, 'Content-Security-Policy violations').toEqual([]);
  } finally {
    await context.close();
  }
}

test.describe('accessibility of the award pages', () => {
  test.describe.configure({ timeout: testTimes(3) });
  const stages: [Check[], (browser: Browser) => Promise<Fixture>][] = [
    [OPEN, stageOpen],
    [CLOSED, stageClosed],
    [ANNOUNCED, stageAnnounced],
  ];
  for (const [checks, reach] of stages) {
    for (const check of checks) {
      for (const language of ['nl', 'en'] as const) {
        test(`${check.name} (${language})`, async ({ browser }) => {
          await run(browser, check, language, await reach(browser));
        });
      }
    }
  }
});
