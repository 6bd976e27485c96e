import { expect, test } from '@playwright/test';
import { authFile, mailMatch, pageReady, uniqueDigits } from './helpers';
import { caller, demoContext } from './label-helpers';
import { testTimes } from './timeouts';

// Resources: a coordinator searches and filters (the filters live in the URL); the organiser adds one in the
// form. The playbook: a visitor asks for it on /playbook, the organiser approves, and the mailed link
// downloads the playbook file the organiser uploaded. The organiser deletes a resource after confirming.

test.describe.configure({ mode: 'serial', timeout: testTimes(2) });

const stamp = uniqueDigits(6);
const lessons = `Lessenreeks robotica ${stamp}`;
const visit = `Bedrijfsbezoek ${stamp}`;
const playbookPdf = `%PDF-1.4\n% draaiboek ${stamp}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;

test.beforeAll(async ({ browser }) => {
  const context = await demoContext(browser, 'organiser');
  try {
    const call = caller(context.request);
    const base = { programmeId: null, description: 'Een voorbeeld uit het netwerk.', published: true };
    const a = await call('POST', '/api/resources', { ...base, kind: 'best_practice', title: lessons, url: 'https://example.org/robotica', elementIds: ['E1'], criterionIds: ['C01'] });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const b = await call('POST', '/api/resources', { ...base, kind: 'other', title: visit, url: 'https://example.org/bezoek', elementIds: ['E2'], criterionIds: ['C04'] });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    const playbook = await call('POST', '/api/resources', { ...base, kind: 'playbook', title: `Draaiboek ${stamp}`, elementIds: [], criterionIds: [] });
    expect(playbook.status, JSON.stringify(playbook.body)).toBe(201);
    const csrf = (await context.request.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value ?? '';
    const file = await context.request.put(`/api/resources/${playbook.body.id}/file`, {
      data: Buffer.from(playbookPdf),
      headers: { 'Content-Type': 'application/pdf', 'X-CSRF-Token': csrf, 'X-File-Name': encodeURIComponent('draaiboek.pdf') },
    });
    expect(file.status(), await file.text()).toBe(200);
  } finally {
    await context.close();
  }
});

test('a coordinator searches and filters resources from the URL', async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile('coordinator') });
  const page = await context.newPage();
  try {
    await page.goto(`/resources?q=${stamp}`);
    await pageReady(page);
    const list = page.getByTestId('resources');
    await expect(list.getByRole('link', { name: lessons })).toBeVisible();
    await expect(list.getByRole('link', { name: visit })).toBeVisible();

    await page.getByLabel('Sleutelelement').selectOption('E2');
    await expect(page).toHaveURL(new RegExp(`q=${stamp}&element=E2`));
    await expect(list.getByRole('link', { name: visit })).toBeVisible();
    await expect(list.getByRole('link', { name: lessons })).toHaveCount(0);

    await page.goto(`/resources?q=${stamp}&kind=best_practice`);
    await pageReady(page);
    await expect(page.getByLabel('Soort bron')).toHaveValue('best_practice');
    await expect(page.getByTestId('resources').getByRole('link', { name: lessons })).toHaveAttribute('href', 'https://example.org/robotica');
    await expect(page.getByTestId('resources').getByRole('link', { name: visit })).toHaveCount(0);

    await page.goto(`/resources?q=${stamp}&criterion=C04`);
    await expect(page.getByTestId('resources').getByRole('link', { name: visit })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bron toevoegen' })).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('the organiser adds a resource in the form', async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile('organiser') });
  const page = await context.newPage();
  try {
    await page.goto('/resources');
    await pageReady(page);
    await page.getByRole('button', { name: 'Bron toevoegen' }).click();
    const title = `Goede praktijk ${stamp}`;
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel(/^Webadres/).fill('https://example.org/praktijk');
    await page.locator('#r-element').selectOption('E1');
    await page.getByRole('button', { name: 'Bron toevoegen' }).click();
    await expect(page.getByText(`Bron "${title}" toegevoegd.`)).toBeVisible();
    await expect(page.getByTestId('resources').getByRole('link', { name: title })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the organiser deletes a resource after confirming', async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile('organiser') });
  const page = await context.newPage();
  try {
    await page.goto(`/resources?q=${stamp}`);
    await pageReady(page);
    const list = page.getByTestId('resources');
    const item = list.locator(`li[data-resource="${visit}"]`);
    await item.getByRole('button', { name: /^Verwijderen/ }).click();
    await expect(item.getByText(`De bron "${visit}" verwijderen? Dit kan niet ongedaan worden gemaakt.`)).toBeFocused();
    await item.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(page.getByText(`Bron "${visit}" verwijderd.`)).toBeVisible();
    await expect(list.getByRole('link', { name: visit })).toHaveCount(0);
    await expect(list.getByRole('link', { name: lessons })).toBeVisible();
    await page.reload();
    await pageReady(page);
    await expect(page.getByTestId('resources').getByRole('link', { name: visit })).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('a visitor requests the playbook, the organiser approves, the mailed link downloads it', async ({ browser }) => {
  const email = `bezoeker.${stamp}@example.org`;
  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  try {
    await page.goto('/playbook');
    await pageReady(page);
    await page.getByLabel('Naam').fill(`Vera Bezoeker ${stamp}`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Organisatie').fill('Scholengroep Kust');
    await page.getByLabel(/Ik ga akkoord/).check();
    await page.getByRole('button', { name: 'Aanvragen' }).click();
    await expect(page.getByTestId('playbook-sent')).toBeVisible();
  } finally {
    await visitor.close();
  }

  const organiser = await browser.newContext({ storageState: authFile('organiser') });
  const since = Date.now();
  try {
    const page2 = await organiser.newPage();
    await page2.goto('/resources');
    await pageReady(page2);
    const row = page2.getByTestId('playbook-requests').locator(`tr[data-request="${email}"]`);
    await row.getByRole('button', { name: /^Goedkeuren/ }).click();
    await expect(row).toContainText('Goedgekeurd');
  } finally {
    await organiser.close();
  }

  const { match: link } = await mailMatch(email, since, /https?:\/\/\S+\/api\/public\/playbook\/[A-Za-z0-9_\-.~%]+/);
  const anyone = await browser.newContext();
  try {
    const response = await anyone.request.get(link);
    expect(response.status()).toBe(200);
    expect((await response.body()).toString()).toContain(`draaiboek ${stamp}`);
  } finally {
    await anyone.close();
  }
});
