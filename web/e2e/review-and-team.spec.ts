import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { BASE_URL } from './measurement-helpers';
import {
  authFile,
  DEMO_PROGRAMME,
  demoProgrammeId,
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  pageReady,
  phoneContext,
  uniqueDigits,
  useLanguage,
} from './helpers';

// The organiser refuses a registration with a reason; the coordinator manages the school team.

/** Registers the mentor company `company` for programme `id` through the API, as the public form would. */
async function registerMentor(page: Page, id: number, company: string, digits: string): Promise<void> {
  const status = await page.evaluate(
    async ({ id, company, digits }) => {
      const csrf = document.cookie.match(/sk_csrf=([^;]+)/)?.[1] ?? '';
      const response = await fetch(`/api/programmes/${id}/mentor-registrations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: JSON.stringify({
          companyName: company,
          enterpriseNumber: `1${digits.slice(-9)}`,
          sector: 'Bouw',
          province: 'limburg',
          companySize: '1-9',
          contactName: 'Wim Weiger',
          contactFunction: 'Zaakvoerder',
          contactEmail: `weiger.${digits}@bedrijf.example.org`,
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
    { id, company, digits },
  );
  expect(status, company).toBe(201);
}

/** The review queue of programme `id` for the organiser, in Dutch, in a context of its own. */
async function organiserQueue(browser: Browser, id: number, { phone = false } = {}) {
  const context = phone ? await phoneContext(browser, { as: 'organiser' }) : await browser.newContext({ storageState: authFile('organiser') });
  const organiser = await context.newPage();
  await useLanguage(organiser, 'nl');
  await organiser.goto(`/organiser/programmes/${id}/registrations`);
  await pageReady(organiser);
  return { context, organiser };
}

test('the organiser refuses a registration only with a reason, which is then shown', async ({ page, browser }) => {
  const stamp = uniqueDigits(10);
  const company = `Weigerbedrijf ${stamp.slice(-6)}`;
  await useLanguage(page, 'nl');
  const id = await demoProgrammeId(page);
  // Registered through the API, as a visitor would through the form.
  await page.goto('/programmes');
  await pageReady(page);
  await registerMentor(page, id, company, stamp);

  const { context, organiser } = await organiserQueue(browser, id);
  await expect(organiser.getByRole('heading', { level: 1 })).toContainText(DEMO_PROGRAMME);
  await organiser.getByRole('searchbox', { name: 'Zoek een inschrijving' }).fill(company);
  const row = organiser.locator('tbody tr', { has: organiser.getByRole('rowheader', { name: company, exact: true }) });
  await row.getByRole('button', { name: `Weigeren (${company})` }).click();
  const reason = row.getByLabel('Waarom weiger je deze inschrijving?');
  await expect(reason).toBeFocused();
  await row.getByRole('button', { name: 'Inschrijving weigeren' }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(/Vul de reden van de weigering in\./);
  await reason.fill('We zoeken dit jaar mentoren met meer capaciteit.');
  await row.getByRole('button', { name: 'Inschrijving weigeren' }).click();
  await expect(organiser.getByRole('status')).toContainText(`De inschrijving van ${company} is geweigerd`);
  await expect(row).toHaveAttribute('data-status', 'refused');
  await expect(row).toContainText('We zoeken dit jaar mentoren met meer capaciteit.');

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

test('the organiser pages, searches and sorts the registrations on the server; accepting updates the row only', async ({
  page,
  browser,
}) => {
  const stamp = uniqueDigits(10);
  const prefix = `Pagina ${stamp.slice(-5)}`;
  await useLanguage(page, 'nl');
  const id = await demoProgrammeId(page);
  await page.goto('/programmes');
  await pageReady(page);
  // 23 mentor companies "Pagina 12345 01" … "23": more than one page of 20.
  const names = Array.from({ length: 23 }, (_, i) => `${prefix} ${String(i + 1).padStart(2, '0')}`);
  for (const [i, name] of names.entries()) await registerMentor(page, id, name, `${stamp.slice(0, 7)}${String(i).padStart(3, '0')}`);

  const { context, organiser } = await organiserQueue(browser, id, { phone: true });
  const rows = organiser.locator('tbody tr');
  const lists: string[] = [];
  organiser.on('request', (r) => {
    if (r.method() === 'GET' && r.url().includes('/registrations')) lists.push(r.url());
  });

  // Searched on the server, a moment after typing stops.
  const searched = organiser.waitForResponse((r) => r.url().includes(`q=${encodeURIComponent(prefix).replace(/%20/g, '+')}`));
  await organiser.getByRole('searchbox', { name: 'Zoek een inschrijving' }).fill(prefix);
  await searched;
  await expect(organiser.getByText('1–23 van 23')).toBeVisible();
  await organiser.getByLabel('Rijen per pagina').selectOption('20');
  await expect(organiser.getByText('1–20 van 23')).toBeVisible();
  await expect(rows).toHaveCount(20);
  const pages = organiser.getByRole('navigation', { name: "Inschrijvingen: pagina's" });
  await expect(pages).toContainText('Pagina 1 van 2');

  // Sorted by name, descending on the second click, and reached by keyboard.
  const nameHeading = organiser.getByRole('columnheader', { name: /School of bedrijf/ });
  await nameHeading.getByRole('button').focus();
  await organiser.keyboard.press('Enter');
  await expect(nameHeading).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first().getByRole('rowheader')).toHaveText(names[0]!);
  await organiser.keyboard.press('Enter');
  await expect(nameHeading).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first().getByRole('rowheader')).toHaveText(names[22]!);

  // The last page has the rest.
  await pages.getByRole('button', { name: 'Volgende pagina' }).click();
  await expect(organiser.getByText('21–23 van 23')).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(rows.last().getByRole('rowheader')).toHaveText(names[0]!);

  // A row is a table row: its cells side by side (not stacked by another page's styles).
  const cells = await Promise.all([rows.first().getByRole('rowheader').boundingBox(), rows.first().locator('td').first().boundingBox()]);
  expect(Math.abs(cells[0]!.y - cells[1]!.y)).toBeLessThan(2);
  expect(cells[1]!.x).toBeGreaterThan(cells[0]!.x);
  // Sideways scrolling stays inside the table's own region at 390 px.
  await expectNoSidewaysScroll(organiser, 'the registrations');
  await expectNoAxeViolations(organiser);

  // Accepting updates that row and the counts from the answer; the list is not fetched again.
  const pending = organiser.getByLabel('Status').locator('option[value="pending"]');
  const before = Number((await pending.textContent())?.match(/\((\d+)\)/)?.[1]);
  const fetched = lists.length;
  const row = rows.filter({ has: organiser.getByRole('rowheader', { name: names[1], exact: true }) });
  await row.getByRole('button', { name: `Aanvaarden (${names[1]})` }).click();
  await expect(organiser.getByRole('status')).toContainText(`${names[1]} is aanvaard`);
  await expect(row).toHaveAttribute('data-status', 'accepted');
  await expect(pending).toHaveText(`Wacht op beoordeling (${before - 1})`);
  expect(lists.length, 'no new list request after accepting').toBe(fetched);
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
  test('at 390 px the team lists are searched and filtered by role on the server, without sideways scrolling', async ({ browser }) => {
    const context = await phoneContext(browser, { as: 'coordinator', baseURL: BASE_URL, language: 'nl' });
    try {
      const page = await context.newPage();
      await page.goto('/team');
      await pageReady(page);
      const members = page.getByRole('region', { name: 'Teamleden' });
      await expect(members.getByRole('rowheader').first()).toBeVisible();
      await expect(members.locator('#team-members-role option[value="coordinator"]')).toHaveText(/^Schoolcoördinator \(\d+\)$/);
      await members.locator('#team-members-role').selectOption('coordinator');
      await members.getByRole('searchbox', { name: 'Zoeken op naam of e-mailadres' }).fill('COORDINATOR@DEMO');
      await expect(members.locator('tr[data-email="coordinator@demo.stemkompas.be"]')).toBeVisible();
      await expect(members.locator('tbody tr')).toHaveCount(1);
      await expectNoSidewaysScroll(page, 'the team page');
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
