import { expect, test } from '@playwright/test';
import { authFile, DEMO_PROGRAMME, demoProgrammeId, pageReady, uniqueDigits, useLanguage } from './helpers';

// The organiser refuses a registration with a reason; the coordinator manages the school team.

test('the organiser refuses a registration only with a reason, which is then shown', async ({ page, browser }) => {
  const stamp = uniqueDigits(10);
  const company = `Weigerbedrijf ${stamp.slice(-6)}`;
  await useLanguage(page, 'nl');
  const id = await demoProgrammeId(page);
  // Registered through the API, as a visitor would through the form.
  await page.goto('/programmes');
  await pageReady(page);
  const registered = await page.evaluate(
    async ({ id, company, stamp }) => {
      const csrf = document.cookie.match(/sk_csrf=([^;]+)/)?.[1] ?? '';
      const response = await fetch(`/api/programmes/${id}/mentor-registrations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: JSON.stringify({
          companyName: company,
          enterpriseNumber: `1${stamp.slice(-9)}`,
          sector: 'Bouw',
          province: 'limburg',
          companySize: '1-9',
          contactName: 'Wim Weiger',
          contactFunction: 'Zaakvoerder',
          contactEmail: `weiger.${stamp}@bedrijf.example.org`,
          contactPhone: '011 12 34 56',
          expertise: ['E2'],
          capacity: 1,
          consent: true,
          language: 'nl',
          website: '',
        }),
      });
      return response.status;
    },
    { id, company, stamp },
  );
  expect(registered).toBe(201);

  const context = await browser.newContext({ storageState: authFile('organiser') });
  const organiser = await context.newPage();
  await useLanguage(organiser, 'nl');
  await organiser.goto(`/organiser/programmes/${id}/registrations`);
  await pageReady(organiser);
  await expect(organiser.getByRole('heading', { level: 1 })).toContainText(DEMO_PROGRAMME);
  const card = organiser.locator('article', { has: organiser.getByRole('heading', { level: 2, name: company }) });
  await card.getByRole('button', { name: `Weigeren (${company})` }).click();
  const reason = card.getByLabel('Waarom weiger je deze inschrijving?');
  await expect(reason).toBeFocused();
  await card.getByRole('button', { name: 'Inschrijving weigeren' }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(/Vul de reden van de weigering in\./);
  await reason.fill('We zoeken dit jaar mentoren met meer capaciteit.');
  await card.getByRole('button', { name: 'Inschrijving weigeren' }).click();
  await expect(organiser.getByRole('status')).toContainText(`De inschrijving van ${company} is geweigerd`);
  await expect(card).toHaveAttribute('data-status', 'refused');
  await expect(card).toContainText('We zoeken dit jaar mentoren met meer capaciteit.');

  // The audit log records it.
  await organiser.getByRole('navigation', { name: /^Pagina's van/ }).getByRole('link', { name: 'Logboek' }).click();
  await pageReady(organiser);
  await expect(organiser.getByRole('table')).toContainText('registration.refuse');
  // Filtered by who did it: the organiser is offered by name.
  await organiser.getByLabel('Door').selectOption({ label: 'Olivia Organisator' });
  await organiser.getByRole('button', { name: 'Toepassen' }).click();
  await pageReady(organiser);
  await expect(organiser).toHaveURL(/actor=\d+/);
  await expect(organiser.getByRole('table')).toContainText('registration.refuse');
  await context.close();
});

test.describe('the coordinator', () => {
  test.use({ storageState: authFile('coordinator') });

  test('invites a team member with a function, resends and revokes the invitation', async ({ page }) => {
    const stamp = uniqueDigits(8);
    const email = `team.${stamp}@school.example.org`;
    const name = `Tina Team ${stamp.slice(-4)}`;
    await useLanguage(page, 'nl');
    await page.goto('/');
    await pageReady(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn team' }).click();
    await pageReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Demoschool Sint-Lucas');

    const invite = page.getByRole('region', { name: 'Iemand uitnodigen' });
    await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(invite.getByRole('alert')).toContainText('Vul de naam in.');
    await invite.getByLabel('Naam').fill(name);
    await invite.getByLabel('E-mailadres').fill(email);
    await invite.getByLabel('Rol').selectOption('team_member');
    await invite.getByLabel('Functie').selectOption('teacher');
    await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(page.getByRole('status')).toContainText(`${name} is uitgenodigd`);

    // An invitation, not a member: listed by the address typed, with the function chosen.
    const invitations = page.getByRole('region', { name: 'Openstaande uitnodigingen' }).first();
    const row = page.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) });
    await expect(row).toContainText('Leraar');
    await expect(row).not.toContainText(name);
    await expect(invitations).toContainText(email);
    await row.getByRole('button', { name: `Opnieuw uitnodigen (${email})` }).click();
    await expect(page.getByRole('status')).toContainText(`Er is een nieuwe uitnodiging gestuurd naar ${email}`);

    await row.getByRole('button', { name: `Uitnodiging intrekken (${email})` }).click();
    await expect(row).toContainText(`De uitnodiging voor ${email} intrekken?`);
    await row.getByRole('button', { name: 'Ja, intrekken' }).click();
    await expect(page.getByRole('status')).toContainText(`De uitnodiging voor ${email} is ingetrokken.`);
    await expect(page.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) })).toHaveCount(0);
  });
});
