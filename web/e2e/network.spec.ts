import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { makePdf } from './evidence-helpers';
import { authFile, DEMO, mailMatch, pageReady, uniqueDigits } from './helpers';
import type { DemoRole } from './helpers';
import { asDemo, brusselsAt, demoProgramme, newSession } from './network-helpers';
import { testTimes } from './timeouts';

// The learning network in the browser: the organiser forms a working group from the proposal and plans a
// session; the mentor and the coordinator fill its two places, a team member lands on the waiting list and
// moves up when the coordinator cancels (and is mailed); after the session the organiser marks attendance
// and publishes a report that the coordinator reads, attaches a file to it that the coordinator downloads
// byte for byte, and removes it. The organiser also adds a company to a group, renames it, and deletes a
// session after confirming.

test.describe.configure({ mode: 'serial', timeout: testTimes(2) });

let programmeId = 0;
let sessionId = 0;
const stamp = uniqueDigits(5);
const sessionTitle = `Groeisessie ${stamp}`;

async function pageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role) });
  return context.newPage();
}

test.beforeAll(async ({ browser }) => {
  programmeId = await demoProgramme(browser);
});

test('the organiser creates a working group from the proposal', async ({ browser }) => {
  const page = await pageAs(browser, 'organiser');
  try {
    await page.goto(`/organiser/programmes/${programmeId}/working-groups`);
    await pageReady(page);
    await page.getByRole('button', { name: 'Voorstel maken' }).click();
    const draft = page.getByRole('group', { name: 'Voorgestelde werkgroep 1' });
    await expect(draft).toBeVisible();
    // The demo school Ter Duinen submitted its baseline: it is placed in one of the themes.
    await expect(page.getByRole('checkbox', { name: 'Demoschool Ter Duinen' })).toBeChecked();
    const title = `Werkgroep ${stamp}`;
    await draft.getByLabel('Naam van de werkgroep').fill(title);
    await draft.getByRole('button', { name: /^Werkgroep aanmaken/ }).click();
    await draft.getByRole('link', { name: `Naar de werkgroep "${title}"` }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId('group-status')).toHaveText('Open');
  } finally {
    await page.context().close();
  }
});

test('the organiser plans a session with two places', async ({ browser }) => {
  const page = await pageAs(browser, 'organiser');
  try {
    await page.goto(`/programmes/${programmeId}/sessions`);
    await pageReady(page);
    await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
    await page.getByLabel('Soort sessie').selectOption('growth');
    await page.getByLabel('Titel', { exact: true }).fill(sessionTitle);
    const start = brusselsAt(21, '14:00');
    await page.getByLabel('Datum').fill(start.slice(0, 10));
    await page.getByLabel('Begint om').fill('14:00');
    await page.getByLabel('Eindigt om').fill('16:30');
    await page.getByLabel('Locatie').fill('Aula Sint-Lucas');
    await page.getByLabel('Aantal plaatsen').fill('2');
    await page.getByRole('button', { name: 'Sessie aanmaken' }).click();
    await expect(page.getByText(`Sessie "${sessionTitle}" aangemaakt.`)).toBeVisible();
    const card = page.locator('li.session-card', { has: page.getByRole('heading', { name: sessionTitle }) });
    await expect(card).toContainText('0 van 2 plaatsen bezet');
    const href = await card.getByRole('link', { name: sessionTitle, exact: true }).getAttribute('href');
    sessionId = Number(href!.split('/').pop());
    expect(sessionId).toBeGreaterThan(0);
  } finally {
    await page.context().close();
  }
});

async function registerOn(browser: Browser, role: DemoRole, button: RegExp, expectText: RegExp): Promise<void> {
  const page = await pageAs(browser, role);
  try {
    await page.goto(`/sessions/${sessionId}`);
    await pageReady(page);
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByTestId('registration')).toContainText(expectText);
  } finally {
    await page.context().close();
  }
}

