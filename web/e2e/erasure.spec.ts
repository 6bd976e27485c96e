import { expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, logIn, pageReady, PHONE, phoneContext, setPasswordLinkFromMail, uniqueDigits } from './helpers';
import { caller, coordinatorContext, newSchool } from './label-helpers';
import { BASE_URL } from './measurement-helpers';
import { testTimes } from './timeouts';

// Erasure (issue 20, docs/api.md "Erasure"): a team member asks on /account, the organiser sees the request on
// /organiser/deletion-requests and erases the account; the team member is then signed out and the old address no
// longer logs in. The person erased is made here (a new school in the demo programme whose coordinator invites a
// new team member), so no demo user other specs need is touched. Both pages pass axe in nl and en and fit 390 px.

const PASSWORD = 'een veilig wachtwoord om te wissen';
const REASON = 'Ik verlaat de school.';

const TEXT = {
  nl: {
    section: 'Je account wissen',
    asked: /^Je vroeg op \d{1,2} [a-z]+ \d{4} om je account te wissen\.$/,
    withdraw: 'Vraag intrekken',
    list: 'Vragen om een account te wissen',
    role: 'teamlid',
  },
  en: {
    section: 'Delete your account',
    asked: /^You asked on \d{1,2} [A-Za-z]+ \d{4} to delete your account\.$/,
    withdraw: 'Withdraw request',
    list: 'Requests to delete an account',
    role: 'team member',
  },
} as const;

interface Person {
  name: string;
  email: string;
  school: string;
  /** The team member's signed-in session. */
  state: Awaited<ReturnType<BrowserContext['storageState']>>;
}

/** A new school's coordinator invites a new team member, who chooses a password through the mailed link. */
async function newTeamMember(browser: Browser): Promise<Person> {
  const school = await newSchool(browser, 'Wisschool');
  const stamp = uniqueDigits(6);
  const person = { name: `Wout Wissen ${stamp}`, email: `wissen.${stamp}@school.example.org` };
  const since = Date.now();
  const coordinator = await coordinatorContext(browser, school);
  try {
    const invited = await caller(coordinator.request)('POST', `/api/organisations/${school.organisationId}/invitations`, {
      ...person,
      role: 'team_member',
      teamFunction: 'teacher',
      language: 'nl',
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  } finally {
    await coordinator.close();
  }
  const link = await setPasswordLinkFromMail(person.email, since);
  const token = decodeURIComponent(link.split('#token=')[1] ?? '');
  const member = await browser.newContext({ baseURL: BASE_URL });
  try {
    const set = await caller(member.request)('POST', '/api/auth/set-password', { token, password: PASSWORD });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    return { ...person, school: school.name, state: await member.storageState() };
  } finally {
    await member.close();
  }
}

/** The organiser's list on a phone, in `language`, with the card of `person`. */
async function organiserList(browser: Browser, language: 'nl' | 'en', person: Person) {
  const context = await phoneContext(browser, { as: 'organiser', language });
  const page = await context.newPage();
  await page.goto('/organiser/deletion-requests');
  await pageReady(page);
  await expect(page.getByRole('heading', { level: 1, name: TEXT[language].list })).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: person.name }) });
  await expect(card).toContainText(person.email);
  await expect(card).toContainText(REASON);
  await expect(card).toContainText(`${person.school} (${TEXT[language].role})`);
  return { context, page, card };
}

async function checkPage(page: Page, what: string) {
  await expectNoSidewaysScroll(page, what);
  await expectNoAxeViolations(page);
}

test('a team member asks to be erased, the organiser erases the account, and it no longer logs in', async ({ browser }) => {
  test.setTimeout(testTimes(4));
  const person = await newTeamMember(browser);

  // The team member asks on /account, on a phone.
  const member = await browser.newContext({ ...PHONE, baseURL: BASE_URL, storageState: person.state });
  const mine = await member.newPage();
  await mine.goto('/account');
  await pageReady(mine);
  const section = mine.getByRole('region', { name: TEXT.nl.section });
  await section.getByLabel('Waarom? (niet verplicht)').fill(REASON);
  await section.getByRole('button', { name: 'Vraag om je account te wissen' }).click();
  await expect(section.getByText('Vragen om je account te wissen?')).toBeFocused();
  await section.getByRole('button', { name: 'Ja, vraag het' }).click();
  await expect(section.getByText(TEXT.nl.asked)).toBeVisible();
  await expect(section.getByRole('status')).toContainText('Je vraag is verstuurd.');
  await expect(section.getByRole('button', { name: TEXT.nl.withdraw })).toBeVisible();
  await checkPage(mine, '/account with an open request (nl)');

  // The same page in English.
  const english = await phoneContext(browser, { storageState: person.state, baseURL: BASE_URL, language: 'en' });
  const theirs = await english.newPage();
  await theirs.goto('/account');
  await pageReady(theirs);
  const sectionEn = theirs.getByRole('region', { name: TEXT.en.section });
  await expect(sectionEn.getByText(TEXT.en.asked)).toBeVisible();
  await expect(sectionEn.getByRole('button', { name: TEXT.en.withdraw })).toBeVisible();
  await checkPage(theirs, '/account with an open request (en)');
  await english.close();

  // The organiser's list, in English first (looking only), then in Dutch, where they erase.
  const en = await organiserList(browser, 'en', person);
  await checkPage(en.page, '/organiser/deletion-requests (en)');
  await en.context.close();

  const nl = await organiserList(browser, 'nl', person);
  await checkPage(nl.page, '/organiser/deletion-requests (nl)');
  await nl.card.getByRole('button', { name: `Account wissen (${person.name})` }).click();
  await expect(nl.card.getByText(`Het account van ${person.name} wissen?`)).toBeFocused();
  await nl.card.getByRole('button', { name: 'Ja, account wissen' }).click();
  await expect(nl.page.getByRole('status').filter({ hasText: `Het account van ${person.name} is gewist.` })).toBeVisible();
  await expect(nl.page.getByRole('heading', { level: 3, name: person.name })).toHaveCount(0);
  await expectNoAxeViolations(nl.page);
  await nl.context.close();

  // The team member's page still shows the request; their next step finds them signed out: withdrawing is
  // answered 401, and the page goes to log-in.
  await section.getByRole('button', { name: TEXT.nl.withdraw }).click();
  await section.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(mine).toHaveURL(/\/login\?next=%2Faccount$/);
  await expect(mine.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  // A page load goes to log-in too.
  await mine.goto('/account');
  await expect(mine).toHaveURL(/\/login\?next=%2Faccount$/);

  // The old address and password no longer log in.
  await logIn(mine, person.email, PASSWORD);
  await expect(mine.getByRole('alert')).toBeVisible();
  await expect(mine).toHaveURL(/\/login/);
  const me = await mine.evaluate(async () => (await fetch('/api/me', { headers: { Accept: 'application/json' } })).status);
  expect(me).toBe(401);
  await member.close();
});
