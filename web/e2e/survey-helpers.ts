import { expect } from '@playwright/test';
import type { APIRequest, APIRequestContext, Browser, BrowserContext, Download, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { authFile, DEMO_PROGRAMME } from './helpers';
import type { DemoRole } from './helpers';

/** A phone: what most respondents fill in a survey on. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** A fresh, anonymous phone context (no cookies, no account), optionally in English. */
export async function phoneContext(browser: Browser, language: 'nl' | 'en' = 'nl'): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE, locale: language === 'en' ? 'en-GB' : 'nl-BE' });
  await context.addInitScript((lang) => {
    if (!window.localStorage.getItem('sk_language')) window.localStorage.setItem('sk_language', lang);
  }, language);
  return context;
}

export interface SchoolIds {
  programmeId: number;
  organisationId: number;
}

/** The demo programme and the school of the signed-in coordinator or team member. */
export async function demoSchool(request: APIRequestContext, role: 'coordinator' | 'team_member' = 'coordinator'): Promise<SchoolIds> {
  const me = await request.get('/api/me', { headers: { Accept: 'application/json' } });
  expect(me.status(), `GET /api/me as the ${role}`).toBe(200);
  const { memberships } = (await me.json()) as { memberships: { organisationId: number; role: string }[] };
  const school = memberships.find((m) => m.role === role);
  expect(school, 'the coordinator has a school').toBeTruthy();
  const list = await request.get('/api/programmes', { headers: { Accept: 'application/json' } });
  const { programmes } = (await list.json()) as { programmes: { id: number; name: string }[] };
  const programme = programmes.find((p) => p.name === DEMO_PROGRAMME);
  expect(programme, 'the demo programme').toBeTruthy();
  return { programmeId: programme!.id, organisationId: school!.organisationId };
}

