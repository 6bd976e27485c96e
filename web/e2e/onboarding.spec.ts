import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import {
  authFile,
  DEMO_PROGRAMME,
  expectNoAxeViolations,
  fetchMe,
  pageReady,
  setPasswordLinkFromMail,
  uniqueDigits,
  useLanguage,
} from './helpers';

// Issue 3 end to end: a visitor registers (school or mentor) on the public programme page, the
// organiser accepts in the review queue, the contact person chooses a password from the e-mailed link
// and lands on a home that shows the programme.

/** The organiser accepts the registration of `name` in the review queue of the demo programme. */
async function organiserAccepts(browser: Browser, name: string, email: string): Promise<void> {
  const context = await browser.newContext({ storageState: authFile('organiser') });
  const page = await context.newPage();
  await useLanguage(page, 'nl');
  await page.goto('/organiser/programmes');
  await pageReady(page);
  await page.getByRole('link', { name: DEMO_PROGRAMME }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Inschrijvingen');
  // Pending registrations come first.
  await expect(page.locator('tbody tr').first()).toHaveAttribute('data-status', 'pending');
  // The list is paged on the server: the registration is found by searching for it.
  await page.getByRole('searchbox', { name: 'Zoek een inschrijving' }).fill(name);
  const row = page.locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(row).toHaveAttribute('data-status', 'pending');
  await row.getByText('Alle ingediende gegevens').click();
  await expect(row).toContainText(email);
  await expectNoAxeViolations(page);
  await row.getByRole('button', { name: `Aanvaarden (${name})` }).click();
  await expect(page.getByRole('status')).toContainText(`${name} is aanvaard`);
  await expect(row).toHaveAttribute('data-status', 'accepted');
  await context.close();
}

/** Follows the invitation link from the mail, chooses a password and returns on the home page. */
async function choosePassword(page: Page, email: string, since: number, name: string): Promise<void> {
  const link = await setPasswordLinkFromMail(email, since);
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom bij STEMkompas');
  await expect(page.getByLabel('E-mailadres')).toHaveValue(email);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een veilig wachtwoord');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een veilig wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${name}`);
}

test('a school registers, the organiser accepts, the coordinator sets a password and sees the programme', async ({
  page,
  browser,
}) => {
  const stamp = uniqueDigits(6);
  const school = `Testschool ${stamp}`;
  const email = `coordinator.${stamp}@school.example.org`;
  // Never the demo school's 123456: an existing instellingsnummer makes the acceptance reuse that school.
  const institutionNumber = stamp === '123456' ? '654321' : stamp;

  await useLanguage(page, 'nl');
  await page.goto('/programmes');
  await pageReady(page);
  await page.getByRole('link', { name: DEMO_PROGRAMME }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_PROGRAMME);
  const baseline = page.locator('tr[data-phase="baseline"]');
  await expect(baseline).toContainText('Nulmeting');
  // The demo's dates follow the day it was loaded (app/demo.h): read them from the API.
  const programmeId = /\/programmes\/(\d+)/.exec(page.url())![1];
  const shown = await page.request.get(`/api/programmes/${programmeId}`);
  const phase = ((await shown.json()).phases as { kind: string; opensOn: string; closesOn: string }[]).find((p) => p.kind === 'baseline')!;
  const longDate = (day: string) =>
    new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  await expect(baseline).toContainText(longDate(phase.opensOn));
  await expect(baseline).toContainText(longDate(phase.closesOn));
  await page.getByRole('link', { name: 'Schrijf je school in' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je school inschrijven');
  await page.getByLabel('Naam van de school').fill(school);
  await page.getByLabel('Instellingsnummer').fill(institutionNumber);
  await page.getByLabel('Straat en huisnummer').fill('Schoolstraat 12');
  await page.getByLabel('Postcode').fill('8500');
  await page.getByLabel('Gemeente').fill('Kortrijk');
  await page.getByLabel('Provincie').selectOption('west-vlaanderen');
  await page.getByLabel('Onderwijsnet').selectOption('go');
  await page.getByLabel('Onderwijsniveau').selectOption('secondary');
  await page.getByLabel('Aantal leerlingen').fill('480');
  await page.getByLabel('Naam', { exact: true }).fill('Sofie Schoolmans');
  await page.getByLabel('Functie').fill('STEM-coördinator');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Telefoonnummer').fill('056 12 34 56');
  await page.getByLabel('Hoe heb je van dit programma gehoord?').selectOption('colleague');
  await page.getByLabel('Ik ga akkoord dat mijn gegevens zo gebruikt worden.').check();
  // The honeypot is out of reach: not focusable, hidden from assistive technology.
  await expect(page.locator('#website')).not.toBeVisible();
  await expect(page.locator('#website')).toHaveValue('');
  const since = Date.now();
  await page.getByRole('button', { name: 'School inschrijven' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je inschrijving');
  await expect(page.getByRole('status')).toContainText(email);
  await expectNoAxeViolations(page);

  await organiserAccepts(browser, school, email);
  await choosePassword(page, email, since, 'Sofie Schoolmans');

  const mine = page.getByRole('region', { name: "Mijn programma's" });
  await expect(mine).toContainText(DEMO_PROGRAMME);
  await expect(mine).toContainText('Schoolcoördinator');
  await expect(page.locator('section[data-role="coordinator"]')).toContainText(school);
  const me = await fetchMe(page);
  expect(me.body.programmes.map((p: { name: string }) => p.name)).toContain(DEMO_PROGRAMME);

  // The coordinator's way on: the team page of the new school, with themselves as coordinator.
  await mine.getByRole('link', { name: 'Mijn team beheren' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(school);
  await expect(page.getByRole('row', { name: /Sofie Schoolmans/ })).toContainText('Schoolcoördinator');
  await expectNoAxeViolations(page);
});

test('a mentor registers, the organiser accepts, the mentor sets a password and sees the programme', async ({
  page,
  browser,
}) => {
  const stamp = uniqueDigits(10);
  const company = `Testbedrijf ${stamp.slice(-6)}`;
  const email = `mentor.${stamp}@bedrijf.example.org`;
  const enterpriseNumber = `0${stamp.slice(-9)}`.replace(/^(\d{4})(\d{3})(\d{3})$/, '$1.$2.$3');

  await useLanguage(page, 'nl');
  await page.goto('/programmes');
  await pageReady(page);
  await page.getByRole('link', { name: DEMO_PROGRAMME }).click();
  await page.getByRole('link', { name: 'Schrijf je in als mentor' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inschrijven als mentor');

  await page.getByLabel('Naam van het bedrijf').fill(company);
  await page.getByLabel('Ondernemingsnummer').fill(enterpriseNumber);
  await page.getByLabel('Sector').fill('Chemie');
  await page.getByLabel('Provincie van de vestiging').selectOption('antwerpen');
  await page.getByLabel('Grootte van het bedrijf').selectOption('50-249');
  await page.getByLabel('Naam', { exact: true }).fill('Mehdi Mentor');
  await page.getByLabel('Functie').fill('Procesingenieur');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Telefoonnummer').fill('03 123 45 67');
  const expertise = page.getByRole('group', { name: 'Sleutelelementen waarin je een school kunt begeleiden' });
  await expect(expertise.getByRole('checkbox')).toHaveCount(7);
  await expertise.getByRole('checkbox').nth(0).check();
  await expertise.getByRole('checkbox').nth(5).check();
  await page.getByLabel('Hoeveel scholen kun je begeleiden?').fill('2');
  await page.getByLabel('Ik ga akkoord dat mijn gegevens zo gebruikt worden.').check();
  const since = Date.now();
  await page.getByRole('button', { name: 'Inschrijven als mentor' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je inschrijving');

  await organiserAccepts(browser, company, email);
  await choosePassword(page, email, since, 'Mehdi Mentor');

  const mine = page.getByRole('region', { name: "Mijn programma's" });
  await expect(mine).toContainText(DEMO_PROGRAMME);
  await expect(page.locator('section[data-role="mentor"]')).toContainText(company);
  await expectNoAxeViolations(page);
});

test('the registration forms show an error per field, from the browser and from the server', async ({ page }) => {
  await useLanguage(page, 'nl');
  await page.goto('/programmes');
  await pageReady(page);
  await page.getByRole('link', { name: DEMO_PROGRAMME }).click();
  await page.getByRole('link', { name: 'Schrijf je school in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je school inschrijven');

  // Empty: the browser's required checks, one message per field, linked to the field.
  await page.getByRole('button', { name: 'School inschrijven' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Vul de naam van de school in.');
  await expect(alert).toContainText('Kies de provincie.');
  await expect(page.getByLabel('Naam van de school')).toHaveAccessibleDescription('Vul de naam van de school in.');
  await expect(page.getByLabel('Provincie')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await alert.getByRole('link', { name: 'Vul het instellingsnummer in.' }).click();
  await expect(page.getByLabel('Instellingsnummer')).toBeFocused();

  // Filled in, but with a wrong instellingsnummer and postcode: the server's messages on those fields.
  await page.getByLabel('Naam van de school').fill('Foutenschool');
  await page.getByLabel('Instellingsnummer').fill('12a45');
  await page.getByLabel('Straat en huisnummer').fill('Schoolstraat 1');
  await page.getByLabel('Postcode').fill('999');
  await page.getByLabel('Gemeente').fill('Gent');
  await page.getByLabel('Provincie').selectOption('oost-vlaanderen');
  await page.getByLabel('Onderwijsnet').selectOption('ovsg');
  await page.getByLabel('Onderwijsniveau').selectOption('primary');
  await page.getByLabel('Aantal leerlingen').fill('120');
  await page.getByLabel('Naam', { exact: true }).fill('Fien Fout');
  await page.getByLabel('Functie').fill('Directeur');
  await page.getByLabel('E-mailadres').fill(`fout.${uniqueDigits(8)}@school.example.org`);
  await page.getByLabel('Telefoonnummer').fill('09 000 00 00');
  await page.getByLabel('Hoe heb je van dit programma gehoord?').selectOption('other');
  await page.getByLabel('Hoe dan?').fill('Op de radio');
  await page.getByLabel('Ik ga akkoord dat mijn gegevens zo gebruikt worden.').check();
  const answer = page.waitForResponse((r) => r.url().endsWith('/school-registrations'));
  await page.getByRole('button', { name: 'School inschrijven' }).click();
  const response = await answer;
  expect(response.status()).toBe(400);
  const fields = (await response.json()).error.fields as Record<string, string>;
  expect(Object.keys(fields).sort()).toEqual(['institutionNumber', 'postcode']);
  await expect(page.getByLabel('Instellingsnummer')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Instellingsnummer')).toHaveAccessibleDescription(
    `6 cijfers, zoals op de documenten van het Departement Onderwijs (bv. 012345). ${fields.institutionNumber}`,
  );
  await expect(page.getByLabel('Postcode')).toHaveAccessibleDescription(fields.postcode!);
  await expect(page.getByLabel('Naam van de school')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(alert).toContainText(fields.postcode!);
  await expectNoAxeViolations(page);
});
