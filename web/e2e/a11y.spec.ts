import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { authFile, DEMO_ROLES, expectNoAxeViolations, pageReady, useLanguage, watchCsp } from './helpers';

// axe-core (wcag2a, wcag2aa, wcag21aa) on every page, in both languages; the browser must not
// report a Content-Security-Policy violation either.

const PUBLIC_PAGES: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'log-in', path: '/login' },
  {
    name: 'log-in with errors',
    path: '/login',
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Aanmelden|Log in)$/ }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  { name: 'forgot password', path: '/forgot-password' },
  {
    name: 'forgot password, sent',
    path: '/forgot-password',
    prepare: async (page) => {
      await page.getByLabel(/^(E-mailadres|E-mail address)$/).fill('niemand@example.org');
      await page.getByRole('button', { name: /^(Stuur me een link|Send me a link)$/ }).click();
      await expect(page.getByRole('status')).toBeVisible();
    },
  },
  { name: 'set-password, invalid token', path: '/set-password#token=ongeldig-token' },
  { name: 'set-password, no token', path: '/set-password' },
  { name: 'framework', path: '/framework' },
  { name: 'privacy', path: '/privacy' },
  { name: '404', path: '/bestaat-niet' },
];

for (const language of ['nl', 'en'] as const) {
  test.describe(`accessibility (${language})`, () => {
    let csp: string[] = [];

    test.beforeEach(async ({ page }) => {
      csp = watchCsp(page);
      await useLanguage(page, language);
    });

    test.afterEach(() => {
      expect(csp, 'Content-Security-Policy violations').toEqual([]);
    });

    for (const { name, path, prepare } of PUBLIC_PAGES) {
      test(name, async ({ page }) => {
        await page.goto(path);
        await pageReady(page);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        if (prepare) await prepare(page);
        await expectNoAxeViolations(page);
      });
    }

    for (const role of DEMO_ROLES) {
      test.describe(() => {
        test.use({ storageState: authFile(role) });

        test(`home of the ${role}`, async ({ page }) => {
          await page.goto('/');
          await pageReady(page);
          await expect(page.locator(`section[data-role="${role}"]`)).toBeVisible();
          await expectNoAxeViolations(page);
        });
      });
    }

    test.describe(() => {
      test.use({ storageState: authFile('organiser') });
      test('framework and 404, signed in', async ({ page }) => {
        await page.goto('/framework');
        await pageReady(page);
        await expectNoAxeViolations(page);
        await page.goto('/nergens');
        await pageReady(page);
        await expectNoAxeViolations(page);
      });
    });
  });
}