/** A request context signed in as a demo user, with the CSRF header for writes. */
export async function apiAs(
  playwright: { request: APIRequest },
  baseURL: string,
  role: DemoRole,
): Promise<{ request: APIRequestContext; csrf: string }> {
  const request = await playwright.request.newContext({ baseURL, storageState: authFile(role) });
  await request.get('/api/me');
  const csrf = (await request.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value ?? '';
  return { request, csrf };
}

export interface SurveyInfo {
  id: number;
  code: string;
  link: string;
  status: string;
  responses: number;
}

/** Opens the survey of a kind and group (or finds it when it is already open). */
export async function ensureSurvey(
  api: { request: APIRequestContext; csrf: string },
  ids: SchoolIds,
  kind: 'baseline' | 'final',
  group: 'leaders' | 'teachers' | 'students' | 'mentor',
): Promise<SurveyInfo> {
  const path = `/api/programmes/${ids.programmeId}/schools/${ids.organisationId}/surveys`;
  const created = await api.request.post(path, {
    data: { kind, group },
    headers: { 'X-CSRF-Token': api.csrf, Accept: 'application/json' },
  });
  if (created.status() === 201) return (await created.json()) as SurveyInfo;
  expect(created.status(), `POST ${path} ${kind}/${group}`).toBe(409);
  const list = await api.request.get(path, { headers: { Accept: 'application/json' } });
  const { surveys } = (await list.json()) as { surveys: (SurveyInfo & { kind: string; group: string })[] };
  const found = surveys.find((s) => s.kind === kind && s.group === group);
  expect(found, `${kind}/${group} survey`).toBeTruthy();
  return found!;
}

export async function setSurveyOpen(api: { request: APIRequestContext; csrf: string }, id: number, open: boolean) {
  const response = await api.request.post(`/api/surveys/${id}/${open ? 'reopen' : 'close'}`, {
    data: {},
    headers: { 'X-CSRF-Token': api.csrf, Accept: 'application/json' },
  });
  expect(response.status(), `${open ? 'reopen' : 'close'} survey ${id}`).toBe(200);
}

/** True when the questionnaire shows one statement per screen (narrower than 48rem: a phone). */
export async function oneStatementPerScreen(page: Page): Promise<boolean> {
  await expect(page.locator('.respond[data-layout]')).toBeVisible();
  return (await page.locator('.respond').getAttribute('data-layout')) === 'steps';
}

/** The step on screen: "Stelling 3 van 12" / "Statement 3 of 12" → [3, 12]. */
export async function currentStep(page: Page): Promise<[number, number]> {
  const text = (await page.locator('#respond-step-label').textContent()) ?? '';
  const match = /(\d+)\D+(\d+)\s*$/.exec(text);
  expect(match, `a step label: ${text}`).toBeTruthy();
  return [Number(match![1]), Number(match![2])];
}

const NEXT = /^(Volgende|Next)$/;
const SEND_STEP = /^(Nakijken en versturen|Check and send)$/;

/** One statement per screen: presses next until the last step (check and send), answering nothing more. */
export async function toSendStep(page: Page): Promise<void> {
  const [from, total] = await currentStep(page);
  for (let n = from; n <= total; n++) {
    await page.getByRole('button', { name: NEXT }).click();
    if (n < total) await expect(page.locator('#respond-step-label')).toHaveText(new RegExp(`\\b${n + 1}\\D+${total}$`));
  }
  await expect(page.getByRole('heading', { level: 2, name: SEND_STEP })).toBeFocused();
}

/**
 * Answers every statement of the questionnaire: statement i gets score (i + seed) % 5 + 1, and every
 * seventh "don't know". Taps the option rows like a thumb would. On a phone (one statement per screen)
 * it checks each step's place in the progress bar and that the statement has the focus, and ends on the
 * last step (check and send).
 */
export async function answerAll(page: Page, seed: number): Promise<number> {
  const index = (i: number) => ((i + seed) % 7 === 6 ? 5 : (i + seed) % 5);
  if (await oneStatementPerScreen(page)) {
    const [first, total] = await currentStep(page);
    expect(first, 'a fresh questionnaire starts at its first statement').toBe(1);
    for (let i = 0; i < total; i++) {
      const label = page.locator('#respond-step-label');
      await expect(label).toHaveText(new RegExp(`\\b${i + 1}\\D+${total}$`));
      await expect(page.getByRole('progressbar')).toHaveAttribute('value', String(i + 1));
      const statement = page.locator('fieldset.statement');
      await expect(statement).toHaveCount(1);
      if (i > 0) await expect(statement).toBeFocused();
      await statement.getByRole('radio').nth(index(i)).check();
      await page.getByRole('button', { name: NEXT }).click();
    }
    await expect(page.getByRole('heading', { level: 2, name: SEND_STEP })).toBeFocused();
    return total;
  }
  const statements = page.locator('fieldset.statement');
  const count = await statements.count();
  expect(count, 'statements on the questionnaire').toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await statements.nth(i).getByRole('radio').nth(index(i)).check();
  return count;
}

function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Results need a started measurement. The demo's baseline phase lies in the past, so the organiser
 * gives the school an extension (as for a late school) and the coordinator starts the baseline; both
 * calls may be repeated.
 */
export async function startBaseline(playwright: { request: APIRequest }, baseURL: string, ids: SchoolIds): Promise<void> {
  const base = `/api/programmes/${ids.programmeId}/schools/${ids.organisationId}`;
  const organiser = await apiAs(playwright, baseURL, 'organiser');
  const extension = await organiser.request.put(`${base}/extensions/baseline`, {
    data: { closesOn: dayFromNow(60) },
    headers: { 'X-CSRF-Token': organiser.csrf, Accept: 'application/json' },
  });
  expect(extension.status(), `PUT ${base}/extensions/baseline: ${await extension.text()}`).toBe(200);
  await organiser.request.dispose();
  const coordinator = await apiAs(playwright, baseURL, 'coordinator');
  const started = await coordinator.request.post(`${base}/measurements/baseline`, {
    data: {},
    headers: { 'X-CSRF-Token': coordinator.csrf, Accept: 'application/json' },
  });
  expect([200, 201], `POST ${base}/measurements/baseline: ${await started.text()}`).toContain(started.status());
  await coordinator.request.dispose();
}

/**
 * A downloaded survey poster read back as a person's tools would: its text (poppler's pdftotext, white
 * space runs made one space) and the QR codes zbarimg (Debian zbar-tools) finds on the page rendered at
 * 100 dpi (poppler's pdftoppm), one per line.
 */
export async function readPoster(download: Download, dir: string): Promise<{ text: string; decoded: string }> {
  mkdirSync(dir, { recursive: true });
  const pdf = join(dir, download.suggestedFilename());
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString().replace(/\s+/g, ' ');
  const png = join(dir, 'poster');
  execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', pdf, png]);
  // zbarimg complains on stderr without a system D-Bus, even when it decodes: only stdout counts.
  const decoded = execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', `${png}.png`], {
    stdio: ['ignore', 'pipe', 'ignore'],
  }).toString();
  return { text, decoded };
}
