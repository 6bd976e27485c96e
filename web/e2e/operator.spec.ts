import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { axeChecks, inEachLanguage } from './a11y-helpers';
import { authFile, expectNoSidewaysScroll, pageReady, phoneContext, setPasswordLinkFromMail, uniqueDigits, useLanguage } from './helpers';
import { asDemo } from './network-helpers';
import { testTimes } from './timeouts';

// The platform operator (beheer@demo.stemkompas.be, no memberships): creates an organiser organisation
// whose first organiser gets an invitation mail, finds it by searching, and sees "organisation created"
// in the security log; axe-core on both pages in nl and en; at 390 px the page never scrolls sideways.
// Every organisation this spec makes has a unique name, so the order of tests does not matter.

const NAV = { nl: 'Hoofdmenu', en: 'Main menu' } as const;

test.describe('the operator', () => {
  test.use({ storageState: authFile('operator') });

  test('creates an organiser organisation, finds it, and sees it in the security log', async ({ page }) => {
    test.setTimeout(testTimes(2));
    const stamp = uniqueDigits(6);
    const name = `STEM Beheertest ${stamp}`;
    const person = `Oona Organisator ${stamp}`;
    const email = `oona.${stamp}@organisator.example.org`;
    const since = Date.now();
    await useLanguage(page, 'nl');

    // Home: the operator has no memberships, and lands on the operator's section, not on "no role yet".
    await page.goto('/');
    await pageReady(page);
    const home = page.locator('section[data-role="operator"]');
    await expect(home.getByRole('heading', { level: 2 })).toHaveText('Beheerder van het platform');
    await expect(page.getByRole('heading', { name: 'Nog geen rol' })).toHaveCount(0);
    await page.getByRole('navigation', { name: NAV.nl }).getByRole('link', { name: 'Organisaties' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organiserende organisaties' })).toBeVisible();

    // The new organisation.
    const form = page.getByRole('region', { name: 'Nieuwe organiserende organisatie' });
    await form.getByLabel('Naam van de organisatie').fill(name);
    await form.getByLabel('Naam van de eerste organisator').fill(person);
    await form.getByLabel(/^E-mailadres van de eerste organisator/).fill(email);
    await form.getByLabel(/^Taal van de uitnodiging/).selectOption('nl');
    await form.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await expect(form.getByRole('status')).toHaveText(
      `De organiserende organisatie ${name} is aangemaakt. Er ging een uitnodiging per e-mail naar ${person} (${email}).`,
    );
    // The first organiser's invitation, with the link to choose a password.
    expect(await setPasswordLinkFromMail(email, since)).toMatch(/\/set-password#token=/);

    // The same name again (in other letter case): the server's message next to the name field.
    await form.getByLabel('Naam van de organisatie').fill(name.toUpperCase());
    await form.getByLabel('Naam van de eerste organisator').fill(person);
    await form.getByLabel(/^E-mailadres van de eerste organisator/).fill(`ander.${stamp}@organisator.example.org`);
    await form.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    const nameField = form.getByLabel('Naam van de organisatie');
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expect(nameField).toHaveAccessibleDescription('Er bestaat al een organiserende organisatie met deze naam.');

    // Found by searching for part of its name.
    const search = page.getByRole('search', { name: 'Organiserende organisaties zoeken' });
    await search.getByLabel('Zoek op naam').fill(`beheertest ${stamp}`);
    await search.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/[?&]q=beheertest/);
    const list = page.getByRole('table', { name: 'Organiserende organisaties, op naam' });
    await expect(list.getByRole('row')).toHaveCount(2);
    const row = list.getByRole('row', { name: new RegExp(name) });
    await expect(row.getByRole('rowheader')).toHaveText(name);
    // The first organiser is invited: no organiser has joined until they accept.
    await expect(row.getByRole('cell').nth(0)).toHaveText('0 (+1 uitgenodigd)');
    await expect(row.getByRole('cell').nth(1)).toHaveText('0');
    await expect(page.getByText('Aantal organiserende organisaties met ‘beheertest')).toContainText(': 1');

    // The security log, filtered on new organisations.
    await page.getByRole('navigation', { name: NAV.nl }).getByRole('link', { name: 'Beveiligingslog' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Beveiligingslog' })).toBeVisible();
    await page.getByLabel('Soort gebeurtenis').selectOption('security.organisation_created');
    await expect(page).toHaveURL(/action=security\.organisation_created/);
    const log = page.getByRole('table', { name: 'Beveiligingsgebeurtenissen, nieuwste eerst' });
    const entry = log.getByRole('row').filter({ hasText: name });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Organiserende organisatie aangemaakt');
    await expect(entry).toContainText('Bo Beheerder');
    await expect(entry).toContainText(email);
    await expect(entry.getByRole('rowheader')).toHaveText(/^\d{1,2} \S+ \d{4},? \d{2}:\d{2}$/);
    // Every row of the filtered log is of that kind.
    const kinds = await log.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(new Set(kinds)).toEqual(new Set(['security.organisation_created']));
  });

  test('at 390 px wide, neither page scrolls sideways; the log table scrolls in its own region', async ({ browser }) => {
    await createOrganisation(browser, `Een organisatie met een heel erg lange naam om de smalle tabel te testen ${uniqueDigits(6)}`);
    const context = await phoneContext(browser, { as: 'operator', language: 'nl' });
    const page = await context.newPage();
    for (const path of ['/operator', '/operator/security-log']) {
      await page.goto(path);
      await pageReady(page);
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoSidewaysScroll(page, path);
    }
    // The log's table is wider than the phone: its named scrolling box scrolls, and takes the keyboard focus.
    const region = page.getByRole('group', { name: 'Beveiligingsgebeurtenissen, nieuwste eerst' });
    await expect(region).toHaveAttribute('tabindex', '0');
    const { scroll, client } = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeGreaterThan(client);
    await context.close();
  });

  test('anyone else finds no operator pages', async ({ browser }) => {
    const context = await browser.newContext({ storageState: authFile('organiser') });
    const page = await context.newPage();
    await useLanguage(page, 'nl');
    await page.goto('/operator/security-log');
    await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: NAV.nl }).getByRole('link', { name: 'Beveiligingslog' })).toHaveCount(0);
    expect((await context.request.get('/api/operator/security-log')).status()).toBe(404);
    await context.close();
  });
});

/** A new organiser organisation through the API, as the operator (so the lists are never empty). */
async function createOrganisation(browser: Browser, name: string): Promise<void> {
  await asDemo(browser, 'operator', async (call) => {
    const stamp = uniqueDigits(6);
    const created = await call('POST', '/api/operator/organisations', {
      name,
      organiserName: `Axel Toegankelijk ${stamp}`,
      organiserEmail: `axel.${stamp}@organisator.example.org`,
      language: 'en',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  });
}

let made = false;
async function oneOrganisation({ browser }: { browser: Browser }): Promise<void> {
  if (made) return;
  await createOrganisation(browser, `STEM Toegankelijk ${uniqueDigits(6)}`);
  made = true;
}

const withErrors = async (page: Page) => {
  await page.getByRole('button', { name: /^(Organisatie aanmaken|Create organisation)$/ }).click();
  await expect(page.getByRole('alert')).toBeFocused();
};

inEachLanguage('accessibility of the operator pages', (language) => {
  axeChecks(
    [
      { name: 'organiser organisations', as: 'operator', path: () => '/operator' },
      { name: 'organiser organisations, new one with errors', as: 'operator', path: () => '/operator', prepare: withErrors },
      { name: 'organiser organisations, searched without results', as: 'operator', path: () => '/operator?q=bestaat-zeker-niet' },
      { name: 'security log', as: 'operator', path: () => '/operator/security-log' },
      { name: 'security log, filtered', as: 'operator', path: () => '/operator/security-log?action=security.organisation_created' },
    ],
    language,
    oneOrganisation,
    { ready: async (page) => void (await expect(page.locator('.operator__count')).not.toBeEmpty()) },
  );
});
