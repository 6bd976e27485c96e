import { expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  DEMO,
  DEMO_PROGRAMME,
  PASSWORD,
  pageReady,
  phoneContext,
  sidewaysOverflow,
  smallTargets,
  uniqueDigits,
  watchApi,
} from './helpers';
import type { DemoRole } from './helpers';
import { toSendStep } from './survey-helpers';
import { awardProgramme, candidate, openRoundWithDemoJuror } from './award-helpers';
import { caller, decidedApplication, demoContext, newSchool, submittedBaseline } from './label-helpers';
import type { LabelSchool } from './label-helpers';
import { openBaseline } from './measurement-helpers';
import { brusselsAt, newSession } from './network-helpers';
import { testTimes } from './timeouts';

// Every page state on a phone (390 × 844, touch, mobile viewport), in nl and in en, for every demo
// role and for a visitor: the document may be no wider than the viewport (WCAG 1.4.10, reflow), and
// on the log-in, survey and measurement pages every touch target is at least 44 × 44 px (2.5.5).
//
// Fast by design: the saved sign-ins of auth.setup.ts (no log-in per page), one browser context per
// role and language, the pages of a role visited one after the other in one test, and the tests of
// this file spread over the workers. A failure names the page, the language, who looked and the
// element sticking out furthest; all pages of a role are visited before the test fails, so one run
// lists every page that needs a fix.

test.describe.configure({ mode: 'parallel' });

type Language = 'nl' | 'en';
const LANGUAGES: Language[] = ['nl', 'en'];

/** One state of a page: where it is, what to do there first, and whether its touch targets count. */
interface State {
  name: string;
  path: string;
  prepare?: (page: Page) => Promise<void>;
  /** Also check the 44 × 44 px touch targets (the log-in, survey and measurement pages). */
  targets?: boolean;
}

/** The ids the paths need, read from the demo data (and a little made for this spec) on this worker's server. */
interface Ids {
  programme: number;
  /** Demoschool Sint-Lucas: the demo coordinator's and team member's school (baseline open). */
  school: number;
  /** Demoschool Ter Duinen: baseline submitted with survey answers, a plan, and the demo mentor. */
  duinen: number;
  session: number;
  group: number;
}

const NOT_FOUND = '/bestaat-niet';

/** A demo survey code of Ter Duinen (app/demo_results.cpp): the pupils' questionnaire. */
const SURVEY_CODE = 'DNSTDN27';

// A word longer than a phone is wide, an address and a URL: what the pages must wrap rather than widen.
const LONG_WORD = 'Wetenschapstechnologieingenieurswiskundeonderwijsvernieuwingsnamiddag';
const LONG_MAIL = 'wetenschapstechnologie.coordinatie.secundair@heel-lange-schoolnaam.example.org';
const LONG_URL = 'https://example.org/stem/wetenschap-technologie-engineering-wiskunde/een-heel-lang-pad/zonder/spaties';

let made: Ids | null = null;

/**
 * The ids, once per worker (its server has the demo data), with what this spec adds there: a session
 * and a working group whose names, address and link are longer than a phone is wide.
 */
