import { expect, test } from '@playwright/test';
import { coordinatorContext } from './label-helpers';
import { pageReady, watchCsp } from './helpers';
import { dayFromNow } from './measurement-helpers';
import { planSchool, schoolBase } from './plan-helpers';
import { testTimes } from './timeouts';

// The coordinator of a new school with a submitted baseline accepts a proposal of the action plan
// (changing the pre-filled goal), edits the goal, adds an action and completes it. Everything is done
// in the browser; the page is loaded again at the end to see that it was stored.

test('the coordinator turns a proposal into a goal, edits it, adds an action and completes it', async ({ browser }) => {
  test.setTimeout(testTimes(3));
  const school = await planSchool(browser, 'Planschool');
  const context = await coordinatorContext(browser, school);
  const page = await context.newPage();
  const csp = watchCsp(page);
  try {
    await page.goto(`${schoolBase(school)}/plan`);
    await pageReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(school.name);

    // The first proposal is a criterion of E1 that blocks the next label level.
    const proposal = page.locator('li[data-proposal]').first();
    await expect(proposal).toContainText('Nu: Nog niet. Doel: Competent.');
    await expect(proposal).toContainText('Dit criterium houdt het volgende labelniveau tegen.');
    const criterionId = await proposal.getAttribute('data-proposal');
    expect(criterionId).toBe(school.criteria[0]);
    await proposal.getByRole('button', { name: /^Overnemen als doel/ }).click();
    const title = proposal.getByLabel('Doel', { exact: true });
    await expect(title).not.toHaveValue('');
    await expect(proposal.getByLabel('Beoogd niveau')).toHaveValue('competent');
    await title.fill('Elke leerling kiest mee');
    await proposal.getByLabel('Succesindicator').fill('In elke klas drie keuzeopdrachten per trimester.');
    await proposal.getByRole('button', { name: 'Doel opslaan' }).click();
    await expect(page.getByRole('status')).toContainText('Het doel “Elke leerling kiest mee” is toegevoegd.');
    await expect(page.locator(`li[data-proposal="${criterionId}"]`)).toHaveCount(0);

    // Edit the goal: a second criterion, a timeframe and the status.
    const goal = page.getByRole('article', { name: 'Elke leerling kiest mee' });
    await goal.getByRole('button', { name: /^Doel wijzigen/ }).click();
    await goal.getByLabel('Einde', { exact: true }).fill(dayFromNow(200));
    await goal.getByLabel('Start', { exact: true }).fill(dayFromNow(1));
    await goal.getByLabel('Status', { exact: true }).selectOption('in_progress');
    await goal.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByRole('status')).toContainText('Het doel “Elke leerling kiest mee” is opgeslagen.');
    await expect(goal.locator('.status-tag')).toHaveText('Bezig');
    await expect(goal).toContainText('In elke klas drie keuzeopdrachten per trimester.');

    // Add an action and complete it.
    await goal.getByRole('button', { name: /^Actie toevoegen/ }).click();
    await goal.getByLabel('Actie', { exact: true }).fill('Voorbeelden van keuzeopdrachten verzamelen');
    await goal.getByLabel('Deadline').fill(dayFromNow(14));
    await goal.getByRole('button', { name: 'Actie opslaan' }).click();
    await expect(page.getByRole('status')).toContainText('is toegevoegd');
    const status = goal.getByLabel('Status van Voorbeelden van keuzeopdrachten verzamelen');
    await expect(status).toHaveValue('todo');
    await expect(goal.getByText('Voortgang: 0%')).toBeVisible();
    await status.selectOption('done');
    await expect(page.getByRole('status')).toContainText('staat nu op Klaar');
    await expect(goal.getByText('Voortgang: 100%')).toBeVisible();

    // Stored: after a new load the goal, its action and the history are there.
    await page.reload();
    await pageReady(page);
    const stored = page.getByRole('article', { name: 'Elke leerling kiest mee' });
    await expect(stored.getByLabel('Status van Voorbeelden van keuzeopdrachten verzamelen')).toHaveValue('done');
    await expect(page.getByText('Voortgang van het plan: 100%')).toBeVisible();
    await page.getByRole('button', { name: 'Geschiedenis tonen' }).click();
    await expect(page.getByRole('table', { name: 'Geschiedenis' })).toContainText('Actie gewijzigd: Voorbeelden van keuzeopdrachten verzamelen');
    expect(csp, 'Content-Security-Policy violations').toEqual([]);
  } finally {
    await context.close();
  }
});