test('the mentor and the coordinator register, a team member is waitlisted and promoted', async ({ browser }) => {
  expect(sessionId, 'the session of the previous test').toBeGreaterThan(0);
  await registerOn(browser, 'mentor', /^Inschrijven$/, /Je bent ingeschreven/);
  await registerOn(browser, 'coordinator', /^Inschrijven$/, /Je bent ingeschreven/);
  await registerOn(browser, 'team_member', /^Op de wachtlijst$/, /plaats 1 van de wachtlijst/);

  const since = Date.now();
  await registerOn(browser, 'coordinator', /^Uitschrijven$/, /Je bent uitgeschreven/);
  await mailMatch(DEMO.team_member, since, new RegExp(`/sessions/${sessionId}\\b`));

  const page = await pageAs(browser, 'team_member');
  try {
    await page.goto(`/sessions/${sessionId}`);
    await pageReady(page);
    await expect(page.getByTestId('registration')).toContainText('Ingeschreven');
    await expect(page.getByRole('button', { name: 'Uitschrijven' })).toBeVisible();
    await expect(page.getByRole('link', { name: /In mijn agenda zetten/ })).toHaveAttribute('href', `/api/sessions/${sessionId}.ics`);
  } finally {
    await page.context().close();
  }
});

test('after the session the organiser marks attendance and publishes a report the coordinator reads', async ({ browser }) => {
  expect(sessionId, 'the session of the previous test').toBeGreaterThan(0);
  // The session took place yesterday (attendance opens at the start).
  await asDemo(browser, 'organiser', async (call) => {
    const moved = await call('PATCH', `/api/sessions/${sessionId}`, { startsAt: brusselsAt(-1, '14:00'), endsAt: brusselsAt(-1, '16:30') });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  });

  const organiser = await pageAs(browser, 'organiser');
  try {
    await organiser.goto(`/sessions/${sessionId}`);
    await pageReady(organiser);
    const participants = organiser.getByTestId('participants');
    // Paged and searched on the server; a tick is saved at once for that row.
    await participants.getByLabel('Zoek een deelnemer').fill('Mehdi');
    await participants.getByLabel('Zoek een deelnemer').press('Enter');
    await expect(participants.getByRole('row')).toHaveCount(2);
    await participants.getByRole('checkbox', { name: 'Mehdi Mentor was aanwezig' }).click();
    await expect(participants.getByRole('checkbox', { name: 'Mehdi Mentor was aanwezig' })).toBeChecked();
    await expect(participants.getByText('Aanwezigheden opgeslagen.')).toBeVisible();
    await expect(participants.getByText('Aanwezig gemarkeerd: 1.', { exact: false })).toBeVisible();
    await organiser.reload();
    await pageReady(organiser);
    await expect(participants.getByRole('checkbox', { name: 'Mehdi Mentor was aanwezig' })).toBeChecked();

    const editor = organiser.getByTestId('report-editor');
    await editor.getByLabel('Verslag', { exact: true }).fill(`## Terugblik ${stamp}\nWe deelden **drie** goede praktijken.\n\n- actieplan\n- lessenreeks`);
    await editor.getByLabel('Verslag publiceren voor de deelnemers').check();
    await editor.getByRole('button', { name: 'Verslag opslaan' }).click();
    await expect(editor.getByText('Verslag gepubliceerd.')).toBeVisible();
  } finally {
    await organiser.context().close();
  }

  const coordinator = await pageAs(browser, 'coordinator');
  try {
    await coordinator.goto(`/sessions/${sessionId}`);
    await pageReady(coordinator);
    const report = coordinator.getByTestId('report');
    await expect(report.getByRole('heading', { name: `Terugblik ${stamp}` })).toBeVisible();
    await expect(report.locator('strong')).toHaveText('drie');
    await expect(report.getByRole('listitem')).toHaveCount(2);
    await expect(coordinator.getByTestId('participants')).toHaveCount(0);
  } finally {
    await coordinator.context().close();
  }
});

