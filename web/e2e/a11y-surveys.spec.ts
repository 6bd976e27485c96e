import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { axeChecks, inEachLanguage } from './a11y-helpers';
import { expectNoAxeViolations, pageReady } from './helpers';
import type { DemoRole } from './helpers';
import { apiAs, demoSchool, ensureSurvey, oneStatementPerScreen, PHONE, setSurveyOpen, toSendStep } from './survey-helpers';
import type { SchoolIds } from './survey-helpers';

// axe-core (wcag2a, wcag2aa, wcag21aa) on every survey page of issue 4, in nl and en, with no
// Content-Security-Policy violation; the public pages also on a phone, where they must fit 360px
// and keep every answer option at least 44px high.

interface Fixture {
  ids: SchoolIds;
  open: string;
  closed: string;
}

let fixture: Fixture | null = null;

/** An open survey (final/students) and a closed one (final/mentor) of the demo school. */
async function surveys(playwright: Parameters<typeof apiAs>[0], baseURL: string): Promise<Fixture> {
  if (fixture) return fixture;
  const api = await apiAs(playwright, baseURL, 'coordinator');
  const ids = await demoSchool(api.request);
  const open = await ensureSurvey(api, ids, 'final', 'students');
  if (open.status !== 'open') await setSurveyOpen(api, open.id, true);
  const closed = await ensureSurvey(api, ids, 'final', 'mentor');
  if (closed.status !== 'closed') await setSurveyOpen(api, closed.id, false);
  await api.request.dispose();
  fixture = { ids, open: open.code, closed: closed.code };
  return fixture;
}

type Check = {
  name: string;
  path: (f: Fixture) => string;
  as?: DemoRole;
  prepare?: (page: Page) => Promise<void>;
  /** False for pages that need no survey of the demo school. */
  survey?: boolean;
};

const NO_SURVEY = { ids: { programmeId: 0, organisationId: 0 }, open: '', closed: '' };

const SURVEYS_PAGE = (f: Fixture) => `/programmes/${f.ids.programmeId}/schools/${f.ids.organisationId}/surveys`;

const SIGNED_IN: Check[] = [
  { name: 'surveys page (coordinator)', path: SURVEYS_PAGE, as: 'coordinator' },
  { name: 'surveys page (team member, read-only)', path: SURVEYS_PAGE, as: 'team_member' },
  { name: 'surveys page (organiser, read-only)', path: SURVEYS_PAGE, as: 'organiser' },
  {
    name: 'surveys page after copying a link',
    path: SURVEYS_PAGE,
    as: 'coordinator',
    prepare: async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const card = page.locator('[data-kind="final"][data-group="students"]');
      await card.getByRole('button', { name: /^(Link kopiëren|Copy link)/ }).click();
      await expect(card.getByTestId('copy-status')).not.toBeEmpty();
    },
  },
];

const PUBLIC: Check[] = [
  { name: 'code form', path: () => '/s', survey: false },
  {
    name: 'code form with an error',
    path: () => '/s',
    survey: false,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Vragenlijst openen|Open survey)$/ }).click();
      await expect(page.getByRole('alert')).toBeFocused();
    },
  },
  { name: 'questionnaire', path: (f) => `/s/${f.open}` },
  {
    name: 'questionnaire with unanswered statements',
    path: (f) => `/s/${f.open}`,
    prepare: async (page) => {
      await page.locator('fieldset.statement').first().getByRole('radio').nth(2).check();
      // A phone shows one statement per screen: the send button is on the last step.
      if (await oneStatementPerScreen(page)) await toSendStep(page);
      await page.getByRole('button', { name: /^(Antwoorden versturen|Send answers)$/ }).click();
      await expect(page.getByRole('alert')).toBeFocused();
    },
  },
  {
    name: 'questionnaire, a later statement',
    path: (f) => `/s/${f.open}`,
    prepare: async (page) => {
      if (!(await oneStatementPerScreen(page))) return;
      await page.getByRole('button', { name: /^(Volgende|Next)$/ }).click();
      await expect(page.locator('fieldset.statement')).toBeFocused();
    },
  },
  { name: 'thank-you page', path: (f) => `/s/${f.open}/done` },
  { name: 'unknown code', path: () => '/s/ZZZZ2222', survey: false },
  { name: 'closed survey', path: (f) => `/s/${f.closed}` },
];

inEachLanguage('accessibility of the survey pages', (language) => {
  axeChecks(SIGNED_IN, language, ({ playwright, baseURL }) => surveys(playwright, baseURL!));

  for (const [device, options] of [
    ['desktop', {}],
    ['phone', PHONE],
  ] as const) {
    test.describe(device, () => {
      test.use(options);
      for (const check of PUBLIC) {
        test(check.name, async ({ page, playwright, baseURL }) => {
          const f = check.survey === false ? NO_SURVEY : await surveys(playwright, baseURL!);
          await page.goto(check.path(f));
          await pageReady(page);
          await expect(page.locator('html')).toHaveAttribute('lang', language);
          if (check.prepare) await check.prepare(page);
          await expectNoAxeViolations(page);
          // No site navigation that needs an account on the public pages.
          await expect(page.getByRole('navigation')).toHaveCount(0);
          if (device === 'phone') {
            // Readable at 360px: nothing wider than the screen.
            await page.setViewportSize({ width: 360, height: 740 });
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow, 'horizontal overflow at 360px').toBeLessThanOrEqual(0);
            // Touch targets of at least 44px: answer options, buttons, the code input.
            const targets = page.locator('.statement__option label, main button, main input[type="text"], main .respond-link, .language-switch__button');
            const heights = await targets.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
            expect(heights.filter((h) => h < 44), 'touch targets lower than 44px').toEqual([]);
          }
        });
      }
    });
  }
});