async function ids(browser: Browser): Promise<Ids> {
  if (made) return made;
  const organiser = await demoContext(browser, 'organiser');
  const coordinator = await demoContext(browser, 'coordinator');
  const mentor = await demoContext(browser, 'mentor');
  try {
    const asOrganiser = caller(organiser.request);
    const me = await caller(coordinator.request)('GET', '/api/me');
    const mine = (me.body.programmes as { id: number; name: string; organisationId: number }[]).find((p) => p.name === DEMO_PROGRAMME);
    expect(mine, 'the demo coordinator takes part in the demo programme').toBeTruthy();
    const mentoring = await caller(mentor.request)('GET', '/api/mentoring');
    const duinen = (mentoring.body.schools as { organisationId: number; name: string }[]).find((s) => s.name.includes('Ter Duinen'));
    expect(duinen, 'the demo mentor is matched to Ter Duinen').toBeTruthy();
    const programme = Number(mine!.id);
    const school = Number(mine!.organisationId);
    // The demo school's baseline as the measurement specs leave it: open for 60 more days and started,
    // so its editor with the level rows is on the page (starting again changes nothing).
    await openBaseline(browser);
    const stamp = uniqueDigits(5);
    const group = await asOrganiser('POST', `/api/programmes/${programme}/working-groups`, {
      title: `Smalle werkgroep ${stamp} ${LONG_WORD}`,
      description: `Contact: ${LONG_MAIL} en ${LONG_URL}`,
      criterionIds: ['C01'],
      schoolIds: [school],
      companyIds: [],
    });
    expect(group.status, JSON.stringify(group.body)).toBe(201);
    const session = await newSession(browser, programme, {
      title: `Smalle sessie ${stamp} ${LONG_WORD}`,
      description: `Vragen aan ${LONG_MAIL}; de presentatie staat op ${LONG_URL}.`,
      venueName: LONG_WORD,
      startsAt: brusselsAt(21, '13:30'),
      endsAt: brusselsAt(21, '16:00'),
    });
    made = { programme, school, duinen: Number(duinen!.organisationId), session, group: Number(group.body.id) };
    return made;
  } finally {
    await organiser.close();
    await coordinator.close();
    await mentor.close();
  }
}

/** Submits the page's (first) form empty and waits for its error summary. */
async function submitEmpty(page: Page): Promise<void> {
  await page.locator('main form').first().locator('button[type="submit"]').first().click();
  await expect(page.locator('.error-summary, main [role="alert"]').first()).toBeVisible();
}

/** The operator's /operator/people with the demo mentor found: name, address and the download. */
async function findDemoMentor(page: Page): Promise<void> {
  await page.locator('#person-email').fill(DEMO.mentor);
  await page.locator('main form button[type="submit"]').click();
  await expect(page.getByRole('link', { name: /^(Gegevens downloaden|Download the data) \(ZIP\)$/ })).toBeVisible();
}

/** The questionnaire on a phone: through every statement unanswered to the send step, then send. */
async function sendUnanswered(page: Page): Promise<void> {
  await toSendStep(page);
  await submitEmpty(page);
}

/** Opens the main menu (the disclosure button of a narrow screen). */
async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Menu', exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#app-menu')).toBeVisible();
}

/** The first link on the page whose address matches, as a state named `name`; none when there is none. */
async function linked(page: Page, from: string, pattern: RegExp, name: string): Promise<State[]> {
  await page.goto(from);
  await pageReady(page);
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(h));
  return href ? [{ name, path: href }] : [];
}

const school = (i: Ids, org: number, rest: string) => `/programmes/${i.programme}/schools/${org}/${rest}`;

/** The pages of a school, as whoever looks at them (the coordinator, a team member, the organiser, the mentor). */
function schoolPages(i: Ids, org: number, who: string, targets = false): State[] {
  return [
    { name: `baseline measurement (${who})`, path: school(i, org, 'measurements/baseline'), targets },
    { name: `final measurement (${who})`, path: school(i, org, 'measurements/final'), targets },
    { name: `results (${who})`, path: school(i, org, 'results?kind=baseline') },
    { name: `surveys (${who})`, path: school(i, org, 'surveys') },
    { name: `evidence (${who})`, path: `/schools/${org}/evidence` },
    { name: `label (${who})`, path: school(i, org, 'label') },
    { name: `action plan (${who})`, path: school(i, org, 'plan') },
    { name: `meetings (${who})`, path: school(i, org, 'meetings') },
    { name: `award (${who})`, path: school(i, org, 'award') },
  ];
}