test('the organiser attaches a file to the report, the coordinator downloads the same bytes, the organiser removes it', async ({ browser }) => {
  expect(sessionId, 'the session of the previous tests').toBeGreaterThan(0);
  const pdf = makePdf(`Bijlage ${stamp}`);
  const fileName = `presentatie ${stamp}.pdf`;

  const organiser = await pageAs(browser, 'organiser');
  try {
    await organiser.goto(`/sessions/${sessionId}`);
    await pageReady(organiser);
    const editor = organiser.getByTestId('report-editor');
    await expect(editor.getByText('Nog geen bijlagen.')).toBeVisible();
    await editor.getByLabel('Bestand toevoegen').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
    await editor.getByRole('button', { name: 'Bijlage opladen' }).click();
    await expect(editor.getByText(`Bijlage ${fileName} toegevoegd.`)).toBeVisible();
    await expect(editor.getByRole('link', { name: fileName })).toBeVisible();
  } finally {
    await organiser.context().close();
  }

  const coordinator = await pageAs(browser, 'coordinator');
  try {
    await coordinator.goto(`/sessions/${sessionId}`);
    await pageReady(coordinator);
    const report = coordinator.getByTestId('report');
    const [download] = await Promise.all([coordinator.waitForEvent('download'), report.getByRole('link', { name: fileName }).click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    expect(readFileSync((await download.path())!).equals(pdf), 'the downloaded bytes are the uploaded ones').toBe(true);
  } finally {
    await coordinator.context().close();
  }

  const again = await pageAs(browser, 'organiser');
  try {
    await again.goto(`/sessions/${sessionId}`);
    await pageReady(again);
    const editor = again.getByTestId('report-editor');
    await editor.getByRole('button', { name: `Verwijderen ${fileName}` }).click();
    await expect(editor.getByText(`Bijlage ${fileName} verwijderd.`)).toBeVisible();
    await expect(editor.getByText('Nog geen bijlagen.')).toBeVisible();
  } finally {
    await again.context().close();
  }
});

test('the organiser adds a company of the programme to a working group and renames it', async ({ browser }) => {
  const title = `Lege werkgroep ${stamp}`;
  const groupId = await asDemo(browser, 'organiser', async (call) => {
    const group = await call('POST', `/api/programmes/${programmeId}/working-groups`, { title, criterionIds: ['C01'], schoolIds: [], companyIds: [] });
    expect(group.status, JSON.stringify(group.body)).toBe(201);
    return Number(group.body.id);
  });
  const page = await pageAs(browser, 'organiser');
  try {
    await page.goto(`/working-groups/${groupId}`);
    await pageReady(page);
    await expect(page.getByText('Deze werkgroep heeft nog geen leden.')).toBeVisible();
    await page.getByLabel('Bedrijf toevoegen').selectOption({ label: 'Demotech NV' });
    await page.getByRole('button', { name: /^Toevoegen\s+Bedrijf$/ }).click();
    await expect(page.getByText('Lid toegevoegd.')).toBeVisible();
    const row = page.locator('tr[data-member="Demotech NV"]');
    await expect(row).toContainText('Bedrijf');
    // A member is no longer offered.
    await expect(page.getByLabel('Bedrijf toevoegen')).toHaveCount(0);

    const renamed = `Werkgroep met bedrijf ${stamp}`;
    await page.getByLabel(/^Naam van de werkgroep/).fill('   ');
    await page.getByRole('button', { name: 'Naam wijzigen' }).click();
    await expect(page.getByText('Geef de werkgroep een naam.')).toBeVisible();
    await page.getByLabel(/^Naam van de werkgroep/).fill(renamed);
    await page.getByRole('button', { name: 'Naam wijzigen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
    await expect(page.getByText(`De werkgroep heet nu "${renamed}".`)).toBeVisible();
    await page.reload();
    await pageReady(page);
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
    await expect(page.locator('tr[data-member="Demotech NV"]')).toBeVisible();
  } finally {
    await page.context().close();
  }
});

test('the organiser deletes a session after confirming', async ({ browser }) => {
  const title = `Te schrappen sessie ${stamp}`;
  const id = await newSession(browser, programmeId, { title });
  const page = await pageAs(browser, 'organiser');
  try {
    await page.goto(`/sessions/${id}`);
    await pageReady(page);
    await page.getByRole('button', { name: 'Sessie verwijderen' }).click();
    await expect(page.getByText(`De sessie "${title}" verwijderen`)).toBeFocused();
    await page.getByRole('button', { name: 'Annuleren', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('button', { name: 'Sessie verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(page).toHaveURL(new RegExp(`/programmes/${programmeId}/sessions$`));
    await expect(page.getByText(`Sessie "${title}" verwijderd.`)).toBeVisible();
    await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
    const gone = await page.request.get(`/api/sessions/${id}`);
    expect(gone.status()).toBe(404);
  } finally {
    await page.context().close();
  }
});
