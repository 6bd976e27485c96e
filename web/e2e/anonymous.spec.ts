import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DEMO_PROGRAMME, expectNoAxeViolations, pageReady, useLanguage } from './helpers';

// An anonymous visitor's pages log nothing in the console: the app asks GET /api/auth/session (200
// signed in or not) instead of /api/me (401), and every request of a public page succeeds. The server
// also serves /robots.txt.

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

test('an anonymous visitor sees the landing page, log-in, the programmes and the registration forms without a console error', async ({ page }) => {
  const problems = watchConsole(page);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await useLanguage(page, 'nl');

  await page.goto('/');
  await pageReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('STEMkompas');
  await expect(page.getByRole('region', { name: "Programma's waarvoor je kunt inschrijven" }).getByRole('link', { name: DEMO_PROGRAMME })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/login');
  await pageReady(page);

  await page.goto('/programmes');
  await pageReady(page);
  await page.getByRole('link', { name: DEMO_PROGRAMME }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_PROGRAMME);
  await pageReady(page);
  const programme = new URL(page.url()).pathname;

  await page.goto(`${programme}/register-school`);
  await pageReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je school inschrijven');
  await page.goto(`${programme}/register-mentor`);
  await pageReady(page);

  expect(failed, 'no failed request').toEqual([]);
  expect(problems, 'no console error').toEqual([]);
});

test('the server serves robots.txt: public pages allowed, the API and signed-in areas not', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toContain('text/plain');
  const text = await robots.text();
  expect(text).toContain('Allow: /programmes\n');
  expect(text).toContain('Disallow: /api/\n');
  expect(text).toContain('Disallow: /organiser/\n');
});