/** The pages of the network every participant sees. */
function networkPages(i: Ids): State[] {
  return [
    { name: 'group report', path: `/programmes/${i.programme}/group-report` },
    { name: 'sessions', path: `/programmes/${i.programme}/sessions` },
    { name: 'session', path: `/sessions/${i.session}` },
    { name: 'working group', path: `/working-groups/${i.group}` },
    { name: 'resources', path: '/resources' },
    { name: 'programme page', path: `/programmes/${i.programme}` },
  ];
}

const home: State[] = [
  { name: 'home', path: '/' },
  { name: 'home with the menu open', path: '/', prepare: openMenu },
];

/** Who looks, with which session, and the states to visit (some found on the pages themselves). */
interface Visitor {
  who: string;
  session: DemoRole | 'visitor' | 'duinen';
  states: (i: Ids, page: Page) => Promise<State[]>;
}

const VISITORS: Visitor[] = [
  {
    who: 'visitor',
    session: 'visitor',
    states: async (i) => [
      { name: 'log-in', path: '/login', targets: true },
      { name: 'log-in with errors', path: '/login', prepare: submitEmpty, targets: true },
      { name: 'log-in with the menu open', path: '/login', prepare: openMenu, targets: true },
      { name: 'start (signed out)', path: '/' },
      { name: 'forgot password', path: '/forgot-password' },
      { name: 'forgot password with errors', path: '/forgot-password', prepare: submitEmpty },
      { name: 'set password without a token', path: '/set-password' },
      { name: 'set password with an invalid token', path: '/set-password#token=ongeldig-token' },
      { name: 'framework', path: '/framework' },
      { name: 'programmes', path: '/programmes' },
      { name: 'programme page', path: `/programmes/${i.programme}` },
      { name: 'school registration', path: `/programmes/${i.programme}/register-school` },
      { name: 'school registration with errors', path: `/programmes/${i.programme}/register-school`, prepare: submitEmpty },
      { name: 'mentor registration', path: `/programmes/${i.programme}/register-mentor` },
      { name: 'mentor registration with errors', path: `/programmes/${i.programme}/register-mentor`, prepare: submitEmpty },
      { name: 'showcase', path: '/showcase' },
      { name: 'showcase filtered', path: '/showcase?province=limburg&label=competent' },
      { name: 'verify', path: '/verify' },
      { name: 'verify with errors', path: '/verify', prepare: submitEmpty },
      { name: 'verify an unknown code', path: '/verify/ZZZZ2222' },
      { name: 'ask us', path: '/ask' },
      { name: 'ask us with errors', path: '/ask', prepare: submitEmpty },
      { name: 'playbook', path: '/playbook' },
      { name: 'playbook with errors', path: '/playbook', prepare: submitEmpty },
      { name: 'privacy', path: '/privacy' },
      { name: 'page not found', path: NOT_FOUND },
      { name: 'survey code form', path: '/s', targets: true },
      { name: 'survey code form with errors', path: '/s', prepare: submitEmpty, targets: true },
      { name: 'questionnaire', path: `/s/${SURVEY_CODE}`, targets: true },
      // On a phone one statement per screen: the check-and-send step lists what is unanswered.
      { name: 'questionnaire with unanswered statements', path: `/s/${SURVEY_CODE}`, prepare: sendUnanswered, targets: true },
      { name: 'survey thank-you page', path: `/s/${SURVEY_CODE}/done`, targets: true },
      { name: 'unknown survey code', path: '/s/ZZZZ2222', targets: true },
    ],
  },
  {
    who: 'organiser',
    session: 'organiser',
    states: async (i, page) => [
      ...home,
      { name: 'my programmes', path: '/organiser/programmes' },
      { name: 'new programme', path: '/organiser/programmes/new' },
      { name: 'new programme with errors', path: '/organiser/programmes/new', prepare: submitEmpty },
      { name: 'programme settings', path: `/organiser/programmes/${i.programme}/edit` },
      { name: 'registrations', path: `/organiser/programmes/${i.programme}/registrations` },
      { name: 'progress', path: `/organiser/programmes/${i.programme}/progress` },
      { name: 'import', path: `/organiser/programmes/${i.programme}/import` },
      { name: 'import preview', path: `/organiser/programmes/${i.programme}/import`, prepare: importPreview },
      { name: 'audit log', path: `/organiser/programmes/${i.programme}/audit` },
      { name: 'label applications', path: `/organiser/programmes/${i.programme}/label` },
      { name: 'mentor matching', path: `/organiser/programmes/${i.programme}/matching` },
      { name: 'award', path: `/organiser/programmes/${i.programme}/award` },
      { name: 'working groups', path: `/organiser/programmes/${i.programme}/working-groups` },
      { name: 'questions', path: '/organiser/questions' },
      ...(await linked(page, '/organiser/questions', /^\/organiser\/questions\/\d+$/, 'a question')),
      { name: 'requests to delete an account', path: '/organiser/deletion-requests' },
      { name: 'undelivered e-mails', path: '/organiser/undelivered-mail' },
      ...networkPages(i),
      ...schoolPages(i, i.duinen, 'organiser'),
      { name: 'evidence of Sint-Lucas (organiser)', path: `/schools/${i.school}/evidence` },
      ...(await linked(page, `/organiser/programmes/${i.programme}/label`, /^\/reviews\/\d+$/, 'a label review (organiser)')),
    ],
  },
  {
    who: 'coordinator',
    session: 'coordinator',
    states: async (i) => [
      ...home,
      { name: 'team', path: '/team' },
      { name: 'my account', path: '/account' },
      ...networkPages(i),
      ...schoolPages(i, i.school, 'coordinator', true),
    ],
  },
  {
    who: 'team member',
    session: 'team_member',
    states: async (i) => [...home, ...schoolPages(i, i.school, 'team member', true), { name: 'resources', path: '/resources' }],
  },
  {
    who: 'coordinator of Ter Duinen',
    session: 'duinen',
    states: async (i) => [...home, { name: 'team', path: '/team' }, ...schoolPages(i, i.duinen, 'Ter Duinen', true)],
  },
  {
    who: 'mentor',
    session: 'mentor',
    states: async (i) => [
      ...home,
      { name: 'my schools', path: '/mentoring' },
      { name: 'my account', path: '/account' },
      { name: 'action plan (mentor)', path: school(i, i.duinen, 'plan') },
      { name: 'meetings (mentor)', path: school(i, i.duinen, 'meetings') },
      { name: 'results (mentor)', path: school(i, i.duinen, 'results?kind=baseline') },
      { name: 'baseline measurement (mentor)', path: school(i, i.duinen, 'measurements/baseline'), targets: true },
      { name: 'sessions', path: `/programmes/${i.programme}/sessions` },
      { name: 'resources', path: '/resources' },
    ],
  },
  {
    who: 'reviewer',
    session: 'reviewer',
    states: async (_i, page) => [...home, { name: 'reviews', path: '/reviews' }, ...(await linked(page, '/reviews', /^\/reviews\/\d+$/, 'a review'))],
  },
  {
    who: 'jury member',
    session: 'jury',
    states: async (_i, page) => [
      ...home,
      { name: 'award rounds', path: '/jury' },
      ...(await linked(page, '/jury', /^\/jury\/programmes\/\d+\/candidates\/\d+$/, 'a candidacy to judge')),
      ...(await linked(page, '/jury', /^\/jury\/programmes\/\d+\/results$/, 'jury results')),
    ],
  },
  {
    who: 'operator',
    session: 'operator',
    states: async () => [
      ...home,
      { name: 'organisations', path: '/operator' },
      { name: 'security log', path: '/operator/security-log' },
      { name: "a person's data", path: '/operator/people' },
      { name: "a person's data, found", path: '/operator/people', prepare: findDemoMentor },
      { name: 'requests to delete an account', path: '/operator/deletion-requests' },
      { name: 'undelivered e-mails', path: '/operator/undelivered-mail' },
      { name: 'my account', path: '/account' },
    ],
  },
];

