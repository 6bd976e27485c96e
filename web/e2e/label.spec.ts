import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pageReady, useLanguage } from './helpers';
import { coordinatorContext, demoContext, labelPath, newSchool, submittedBaseline } from './label-helpers';
import { BASE_URL } from './measurement-helpers';
import { testTimes } from './timeouts';

// Issue 5, the reviewed label end to end in the browser: the coordinator of a new school applies
// with its submitted baseline; the organiser assigns reviewer@demo with a due date; the reviewer
// opens the application from the board, reviews every criterion and decides with another label than
// the proposal (which needs a reason); the coordinator reads the decision and the feedback and
// downloads the certificate (a PDF); a visitor verifies the code; with the school's consent it
// appears on the public showcase.

test('apply, assign, review, decide, certificate, verify and showcase', async ({ browser }) => {
  test.setTimeout(testTimes(8));
  const school = await newSchool(browser);
  // Competent everywhere except the first two criteria: the proposal is Competent.
  const evidence = {
    fileTitle: `Beleidsplan ${school.name}`,
    pdf: '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n',
    linkTitle: `Website ${school.name}`,
    url: 'https://example.org/stem-beleid',
  };
  const { criteria } = await submittedBaseline(browser, school, (i) => (i < 2 ? 'proficient' : 'competent'), evidence);

  // ---- The coordinator applies from the home page. ----
  const coordinator = await coordinatorContext(browser, school);
  const page = await coordinator.newPage();
  await useLanguage(page, 'nl');
  await page.goto('/');
  await pageReady(page);
  await page.getByTestId('my-programmes').getByRole('link', { name: 'STEM-label' }).click();
  await pageReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(school.name);
  const apply = page.getByRole('region', { name: 'Het label aanvragen' });
  await expect(apply.getByRole('radio', { name: 'Nulmeting (ingediend)' })).toBeChecked();
  await apply.getByRole('button', { name: 'Label aanvragen' }).click();
  await expect(apply.getByText('Het label aanvragen met de nulmeting?')).toBeVisible();
  await apply.getByRole('button', { name: 'Ja, aanvragen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De aanvraag is ingediend.' })).toBeVisible();
  const open = page.getByTestId('open-application');
  await expect(open.getByTestId('application-status')).toHaveText('Ingediend, wacht op een beoordelaar');

  // ---- The organiser assigns the reviewer. ----
  const organiserContext = await demoContext(browser, 'organiser');
  const organiser = await organiserContext.newPage();
  await useLanguage(organiser, 'nl');
  await organiser.goto(`/organiser/programmes/${school.programmeId}/progress`);
  await pageReady(organiser);
  await organiser.getByRole('navigation', { name: /^Pagina's van/ }).getByRole('link', { name: 'Labelaanvragen' }).click();
  await pageReady(organiser);
  const row = organiser.getByRole('row', { name: new RegExp(school.name) });
  await expect(row).toContainText('Ingediend, wacht op een beoordelaar');
  await row.getByRole('button', { name: `Beoordelaar toewijzen (${school.name})` }).click();
  const form = organiser.getByRole('region', { name: `Beoordelaar toewijzen: ${school.name}` });
  await form.getByLabel('Beoordelaar').selectOption({ label: 'Rita Reviewer' });
  await form.getByLabel('Beoordeling klaar tegen').fill('2027-01-15');
  await form.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(organiser.getByRole('status')).toContainText(`De aanvraag van ${school.name} is toegewezen aan Rita Reviewer`);
  await expect(row).toContainText('In beoordeling');
  await expect(row).toContainText('Rita Reviewer');
  // The list is paged and searched on the server: the search finds the school, the status filter counts it.
  await organiser.getByLabel('Zoek een school').fill(school.name);
  await organiser.getByLabel('Zoek een school').press('Enter');
  await expect(organiser.getByTestId('applications-table').getByRole('row')).toHaveCount(2);
  await expect(organiser.getByLabel('Status', { exact: true })).toContainText('In beoordeling (1)');
  await organiser.getByLabel('Status', { exact: true }).selectOption('submitted');
  await expect(organiser.getByText('Geen aanvraag past bij deze filters.')).toBeVisible();
  await organiserContext.close();

  // ---- The reviewer reviews every criterion and decides. ----
  const reviewerContext = await demoContext(browser, 'reviewer');
  const reviewer = await reviewerContext.newPage();
  await useLanguage(reviewer, 'nl');
  await reviewer.goto('/');
  await pageReady(reviewer);
  await reviewer.locator('section[data-role="reviewer"]').getByRole('link', { name: 'Naar je beoordelingen' }).click();
  await pageReady(reviewer);
  await reviewer.getByRole('link', { name: school.name }).first().click();
  await pageReady(reviewer);
  await expect(reviewer.getByRole('heading', { level: 1 })).toContainText(school.name);
  await expect(reviewer.getByTestId('proposal')).toContainText(`Nog ${criteria.length} te gaan`);

  for (const [index, criterionId] of criteria.entries()) {
    const article = reviewer.locator(`article[data-criterion="${criterionId}"]`);
    await expect(article.getByTestId(`school-level-${criterionId}`)).toHaveText(index < 2 ? 'Proficient' : 'Competent');
    await expect(article).toContainText(`Toelichting bij ${criterionId}.`);
    if (index === 0) {
      // The school's evidence, as frozen in the application: the file opens from the snapshot, the link as given.
      const fileLink = article.getByRole('link', { name: new RegExp(evidence.fileTitle) });
      await expect(fileLink).toHaveAttribute('target', '_blank');
      const file = await reviewer.request.get((await fileLink.getAttribute('href'))!);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toBe('application/pdf');
      expect(await file.text()).toBe(evidence.pdf);
      await expect(article.getByRole('link', { name: new RegExp(evidence.linkTitle) })).toHaveAttribute('href', evidence.url);
    }
    // Accept one level lower for the first criterion: the accepted levels decide, not the school's own.
    await article.getByRole('radio', { name: /^Competent/ }).check();
    await article.getByRole('textbox').fill(`Feedback van de reviewer bij ${criterionId}.`);
    await article.getByRole('button', { name: /^Beoordeling bewaren/ }).click();
    await expect(article.getByRole('status')).toHaveText('Bewaard.');
  }
  await expect(reviewer.getByTestId('review-progress')).toHaveText(
    `${criteria.length} van de ${criteria.length} criteria hebben een aanvaard niveau.`,
  );
  const proposal = reviewer.getByTestId('proposal');
  await expect(proposal).toContainText('De aanvaarde niveaus geven het label: Competent.');
  await expect(proposal).toContainText('Voor Proficient');

  const decision = reviewer.getByRole('region', { name: 'Beslissing' });
  await expect(decision.getByRole('radio', { name: 'Competent (voorstel)' })).toBeChecked();
  await decision.getByRole('radio', { name: 'Proficient', exact: true }).check();
  await decision.getByRole('button', { name: 'Beslissen' }).click();
  // Another label than the proposal needs a reason.
  await expect(reviewer.getByRole('alert')).toContainText('Leg uit waarom je afwijkt van het voorstel.');
  const reason = decision.getByLabel('Waarom wijk je af van het voorstel?');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await reason.fill('Het bewijs bij de eerste criteria toont dat de school al verder staat dan het voorstel.');
  await decision.getByRole('button', { name: 'Beslissen' }).click();
  await expect(decision.locator('.confirm p[tabindex="-1"]')).toBeFocused();
  await expect(decision.locator('.confirm')).toContainText('Beslissen: Proficient?');
  await decision.getByRole('button', { name: 'Ja, beslissen' }).click();
  await expect(reviewer.getByTestId('decision')).toContainText('Label Proficient behaald');
  const code = (await reviewer.getByTestId('certificate-code').textContent())!.trim();
  expect(code.length).toBeGreaterThan(3);
  await expect(reviewer.getByRole('button', { name: /^Beoordeling bewaren/ })).toHaveCount(0);

  // On the board it is done.
  await reviewer.goto('/reviews');
  await pageReady(reviewer);
  await expect(reviewer.locator('section[data-column="done"]')).toContainText(school.name);
  await reviewerContext.close();

  // ---- The coordinator reads the decision and downloads the certificate. ----
  await page.goto(labelPath(school));
  await pageReady(page);
  const decided = page.getByTestId('latest-decision');
  await expect(decided).toContainText('Label Proficient behaald');
  await expect(decided).toContainText('Het bewijs bij de eerste criteria toont');
  await expect(decided.getByTestId('certificate-code')).toHaveText(code);
  const feedbackRow = decided.getByTestId('feedback-table').locator(`tr[data-criterion="${criteria[0]}"]`);
  await expect(feedbackRow).toContainText('Proficient');
  await expect(feedbackRow).toContainText('Competent (anders dan jullie niveau)');
  await expect(feedbackRow).toContainText(`Feedback van de reviewer bij ${criteria[0]}.`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    decided.getByRole('link', { name: 'Certificaat downloaden (PDF)' }).click(),
  ]);
  const file = readFileSync((await download.path())!);
  expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(file.length).toBeGreaterThan(1000);

  // ---- Showcase consent. ----
  const consent = page.getByLabel('Toon onze school op de etalage zolang ons label geldig is');
  await expect(consent).not.toBeChecked();
  await consent.check();
  await expect(page.getByRole('status')).toContainText('Jullie school mag op de etalage verschijnen.');
  await page.reload();
  await pageReady(page);
  await expect(page.getByLabel('Toon onze school op de etalage zolang ons label geldig is')).toBeChecked();
  await coordinator.close();

  // ---- A visitor verifies the code and finds the school on the showcase. ----
  const visitorContext = await browser.newContext({ baseURL: BASE_URL });
  const visitor = await visitorContext.newPage();
  await useLanguage(visitor, 'nl');
  await visitor.goto('/verify');
  await pageReady(visitor);
  await visitor.getByLabel('Verificatiecode').fill(` ${code.toLowerCase()} `);
  await visitor.getByRole('button', { name: 'Controleren' }).click();
  await expect(visitor).toHaveURL(new RegExp(`/verify/${code}$`));
  const verdict = visitor.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'valid');
  await expect(verdict).toContainText('Echt en geldig');
  await expect(verdict).toContainText(school.name);
  await expect(verdict).toContainText('Proficient');

  await visitor.goto('/verify/ZZZZ2222');
  await expect(visitor.getByTestId('verdict')).toHaveAttribute('data-verdict', 'unknown');
  await expect(visitor.getByTestId('verdict')).toContainText('Onbekende code');

  await visitor.goto('/showcase');
  await pageReady(visitor);
  await visitor.getByLabel('Provincie').selectOption(school.province);
  await visitor.getByLabel('Label', { exact: true }).selectOption('proficient');
  await visitor.getByLabel('Zoek een school').fill(school.name);
  await visitor.getByRole('button', { name: 'Toepassen' }).click();
  await expect(visitor).toHaveURL(/province=limburg/);
  await expect(visitor).toHaveURL(/q=/);
  await expect(visitor.getByTestId('showcase-count')).toHaveText('1 school gevonden.');
  const card = visitor.locator('li.showcase-school', { has: visitor.getByRole('heading', { name: school.name }) });
  await expect(card).toContainText(`${school.municipality}, Limburg`);
  await card.getByRole('link', { name: `Certificaat controleren (${school.name})` }).click();
  await expect(visitor.getByTestId('verdict')).toHaveAttribute('data-verdict', 'valid');
  await visitorContext.close();
});
