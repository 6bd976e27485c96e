import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { authFile, DEMO, expectNoAxeViolations, expectNoSidewaysScroll, pageReady, phoneContext, useLanguage } from './helpers';
import { testTimes } from './timeouts';

// Own data (issue 20, docs/api.md "Own data"): the coordinator opens /account from the header and downloads
// their ZIP; the operator finds the demo mentor by address on /operator/people and downloads theirs. Both
// pages pass axe in nl and en and never scroll sideways at 390 px. Nothing here changes data other specs read
// (an export only adds a security event about the person).

const TEXT = {
  nl: { account: 'Mijn account', download: 'Mijn gegevens downloaden (ZIP)', people: "Gegevens van een persoon", email: 'E-mailadres van de persoon', find: 'Zoeken', found: 'Gevonden', personDownload: 'Gegevens downloaden (ZIP)' },
  en: { account: 'My account', download: 'Download my data (ZIP)', people: "A person's data", email: "The person's e-mail address", find: 'Find', found: 'Found', personDownload: 'Download the data (ZIP)' },
} as const;

/** Clicks `link`, and checks the file the browser receives: the server's name, and a ZIP with a README and the profile. */
async function expectDataZip(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  expect(download.suggestedFilename()).toMatch(/^stemkompas-gegevens-\d{4}-\d{2}-\d{2}\.zip$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  // Names in a ZIP are stored as they are (the local headers and the central directory), not compressed.
  expect(bytes.includes('README.txt')).toBe(true);
  expect(bytes.includes('profile.json')).toBe(true);
  return download;
}

/** On /operator/people: finds `email` and waits for the person. */
async function findPerson(page: Page, language: 'nl' | 'en', email: string) {
  const text = TEXT[language];
  await page.getByLabel(text.email).fill(email);
  await page.getByRole('button', { name: text.find, exact: true }).click();
  const found = page.getByRole('region', { name: text.found });
  await expect(found).toBeVisible();
  return found;
}

test.describe('own data', () => {
  test.describe(() => {
    test.use({ storageState: authFile('coordinator') });

    test('the coordinator opens their account from the header and downloads their data', async ({ page }) => {
      await useLanguage(page, 'nl');
      await page.goto('/');
      await pageReady(page);
      await page.getByRole('link', { name: /^Mijn account/ }).click();
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Over jou' })).toContainText(DEMO.coordinator);
      const download = await expectDataZip(page, () => page.getByRole('link', { name: TEXT.nl.download }).click());
      // A coordinator has a membership, so its file is there too (files without rows are left out).
      expect((await readFile((await download.path())!)).includes('memberships.json')).toBe(true);
    });
  });

  test.describe(() => {
    test.use({ storageState: authFile('operator') });

    test("the operator finds the mentor by address and downloads that person's data", async ({ page }) => {
      await useLanguage(page, 'nl');
      await page.goto('/');
      await pageReady(page);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gegevens van personen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: TEXT.nl.people })).toBeVisible();

      // An address without an account: the server's sentence as an alert.
      await page.getByLabel(TEXT.nl.email).fill('niemand.hier@example.org');
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await expect(page.getByRole('alert')).toHaveText('Er is geen account met dit e-mailadres.');

      const found = await findPerson(page, 'nl', DEMO.mentor);
      await expect(found).toContainText(DEMO.mentor);
      await expect(found.getByRole('heading', { level: 2 })).toBeFocused();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expectDataZip(page, () => found.getByRole('link', { name: TEXT.nl.personDownload }).click());

      // The download is a security event about the mentor, by the operator.
      await page.goto('/operator/security-log?action=security.data_export');
      const log = page.getByRole('table', { name: 'Beveiligingsgebeurtenissen, nieuwste eerst' });
      // (The coordinator's own download is one too, so the operator's is picked by its actor.)
      const mine = log.locator('tbody tr').filter({ hasText: 'Bo Beheerder' }).first();
      await expect(mine).toContainText('Gegevens van een persoon gedownload');
      await expect(mine).toContainText(DEMO.operator);
    });
  });

  for (const language of ['nl', 'en'] as const) {
    test(`both pages pass axe and fit a phone (${language})`, async ({ browser }) => {
      test.setTimeout(testTimes(2));
      const text = TEXT[language];

      const coordinator = await phoneContext(browser, { as: 'coordinator', language });
      const mine = await coordinator.newPage();
      await mine.goto('/');
      await pageReady(mine);
      // On a phone the account link is in view without opening the menu.
      await mine.getByRole('link', { name: new RegExp(`^${text.account}`) }).click();
      await expect(mine.getByRole('heading', { level: 1, name: text.account })).toBeVisible();
      await expect(mine.getByRole('link', { name: text.download })).toBeVisible();
      await expectNoSidewaysScroll(mine, '/account');
      await expectNoAxeViolations(mine);
      await coordinator.close();

      const operator = await phoneContext(browser, { as: 'operator', language });
      const theirs = await operator.newPage();
      await theirs.goto('/operator/people');
      await pageReady(theirs);
      await expect(theirs.getByRole('heading', { level: 1, name: text.people })).toBeVisible();
      await expectNoAxeViolations(theirs);
      const found = await findPerson(theirs, language, DEMO.mentor);
      await expect(found.getByRole('link', { name: text.personDownload })).toBeVisible();
      await expectNoSidewaysScroll(theirs, '/operator/people');
      await expectNoAxeViolations(theirs);
      await operator.close();
    });
  }
});
