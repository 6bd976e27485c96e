import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, pageReady } from './helpers';
import { expect, REGION_SCHOOLS, test } from './region-server';
import { testTimes } from './timeouts';

// Issue 18: the organiser walks the pages of a programme of 2,000 schools (`demo --schools 2000`, on a
// server of this spec's own: region-server.ts): registrations and their review queue, the progress
// board, mentor matching and the group report, each paged, sorted, searched and filtered on the server.
// Every figure the page shows is compared with what the API answers for the same query, so a page that
// counted only the rows it loaded, or sorted only its own page, fails here. Every page is scanned with
// axe-core, and visited once more at 390 × 844, where nothing may scroll sideways.
//
// The tests run in order on one server. The review queue comes last: it accepts a pending school, which
// makes the programme 2,001 schools.

test.describe.configure({ mode: 'serial', timeout: testTimes(2) });

const nl = (n: number) => new Intl.NumberFormat('nl-BE').format(n);

interface Envelope {
  page: number;
  size: number;
  pages: number;
  total: number;
}

/** `GET path` with the page's session: the API's own answer to compare the page with. */
async function api<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path, { headers: { Accept: 'application/json' } });
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** The controls and figures of the PagedTable (components/PagedTable.tsx) inside `scope`, whose caption is `listCaption`. */
function paged(scope: Locator | Page, listCaption: string) {
  const box = scope.locator('.paged');
  const nav = box.getByRole('navigation', { name: `${listCaption}: pagina's` });
  return {
    nav,
    range: box.locator('.paged__range'),
    rows: box.locator('tbody tr'),
    rowHeaders: box.locator('tbody th[scope="row"]'),
    search: box.getByRole('searchbox'),
    next: nav.getByRole('button', { name: 'Volgende pagina' }),
    last: nav.getByRole('button', { name: 'Laatste pagina' }),
    first: nav.getByRole('button', { name: 'Eerste pagina' }),
    /** Waits until the list shows page `n` of `of`. */
    async onPage(n: number, of: number) {
      await expect(nav).toContainText(`Pagina ${n} van ${of}`);
    },
  };
}

/** "1–50 van 2.000" as the range line writes it. */
function rangeText(from: number, to: number, total: number): string {
  return `${nl(from)}–${nl(to)} van ${nl(total)}`;
}

/** The option texts of a select, e.g. ["Alle (2.340)", "Wacht op beoordeling (100)", …]. */
function optionTexts(select: Locator): Promise<string[]> {
  return select.locator('option').allTextContents();
}

/** A query for `name` that differs in case and carries an accent the name does not have: the search folds both. */
function foldedQuery(name: string): string {
  return name.slice(2).toUpperCase().replace('E', 'É');
}

/** A name and its folded query. */
interface Pick {
  name: string;
  q: string;
}

/**
 * The first of `names` whose folded query the API answers with that name alone (part of a name can be
 * part of another: "…sisschool De Linde Geel" is in "Vrije Basisschool De Linde Geel"). `names` of an
 * API answer, `url` the list's address for a query, `found` the names in its answer.
 */
async function findOne<T>(page: Page, names: string[], url: (q: string) => string, found: (answer: T) => string[]): Promise<Pick> {
  for (const name of names) {
    const q = foldedQuery(name);
    const answer = await api<T>(page, url(encodeURIComponent(q)));
    if (found(answer).length === 1 && found(answer)[0] === name) return { name, q };
  }
  throw new Error(`none of ${names.length} names is found alone by a part of it`);
}

interface Registration {
  id: number;
  status: string;
  kind: string;
  organisationName: string;
}
interface Registrations extends Envelope {
  registrations: Registration[];
  counts: { status: Record<string, number>; kind: Record<string, number> };
}

