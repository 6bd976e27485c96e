import { expect, test } from '@playwright/test';
import { authFile, fetchMe, pageReady } from './helpers';

test('the language switch changes the page and is remembered after a reload', async ({ page }) => {
  await page.goto('/login');
  await pageReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmelden');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Log in – STEMkompas');
});

test.describe('signed in', () => {
  test.use({ storageState: authFile('mentor') });

  test('the language is saved on the account', async ({ page, browser }) => {
    await page.goto('/');
    await pageReady(page);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welkom, /);

    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/me/language') && r.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'English' }).click();
    expect((await saved).status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welcome, /);
    await expect(page.locator('section[data-role="mentor"] h2')).toHaveText('Mentor');
    await expect(page.locator('section[data-role="mentor"]')).toContainText('Demotech NV');
    expect((await fetchMe(page)).body.user.language).toBe('en');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welcome, /);

    // On a device without a choice of its own, the account's language applies.
    const other = await browser.newContext({ storageState: authFile('mentor') });
    const otherPage = await other.newPage();
    await otherPage.goto('/');
    await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText(/^Welcome, /);
    await expect(otherPage.locator('html')).toHaveAttribute('lang', 'en');
    await other.close();

    // Leave the account as the demo data had it.
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welkom, /);
    await expect.poll(async () => (await fetchMe(page)).body.user.language).toBe('nl');
  });
});
