import { expect, test } from '@playwright/test';
import { axeChecks, inEachLanguage } from './a11y-helpers';
import type { PageCheck } from './a11y-helpers';
import { authFile, expectNoAxeViolations, pageReady } from './helpers';
import { editorPath, openBaseline, resultsPath } from './measurement-helpers';
import type { DemoSchool } from './measurement-helpers';
import { testTimes } from './timeouts';

// axe-core (wcag2a, wcag2aa, wcag21aa) on every page of the self-assessment (issue 4), in both
// languages, with no Content-Security-Policy violation, also after a jump through the key elements'
// list and at 390 px with the school's menu open. The set-up extends the demo school's
// baseline phase and starts the measurement (both idempotent), so the editor has its criteria.

const PAGES: PageCheck<DemoSchool>[] = [
  { name: 'measurement editor (coordinator)', path: (s) => editorPath(s), as: 'coordinator' },
  { name: 'measurement editor (team member)', path: (s) => editorPath(s), as: 'team_member' },
  { name: 'measurement editor (organiser)', path: (s) => editorPath(s), as: 'organiser' },
  {
    name: 'measurement editor after a jump to a key element',
    path: (s) => editorPath(s),
    as: 'coordinator',
    prepare: async (page) => {
      await page.locator('.measurement-jump a').nth(3).click();
      await expect(page.locator('h2[id^="element-"]:focus')).toHaveCount(1);
    },
  },
  {
    name: "measurement editor at 390 px, the school's menu open",
    path: (s) => editorPath(s),
    as: 'coordinator',
    prepare: async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('.sub-nav__toggle').click();
      await expect(page.locator('.sub-nav__groups--open a[aria-current="page"]')).toBeVisible();
    },
  },
  { name: 'final measurement, not started', path: (s) => editorPath(s, 'final'), as: 'coordinator' },
  { name: 'results', path: (s) => resultsPath(s), as: 'coordinator' },
  { name: 'results (organiser)', path: (s) => resultsPath(s), as: 'organiser' },
  { name: 'results of a measurement not started', path: (s) => resultsPath(s, 'final'), as: 'coordinator' },
];

let school: DemoSchool;

test.beforeAll(async ({ browser }) => {
  school = await openBaseline(browser);
});

inEachLanguage('accessibility of the self-assessment pages', (language) => {
  axeChecks(PAGES, language, () => school, { timeout: testTimes(3) });

  test.describe(() => {
    test.use({ storageState: authFile('coordinator') });

    test('submit confirmation', async ({ page }) => {
      test.setTimeout(testTimes(3));
      await page.goto(editorPath(school));
      await pageReady(page);
      await page.getByRole('button', { name: /^(Meting indienen|Submit measurement)$/ }).click();
      await expect(page.getByRole('button', { name: /^(Ja, indienen|Yes, submit)$/ })).toBeFocused();
      await expectNoAxeViolations(page);
    });
  });
});
