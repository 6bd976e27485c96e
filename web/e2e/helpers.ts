import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownIndex, serverRunDir } from './servers';
import { EXPECT_TIMEOUT } from './timeouts';

export const PASSWORD = 'stemkompas-demo';

/** The demo users loaded by `stemkompas demo`, per role (the operator's is a platform role, not a membership). */
export const DEMO = {
  organiser: 'organisator@demo.stemkompas.be',
  coordinator: 'coordinator@demo.stemkompas.be',
  team_member: 'teamlid@demo.stemkompas.be',
  mentor: 'mentor@demo.stemkompas.be',
  reviewer: 'reviewer@demo.stemkompas.be',
  jury: 'jury@demo.stemkompas.be',
  /** The platform operator (users.is_operator): no memberships; `GET /api/me` says `"operator": true`. */
  operator: 'beheer@demo.stemkompas.be',
} as const;

export type DemoRole = keyof typeof DEMO;
export const DEMO_ROLES = Object.keys(DEMO) as DemoRole[];

/** The saved session of a demo user on worker `index`'s server, written by auth.setup.ts. */
export function authFile(role: DemoRole, index = ownIndex()): string {
  return fileURLToPath(new URL(`./.auth/${index}/${role}.json`, import.meta.url));
}

/**
 * Makes the app start in `language`, as if the user had picked it on this device (a later pick with
 * the language switch is kept).
 */
export async function useLanguage(page: Page, language: 'nl' | 'en'): Promise<void> {
  await page.addInitScript((lang) => {
    if (!window.localStorage.getItem('sk_language')) window.localStorage.setItem('sk_language', lang);
  }, language);
}

/** Waits until the page shows its heading and nothing is loading any more. */
export async function pageReady(page: Page): Promise<void> {
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

/** Collects CSP violations reported by the browser, to check that the build obeys the server's CSP. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (load|execute|apply)/i.test(text)) violations.push(text);
  });
  return violations;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // WCAG 2.1 A and AA, plus the best practices about landmarks and headings that screen-reader users
  // navigate by (two navigations with one name cannot be told apart).
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, 'axe-core violations').toEqual([]);
}

export async function logIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel(/^(E-mailadres|E-mail address)$/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Aanmelden|Log in)$/ }).click();
}

/** `GET /api/me` from inside the page (with its cookies). */
export async function fetchMe(page: Page): Promise<{ status: number; body: any }> {
  return page.evaluate(async () => {
    const response = await fetch('/api/me', { headers: { Accept: 'application/json' } });
    return { status: response.status, body: await response.json().catch(() => null) };
  });
}

/** The folder this worker's server runs in; the server writes e-mails to `data/mail/*.eml`. */
export const RUN_DIR = serverRunDir(ownIndex());

export function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** An e-mail the server wrote: its decoded text, and what of it matched the pattern looked for. */
export interface MailFound {
  mail: string;
  match: string;
}

/**
 * Waits for an e-mail to `to`, written after `since` (ms), whose decoded text matches `pattern`; of
 * several, the last one read wins. The server writes every e-mail as a .eml file in the run folder.
 */
export async function mailMatch(to: string, since: number, pattern: RegExp, what = `matching ${pattern}`): Promise<MailFound> {
  const folder = join(RUN_DIR, 'data', 'mail');
  const recipient = new RegExp(`^To:.*${to.replace(/[.@+]/g, '\\$&')}`, 'mi');
  let found: MailFound | null = null;
  await expect
    .poll(
      () => {
        let files: string[] = [];
        try {
          files = readdirSync(folder).filter((f) => f.endsWith('.eml'));
        } catch {
          return null;
        }
        for (const file of files) {
          const path = join(folder, file);
          if (statSync(path).mtimeMs < since - 1000) continue;
          const mail = decodeQuotedPrintable(readFileSync(path, 'utf8'));
          if (!recipient.test(mail)) continue;
          const match = mail.match(pattern);
          if (match) found = { mail, match: match[0] };
        }
        return found;
      },
      { message: `an e-mail to ${to} ${what}`, timeout: EXPECT_TIMEOUT * 1.5 },
    )
    .not.toBeNull();
  return found!;
}

/** Waits for an e-mail to `to` (newer than `since`) and returns the set-password link in it. */
export async function setPasswordLinkFromMail(to: string, since: number): Promise<string> {
  const { match } = await mailMatch(to, since, /https?:\/\/\S+\/set-password#token=[A-Za-z0-9_\-.~%]+/, 'with a set-password link');
  return match;
}

/** The demo data's published programme (`stemkompas demo`). */
export const DEMO_PROGRAMME = 'STEM-traject 2026-2027 (demo)';

/** The id of the demo programme, read from `GET /api/programmes` like a visitor. */
export async function demoProgrammeId(page: Page): Promise<number> {
  const response = await page.request.get('/api/programmes', { headers: { Accept: 'application/json' } });
  expect(response.status(), 'GET /api/programmes').toBe(200);
  const { programmes } = (await response.json()) as { programmes: { id: number; name: string }[] };
  const found = programmes.find((p) => p.name === DEMO_PROGRAMME);
  expect(found, `the demo programme "${DEMO_PROGRAMME}"`).toBeTruthy();
  return found!.id;
}

/** A number unique to this run, to make names, addresses and instellingsnummers unique. */
export function uniqueDigits(length: number): string {
  const value = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  return value.slice(-length);
}
