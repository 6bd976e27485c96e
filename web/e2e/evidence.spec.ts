import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { authFile, expectNoAxeViolations, expectNoSidewaysScroll, pageReady, phoneContext, uniqueDigits, useLanguage } from './helpers';
import { apiAs, BASE_URL, editorPath } from './measurement-helpers';
import type { DemoSchool } from './measurement-helpers';
import { editableBaseline, libraryPath, makeExecutable, makePdf, removeEvidence } from './evidence-helpers';
import { TEST_TIMEOUT, testTimes } from './timeouts';

// The evidence library in the browser, against the real server: a coordinator uploads a real PDF with
// criteria, finds it with the filter, downloads the same bytes, links it to a criterion of the
// baseline, uploads new evidence from a criterion, and gets clear messages for a file that is too
// large or an executable renamed .pdf. What the spec makes carries PREFIX and is removed afterwards.

test.describe.configure({ mode: 'serial' });
test.use({ storageState: authFile('coordinator') });

const PREFIX = `E2E bewijs ${uniqueDigits(6)}`;
const PDF_TITLE = `${PREFIX} actieplan`;
const PDF = makePdf(`${PREFIX} – unieke inhoud`);

let school: DemoSchool & { measurementId: number };

test.beforeAll(async ({ browser }) => {
  school = await editableBaseline(browser);
});

test.afterAll(async ({ browser }) => {
  await removeEvidence(browser, school.organisationId, PREFIX);
});

async function openLibrary(page: Page): Promise<void> {
  await useLanguage(page, 'nl');
  await page.goto(libraryPath(school.organisationId));
  await pageReady(page);
}

const item = (page: Page, title: string) => page.locator('article.evidence-item').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test('the page starts with the library; each add form opens on demand and Cancel closes it', async ({ page }) => {
  await openLibrary(page);
  // No form field before the library: the first heading after the page's is the library's.
  await expect(page.locator('form.evidence-form')).toHaveCount(0);
  await expect(page.locator('main h2').first()).toHaveText('Overzicht');
  const addFile = page.getByRole('button', { name: 'Bestand toevoegen' });
  const addLink = page.getByRole('button', { name: 'Link toevoegen' });
  await addFile.click();
  // The focus moves into the form, to its first field.
  await expect(page.getByLabel('Bestand', { exact: true })).toBeFocused();
  await expect(addLink).toHaveCount(0);
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.locator('form.evidence-form')).toHaveCount(0);
  await expect(addFile).toBeFocused();
  // With the keyboard: Enter on the other button opens the link form, and Cancel brings the focus back.
  await addLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#link-title')).toBeFocused();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(addLink).toBeFocused();
});

test('upload a PDF with criteria, find it with the filter and download the same bytes', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'Bestand toevoegen' }).click();
  const upload = page.locator('section', { has: page.getByRole('heading', { name: 'Bestand toevoegen' }) });
  await upload.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'Actieplan STEM é.pdf', mimeType: 'application/pdf', buffer: PDF });
  await upload.getByLabel('Titel').fill(PDF_TITLE);
  await upload.getByLabel('Beschrijving (niet verplicht)').fill('Het actieplan van de werkgroep, met “aanhalingstekens” en é.');
  await upload.getByRole('checkbox', { name: /^C03 / }).check();
  await upload.getByRole('checkbox', { name: /^C07 / }).check();
  await upload.getByRole('button', { name: 'Uploaden' }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${PDF_TITLE}” is toegevoegd.` })).toBeVisible();
  // Added: the form closes and the focus is back on the button that opened it.
  await expect(page.locator('form.evidence-form')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Bestand toevoegen' })).toBeFocused();

  const card = item(page, PDF_TITLE);
  await expect(card).toBeVisible();
  await expect(card).toContainText('Actieplan STEM é.pdf');
  await expect(card).toContainText(/door \S+/);
  await expect(card.locator('.evidence-item__criteria li')).toHaveText([/^C03 /, /^C07 /]);
  await expect(page.getByTestId('quota-text')).toContainText('van 200 MB gebruikt');

  // The filter: by criterion, and by text.
  await page.getByLabel('Criterium').selectOption('C07');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(card).toBeVisible();
  await page.getByLabel('Criterium').selectOption('C05');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(card).toHaveCount(0);
  await page.getByLabel('Criterium').selectOption('');
  await page.getByLabel(/^Zoeken in titel/).fill('ACTIEPLAN STEM');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(card).toBeVisible();
  await page.getByRole('button', { name: 'Alles tonen' }).click();

  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: /^Downloaden/ }).click()]);
  expect(download.suggestedFilename()).toBe('Actieplan STEM é.pdf');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.equals(PDF), 'the downloaded bytes are the uploaded ones').toBe(true);
});

test('edit the criteria of evidence with the keyboard-reachable form', async ({ page }) => {
  await openLibrary(page);
  const card = item(page, PDF_TITLE);
  await card.getByRole('button', { name: /^Wijzigen/ }).click();
  // The focus moves into the form.
  await expect(card.getByLabel('Titel')).toBeFocused();
  await card.getByRole('checkbox', { name: /^C04 / }).check();
  await card.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${PDF_TITLE}” is opgeslagen.` })).toBeVisible();
  await expect(card.locator('.evidence-item__criteria li')).toHaveText([/^C03 /, /^C04 /, /^C07 /]);
});