/** A CSV preview with an error row (the import page's widest table). */
async function importPreview(page: Page): Promise<void> {
  const csv =
    'naam;instellingsnummer;straat;postcode;gemeente;provincie;onderwijsnet;niveau;leerlingen;contactpersoon;e-mail\n' +
    `Smalle school;987650;Dorp 1;3500;Hasselt;limburg;go;primary;200;Pieter Preview;${LONG_MAIL}\n` +
    'Foute school;12;Dorp 2;35;Hasselt;nergens;go;primary;200;Piet;geen-adres\n';
  await page.locator('#import-file').setInputFiles({ name: 'scholen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: /^(Voorbeeld tonen|Show preview)$/ }).click();
  await expect(page.locator('.import-preview tbody tr')).toHaveCount(2);
}

/** Ter Duinen's coordinator is not among the saved sign-ins: signed in once here, through the API. */
async function duinenState(browser: Browser): Promise<Awaited<ReturnType<BrowserContext['storageState']>>> {
  const context = await browser.newContext();
  try {
    await context.request.get('/api/me');
    const csrf = (await context.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value ?? '';
    const response = await context.request.post('/api/auth/login', {
      data: { email: 'duinen@demo.stemkompas.be', password: PASSWORD },
      headers: { 'X-CSRF-Token': csrf },
    });
    expect(response.status(), 'log-in of the coordinator of Ter Duinen').toBe(200);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/**
 * The tables on the page that do not sit in their own scrolling box (components/TableWrap.tsx: a
 * `role="group"` with a name, `tabindex="0"` for the keyboard, scrolling sideways), by caption or first cell.
 */
async function tablesOutsideRegions(page: Page): Promise<string[]> {
  return page.locator('main table').evaluateAll((tables) =>
    tables
      .filter((table) => {
        const region = table.parentElement?.closest('.table-wrap[role="group"]');
        return (
          !region ||
          region.getAttribute('tabindex') !== '0' ||
          !(region.getAttribute('aria-label') || region.getAttribute('aria-labelledby')) ||
          !['auto', 'scroll'].includes(getComputedStyle(region).overflowX)
        );
      })
      .map((table) => (table.querySelector('caption, th, td')?.textContent ?? '').trim().slice(0, 60)),
  );
}

/** A page of no route: the not-found page, small and without data, between two states. */
const BETWEEN = '/phone-spec-between-pages';

/**
 * Opens `path` inside the running app, as its own links do (a full load per state costs the app's
 * start-up each time: three times as long). By way of the not-found page, so nothing of the previous page
 * is reused; the headings on screen are marked first, so the wait is for the new page's heading (the
 * router keeps the old page up while the new one's code loads).
 */
async function openInApp(page: Page, path: string): Promise<void> {
  for (const to of [BETWEEN, path]) {
    await page.evaluate((address) => {
      for (const heading of document.querySelectorAll('h1')) heading.setAttribute('data-left', '');
      window.history.pushState(null, '', address);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, to);
    await page.locator('h1:not([data-left])').waitFor();
  }
}

/** Visits every state in order on one page and returns what failed, each naming the state and language. */
async function visit(page: Page, who: string, language: Language, states: State[]): Promise<string[]> {
  const failures: string[] = [];
  const api = watchApi(page);
  let previous: string | null = null;
  for (const state of states) {
    const where = `"${state.name}" (${state.path}) as ${who} in ${language}`;
    await test.step(where, async () => {
      // The first page loads in full, and so do the not-found page and the one after it (the way between
      // two pages is a not-found page, which would stay on screen).
      if (previous === null || previous === NOT_FOUND || state.path === NOT_FOUND) await page.goto(state.path);
      else await openInApp(page, state.path);
      previous = state.path;
      await pageReady(page);
      await expect(page.locator('html'), `${where}: the page speaks ${language}`).toHaveAttribute('lang', language);
      await api.settled();
      if (state.prepare) {
        await state.prepare(page);
        await api.settled();
      }
      const overflow = await sidewaysOverflow(page);
      if (overflow) failures.push(`${where} scrolls sideways: ${overflow}`);
      const loose = await tablesOutsideRegions(page);
      if (loose.length > 0) failures.push(`${where} has tables outside a named box that scrolls: ${loose.join('; ')}`);
      if (state.targets) {
        const small = await smallTargets(page);
        if (small.length > 0) failures.push(`${where} has touch targets under 44 × 44 px: ${small.join('; ')}`);
      }
    });
  }
  return failures;
}

for (const visitor of VISITORS) {
  test(`on a phone nothing scrolls sideways: ${visitor.who}, nl and en`, async ({ browser }) => {
    test.setTimeout(testTimes(4));
    const i = await ids(browser);
    const storageState = visitor.session === 'duinen' ? await duinenState(browser) : undefined;
    const failures: string[] = [];
    let visited = 0;
    for (const language of LANGUAGES) {
      const context = await phoneContext(browser, {
        language,
        ...(visitor.session === 'visitor' ? {} : storageState ? { storageState } : { as: visitor.session as DemoRole }),
      });
      try {
        const page = await context.newPage();
        const states = await visitor.states(i, page);
        failures.push(...(await visit(page, visitor.who, language, states)));
        visited += states.length;
      } finally {
        await context.close();
      }
    }
    test.info().annotations.push({ type: 'page states', description: String(visited) });
    expect(failures, `${failures.length} of ${visited} page states fail on a phone`).toEqual([]);
  });
}

/** What the demo data lacks for the reviewer's and the jury's pages: made in this worker's server once. */
interface Reviewed {
  label: { school: LabelSchool; applicationId: number; code: string };
  award: { programmeId: number; school: LabelSchool; candidacyId: number };
}

/**
 * A new school with a decided label application (reviewed by the demo reviewer, with a certificate), and
 * a new programme with an open award round in whose jury the demo juror sits and a candidacy of another
 * new school: the set-up of a11y-label.spec.ts and a11y-award.spec.ts, through the API.
 */
async function reviewedAndJudged(browser: Browser): Promise<Reviewed> {
  const school = await newSchool(browser, `Smalle labelschool ${LONG_WORD}`);
  const { measurementId, criteria } = await submittedBaseline(browser, school);
  const application = await decidedApplication(browser, school, measurementId, criteria);
  const programme = await awardProgramme(browser, `Smal awardprogramma ${LONG_WORD}`);
  await openRoundWithDemoJuror(browser, programme.id);
  const candidacy = await candidate(browser, programme.id, 'Smalle awardschool');
  return {
    label: { school, applicationId: Number(application.id), code: String(application.decision.certificateCode) },
    award: { programmeId: programme.id, school: candidacy.school, candidacyId: candidacy.candidacyId },
  };
}

test('on a phone nothing scrolls sideways: a decided label review and an award candidacy, nl and en', async ({ browser }) => {
  test.setTimeout(testTimes(4));
  const r = await reviewedAndJudged(browser);
  const label = `/programmes/${r.label.school.programmeId}/schools/${r.label.school.organisationId}/label`;
  const award = `/programmes/${r.award.programmeId}/schools/${r.award.school.organisationId}/award`;
  const judging = `/jury/programmes/${r.award.programmeId}/candidates/${r.award.candidacyId}`;
  const lookers: { who: string; options: Parameters<typeof phoneContext>[1]; states: State[] }[] = [
    {
      who: 'reviewer',
      options: { as: 'reviewer' },
      states: [
        { name: 'reviews with a decided one', path: '/reviews' },
        { name: 'a decided review', path: `/reviews/${r.label.applicationId}` },
      ],
    },
    {
      who: 'jury member',
      options: { as: 'jury' },
      states: [
        { name: 'award rounds with a candidacy', path: '/jury' },
        { name: 'judging a candidacy', path: judging },
      ],
    },
    {
      who: 'organiser',
      options: { as: 'organiser' },
      states: [
        { name: 'label applications with a decision', path: `/organiser/programmes/${r.label.school.programmeId}/label` },
        { name: 'a decided review (organiser)', path: `/reviews/${r.label.applicationId}` },
        { name: 'award round with a candidacy', path: `/organiser/programmes/${r.award.programmeId}/award` },
        { name: 'judging page (organiser, read-only)', path: judging },
      ],
    },
    { who: 'labelled school', options: { storageState: r.label.school.coordinatorState }, states: [{ name: 'label page with a decision', path: label }] },
    { who: 'candidate school', options: { storageState: r.award.school.coordinatorState }, states: [{ name: 'award page with a candidacy', path: award }] },
    { who: 'visitor', options: {}, states: [{ name: 'verification of a valid certificate', path: `/verify/${r.label.code}` }] },
  ];
  const failures: string[] = [];
  for (const language of LANGUAGES) {
    for (const { who, options, states } of lookers) {
      const context = await phoneContext(browser, { ...options, language });
      try {
        failures.push(...(await visit(await context.newPage(), who, language, states)));
      } finally {
        await context.close();
      }
    }
  }
  expect(failures).toEqual([]);
});

test('the main menu is a button on a phone that closes on Escape and after a click, and a row on a wide screen', async ({ browser }) => {
  const context = await phoneContext(browser, { as: 'coordinator', language: 'nl' });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await pageReady(page);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const button = nav.getByRole('button', { name: 'Menu', exact: true });
    const list = page.locator('#app-menu');
    await expect(button).toHaveAttribute('aria-controls', 'app-menu');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();

    // Opened by keyboard; Escape closes it and gives the focus back to the button.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(list.getByRole('link', { name: 'Mijn team' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(list.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(button).toBeFocused();

    // Each link is a full-width row of at least 44 px, inside the page; a click navigates and closes.
    await button.click();
    for (const box of await list.getByRole('link').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON()))) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    await list.getByRole('link', { name: 'Mijn team' }).click();
    await expect(page).toHaveURL(/\/team$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();

    // From 48rem on: no button, the links in a row.
    await page.setViewportSize({ width: 1366, height: 800 });
    await expect(button).toBeHidden();
    await expect(list).toBeVisible();
    const tops = await list.getByRole('link').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'the menu is one row at 1366 px').toBe(1);
  } finally {
    await context.close();
  }
});

test('at 360 px the header fits: brand, menu button, language switch, name and log-out', async ({ browser }) => {
  const failures: string[] = [];
  for (const language of LANGUAGES) {
    for (const as of ['organiser', 'operator', undefined] as const) {
      const who = `${as ?? 'visitor'} in ${language}`;
      const context = await phoneContext(browser, { language, viewport: { width: 360, height: 740 }, ...(as ? { as } : {}) });
      try {
        const page = await context.newPage();
        await page.goto(as ? '/' : '/login');
        await pageReady(page);
        for (const open of [false, true]) {
          if (open) await openMenu(page);
          const overflow = await sidewaysOverflow(page);
          if (overflow) failures.push(`${who}${open ? ', menu open' : ''}: ${overflow}`);
          // Every control in the header is a touch target of 44 × 44 px.
          const small = await page.locator('header').evaluate((header) =>
            [...header.querySelectorAll('a, button')]
              .map((control) => ({ control, box: control.getBoundingClientRect() }))
              .filter(({ box }) => box.width > 1 && box.height > 1 && (box.width < 43.5 || box.height < 43.5))
              .map(({ control, box }) => `"${control.textContent?.trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`),
          );
          if (small.length > 0) failures.push(`${who}${open ? ', menu open' : ''}: header targets under 44 px: ${small.join(', ')}`);
        }
      } finally {
        await context.close();
      }
    }
  }
  expect(failures).toEqual([]);
});
