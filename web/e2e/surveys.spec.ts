import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { authFile, pageReady, useLanguage } from './helpers';
import { answerAll, apiAs, currentStep, demoSchool, ensureSurvey, phoneContext, readPoster, startBaseline, toSendStep } from './survey-helpers';
import type { SchoolIds } from './survey-helpers';
import { testTimes } from './timeouts';

// The self-assessment surveys end to end: the coordinator opens the teachers' survey, five anonymous
// respondents answer it on a phone, and the group only reaches the school's results with the fifth.

test.describe.configure({ mode: 'serial' });

/** The teachers' group in the results, read from the coordinator's page with its own session. */
async function teachersInResults(page: Page, ids: SchoolIds) {
  return page.evaluate(async ({ programmeId, organisationId }) => {
    const response = await fetch(`/api/programmes/${programmeId}/schools/${organisationId}/results?kind=baseline`, {
      headers: { Accept: 'application/json' },
    });
    const body = (await response.json()) as {
      groups?: { group: string; responses: number; shown: boolean }[];
      criteria?: { groups?: Record<string, unknown> }[];
      elements?: { groups?: Record<string, unknown> }[];
    };
    const group = (body.groups ?? []).find((g) => g.group === 'teachers');
    return {
      status: response.status,
      shown: group?.shown ?? false,
      inCriteria: (body.criteria ?? []).some((c) => c.groups && 'teachers' in c.groups),
      inElements: (body.elements ?? []).some((e) => e.groups && 'teachers' in e.groups),
    };
  }, ids);
}

