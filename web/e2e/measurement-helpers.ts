import { expect } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { authFile, DEMO_PROGRAMME } from './helpers';
import type { DemoRole } from './helpers';
import { ownIndex, serverPort } from './servers';

// Set-up for the self-assessment tests through the API, as the demo users themselves.
//
// The demo programme's baseline phase is open on the day the demo is loaded, with 24-30 days left
// (app/demo.h). The organiser still gives the demo school an extension of 60 days (PUT
// …/extensions/baseline) — the same thing an organiser does for a late school — so the specs do not
// depend on how many days are left, nor on a server that runs past the phase.

/** This worker's server (e2e/servers.ts, as baseURL in playwright.config.ts), for set-up in `beforeAll`. */
export const BASE_URL = `http://127.0.0.1:${serverPort(ownIndex())}`;

export interface Api {
  context: BrowserContext;
  call: (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => Promise<{ status: number; body: any }>;
}

export async function apiAs(browser: Browser, role: DemoRole): Promise<Api> {
  const context = await browser.newContext({ storageState: authFile(role), baseURL: BASE_URL });
  const call: Api['call'] = async (method, path, body) => {
    await context.request.get('/api/me');
    const csrf = (await context.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value ?? '';
    const response = await context.request.fetch(path, {
      method,
      headers: { Accept: 'application/json', 'X-CSRF-Token': csrf },
      data: body === undefined ? undefined : body,
    });
    const text = await response.text();
    return { status: response.status(), body: text ? JSON.parse(text) : null };
  };
  return { context, call };
}

export interface DemoSchool {
  programmeId: number;
  organisationId: number;
}

/** The demo programme and the coordinator's school in it. */
export async function demoSchool(coordinator: Api): Promise<DemoSchool> {
  const me = await coordinator.call('GET', '/api/me');
  expect(me.status).toBe(200);
  const programme = (me.body.programmes ?? []).find((p: { name: string }) => p.name === DEMO_PROGRAMME);
  expect(programme, 'the coordinator takes part in the demo programme').toBeTruthy();
  return { programmeId: Number(programme.id), organisationId: Number(programme.organisationId) };
}

/** A day `days` from today, `YYYY-MM-DD`. */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The organiser extends the school's baseline phase and the coordinator starts the measurement. */
export async function openBaseline(browser: Browser): Promise<DemoSchool & { measurementId: number }> {
  const coordinator = await apiAs(browser, 'coordinator');
  const organiser = await apiAs(browser, 'organiser');
  try {
    const school = await demoSchool(coordinator);
    const base = `/api/programmes/${school.programmeId}/schools/${school.organisationId}`;
    const extension = await organiser.call('PUT', `${base}/extensions/baseline`, { closesOn: dayFromNow(60) });
    expect(extension.status, JSON.stringify(extension.body)).toBe(200);
    const started = await coordinator.call('POST', `${base}/measurements/baseline`, {});
    expect([200, 201], JSON.stringify(started.body)).toContain(started.status);
    return { ...school, measurementId: Number(started.body.id) };
  } finally {
    await coordinator.context.close();
    await organiser.context.close();
  }
}

export function editorPath(school: DemoSchool, kind = 'baseline'): string {
  return `/programmes/${school.programmeId}/schools/${school.organisationId}/measurements/${kind}`;
}

export function resultsPath(school: DemoSchool, kind = 'baseline'): string {
  return `/programmes/${school.programmeId}/schools/${school.organisationId}/results?kind=${kind}`;
}

/** Presses Tab until the element with `id` has the focus (at most `max` times). */
export async function tabToId(page: Page, id: string, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the keyboard focus never reached #${id}`);
}

/** Presses Tab until a button whose text matches `text` has the focus. */
export async function tabToButton(page: Page, text: RegExp, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLButtonElement ? el.textContent ?? '' : null;
    });
    if (label !== null && text.test(label.trim())) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the keyboard focus never reached a button ${text}`);
}

export const LEVELS = ['not_yet', 'competent', 'proficient', 'expert'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Chooses a level for every criterion (and types the given comments) with the keyboard only: Tab
 * into a radio group (its checked level, or the first when none is), Space to choose the first,
 * arrow keys to move, Tab to the comment, Tab on (past the evidence controls) to the next criterion.
 */
export async function fillWithKeyboard(
  page: Page,
  ids: string[],
  level: (index: number) => Level,
  comments: Record<number, string> = {},
): Promise<void> {
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { id: el?.id ?? '', name: el?.name ?? '', value: el?.value ?? '', checked: !!el?.checked };
    });
  for (let i = 0; i < 200 && (await focused()).name !== `level-${ids[0]}`; i++) await page.keyboard.press('Tab');
  for (const [index, id] of ids.entries()) {
    const now = await focused();
    expect(now.name, `the focus is in the group of ${id}`).toBe(`level-${id}`);
    let current = now.checked ? LEVELS.indexOf(now.value as Level) : -1;
    if (current < 0) {
      await page.keyboard.press('Space');
      current = 0;
    }
    const want = LEVELS.indexOf(level(index));
    for (; current < want; current++) await page.keyboard.press('ArrowDown');
    for (; current > want; current--) await page.keyboard.press('ArrowUp');
    expect((await focused()).value, `the level of ${id}`).toBe(level(index));
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe(`comment-${id}`);
    const comment = comments[index];
    if (comment) await page.keyboard.type(comment);
    await page.keyboard.press('Tab');
    // Past the criterion's evidence controls (its links and buttons) to the next criterion's levels.
    const next = ids[index + 1];
    for (let i = 0; next && i < 30 && (await focused()).name !== `level-${next}`; i++) await page.keyboard.press('Tab');
  }
}
