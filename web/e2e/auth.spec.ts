import { expect, test } from '@playwright/test';
import { DEMO, fetchMe, logIn, pageReady, useLanguage } from './helpers';

test.beforeEach(async ({ page }) => {
  await useLanguage(page, 'nl');
});

test('the organiser logs in and sees the organiser home with their organisation', async ({ page }) => {
  // A visitor at / sees what the platform is, with the way in.
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('main').getByRole('link', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await pageReady(page);
  await logIn(page, DEMO.organiser);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welkom, .+/);
  const section = page.locator('section[data-role="organiser"]');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Organisator');
  await expect(section.getByRole('listitem')).toContainText(['STEMkompas demo-organisator']);
  const me = await fetchMe(page);
  await expect(page.getByRole('banner')).toContainText(me.body.user.name);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Afmelden' })).toBeVisible();
});

test('the coordinator logs in and sees the coordinator home with their school', async ({ page }) => {
  await page.goto('/login');
  await pageReady(page);
  await logIn(page, DEMO.coordinator);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welkom, .+/);
  const section = page.locator('section[data-role="coordinator"]');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Schoolcoördinator');
  await expect(section).toContainText('Demoschool Sint-Lucas');
  await expect(section).toContainText('nulmeting');
  // No section for a role the coordinator does not hold.
  await expect(page.locator('section[data-role="organiser"]')).toHaveCount(0);
});

test('a wrong password shows the error and signs nobody in', async ({ page }) => {
  await page.goto('/login');
  await pageReady(page);
  await logIn(page, DEMO.organiser, 'helemaal-verkeerd');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
  await expect(page.getByLabel('Wachtwoord')).toHaveValue('');
  await expect(page).toHaveURL(/\/login/);
  expect((await fetchMe(page)).status).toBe(401);
});

test('an empty log-in form shows an error per field, linked to its field', async ({ page }) => {
  await page.goto('/login');
  await pageReady(page);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('alert')).toContainText('Vul je e-mailadres in.');
  const email = page.getByLabel('E-mailadres');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Vul je e-mailadres in.');
  await page.getByRole('alert').getByRole('link', { name: 'Vul je wachtwoord in.' }).click();
  await expect(page.getByLabel('Wachtwoord')).toBeFocused();
});

test('log out ends the session', async ({ page }) => {
  await page.goto('/login');
  await pageReady(page);
  await logIn(page, DEMO.team_member);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welkom, /);
  await expect(page.locator('section[data-role="team_member"]')).toContainText('Demoschool Sint-Lucas');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('status')).toHaveText('Je bent afgemeld.');
  expect((await fetchMe(page)).status).toBe(401);
  // A signed-in page sends the visitor to log-in and back.
  await page.goto('/team');
  await expect(page).toHaveURL(/\/login\?next=%2Fteam$/);
});

test('forgot password: the form checks the address and answers neutrally', async ({ page }) => {
  await page.goto('/login');
  await pageReady(page);
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');
  await page.getByRole('button', { name: 'Stuur me een link' }).click();
  await expect(page.getByRole('alert')).toContainText('Vul je e-mailadres in.');
  await page.getByLabel('E-mailadres').fill('niemand@example.org');
  await page.getByRole('button', { name: 'Stuur me een link' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kijk in je mailbox');
  await expect(page.getByRole('status')).toContainText('niemand@example.org');
});

test('set-password with an invalid token says the link does not work', async ({ page }) => {
  await page.goto('/set-password#token=bestaat-niet-0123456789');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet');
  await expect(page.getByRole('alert')).toContainText('ongeldig, al gebruikt of verlopen');
  await expect(page.getByRole('link', { name: 'Vraag een nieuwe link aan' })).toBeVisible();
});

test('an unknown address shows the 404 page', async ({ page }) => {
  await page.goto('/deze/pagina/bestaat/niet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page).toHaveTitle('Pagina niet gevonden – STEMkompas');
});

test('too many wrong passwords: the 429 of the server is shown with the time to wait', async ({ page }) => {
  // An address without an account, so no demo account gets locked.
  const email = `niemand.${Date.now()}@demo.stemkompas.be`;
  await page.goto('/login');
  await pageReady(page);
  const alert = page.getByRole('alert');
  const attempt = async () => {
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await logIn(page, email, 'helemaal-verkeerd');
    return (await answer).status();
  };
  for (let i = 1; i <= 5; i++) {
    expect(await attempt()).toBe(401);
    await expect(alert).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
  }
  expect(await attempt()).toBe(429);
  await expect(alert).toContainText(/Te veel pogingen na elkaar\. Wacht \d+ (minuten|seconden)/);
});