test.describe('surveys', () => {
  test.use({ storageState: authFile('coordinator') });

  test('five anonymous phone respondents bring the teachers into the results, four do not', async ({ page, browser, context, playwright, baseURL }) => {
    test.setTimeout(testTimes(8));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const ids = await demoSchool(page.request);
    await startBaseline(playwright, baseURL!, ids);

    // The coordinator opens the teachers' survey of the baseline measurement.
    // (The home page's link to this page comes with the measurement pages' school links.)
    await page.goto(`/programmes/${ids.programmeId}/schools/${ids.organisationId}/surveys`);
    await pageReady(page);
    const card = page.locator('[data-kind="baseline"][data-group="teachers"]');
    await card.getByRole('button', { name: /^Vragenlijst openen/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De vragenlijst voor Leraren (nulmeting) is geopend.' })).toBeVisible();
    await expect(card.getByTestId('survey-responses')).toHaveText('0');
    await expect(card).toContainText('Nog 5 antwoorden nodig voor resultaten');

    // Link and code: the code in two groups of 4, and a copy button with a live status.
    const link = (await card.getByTestId('survey-link').getAttribute('href'))!;
    const code = (await card.getByTestId('survey-code').getAttribute('data-code'))!;
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(link).toMatch(new RegExp(`/s/${code}$`));
    await expect(card.locator('.survey-code__group')).toHaveText([code.slice(0, 4), code.slice(4)]);
    await card.getByRole('button', { name: /^Link kopiëren/ }).click();
    await expect(card.getByTestId('copy-status')).toHaveText('Link gekopieerd.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // The link's QR code on the page, and the printable poster: its text, and its QR code decoded back to
    // the link byte for byte.
    const qr = card.getByRole('img', { name: `QR-code van de link ${link}` });
    await expect(qr).toBeVisible();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: /^Affiche met QR-code \(PDF\)/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`affiche-vragenlijst-${code}.pdf`);
    const poster = await readPoster(download, test.info().outputPath('poster'));
    for (const text of ['Doe mee aan onze vragenlijst', 'Leraren · Nulmeting', 'Scan de QR-code', `${code.slice(0, 4)} ${code.slice(4)}`, link])
      expect(poster.text).toContain(text);
    expect(poster.decoded).toBe(`${link}\n`);

    // Five respondents, each in their own anonymous phone context; the fifth in English.
    for (let respondent = 1; respondent <= 5; respondent++) {
      const phone = await phoneContext(browser, respondent === 5 ? 'en' : 'nl');
      const mobile = await phone.newPage();
      await mobile.goto(link);
      await pageReady(mobile);
      await expect(mobile.getByRole('navigation')).toHaveCount(0);
      const total = await answerAll(mobile, respondent);
      await expect(mobile.locator('#respond-progress-label')).toHaveText(
        respondent === 5 ? `${total} of ${total} statements answered` : `${total} van ${total} stellingen beantwoord`,
      );
      await mobile.getByRole('button', { name: respondent === 5 ? 'Send answers' : 'Antwoorden versturen' }).click();
      await expect(mobile.getByRole('heading', { level: 1 })).toHaveText(respondent === 5 ? 'Thank you!' : 'Bedankt!');
      await phone.close();

      if (respondent === 4) {
        // Four responses: a count, but no aggregate anywhere in the results.
        await page.reload();
        await pageReady(page);
        await expect(card.getByTestId('survey-responses')).toHaveText('4');
        await expect(card).toContainText('Nog 1 antwoord nodig voor resultaten');
        const four = await teachersInResults(page, ids);
        expect(four.status).toBe(200);
        expect(four).toMatchObject({ shown: false, inCriteria: false, inElements: false });
      }
    }

    await page.reload();
    await pageReady(page);
    await expect(card.getByTestId('survey-responses')).toHaveText('5');
    await expect(card).toContainText('Resultaten worden getoond');
    const five = await teachersInResults(page, ids);
    expect(five).toMatchObject({ status: 200, shown: true, inCriteria: true });
  });

  test('the code form opens the questionnaire, whatever the case, spaces or dashes', async ({ page, browser, playwright, baseURL }) => {
    const ids = await demoSchool(page.request);
    const api = await apiAs(playwright, baseURL!, 'coordinator');
    const survey = await ensureSurvey(api, ids, 'baseline', 'students');
    await api.request.dispose();

    const phone = await phoneContext(browser);
    const mobile = await phone.newPage();
    await mobile.goto('/s');
    await pageReady(mobile);
    await mobile.getByRole('button', { name: 'Vragenlijst openen' }).click();
    const summary = mobile.getByRole('alert');
    await expect(summary).toContainText('Vul de code in die je van je school kreeg.');
    await expect(summary).toBeFocused();

    const typed = `${survey.code.slice(0, 4).toLowerCase()} - ${survey.code.slice(4).toLowerCase()}`;
    await mobile.getByLabel('Code', { exact: true }).fill(typed);
    await mobile.getByRole('button', { name: 'Vragenlijst openen' }).click();
    await expect(mobile).toHaveURL(`/s/${survey.code}`);
    await expect(mobile.getByRole('heading', { level: 1 })).toContainText('Vragenlijst voor leerlingen');

    // Submitting with statements left open lists them, and the list takes the focus. On the phone (one
    // statement per screen) the first is answered and the rest skipped to the last step; the list's first
    // link leads back to the second statement.
    await mobile.locator('fieldset.statement').first().getByRole('radio').first().check();
    await toSendStep(mobile);
    await mobile.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await expect(mobile.getByRole('alert')).toBeFocused();
    await expect(mobile.getByRole('alert').getByRole('link').first()).toContainText('Nog niet beantwoord:');
    await mobile.getByRole('alert').getByRole('link').first().click();
    expect((await currentStep(mobile))[0]).toBe(2);
    await expect(mobile.locator('fieldset.statement').first().getByRole('radio').first()).toBeFocused();
    await expect(mobile.locator('fieldset.statement')).toContainText('Kies een antwoord.');

    // An unknown code.
    await mobile.goto('/s/ZZZZ2222');
    await expect(mobile.getByRole('heading', { level: 1 })).toHaveText('Onbekende code');
    await mobile.getByRole('link', { name: 'Je code opnieuw invullen' }).click();
    await expect(mobile).toHaveURL('/s');
    await phone.close();
  });

  test('a closed survey shows its message, and reopened it works again', async ({ page, browser, playwright, baseURL }) => {
    const ids = await demoSchool(page.request);
    const api = await apiAs(playwright, baseURL!, 'coordinator');
    const survey = await ensureSurvey(api, ids, 'final', 'leaders');

    // The coordinator closes it on the page.
    await page.goto(`/programmes/${ids.programmeId}/schools/${ids.organisationId}/surveys`);
    await pageReady(page);
    const card = page.locator('[data-kind="final"][data-group="leaders"]');
    await card.getByRole('button', { name: /^Sluiten/ }).click();
    await expect(card).toContainText('Gesloten');
    await expect(card.getByRole('button', { name: /^Heropenen/ })).toBeVisible();

    const phone = await phoneContext(browser);
    const mobile = await phone.newPage();
    await mobile.goto(`/s/${survey.code}`);
    await expect(mobile.getByRole('heading', { level: 1 })).toHaveText('Vragenlijst gesloten');
    await expect(mobile.getByText('Deze vragenlijst is gesloten')).toBeVisible();

    await card.getByRole('button', { name: /^Heropenen/ }).click();
    await expect(card).toContainText('Open');
    await mobile.reload();
    await expect(mobile.getByRole('heading', { level: 1 })).toContainText('Vragenlijst voor de schoolleiding');
    await phone.close();
    await api.request.dispose();
  });

  test.describe('as a team member', () => {
    test.use({ storageState: authFile('team_member') });

    test('the surveys page is read-only', async ({ page }) => {
      await useLanguage(page, 'nl');
      const ids = await demoSchool(page.request, 'team_member');
      await page.goto(`/programmes/${ids.programmeId}/schools/${ids.organisationId}/surveys`);
      await pageReady(page);
      await expect(page.getByText('Alleen de coördinator van de school')).toBeVisible();
      await expect(page.getByRole('button', { name: /^(Vragenlijst openen|Sluiten|Heropenen)/ })).toHaveCount(0);
    });
  });
});