test('registrations: the total, the next and the last page, a search and the status filter with its counts', async ({ page, region }) => {
  const base = `/api/programmes/${region.programmeId}/registrations?sort=status`;
  const all = await api<Registrations>(page, base);
  expect(all.counts.kind.school, 'the schools of the programme and the other registrations').toBeGreaterThan(REGION_SCHOOLS);

  await page.goto(`/organiser/programmes/${region.programmeId}/registrations`);
  await pageReady(page);
  const list = paged(page, 'Inschrijvingen');
  await expect(page.getByText(`${nl(all.counts.status.pending!)} wachten op beoordeling, ${nl(all.total)} in totaal.`)).toBeVisible();
  await expect(list.range).toHaveText(rangeText(1, 50, all.total));
  await list.onPage(1, all.pages);
  await expect(list.rowHeaders.first()).toHaveText(all.registrations[0]!.organisationName);
  await expectNoAxeViolations(page);

  const first = await list.rowHeaders.allTextContents();
  await list.next.click();
  await list.onPage(2, all.pages);
  await expect(list.range).toHaveText(rangeText(51, 100, all.total));
  const second = await api<Registrations>(page, `${base}&page=2`);
  await expect(list.rowHeaders).toHaveText(second.registrations.map((r) => r.organisationName));
  expect((await list.rowHeaders.allTextContents()).filter((name) => first.includes(name)), 'rows shared by pages 1 and 2').toEqual([]);

  await list.last.click();
  await list.onPage(all.pages, all.pages);
  const lastRows = all.total - (all.pages - 1) * 50;
  await expect(list.range).toHaveText(rangeText(all.total - lastRows + 1, all.total, all.total));
  await expect(list.rows).toHaveCount(lastRows);
  await expect(list.last).toBeDisabled();
  await expect(list.next).toBeDisabled();

  // A school of the programme by part of its name, in other case and with an accent it does not have.
  const school = await findOne<Registrations>(
    page,
    second.registrations.filter((r) => r.kind === 'school').map((r) => r.organisationName),
    (q) => `${base}&q=${q}`,
    (answer) => answer.registrations.map((r) => r.organisationName),
  );
  await list.search.fill(school.q);
  await expect(list.range).toHaveText(rangeText(1, 1, 1));
  await expect(list.rowHeaders).toHaveText([school.name]);
  await expect(list.nav).toHaveCount(0);

  // The status filter: every option says how many rows it gives, as the API counts them.
  await list.search.fill('');
  await expect(list.range).toHaveText(rangeText(1, 50, all.total));
  const status = page.getByLabel('Status', { exact: true });
  expect(await optionTexts(status)).toEqual([
    `Alle (${nl(all.total)})`,
    `Wacht op beoordeling (${nl(all.counts.status.pending!)})`,
    `Aanvaard (${nl(all.counts.status.accepted!)})`,
    `Geweigerd (${nl(all.counts.status.refused!)})`,
  ]);
  await status.selectOption('refused');
  const refused = await api<Registrations>(page, `${base}&status=refused`);
  await expect(list.range).toHaveText(rangeText(1, refused.total, refused.total));
  await expect(page.locator('tbody tr[data-status="refused"]')).toHaveCount(refused.total);
  // The kind filter counts with the status filter applied.
  expect(await optionTexts(page.getByLabel('Soort', { exact: true }))).toEqual([
    `Alle (${nl(refused.total)})`,
    `School (${nl(refused.counts.kind.school ?? 0)})`,
    `Mentor (${nl(refused.counts.kind.mentor ?? 0)})`,
  ]);
});

type PhaseStatus = 'not_started' | 'in_progress' | 'submitted' | 'overdue';
interface Progress extends Envelope {
  rows: { organisationId: number; name: string; institutionNumber: string }[];
  phases: string[];
  summary: { schools: number; phases: Record<string, Record<PhaseStatus, number>> };
  counts: { status: Record<PhaseStatus, number> };
}

