import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, mailMatch, pageReady, phoneContext, useLanguage, watchCsp } from './helpers';
import { caller, coordinatorContext, newSchool } from './label-helpers';
import { BASE_URL } from './measurement-helpers';
import { testTimes } from './timeouts';

// Joining needs consent (issue 16): a coordinator invites someone who already has an account into
// their school. Until that person accepts, the team page shows only the address typed (never the
// account's name) and they have no access to the school; they see the invitation on their home page,
// accept it on /invitations (on a phone-sized screen, by keyboard), and then belong to the school.
// Both people are coordinators of schools this spec registers, so no demo account changes.

test('an existing user accepts an invitation into a school, and only then joins it', async ({ browser }) => {
  test.setTimeout(testTimes(5));
  const inviting = await newSchool(browser, 'Uitnodigende school');
  const invited = await newSchool(browser, 'Andere school');
  // The account's own name, which the inviter must not see before acceptance.
  const invitedName = invited.coordinatorEmail.replace(/^label\.(\d+)\..*$/, 'Lien Label $1');

  // ---- The coordinator invites the address, typing a name of their own. ----
  const coordinatorContextA = await coordinatorContext(browser, inviting);
  const coordinator = await coordinatorContextA.newPage();
  const cspA = watchCsp(coordinator);
  await useLanguage(coordinator, 'nl');
  await coordinator.goto('/team');
  await pageReady(coordinator);
  await expect(coordinator.getByRole('heading', { level: 1 })).toContainText(inviting.name);
  const since = Date.now();
  const form = coordinator.getByRole('region', { name: 'Iemand uitnodigen' });
  await form.getByLabel('Naam').fill('Getypte Naam');
  await form.getByLabel('E-mailadres').fill(invited.coordinatorEmail);
  await form.getByLabel('Rol').selectOption('team_member');
  await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(coordinator.getByRole('status')).toContainText(`Getypte Naam is uitgenodigd; de e-mail gaat naar ${invited.coordinatorEmail}.`);

  // Only the address, as an open invitation; not a member, and nowhere the account's name.
  const invitations = coordinator.getByRole('heading', { level: 2, name: 'Openstaande uitnodigingen' }).locator('xpath=..');
  await expect(invitations.getByRole('rowheader', { name: invited.coordinatorEmail })).toBeVisible();
  const members = coordinator.getByRole('heading', { level: 2, name: 'Teamleden' }).locator('xpath=..');
  await expect(members).not.toContainText(invited.coordinatorEmail);
  await expect(coordinator.locator('main')).not.toContainText(invitedName);
  await expectNoAxeViolations(coordinator);

  // The mail asks them to sign in and accept; it sets no password.
  const mail = await mailMatch(invited.coordinatorEmail, since, /\S+\/invitations\b/, 'with the link to accept');
  expect(mail.mail).not.toContain('set-password');

  // ---- The invited person, on a phone, before accepting: no access to the school. ----
  const invitedContext = await phoneContext(browser, { storageState: invited.coordinatorState, baseURL: BASE_URL });
  const page = await invitedContext.newPage();
  const cspB = watchCsp(page);
  await useLanguage(page, 'nl');
  const call = caller(invitedContext.request);
  expect((await call('GET', `/api/organisations/${inviting.organisationId}`)).status).toBe(403);

  await page.goto('/');
  await pageReady(page);
  const pointer = page.getByText('Je hebt 1 uitnodiging die op je antwoord wacht.');
  await expect(pointer).toBeVisible();
  await page.getByRole('link', { name: 'Bekijk je uitnodigingen' }).click();
  await pageReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitnodigingen');
  const card = page.getByRole('article', { name: new RegExp(inviting.name) });
  await expect(card).toContainText('Teamlid');
  await expect(card).toContainText(`Lien Label ${inviting.coordinatorEmail.replace(/^label\.(\d+)\..*$/, '$1')}`);
  await expectNoSidewaysScroll(page, 'the invitations page');
  await expectNoAxeViolations(page);

  // In English too, then back.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations');
  await expect(card.getByRole('button', { name: `Accept (${inviting.name})` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitnodigingen');

  // Declining asks first (and scans clean); Cancel goes back.
  await card.getByRole('button', { name: `Weigeren (${inviting.name})` }).click();
  await expect(card.getByRole('button', { name: 'Ja, weigeren' })).toBeFocused();
  await expectNoAxeViolations(page);
  await card.getByRole('button', { name: 'Annuleren' }).click();

  // ---- Accept by keyboard. ----
  const accept = card.getByRole('button', { name: `Aanvaarden (${inviting.name})` });
  await accept.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(`Je hebt de uitnodiging aanvaard: je bent nu teamlid bij ${inviting.name}.`);
  await expect(page.getByText('Je hebt geen uitnodigingen die op je antwoord wachten.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Now a member: the school is theirs to open, and their home page lists it.
  expect((await call('GET', `/api/organisations/${inviting.organisationId}`)).status).toBe(200);
  await page.getByRole('link', { name: 'Naar je startpagina' }).click();
  await pageReady(page);
  await expect(page.locator('section[data-role="team_member"]')).toContainText(inviting.name);
  await expect(page.getByText(/uitnodiging die op je antwoord wacht/)).toHaveCount(0);

  // ---- The coordinator now sees a member, by name; the invitation is gone. ----
  await coordinator.reload();
  await pageReady(coordinator);
  await expect(members.getByRole('rowheader', { name: invitedName })).toBeVisible();
  await expect(invitations).toContainText('Er zijn geen openstaande uitnodigingen.');

  expect(cspA, 'Content-Security-Policy violations').toEqual([]);
  expect(cspB, 'Content-Security-Policy violations').toEqual([]);
  await invitedContext.close();
  await coordinatorContextA.close();
});
