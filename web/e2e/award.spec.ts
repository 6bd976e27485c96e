import { expect, test } from '@playwright/test';
import { DEMO, pageReady, useLanguage } from './helpers';
import { awardProgramme, candidate, descriptors, RUBRIC, scoreAsJury } from './award-helpers';
import { coordinatorContext, demoContext } from './label-helpers';
import { dayFromNow } from './measurement-helpers';
import { testTimes } from './timeouts';

// Issue 8, the award end to end in the browser: the organiser creates the round of a new programme,
// writes the rubric and invites the demo juror; two schools with a submitted final measurement submit
// a candidacy (through the API); the juror scores one in the browser (the other through the API); the
// organiser follows the progress, closes the round, compares the rankings and announces the winner;
// the winning school reads that it won, the other that it did not.

test('round, rubric, jury, scoring, close, results and announcement', async ({ browser }) => {
  test.setTimeout(testTimes(4));
  const programme = await awardProgramme(browser);

  // ---- The organiser sets up the round. ----
  const organiserContext = await demoContext(browser, 'organiser');
  const organiser = await organiserContext.newPage();
  await useLanguage(organiser, 'nl');
  await organiser.goto(`/organiser/programmes/${programme.id}/progress`);
  await pageReady(organiser);
  await organiser.getByRole('navigation', { name: /^Pagina's van/ }).getByRole('link', { name: 'Award' }).click();
  await pageReady(organiser);
  const round = organiser.getByTestId('award-round');
  await round.getByLabel('Kandidaturen vanaf').fill(dayFromNow(-1));
  await round.getByLabel('Kandidaturen tot en met').fill(dayFromNow(30));
  await round.getByLabel('Schaal').selectOption('5');
  await round.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(organiser.getByRole('status').filter({ hasText: 'De awardronde is aangemaakt.' })).toBeVisible();

  const rubric = organiser.getByTestId('award-rubric');
  // An empty rubric is refused field by field before anything is sent.
  await rubric.getByRole('button', { name: 'Beoordelingsrooster bewaren' }).click();
  await expect(rubric.getByRole('alert')).toContainText('Geef criterium 1 een naam.');
  for (const [i, c] of RUBRIC.entries()) {
    await rubric.getByLabel(`Naam van criterium ${i + 1}`).fill(c.name);
    await rubric.getByLabel(`Gewicht van criterium ${i + 1}`).fill(String(c.weight));
    for (const [k, text] of descriptors(c.name, 5).entries()) {
      await rubric.getByLabel(`Criterium ${i + 1}, score ${k + 1}`, { exact: true }).fill(text);
    }
  }
  await rubric.getByRole('button', { name: 'Beoordelingsrooster bewaren' }).click();
  await expect(organiser.getByRole('status').filter({ hasText: 'Het beoordelingsrooster is bewaard.' })).toBeVisible();

  const jurors = organiser.getByTestId('award-jurors');
  await jurors.getByLabel('Naam', { exact: true }).fill('Jules Jury');
  await jurors.getByLabel('E-mailadres', { exact: true }).fill(DEMO.jury);
  await jurors.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(organiser.getByRole('status').filter({ hasText: `(${DEMO.jury}) is uitgenodigd als jurylid.` })).toBeVisible();
  await expect(jurors.getByRole('row', { name: new RegExp(DEMO.jury.replace(/\./g, '\\.')) })).toBeVisible();

  // ---- Two schools submit a candidacy. ----
  const first = await candidate(browser, programme.id, 'Awardschool A');
  const second = await candidate(browser, programme.id, 'Awardschool B');

  // ---- The juror accepts the invitation (joining needs consent), then scores the first school in the browser. ----
  const juryContext = await demoContext(browser, 'jury');
  const jury = await juryContext.newPage();
  await useLanguage(jury, 'nl');
  await jury.goto('/invitations');
  await pageReady(jury);
  const invitation = jury.getByRole('article').filter({ hasText: programme.name });
  await invitation.getByRole('button', { name: /^Aanvaarden / }).click();
  await expect(jury.getByRole('status')).toContainText('Je hebt de uitnodiging aanvaard: je bent nu jurylid');
  await jury.goto('/jury');
  await pageReady(jury);
  const section = jury.getByRole('region', { name: programme.name });
  await expect(section.getByRole('row', { name: new RegExp(first.school.name) })).toContainText('0 van 3 criteria');
  await section.getByRole('link', { name: first.school.name }).click();
  await pageReady(jury);
  await expect(jury.getByRole('heading', { level: 1 })).toContainText(first.school.name);
  const form = jury.getByTestId('score-form');
  await form.getByRole('button', { name: 'Scores bewaren' }).click();
  await expect(form.getByRole('alert')).toContainText(`Kies een score voor ${RUBRIC[0]!.name}.`);
  for (const c of RUBRIC) {
    await form.getByRole('group', { name: `${c.name} (gewicht ${c.weight})` }).getByRole('radio', { name: /^5 –/ }).check();
    await form.getByLabel(`Toelichting bij ${c.name}`).fill(`Overtuigend voor ${c.name.toLowerCase()}.`);
  }
  await expect(form.getByTestId('weighted-total')).toContainText('Gewogen totaal: 5,00 op 5 (3 van 3 criteria gescoord).');
  await form.getByRole('button', { name: 'Scores bewaren' }).click();
  await expect(jury.getByRole('status').filter({ hasText: `Je scores voor ${first.school.name} zijn bewaard.` })).toBeVisible();
  await jury.getByRole('link', { name: 'Jury', exact: true }).first().click();
  await pageReady(jury);
  await expect(
    jury.getByRole('region', { name: programme.name }).getByRole('row', { name: new RegExp(first.school.name) }),
  ).toContainText('Klaar (alle 3 criteria)');
  await scoreAsJury(browser, programme.id, second.candidacyId, 2);

  // ---- The organiser follows the progress, closes, reads the results and announces. ----
  await organiser.reload();
  await pageReady(organiser);
  const matrix = organiser.getByTestId('progress-matrix');
  // One juror: their row says both candidacies are scored completely.
  await expect(matrix.locator('tbody tr')).toHaveCount(1);
  await expect(matrix.locator('tbody tr')).toContainText('Klaar (3/3)Klaar (3/3)2 van 2');
  const progress = organiser.getByTestId('award-progress');
  await progress.getByRole('button', { name: 'Ronde afsluiten' }).click();
  await progress.getByRole('button', { name: 'Ja, afsluiten' }).click();
  await expect(organiser.getByRole('status').filter({ hasText: 'De ronde is afgesloten.' })).toBeVisible();
  const ranking = organiser.getByTestId('ranking');
  await expect(ranking.getByRole('row').nth(1)).toContainText(first.school.name);
  await expect(ranking.getByRole('row', { name: new RegExp(first.school.name) })).toContainText('5,00');
  await expect(organiser.getByRole('link', { name: 'Resultaten als PDF' })).toHaveAttribute('href', /results\.pdf\?lang=nl$/);
  for (const [name, type] of [
    ['Resultaten als PDF', 'application/pdf'],
    ['Resultaten als Excel (XLSX)', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ] as const) {
    const href = await organiser.getByRole('link', { name }).getAttribute('href');
    const file = await organiser.request.get(href!);
    expect(file.status(), name).toBe(200);
    expect(file.headers()['content-type']).toContain(type);
  }
  await organiser.getByRole('checkbox', { name: first.school.name }).check();
  await organiser.getByRole('button', { name: 'Bekendmaken' }).click();
  await organiser.getByRole('button', { name: 'Ja, bekendmaken' }).click();
  await expect(organiser.getByRole('status').filter({ hasText: `De winnaars zijn bekendgemaakt: ${first.school.name}.` })).toBeVisible();
  await expect(organiser.getByTestId('round-status')).toContainText('winnaars bekendgemaakt');
  await organiserContext.close();
  await juryContext.close();

  // ---- The schools read the result (never a score). ----
  for (const [who, text] of [
    [first, 'Gewonnen!'],
    [second, 'Niet gewonnen.'],
  ] as const) {
    const context = await coordinatorContext(browser, who.school);
    const page = await context.newPage();
    await useLanguage(page, 'nl');
    await page.goto(`/programmes/${programme.id}/schools/${who.school.organisationId}/award`);
    await pageReady(page);
    await expect(page.getByTestId('candidacy-result')).toContainText(text);
    await expect(page.getByText('5,00')).toHaveCount(0);
    await context.close();
  }
});