test('progress board: the figures of 2,000 schools, pages, a sort by the server and the phase and status filters', async ({ page, region }) => {
  const base = `/api/programmes/${region.programmeId}/progress`;
  const all = await api<Progress>(page, `${base}?sort=name`);
  expect(all.summary.schools).toBe(REGION_SCHOOLS);

  await page.goto(`/organiser/programmes/${region.programmeId}/progress`);
  await pageReady(page);
  await expect(page.getByRole('heading', { name: `Alle ${nl(REGION_SCHOOLS)} scholen per fase` })).toBeVisible();
  const baselineRow = page.getByRole('row', { name: /^Nulmeting/ });
  await expect(baselineRow.locator('td')).toHaveText(
    (['not_started', 'in_progress', 'submitted', 'overdue'] as const).map((s) => nl(all.summary.phases.baseline![s])),
  );
  const list = paged(page, 'Voortgang per school en per fase');
  await expect(list.range).toHaveText(rangeText(1, 50, REGION_SCHOOLS));
  await expect(list.rowHeaders).toHaveText(all.rows.map((r) => r.name));
  await expectNoAxeViolations(page);

  await list.next.click();
  await list.onPage(2, all.pages);
  const second = await api<Progress>(page, `${base}?sort=name&page=2`);
  await expect(list.rowHeaders).toHaveText(second.rows.map((r) => r.name));

  // Sorted by the server over all 2,000 schools, not this page's 50: the first rows are the API's.
  const numberHeading = page.getByRole('columnheader', { name: /^Instellingsnummer/ });
  await numberHeading.getByRole('button').click();
  await expect(numberHeading).toHaveAttribute('aria-sort', 'ascending');
  await list.onPage(1, all.pages);
  const ascending = await api<Progress>(page, `${base}?sort=institutionNumber`);
  await expect(list.rowHeaders).toHaveText(ascending.rows.map((r) => r.name));
  await numberHeading.getByRole('button').click();
  await expect(numberHeading).toHaveAttribute('aria-sort', 'descending');
  const descending = await api<Progress>(page, `${base}?sort=-institutionNumber`);
  await expect(list.rowHeaders).toHaveText(descending.rows.map((r) => r.name));
  expect(descending.rows[0]!.institutionNumber > ascending.rows[0]!.institutionNumber).toBe(true);

  // The phase, then the status in that phase: the options count within the phase, the list follows.
  await page.getByLabel('Fase', { exact: true }).selectOption('baseline');
  const inBaseline = await api<Progress>(page, `${base}?sort=-institutionNumber&phase=baseline`);
  const status = page.getByLabel('Status', { exact: true });
  await expect(status.locator('option')).toHaveText([
    'Alle statussen',
    `Niet gestart (${nl(inBaseline.counts.status.not_started)})`,
    `Bezig (${nl(inBaseline.counts.status.in_progress)})`,
    `Ingediend (${nl(inBaseline.counts.status.submitted)})`,
    `Te laat (${nl(inBaseline.counts.status.overdue)})`,
  ]);
  // The demo's baseline is open whatever day it is built (app/demo.h): a tenth of the schools have started it.
  await status.selectOption('in_progress');
  const started = await api<Progress>(page, `${base}?sort=-institutionNumber&phase=baseline&status=in_progress`);
  expect(started.total).toBe(all.summary.phases.baseline!.in_progress);
  expect(started.total).toBeGreaterThan(0);
  await expect(list.range).toHaveText(rangeText(1, Math.min(50, started.total), started.total));
  await expect(list.rowHeaders).toHaveText(started.rows.map((r) => r.name));
  await expect(page.locator('tbody tr td.status').first()).toHaveText('Bezig');
  // The summary is the whole programme's, whatever the filter.
  await expect(page.getByRole('heading', { name: `Alle ${nl(REGION_SCHOOLS)} scholen per fase` })).toBeVisible();
});

interface Matching {
  totalScore: number | null;
  counts: { proposed: number; confirmed: number; unmatched: number; freePlaces: number };
}
interface Pairs extends Envelope {
  pairs: { schoolId: number; schoolName: string; companyName: string }[];
}
interface Unmatched extends Envelope {
  schools: { organisationId: number; name: string }[];
}

