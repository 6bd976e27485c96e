import { expect, test } from '@playwright/test';
import { authFile, pageReady } from './helpers';
import { coordinatorContext, LEVELS, newSchool, submittedBaseline } from './label-helpers';
import type { LabelSchool } from './label-helpers';
import { testTimes } from './timeouts';

// The group report of the demo programme: two new schools submit their baseline (with the demo school
// Ter Duinen that makes at least three, so the school view is not suppressed). The organiser sees every
// school by name and downloads the PDF; a school sees the cohort and where it stands, never another name.

test.describe.configure({ mode: 'serial', timeout: testTimes(2) });

let first: LabelSchool;
let second: LabelSchool;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(testTimes(2));
  first = await newSchool(browser, 'Rapportschool');
  await submittedBaseline(browser, first, (i) => LEVELS[i % 4]!);
  second = await newSchool(browser, 'Vergelijkschool');
  await submittedBaseline(browser, second, () => 'competent');
});

test('the organiser sees the charts, every school by name, and the exports', async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile('organiser') });
  const page = await context.newPage();
  try {
    await page.goto(`/programmes/${first.programmeId}/group-report`);
    await pageReady(page);
    await expect(page.getByRole('img', { name: /^Grafiek: Aantal scholen per niveau/ })).toBeVisible();
    const perSchool = page.getByTestId('gr-per-school');
    await expect(perSchool.getByRole('rowheader', { name: first.name })).toBeVisible();
    await expect(perSchool.getByRole('rowheader', { name: second.name })).toBeVisible();
    await expect(perSchool.getByRole('rowheader', { name: 'Demoschool Ter Duinen' })).toBeVisible();
    // The table pages, sorts and searches on the server: case and accents do not matter.
    await perSchool.getByRole('searchbox', { name: 'Zoek een school' }).fill('tèr DUINEN');
    await expect(perSchool.getByRole('rowheader')).toHaveCount(1);
    await expect(perSchool.getByRole('rowheader', { name: 'Demoschool Ter Duinen' })).toBeVisible();
    await perSchool.getByRole('searchbox', { name: 'Zoek een school' }).fill('');
    await perSchool.getByRole('button', { name: /^Labelinschatting/ }).click();
    await expect(perSchool.getByRole('columnheader', { name: /^Labelinschatting/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByTestId('gr-stand')).toHaveCount(0);

    const pdf = await page.getByRole('link', { name: 'Rapport als pdf' }).getAttribute('href');
    expect(pdf).toBe(`/api/programmes/${first.programmeId}/group-report.pdf?measurement=baseline&lang=nl`);
    const response = await context.request.get(pdf!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    const xlsx = await context.request.get((await page.getByRole('link', { name: 'Cijfers als Excel' }).getAttribute('href'))!);
    expect(xlsx.status()).toBe(200);

    await page.getByRole('link', { name: 'Eindmeting' }).click();
    await expect(page).toHaveURL(/measurement=final/);
    await expect(page.getByRole('link', { name: 'Eindmeting' })).toHaveAttribute('aria-current', 'page');
  } finally {
    await context.close();
  }
});

test('a school sees where it stands and no other school', async ({ browser }) => {
  const context = await coordinatorContext(browser, first);
  const page = await context.newPage();
  try {
    await page.goto(`/programmes/${first.programmeId}/group-report`);
    await pageReady(page);
    const stand = page.getByTestId('gr-stand');
    await expect(stand).toBeVisible();
    await expect(stand).toContainText(/boven de mediaan van de groep/);
    await expect(page.getByTestId('gr-per-school')).toHaveCount(0);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain(second.name);
    expect(text).not.toContain('Ter Duinen');
    const api = await context.request.get(`/api/programmes/${first.programmeId}/group-report?measurement=baseline`, {
      headers: { Accept: 'application/json' },
    });
    const body = await api.json();
    expect(body.schools).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain(second.name);
  } finally {
    await context.close();
  }
});
