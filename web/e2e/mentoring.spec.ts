import { expect, test } from '@playwright/test';
import { caller, coordinatorContext, demoContext } from './label-helpers';
import { expectNoAxeViolations, expectNoSidewaysScroll, pageReady, phoneContext, useLanguage } from './helpers';
import { BASE_URL, dayFromNow } from './measurement-helpers';
import { apiBase, asCoordinator, asDemo, BRUGGE, goalWithAction, planSchool, schoolBase } from './plan-helpers';
import { testTimes } from './timeouts';

// The organiser runs the matching and confirms it; the demo mentor (Demotech NV, West-Vlaanderen,
// expertise E1 and E6) then finds the school, logs a meeting and comments on a goal; the school sees
// its mentor, the comment and the meeting, and turns the meeting's follow-up into an action.
// The new school is in West-Vlaanderen with its weakest criteria in E1 and E6: it scores 100 with
// Demotech. Other schools' proposed pairs are removed before confirming, so only this spec's pair is
// confirmed.

test('organiser confirms the matching; the mentor logs a meeting and comments; the school sees both', async ({ browser }) => {
  test.setTimeout(testTimes(4));
  const school = await planSchool(browser, 'Mentorschool', BRUGGE);
  const { goal } = await asCoordinator(browser, school, (call) => goalWithAction(call, school, dayFromNow(30)));

  // Organiser: run the proposal in the browser.
  const organiser = await demoContext(browser, 'organiser');
  try {
    const page = await organiser.newPage();
    await page.goto(`/organiser/programmes/${school.programmeId}/matching`);
    await pageReady(page);
    await page.getByRole('button', { name: 'Voorstel berekenen' }).click();
    await expect(page.getByRole('status')).toContainText('Het voorstel is berekend');
    // The pairs are paged on the server: find this spec's school by name (case and accents do not matter).
    await page.getByRole('searchbox', { name: 'Zoek een school of bedrijf' }).fill(school.name.toUpperCase());
    const row = page.locator(`tr[data-school="${school.organisationId}"]`).first();
    await expect(row).toContainText('Demotech NV');
    await expect(row).toContainText('Zelfde provincie (+40)');
    await expect(row).toContainText('Voorgesteld');

    // The company of a pair is chosen by searching, with the keyboard: the current one is marked.
    const box = row.getByRole('combobox', { name: `Mentorbedrijf voor ${school.name}` });
    await box.focus();
    await page.keyboard.type('DEMOT');
    const option = page.getByRole('option', { name: 'Demotech NV (huidig)' });
    await expect(option).toBeVisible();
    await box.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(box).toHaveValue('Demotech NV');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(row.getByRole('button', { name: new RegExp(`^Wijzigen.*${school.name}`) })).toBeDisabled();
    await box.press('Escape');
    await expect(box).toHaveValue('');

    // Leave only this school's proposed pair to confirm (other specs' schools stay unconfirmed).
    const call = caller(organiser.request);
    const matching = await call('GET', `/api/programmes/${school.programmeId}/matching/pairs?status=proposed&size=200`);
    for (const pair of matching.body.pairs as { schoolId: number; status: string }[]) {
      if (pair.status === 'proposed' && Number(pair.schoolId) !== school.organisationId) {
        const removed = await call('DELETE', `/api/programmes/${school.programmeId}/matching/pairs/${pair.schoolId}`);
        expect(removed.status).toBe(204);
      }
    }
    await page.reload();
    await pageReady(page);
    await page.getByRole('button', { name: 'Koppeling bevestigen' }).click();
    await expect(page.locator('.confirm p')).toContainText('Het voorgestelde paar bevestigen?');
    await page.getByRole('button', { name: 'Ja, bevestigen' }).click();
    await expect(page.getByRole('status')).toContainText('1 paar is bevestigd');
    await page.getByRole('searchbox', { name: 'Zoek een school of bedrijf' }).fill(school.name);
    await expect(page.locator(`tr[data-school="${school.organisationId}"]`).first()).toContainText('Bevestigd');
  } finally {
    await organiser.close();
  }

  // Mentor: the school is listed; log a meeting with a follow-up, then comment on the goal.
  const mentor = await demoContext(browser, 'mentor');
  try {
    const page = await mentor.newPage();
    await page.goto('/mentoring');
    await pageReady(page);
    const row = page.locator(`tr[data-school="${school.organisationId}"]`);
    await expect(row).toContainText(school.name);
    await row.getByRole('link', { name: /^Overleglogboek/ }).click();
    await pageReady(page);
    await page.getByRole('button', { name: 'Overleg toevoegen' }).click();
    await page.getByLabel('Aanwezigen').fill('Mehdi Mentor, Lien Label');
    await page.getByLabel('Notities').fill('Kennismaking en eerste ideeën voor bedrijfsbezoeken.');
    await page.getByRole('button', { name: 'Vervolgstap toevoegen' }).click();
    await page.getByLabel('Vervolgstap 1').fill('Bedrijfsbezoek voor het vijfde jaar plannen');
    await page.getByRole('button', { name: 'Overleg opslaan' }).click();
    await expect(page.getByRole('status')).toContainText('Het overleg is vastgelegd.');
    await expect(page.locator('li[data-meeting]')).toContainText('Vastgelegd door de mentor');

    await page.getByRole('link', { name: 'Actieplan' }).click();
    await pageReady(page);
    const goalCard = page.getByRole('article', { name: goal.title });
    await goalCard.getByLabel(`Reageer op “${goal.title}”`).fill('Mooi plan! Ik kan helpen met een bezoek aan onze werkplaats.');
    await goalCard.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await expect(goalCard.locator('.comment')).toContainText('Ik kan helpen met een bezoek aan onze werkplaats.');
    await expect(goalCard.locator('.comment')).toContainText('(mentor)');
    // Read only: no goal or action changes for the mentor.
    await expect(page.getByRole('button', { name: /^Doel wijzigen/ })).toHaveCount(0);
  } finally {
    await mentor.close();
  }

  // School: its mentor, the comment and the meeting; the follow-up becomes an action of the goal.
  const coordinator = await coordinatorContext(browser, school);
  try {
    const page = await coordinator.newPage();
    await page.goto(`${schoolBase(school)}/plan`);
    await pageReady(page);
    await expect(page.getByTestId('mentor-box')).toContainText('Demotech NV');
    await expect(page.getByRole('article', { name: goal.title }).locator('.comment')).toContainText('Mehdi Mentor');
    await page.getByRole('link', { name: 'Overleglogboek' }).click();
    await pageReady(page);
    const meeting = page.locator('li[data-meeting]');
    await expect(meeting).toContainText('Kennismaking en eerste ideeën voor bedrijfsbezoeken.');
    await meeting.getByLabel('Doel voor “Bedrijfsbezoek voor het vijfde jaar plannen”').selectOption(String(goal.id));
    await meeting.getByRole('button', { name: /^Actie maken/ }).click();
    await expect(page.getByRole('status')).toContainText('De vervolgstap is een actie bij');
    await expect(meeting).toContainText(`is een actie bij het doel “${goal.title}”`);
  } finally {
    await coordinator.close();
  }

  // The mentor reached the plan through the confirmed match only.
  await asDemo(browser, 'mentor', async (call) => {
    const plan = await call('GET', `${apiBase(school)}/action-plan`);
    expect(plan.status).toBe(200);
    expect(plan.body.canEdit).toBe(false);
  });
});

test('at 390 px the company search of the matching page fits, opens and is axe-clean', async ({ browser }) => {
  test.setTimeout(testTimes(2));
  const school = await planSchool(browser, 'Smalle matching', BRUGGE);
  const context = await phoneContext(browser, { as: 'organiser', baseURL: BASE_URL });
  try {
    const page = await context.newPage();
    await useLanguage(page, 'nl');
    await page.goto(`/organiser/programmes/${school.programmeId}/matching`);
    await pageReady(page);
    await page.getByRole('searchbox', { name: 'Zoek een school', exact: true }).fill(school.name.toUpperCase());
    const box = page.locator(`tr[data-school="${school.organisationId}"]`).first().getByRole('combobox', { name: `Mentorbedrijf voor ${school.name}` });
    await box.fill('demotech');
    await expect(page.getByRole('listbox', { name: `Mentorbedrijf voor ${school.name}` }).getByRole('option')).not.toHaveCount(0);
    await expectNoSidewaysScroll(page, 'the matching page');
    await expectNoAxeViolations(page);
  } finally {
    await context.close();
  }
});