test('link evidence to a criterion in the measurement, and upload new evidence from a criterion', async ({ page }) => {
  await useLanguage(page, 'nl');
  await page.goto(editorPath(school));
  await pageReady(page);
  const c03 = page.locator('[data-criterion="C03"]');
  await c03.getByRole('button', { name: /^Bewijsstukken koppelen/ }).click();
  const chooser = c03.getByRole('group', { name: /^Bewijsstukken bij / });
  // Evidence tagged with this criterion comes first, in its own group.
  const tagged = chooser.getByRole('group', { name: 'Bij dit criterium' });
  await tagged.getByRole('checkbox', { name: new RegExp(`^${PDF_TITLE}`) }).check();
  await expect(c03.locator('.save-status')).toHaveText('Opgeslagen');
  await expect(c03.locator('.criterion-evidence__list')).toContainText(PDF_TITLE);

  // Upload from criterion C04: tagged with C04 and linked at once.
  const c04 = page.locator('[data-criterion="C04"]');
  await c04.getByRole('button', { name: /^Nieuw bestand uploaden/ }).click();
  await expect(c04.getByLabel('Bestand', { exact: true })).toBeFocused();
  await c04.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'foto-verslag.pdf', mimeType: 'application/pdf', buffer: makePdf(`${PREFIX} C04`) });
  await c04.getByLabel('Titel').fill(`${PREFIX} verslag C04`);
  await c04.getByRole('button', { name: 'Uploaden', exact: true }).click();
  await expect(c04.locator('.criterion-evidence__list')).toContainText(`${PREFIX} verslag C04`);
  await expect(c04.locator('.save-status')).toHaveText('Opgeslagen');

  // Saved on the server: after a reload, and in the answers.
  await page.reload();
  await pageReady(page);
  await expect(page.locator('[data-criterion="C03"] .criterion-evidence__list')).toContainText(PDF_TITLE);
  const coordinator = await apiAs(page.context().browser()!, 'coordinator');
  try {
    const measurement = await coordinator.call('GET', `/api/measurements/${school.measurementId}`);
    const answers = measurement.body.answers as { criterionId: string; evidenceIds: number[] }[];
    const library = await coordinator.call('GET', `/api/organisations/${school.organisationId}/evidence?q=${encodeURIComponent(PREFIX)}`);
    const byTitle = new Map((library.body.evidence as { id: number; title: string; criterionIds: string[] }[]).map((e) => [e.title, e]));
    const pdf = byTitle.get(PDF_TITLE)!;
    const c04Item = byTitle.get(`${PREFIX} verslag C04`)!;
    expect(c04Item.criterionIds).toEqual(['C04']);
    expect(answers.find((a) => a.criterionId === 'C03')!.evidenceIds.map(Number)).toContain(Number(pdf.id));
    expect(answers.find((a) => a.criterionId === 'C04')!.evidenceIds.map(Number)).toContain(Number(c04Item.id));
  } finally {
    await coordinator.context.close();
  }

  // Unlink again: the list of C03 no longer shows it.
  await page.locator('[data-criterion="C03"]').getByRole('button', { name: new RegExp(`^Loskoppelen ${PDF_TITLE}`) }).click();
  await expect(page.locator('[data-criterion="C03"] .save-status')).toHaveText('Opgeslagen');
  await expect(page.locator('[data-criterion="C03"] .criterion-evidence__list')).toHaveCount(0);
});

