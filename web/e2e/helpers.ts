import { expect } from '@playwright/test';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mailFolders, ownIndex } from './servers';
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

/** A phone: 390 × 844 CSS px, touch, and the mobile viewport rules (the page's `<meta name="viewport">`). */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/**
 * A new browser context on a phone (PHONE), signed in as the demo user `as` (the saved session of
 * auth.setup.ts) or anonymous, starting the app in `language` when one is given. Other context options
 * (baseURL, storageState of a session a spec made…) pass through. The caller closes it.
 */
export async function phoneContext(
  browser: Browser,
  { as, language, ...options }: BrowserContextOptions & { as?: DemoRole; language?: 'nl' | 'en' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE, ...(as ? { storageState: authFile(as) } : {}), ...options });
  if (language) {
    await context.addInitScript((lang) => {
      if (!window.localStorage.getItem('sk_language')) window.localStorage.setItem('sk_language', lang);
    }, language);
  }
  return context;
}

/**
 * Null when the page is no wider than its viewport, else how wide it is and the element sticking out
 * furthest (the outermost one, with its place in the page), to name in a failure. The viewport is
 * `documentElement.clientWidth`: with `isMobile` Chromium widens `window.innerWidth` to the content, so
 * `scrollWidth <= innerWidth` would always hold there.
 */
export async function sidewaysOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = Math.min(root.clientWidth, window.innerWidth);
    if (root.scrollWidth <= limit) return null;
    const name = (el: Element) => {
      const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const label = el.getAttribute('aria-label') ?? el.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes}${label ? `[${label}]` : ''}`;
    };
    let widest: Element | null = null;
    let right = limit;
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      // Strictly further: of an element and its descendants with the same edge, the outermost is named.
      if (box.right <= right + 0.5 || (box.width === 0 && box.height === 0)) continue;
      // Inside a box that scrolls or clips, it widens that box at most (named itself if it sticks out).
      let inScrollBox = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') {
          inScrollBox = true;
          break;
        }
      }
      if (inScrollBox) continue;
      widest = el;
      right = box.right;
    }
    if (!widest) return `${root.scrollWidth} px wide in a ${limit} px viewport (no element found sticking out)`;
    const path: string[] = [];
    for (let up = widest.parentElement; up && up !== document.body && path.length < 4; up = up.parentElement) path.push(name(up));
    const text = (widest.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    return (
      `${root.scrollWidth} px wide in a ${limit} px viewport; sticking out furthest (to ${Math.round(right)} px): ` +
      `${name(widest)} "${text}" in ${path.join(' < ')}`
    );
  });
}

/** Fails, naming `what` and the element sticking out, when the page scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page, what = page.url()): Promise<void> {
  expect(await sidewaysOverflow(page), `${what} scrolls sideways`).toBeNull();
}

/**
 * The touch targets of the page smaller than 44 × 44 CSS px (WCAG 2.5.5), described: buttons, form
 * controls, summaries, and links that stand on their own (a link inside a sentence is exempt). A radio
 * or checkbox counts with its label row. Hidden and visually hidden elements are left out.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 44 - 0.5;
    const small: string[] = [];
    const seen = new Set<Element>();
    const controls = document.querySelectorAll(
      'button, a[href], select, textarea, summary, [role="button"], input:not([type="hidden"])',
    );
    for (const control of controls) {
      let target: Element = control;
      if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox'))
        target = control.labels?.[0] ?? control;
      if (control instanceof HTMLAnchorElement) {
        // A link in running text (the block around it has text of its own) is exempt.
        const parent = control.parentElement;
        const inText = [...(parent?.childNodes ?? [])].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        if (inText) continue;
      }
      if (seen.has(target)) continue;
      seen.add(target);
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || box.bottom <= 0) continue;
      if (box.width >= MIN && box.height >= MIN) continue;
      const text = (target.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40) || target.getAttribute('aria-label') || (target as HTMLInputElement).name || '';
      small.push(`${target.tagName.toLowerCase()} "${text}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  });
}

/**
 * Counts the page's API requests in flight, so a check can wait until the data behind a page has come
 * (after its heading) without a fixed sleep; `settled()` waits until none has been pending for a frame.
 */
export function watchApi(page: Page): { settled: () => Promise<void> } {
  let pending = 0;
  const isApi = (r: Request) => new URL(r.url()).pathname.startsWith('/api/');
  page.on('request', (r) => {
    if (isApi(r)) pending++;
  });
  const done = (r: Request) => {
    if (isApi(r)) pending = Math.max(0, pending - 1);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  const idle = () => expect.poll(() => pending, { message: 'API requests still in flight', intervals: [20, 50, 100, 250] }).toBe(0);
  return {
    settled: async () => {
      await idle();
      // A response may start the next request (a list after its filters): look again after a frame.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await idle();
    },
  };
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

// axe-core as @axe-core/playwright ships it. Its AxeBuilder injected the whole script again on every
// scan and opened a second page to finish each run: about 450 ms a scan, against about 60 ms for
// `axe.run` in a page that has the script already. The suite scans several hundred page states.
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.1 A and AA, plus the best practices about landmarks and headings that screen-reader users
 * navigate by (two navigations with one name cannot be told apart). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Once per document: a navigation inside the app keeps the script, a page load drops it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: any }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return (results.violations as any[]).map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${(v.nodes as any[]).map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, AXE_TAGS);
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
 * several, the newest wins. The server writes every e-mail as a .eml file in its data folder (in
 * pair mode one of the two servers does; both folders are read).
 */
export async function mailMatch(to: string, since: number, pattern: RegExp, what = `matching ${pattern}`): Promise<MailFound> {
  const recipient = new RegExp(`^To:.*${to.replace(/[.@+]/g, '\\$&')}`, 'mi');
  let found: MailFound | null = null;
  await expect
    .poll(
      () => {
        const files: { path: string; mtime: number }[] = [];
        for (const folder of mailFolders(ownIndex())) {
          try {
            for (const name of readdirSync(folder).filter((f) => f.endsWith('.eml'))) {
              const path = join(folder, name);
              files.push({ path, mtime: statSync(path).mtimeMs });
            }
          } catch {
            // Not made yet: that server has written no mail so far.
          }
        }
        // Oldest first, so that the last one read is the newest, whichever folder it is in.
        files.sort((a, b) => a.mtime - b.mtime);
        for (const { path, mtime } of files) {
          if (mtime < since - 1000) continue;
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
