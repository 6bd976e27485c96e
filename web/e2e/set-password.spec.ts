import { expect, test } from '@playwright/test';
import { authFile, expectNoAxeViolations, fetchMe, pageReady, setPasswordLinkFromMail, useLanguage } from './helpers';

// The one-time links of invitations and password resets, read from the e-mails the server writes.
// A new account is invited for this, so the demo accounts (whose saved sessions the other tests use)
// keep their sessions: a new password ends every other session of an account.

const NEW_USER = `nieuw.teamlid.${Date.now()}@demo.stemkompas.be`;

test('an invited team member chooses a password, and later resets it', async ({ page, playwright, baseURL }) => {
  // The coordinator invites a team member to the school (through the API).
  const coordinator = await playwright.request.newContext({ baseURL, storageState: authFile('coordinator') });
  const me = await (await coordinator.get('/api/me')).json();
  const school = me.memberships.find((m: { role: string }) => m.role === 'coordinator');
  const csrf = (await coordinator.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value ?? '';
  const sentAt = Date.now();
  const invited = await coordinator.post(`/api/organisations/${school.organisationId}/invitations`, {
    data: { email: NEW_USER, name: 'Nele Nieuw', role: 'team_member', language: 'nl' },
    headers: { 'X-CSRF-Token': csrf },
  });
  expect(invited.status()).toBe(201);
  await coordinator.dispose();

  // The invitation link opens the set-password page for an invitation.
  const inviteLink = await setPasswordLinkFromMail(NEW_USER, sentAt);
  await useLanguage(page, 'nl');
  await page.goto(inviteLink.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom bij STEMkompas');
  await expect(page.getByText(/Dag Nele Nieuw, je bent uitgenodigd/)).toBeVisible();
  await expect(page.getByLabel('E-mailadres')).toHaveValue(NEW_USER);
  await expectNoAxeViolations(page);

  // Too short, then not the same: errors per field.
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(page.getByRole('alert')).toContainText('Kies een wachtwoord van minstens 10 tekens.');
  await expect(page.getByLabel('Nieuw wachtwoord', { exact: true })).toHaveAccessibleDescription(
    /Kies een wachtwoord van minstens 10 tekens\./,
  );
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lang genoeg wachtwoord');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een ander wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(page.getByRole('alert')).toContainText('De twee wachtwoorden zijn niet gelijk.');
  await expectNoAxeViolations(page);

  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een lang genoeg wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();

  // Signed in, on the home page of a team member of the school.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Nele Nieuw');
  await expect(page.locator('section[data-role="team_member"]')).toContainText(school.organisationName);
  expect((await fetchMe(page)).body.user.email).toBe(NEW_USER);

  // The link works only once.
  await page.goto(inviteLink.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet');

  // Log out, forget the password, reset it in English.
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('button', { name: 'Afmelden' }).click();
  // Signed out once the log-in page shows: the app re-renders when the sign-out answers, which would
  // empty a form filled in before.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmelden');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot your password');
  const resetAt = Date.now();
  await page.getByLabel('E-mail address').fill(NEW_USER);
  await expect(page.getByLabel('E-mail address')).toHaveValue(NEW_USER);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your mailbox');

  const resetLink = await setPasswordLinkFromMail(NEW_USER, resetAt);
  expect(resetLink).not.toBe(inviteLink);
  await page.goto(resetLink.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
  await expectNoAxeViolations(page);
  await page.getByLabel('New password', { exact: true }).fill('nog een nieuw wachtwoord');
  await page.getByLabel('Repeat the new password').fill('nog een nieuw wachtwoord');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Nele Nieuw');
});
