import { expect, test } from '@playwright/test';
import type { APIRequestContext, Browser, BrowserContext, Page, PlaywrightWorkerArgs } from '@playwright/test';
import { authFile, expectNoAxeViolations, pageReady, useLanguage, watchCsp } from './helpers';
import type { DemoRole } from './helpers';
import { TEST_TIMEOUT, testTimes } from './timeouts';

export type Language = 'nl' | 'en';

/** One page (or one state of a page) to scan: where it is, who looks at it, and what to do first. */
export interface PageCheck<F> {
  name: string;
  path: (fixture: F) => string;
  /** Signed in as this demo user; absent (and no `session`): a visitor. */
  as?: DemoRole;
  /** Signed in with a session the set-up made (a new school's coordinator), instead of a demo user. */
  session?: (fixture: F) => StorageState;
  /** Brings the page into the state to scan (a form with errors, a dialog open…). */
  prepare?: (page: Page) => Promise<void>;
}

/**
 * Runs `body` once per language inside a describe block whose tests start the app in that language
 * and fail on any Content-Security-Policy violation the browser reports.
 */
export function inEachLanguage(title: string, body: (language: Language) => void): void {
  for (const language of ['nl', 'en'] as const) {
    test.describe(`${title} (${language})`, () => {
      let csp: string[] = [];
      test.beforeEach(async ({ page }) => {
        csp = watchCsp(page);
        await useLanguage(page, language);
      });
      test.afterEach(() => {
        expect(csp, 'Content-Security-Policy violations').toEqual([]);
      });
      body(language);
    });
  }
}

/** A signed-in session as `BrowserContext.storageState()` returns it. */
export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface FixtureArgs {
  browser: Browser;
  page: Page;
  request: APIRequestContext;
  playwright: PlaywrightWorkerArgs['playwright'];
  baseURL: string | undefined;
}

/**
 * Scans every check with axe-core (wcag2a, wcag2aa, wcag21aa, best-practice): open the page as the
 * check's user, wait until it is ready and speaks `language`, bring it into its state, scan.
 * `fixture` gives what the paths need (ids of data the spec made); `ready` waits for content that
 * loads after the heading.
 *
 * Consecutive checks by the same user share one test, one step per check (a failure names its step):
 * a test of its own per check cost a browser context and a sign-in each, a third of the suite's time
 * for several hundred checks. Only consecutive ones, so the checks still run in the order written,
 * which the specs whose checks change data rely on.
 */
export function axeChecks<F>(
  checks: PageCheck<F>[],
  language: Language,
  fixture: (args: FixtureArgs) => Promise<F> | F,
  options: { timeout?: number; ready?: (page: Page) => Promise<void> } = {},
): void {
  for (const group of byConsecutiveUser(checks)) {
    const first = group[0]!;
    const more = group.length > 1 ? ` (+${group.length - 1})` : '';
    test.describe(() => {
      if (first.as) test.use({ storageState: authFile(first.as) });
      test(`${first.name}${more}`, async ({ browser, page, request, playwright, baseURL }) => {
        test.setTimeout((options.timeout ?? TEST_TIMEOUT) + testTimes(group.length - 1));
        const f = await fixture({ browser, page, request, playwright, baseURL });
        if (first.session) await page.context().addCookies(first.session(f).cookies);
        for (const check of group) {
          await test.step(check.name, async () => {
            await page.goto(check.path(f));
            await pageReady(page);
            await expect(page.locator('html')).toHaveAttribute('lang', language);
            if (options.ready) await options.ready(page);
            if (check.prepare) await check.prepare(page);
            await expectNoAxeViolations(page);
          });
        }
      });
    });
  }
}

/** `checks` cut into runs of consecutive checks by one user (the same demo role, or the same session). */
function byConsecutiveUser<F>(checks: PageCheck<F>[]): PageCheck<F>[][] {
  const groups: PageCheck<F>[][] = [];
  for (const check of checks) {
    const last = groups.at(-1)?.[0];
    if (last && last.as === check.as && last.session === check.session) groups.at(-1)!.push(check);
    else groups.push([check]);
  }
  return groups;
}