test('matching: the figures, pages of pairs and of schools without a mentor, and a search in each', async ({ page, region }) => {
  const base = `/api/programmes/${region.programmeId}/matching`;
  const matching = await api<Matching>(page, base);
  const pairs = await api<Pairs>(page, `${base}/pairs?sort=school`);
  const unmatched = await api<Unmatched>(page, `${base}/unmatched?sort=name`);
  expect(pairs.total + unmatched.total, 'every school is paired or not').toBe(REGION_SCHOOLS);

  await page.goto(`/organiser/programmes/${region.programmeId}/matching`);
  await pageReady(page);
  const c = matching.counts;
  const form = (n: number, one: string, other: string) => `${nl(n)} ${n === 1 ? one : other}`;
  await expect(page.getByTestId('matching-summary')).toHaveText(
    `${form(c.proposed, 'voorgesteld paar', 'voorgestelde paren')}, ${form(c.confirmed, 'bevestigd paar', 'bevestigde paren')}, ` +
      `${form(c.unmatched, 'school zonder mentor', 'scholen zonder mentor')}, ${form(c.freePlaces, 'vrije plaats', 'vrije plaatsen')}. ` +
      `Totale score: ${nl(matching.totalScore ?? 0)}.`,
  );

  const pairList = paged(page.locator('section[aria-labelledby="pairs-title"]'), 'Paren');
  await expect(pairList.range).toHaveText(rangeText(1, 50, pairs.total));
  await expect(pairList.rowHeaders).toHaveText(pairs.pairs.map((p) => p.schoolName));
  const unmatchedList = paged(page.locator('section[aria-labelledby="unmatched-title"]'), 'Scholen zonder mentor');
  await expect(unmatchedList.range).toHaveText(rangeText(1, 50, unmatched.total));

  await pairList.next.click();
  await pairList.onPage(2, pairs.pages);
  const pairs2 = await api<Pairs>(page, `${base}/pairs?sort=school&page=2`);
  await expect(pairList.rowHeaders).toHaveText(pairs2.pairs.map((p) => p.schoolName));
  // The other list keeps its own page.
  await unmatchedList.onPage(1, unmatched.pages);
  await unmatchedList.last.click();
  await unmatchedList.onPage(unmatched.pages, unmatched.pages);
  const unmatchedLast = await api<Unmatched>(page, `${base}/unmatched?sort=name&page=${unmatched.pages}`);
  await expect(unmatchedList.rowHeaders).toHaveText(unmatchedLast.schools.map((s) => s.name));
  await pairList.onPage(2, pairs.pages);

  // A company's pairs by a part of its name.
  const company = pairs2.pairs[0]!.companyName;
  const q = foldedQuery(company);
  const byCompany = await api<Pairs>(page, `${base}/pairs?sort=school&q=${encodeURIComponent(q)}`);
  expect(byCompany.total).toBeGreaterThan(0);
  await pairList.search.fill(q);
  await expect(pairList.range).toHaveText(rangeText(1, Math.min(50, byCompany.total), byCompany.total));
  await expect(pairList.rowHeaders).toHaveText(byCompany.pairs.map((p) => p.schoolName));

  // One school in each list. The axe scan comes after: a full page holds a company choice of all 200
  // companies per row (100 selects, 20,000 options), which takes axe half a minute on its own; one row
  // of each has every kind of element all the same.
  const paired = await findOne<Pairs>(
    page,
    pairs2.pairs.map((p) => p.schoolName),
    (q) => `${base}/pairs?q=${q}`,
    (answer) => answer.pairs.map((p) => p.schoolName),
  );
  const unpaired = await findOne<Unmatched>(
    page,
    unmatchedLast.schools.map((s) => s.name),
    (q) => `${base}/unmatched?q=${q}`,
    (answer) => answer.schools.map((s) => s.name),
  );
  for (const [list, pick] of [
    [pairList, paired],
    [unmatchedList, unpaired],
  ] as const) {
    await list.search.fill(pick.q);
    await expect(list.range).toHaveText(rangeText(1, 1, 1));
    await expect(list.rowHeaders).toHaveText([pick.name]);
  }
  await expectNoAxeViolations(page);
});

interface GroupReport {
  participation: { schools: number; submitted: number };
}
interface GroupReportSchools extends Envelope {
  schools: { organisationId: number; name: string }[];
  counts: { estimate: Record<string, number> };
}

test('group report: the figures, the paged school table with a search, and the PDF and Excel links', async ({ page, region }) => {
  const report = await api<GroupReport>(page, `/api/programmes/${region.programmeId}/group-report?measurement=baseline`);
  expect(report.participation.schools).toBe(REGION_SCHOOLS);
  const base = `/api/programmes/${region.programmeId}/group-report/schools?measurement=baseline&sort=name`;
  const schools = await api<GroupReportSchools>(page, base);

  await page.goto(`/programmes/${region.programmeId}/group-report`);
  await pageReady(page);
  await expect(page.getByTestId('gr-schools')).toHaveText(nl(report.participation.schools));
  await expect(page.getByTestId('gr-submitted')).toHaveText(nl(report.participation.submitted));
  await expect(page.getByRole('link', { name: 'Rapport als pdf' })).toHaveAttribute(
    'href',
    `/api/programmes/${region.programmeId}/group-report.pdf?measurement=baseline&lang=nl`,
  );
  await expect(page.getByRole('link', { name: 'Cijfers als Excel' })).toHaveAttribute(
    'href',
    `/api/programmes/${region.programmeId}/group-report.xlsx?measurement=baseline&lang=nl`,
  );

  const table = page.getByTestId('gr-per-school');
  const list = paged(table, 'Niveaus per school');
  await expect(list.range).toHaveText(rangeText(1, 50, schools.total));
  await expect(list.rowHeaders).toHaveText(schools.schools.map((s) => s.name));
  await expect(table.getByLabel('Labelinschatting', { exact: true }).locator('option').first()).toHaveText('Alle scholen');
  await expectNoAxeViolations(page);

  await list.next.click();
  await list.onPage(2, schools.pages);
  const second = await api<GroupReportSchools>(page, `${base}&page=2`);
  await expect(list.rowHeaders).toHaveText(second.schools.map((s) => s.name));

  const school = await findOne<GroupReportSchools>(
    page,
    second.schools.map((s) => s.name),
    (q) => `${base}&q=${q}`,
    (answer) => answer.schools.map((s) => s.name),
  );
  await list.search.fill(school.q);
  await expect(list.range).toHaveText(rangeText(1, 1, 1));
  await expect(list.rowHeaders).toHaveText([school.name]);
});