test('an executable renamed .pdf and a file over 20 MB get a clear message at the file field', async ({ page }) => {
  // Handing the browser 20 MB (twice) takes seconds on a busy machine.
  test.setTimeout(testTimes(2));
  await openLibrary(page);
  await page.getByRole('button', { name: 'Bestand toevoegen' }).click();
  const upload = page.locator('section', { has: page.getByRole('heading', { name: 'Bestand toevoegen' }) });
  const fileInput = upload.getByLabel('Bestand', { exact: true });

  await fileInput.setInputFiles({ name: 'handleiding.pdf', mimeType: 'application/pdf', buffer: makeExecutable() });
  await upload.getByLabel('Titel').fill(`${PREFIX} vermomd programma`);
  await upload.getByRole('button', { name: 'Uploaden' }).click();
  const summary = upload.getByRole('alert');
  await expect(summary).toBeFocused();
  const message = upload.locator('#upload-file-error');
  await expect(message).toBeVisible();
  await expect(message).not.toHaveText(/server is niet bereikbaar|onverwachts/i);
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  await expect(summary.getByRole('link')).toHaveText((await message.textContent())!);
  // Following the summary's link puts the focus on the file field.
  await summary.getByRole('link').click();
  await expect(fileInput).toBeFocused();
  await expect(item(page, `${PREFIX} vermomd programma`)).toHaveCount(0);

  // Over 20 MB: refused before it is sent.
  await fileInput.setInputFiles(
    { name: 'film.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 0x25) },
    { timeout: TEST_TIMEOUT },
  );
  await upload.getByRole('button', { name: 'Uploaden' }).click();
  await expect(message).toHaveText('Dit bestand is te groot: het mag maximaal 20 MB zijn.');

  // The server itself answers 413 file_too_large from the declared length, in the user's language.
  const api = await apiAs(page.context().browser()!, 'coordinator');
  try {
    await api.context.request.get('/api/me');
    const csrf = (await api.context.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value ?? '';
    const response = await api.context.request.post(`/api/organisations/${school.organisationId}/evidence/files`, {
      headers: { 'X-CSRF-Token': csrf, 'X-File-Name': 'film.pdf', 'Content-Type': 'application/pdf', 'Accept-Language': 'en' },
      data: Buffer.alloc(20 * 1024 * 1024 + 1, 0x25),
      failOnStatusCode: false,
    });
    expect(response.status()).toBe(413);
    const body = await response.json();
    expect(body.error.code).toBe('file_too_large');
  } finally {
    await api.context.close();
  }
});

test('add a link, refuse an address that is not http(s), and remove it after confirmation', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'Link toevoegen' }).click();
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Link toevoegen' }) });
  const title = `${PREFIX} website`;
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Adres (URL)').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Link toevoegen' }).click();
  await expect(form.locator('#link-url-error')).toHaveText('Geef een volledig webadres dat begint met https:// of http://.');
  await form.getByLabel('Adres (URL)').fill('https://www.example.org/stem');
  await form.getByRole('checkbox', { name: /^C01 / }).check();
  await form.getByRole('button', { name: 'Link toevoegen' }).click();
  const card = item(page, title);
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: /^Link openen/ })).toHaveAttribute('href', 'https://www.example.org/stem');

  await card.getByRole('button', { name: /^Verwijderen/ }).click();
  const confirm = card.getByRole('group');
  await expect(confirm.getByRole('button', { name: 'Ja, verwijderen' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(card.getByRole('button', { name: /^Verwijderen/ })).toBeFocused();
  await card.getByRole('button', { name: /^Verwijderen/ }).click();
  await card.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${title}” is verwijderd.` })).toBeVisible();
  await expect(item(page, title)).toHaveCount(0);
});

test('at 390 px the library is searched, filtered and sorted by the server, without sideways scrolling', async ({ browser }) => {
  const context = await phoneContext(browser, { as: 'coordinator', baseURL: BASE_URL });
  try {
    const page = await context.newPage();
    await openLibrary(page);
    await expectNoSidewaysScroll(page, 'the library');
    // The add buttons are touch targets of at least 44 px; the upload form opens within the width.
    for (const name of ['Bestand toevoegen', 'Link toevoegen']) {
      expect((await page.getByRole('button', { name }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole('button', { name: 'Bestand toevoegen' }).click();
    await expectNoSidewaysScroll(page, 'the library with the upload form open');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    // Each option says how many rows it would give.
    await expect(page.locator('#evidence-filter-kind option[value="file"]')).toHaveText(/^Bestand \(\d+\)$/);
    // As many links as the option counted, whatever other specs on this server added or removed.
    const linkOption = await page.locator('#evidence-filter-kind option[value="link"]').textContent();
    const links = Number(/\((\d+)\)/.exec(linkOption ?? '')?.[1] ?? NaN);
    expect(links).toBeGreaterThanOrEqual(0);
    await page.locator('#evidence-filter-kind').selectOption('link');
    await expect(item(page, PDF_TITLE)).toHaveCount(0);
    await expect(page.locator('article.evidence-item')).toHaveCount(links);
    await page.locator('#evidence-filter-kind').selectOption('file');
    await page.locator('#evidence-sort').selectOption('title');
    await page.locator('#evidence-filter-q').fill(PDF_TITLE.toUpperCase());
    await expect(item(page, PDF_TITLE)).toBeVisible();
    await expect(page.locator('article.evidence-item')).toHaveCount(1);
    await expect(page.getByTestId('evidence-count')).toHaveText('1 bewijsstuk · 1–1 van 1');
    await expectNoSidewaysScroll(page, 'the library, searched');
    await expectNoAxeViolations(page);
  } finally {
    await context.close();
  }
});

test.describe('as the organiser', () => {
  test.use({ storageState: authFile('organiser') });

  test('reads and downloads, without the forms', async ({ page }) => {
    await openLibrary(page);
    const card = item(page, PDF_TITLE);
    await expect(card).toBeVisible();
    await expect(page.getByRole('button', { name: 'Uploaden' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Bestand toevoegen' })).toHaveCount(0);
    await expect(card.getByRole('button', { name: /^Verwijderen/ })).toHaveCount(0);
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: /^Downloaden/ }).click()]);
    expect(readFileSync((await download.path())!).equals(PDF)).toBe(true);
  });
});
