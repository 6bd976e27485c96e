import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { authFile, expectNoAxeViolations, pageReady, useLanguage } from './helpers';
import { editorPath, fillWithKeyboard, LEVELS, openBaseline, resultsPath, tabToButton } from './measurement-helpers';
import type { DemoSchool } from './measurement-helpers';
import { testTimes } from './timeouts';

// The self-assessment in the browser, against the real server: two people editing the same
// criterion, a coordinator filling in all criteria with the keyboard only, submitting and reading the
// results, and the organiser reopening with a reason. The steps build on each other: serial.

test.describe.configure({ mode: 'serial' });

// 15 × proficient, 4 × competent, 1 × expert, 1 × not yet: the label is competent; proficient is held
// back by the four competent ones (1 level) and the not-yet one (2 levels, too far on its own).
function target(index: number): number {
  if (index < 15) return 2;
  if (index < 19) return 1;
  if (index === 19) return 3;
  return 0;
}

let school: DemoSchool;

test.beforeAll(async ({ browser }) => {
  school = await openBaseline(browser);
});

async function criterionIds(page: Page): Promise<string[]> {
  await expect(page.locator('[data-criterion]').first()).toBeVisible();
  return page.locator('[data-criterion]').evaluateAll((els) => els.map((e) => e.getAttribute('data-criterion') ?? ''));
}

async function allSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-status--pending, .save-status--saving')).toHaveCount(0);
  await expect(page.locator('.save-status--error, .save-status--conflict')).toHaveCount(0);
}

test('two people edit the same criterion: the second sees the first one\'s answer and keeps theirs', async ({ browser, baseURL }) => {
  const first = await browser.newContext({ storageState: authFile('coordinator'), baseURL });
  const second = await browser.newContext({ storageState: authFile('team_member'), baseURL });
  try {
    const a = await first.newPage();
    const b = await second.newPage();
    for (const page of [a, b]) {
      await useLanguage(page, 'nl');
      await page.goto(editorPath(school));
      await pageReady(page);
    }
    const ids = await criterionIds(a);
    const last = ids[ids.length - 1]!;
    const inA = a.locator(`[data-criterion="${last}"]`);
    const inB = b.locator(`[data-criterion="${last}"]`);

    // The comment first: the level change right after it saves both at once.
    await inA.getByLabel(/^Toelichting bij/).fill('Eerst door de coördinator');
    await inA.getByRole('radio', { name: /^Competent/ }).check();
    await expect(inA.getByRole('status')).toHaveText('Opgeslagen');

    // B still builds on the old version: its save is refused and both versions are shown.
    await inB.getByRole('radio', { name: /^Expert/ }).check();
    const conflict = inB.getByRole('alert');
    await expect(conflict).toContainText('Eerst door de coördinator');
    await expect(conflict).toContainText('Competent');
    await expect(inB.getByRole('radio', { name: /^Expert/ })).toBeChecked();
    await conflict.getByRole('button', { name: /^Mijn versie behouden/ }).click();
    await expect(inB.getByRole('status')).toHaveText('Opgeslagen');
    await expect(conflict).toHaveCount(0);

    await a.reload();
    await pageReady(a);
    await expect(a.locator(`[data-criterion="${last}"]`).getByRole('radio', { name: /^Expert/ })).toBeChecked();
  } finally {
    await first.close();
    await second.close();
  }
});