test('on a phone (390 × 844) no page scrolls sideways, on its first page or its last', async ({ page, region }) => {
  // axe-core scanned each page at desktop width above; its rules do not depend on the width, and four
  // more scans would cost this spec a quarter of its time.
  await page.setViewportSize({ width: 390, height: 844 });
  const id = region.programmeId;
  for (const path of [
    `/organiser/programmes/${id}/registrations`,
    `/organiser/programmes/${id}/progress`,
    `/organiser/programmes/${id}/matching`,
    `/programmes/${id}/group-report`,
  ]) {
    await test.step(path, async () => {
      await page.goto(path);
      await pageReady(page);
      const range = page.locator('.paged__range').first();
      await expect(range).toContainText(/^1–/);
      await expectNoSidewaysScroll(page);
      // The last page: the longest numbers in the range, and the pager with every button enabled or not.
      const last = page.getByRole('button', { name: 'Laatste pagina' }).first();
      await last.click();
      await expect(last).toBeDisabled();
      await expect(range).not.toContainText(/^1–/);
      await expectNoSidewaysScroll(page);
    });
  }
});

test('review queue: accepting a pending school on page 2 updates that row and the counts in place', async ({ page, region }) => {
  const base = `/api/programmes/${region.programmeId}/registrations?sort=status&status=pending`;
  const before = await api<Registrations>(page, `${base}&page=2`);
  expect(before.pages, 'the pending registrations fill more than one page').toBeGreaterThan(1);

  await page.goto(`/organiser/programmes/${region.programmeId}/registrations`);
  await pageReady(page);
  const list = paged(page, 'Inschrijvingen');
  await page.getByLabel('Status', { exact: true }).selectOption('pending');
  await expect(list.range).toHaveText(rangeText(1, 50, before.total));
  await list.next.click();
  await list.onPage(2, before.pages);
  await expect(list.rowHeaders).toHaveText(before.registrations.map((r) => r.organisationName));

  const target = before.registrations[0]!;
  const row = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: target.organisationName, exact: true }) });
  await row.getByRole('button', { name: `Aanvaarden (${target.organisationName})` }).click();
  await expect(page.getByText(`${target.organisationName} is aanvaard.`, { exact: false })).toBeVisible();
  await expect(row).toHaveAttribute('data-status', 'accepted');
  await expect(row.getByText('Aanvaard', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: /^Aanvaarden/ })).toHaveCount(0);
  // Still page 2 with the same rows: the list was not fetched again from page 1.
  await list.onPage(2, before.pages);
  await expect(list.rowHeaders).toHaveText(before.registrations.map((r) => r.organisationName));
  await expect(page.locator('tbody tr[data-status="pending"]')).toHaveCount(before.registrations.length - 1);

  const after = await api<Registrations>(page, base);
  expect(after.total).toBe(before.total - 1);
  expect(await optionTexts(page.getByLabel('Status', { exact: true }))).toEqual([
    `Alle (${nl(after.counts.status.pending! + after.counts.status.accepted! + after.counts.status.refused!)})`,
    `Wacht op beoordeling (${nl(after.counts.status.pending!)})`,
    `Aanvaard (${nl(after.counts.status.accepted!)})`,
    `Geweigerd (${nl(after.counts.status.refused!)})`,
  ]);
  await expectNoAxeViolations(page);

  // The accepted school takes part now: the progress board (whose figures the server caches per
  // programme) counts it at once.
  await page.getByRole('link', { name: 'Voortgang', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Alle ${nl(REGION_SCHOOLS + 1)} scholen per fase` })).toBeVisible();
  await expect(paged(page, 'Voortgang per school en per fase').range).toHaveText(rangeText(1, 50, REGION_SCHOOLS + 1));
});