test.describe('the jump list and the progress bar', () => {
  for (const phone of [false, true]) {
    test(`${phone ? 'at 390 px' : 'at 1366 px'}: counts per key element, a jump moves the focus to a heading below the bar, which stays in view`, async ({ browser, baseURL }) => {
      test.setTimeout(testTimes(2));
      const context = await browser.newContext({
        storageState: authFile('coordinator'),
        baseURL,
        viewport: phone ? { width: 390, height: 844 } : { width: 1366, height: 900 },
        isMobile: phone,
        hasTouch: phone,
        reducedMotion: 'reduce',
      });
      try {
        const page = await context.newPage();
        await useLanguage(page, 'nl');
        await page.goto(editorPath(school));
        await pageReady(page);
        const jump = page.getByRole('navigation', { name: 'Sleutelelementen' });
        const links = jump.getByRole('link');
        await expect(links).toHaveCount(7);
        // Each count is that of the key element's section: its criteria, and those with a level.
        let total = 0;
        for (let i = 0; i < 7; i++) {
          const href = (await links.nth(i).getAttribute('href'))!;
          const section = page.locator(`section[aria-labelledby="${href.slice(1)}"]`);
          const criteria = await section.locator('[data-criterion]').count();
          const answered = await section.locator('input[type="radio"]:checked').count();
          await expect(links.nth(i)).toContainText(`${answered} van ${criteria} beantwoord`);
          total += criteria;
        }
        expect(total).toBe(21);

        const bar = page.getByTestId('measurement-bar');
        const barBottom = async () => (await bar.boundingBox())!.y + (await bar.boundingBox())!.height;
        const last = links.nth(6);
        const target = (await last.getAttribute('href'))!.slice(1);
        await last.click();
        await expect(page.locator(`[id="${target}"]`)).toBeFocused();
        // The bar stays at the top of the window, and the heading it jumped to is below it.
        await expect.poll(async () => (await bar.boundingBox())!.y).toBe(0);
        expect((await page.locator(`[id="${target}"]`).boundingBox())!.y).toBeGreaterThanOrEqual(await barBottom());
        await expect(bar).toContainText(/\d+ van 21 beantwoord/);
        await expect(bar.getByTestId('measurement-saved')).toHaveText('Alles opgeslagen');
        // Back through the fields with Shift+Tab: the browser scrolls each into view below the bar.
        await page.locator('[data-criterion]').nth(18).locator('textarea').focus();
        for (let i = 0; i < 12; i++) {
          await page.keyboard.press('Shift+Tab');
          const top = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
          expect(top, `field ${i} clear of the bar`).toBeGreaterThanOrEqual(await barBottom());
        }
        if (phone) {
          // A compact bar, touch targets of 44 px, and no sideways scrolling.
          expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(100);
          expect((await bar.getByRole('link', { name: 'Naar de sleutelelementen' }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
          expect((await links.first().boundingBox())!.height).toBeGreaterThanOrEqual(44);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        }
        await bar.getByRole('link', { name: 'Naar de sleutelelementen' }).click();
        await expect(page.locator('#measurement-jump-title')).toBeFocused();
      } finally {
        await context.close();
      }
    });
  }
});

test.describe('as the coordinator', () => {
  test.use({ storageState: authFile('coordinator') });

  test('fills in every criterion with the keyboard only, finds them after a reload and submits', async ({ page }) => {
    test.setTimeout(testTimes(6));
    await useLanguage(page, 'nl');
    await page.goto(editorPath(school));
    await pageReady(page);
    const ids = await criterionIds(page);
    expect(ids).toHaveLength(21);

    await fillWithKeyboard(page, ids, (index) => LEVELS[target(index)]!, { 0: 'Getypt met het toetsenbord' });
    await allSaved(page);

    await page.reload();
    await pageReady(page);
    for (const [index, id] of ids.entries()) {
      await expect(page.locator(`input[name="level-${id}"]:checked`), id).toHaveValue(LEVELS[target(index)]!);
    }
    await expect(page.locator(`#comment-${ids[0]}`)).toHaveValue('Getypt met het toetsenbord');
    await expect(page.getByLabel('Alle criteria')).toHaveAttribute('value', '21');

    // Submit, also with the keyboard: the confirmation takes the focus.
    await tabToButton(page, /^Meting indienen$/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Ja, indienen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('submitted-notice')).toBeVisible();
    await expect(page.getByTestId('measurement-status')).toHaveText('Ingediend');
    await expect(page.locator(`input[name="level-${ids[0]}"]`).first()).toBeDisabled();
  });
});

test('the organiser reopens with a reason and the coordinator reads it', async ({ browser, baseURL }) => {
  const organiser = await browser.newContext({ storageState: authFile('organiser'), baseURL });
  const coordinator = await browser.newContext({ storageState: authFile('coordinator'), baseURL });
  try {
    const o = await organiser.newPage();
    await useLanguage(o, 'nl');
    await o.goto(editorPath(school));
    await pageReady(o);
    await expect(o.getByTestId('measurement-status')).toHaveText('Ingediend');
    await o.getByLabel('Reden voor de school').fill('Vul de toelichtingen bij sleutelelement 3 verder aan.');
    await o.getByRole('button', { name: 'Heropenen' }).click();
    await expect(o.getByTestId('measurement-status')).toHaveText('Bezig');

    const c = await coordinator.newPage();
    await useLanguage(c, 'nl');
    await c.goto(editorPath(school));
    await pageReady(c);
    await expect(c.getByTestId('reopen-notice')).toContainText('Vul de toelichtingen bij sleutelelement 3 verder aan.');
    await expect(c.getByRole('button', { name: 'Meting indienen' })).toBeVisible();
  } finally {
    await organiser.close();
    await coordinator.close();
  }
});

test.describe('the results, as the coordinator', () => {
  test.use({ storageState: authFile('coordinator') });

  test('show the radar with its table, the label estimate and the downloads', async ({ page }) => {
    test.setTimeout(testTimes(3));
    await useLanguage(page, 'nl');
    await page.goto(editorPath(school));
    await pageReady(page);
    await page.getByRole('link', { name: 'Resultaten bekijken' }).click();
    await pageReady(page);
    await expect(page.getByTestId('radar')).toBeVisible();
    const table = page.getByRole('table', { name: 'Score per sleutelelement (0–100)' });
    await expect(table.locator('tbody tr')).toHaveCount(7);
    const estimate = page.getByTestId('label-estimate');
    await expect(estimate).toContainText('Jullie school haalt vandaag het label Competent.');
    await expect(estimate).toContainText('Voor Proficient houden deze criteria jullie tegen:');
    await expect(estimate).toContainText('Nog 1 criterium moet Proficient halen (nu 16 van de 17 nodig).');
    await expect(estimate).toContainText('(nog 2 niveaus)');
    await expect(estimate.getByRole('listitem')).toHaveCount(5);
    await expect(page.getByRole('link', { name: 'Schoolrapport (PDF)' })).toHaveAttribute('href', /report\.pdf\?kind=baseline&lang=nl$/);
    expect(page.url()).toContain(resultsPath(school));
    const pdf = await page.request.get((await page.getByRole('link', { name: 'Schoolrapport (PDF)' }).getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const xlsx = await page.request.get((await page.getByRole('link', { name: 'Antwoorden (Excel)' }).getAttribute('href'))!);
    expect(xlsx.status()).toBe(200);
    // With answers, comments and the estimate filled in: still no axe violation.
    await expectNoAxeViolations(page);
  });
});
