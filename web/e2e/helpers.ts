import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export const PASSWORD = 'stemkompas-demo';

/** The demo users loaded by `stemkompas demo`, per role. */
export const DEMO = {
  organiser: 'organisator@demo.stemkompas.be',
  coordinator: 'coordinator@demo.stemkompas.be',
  team_member: 'teamlid@demo.stemkompas.be',
  mentor: 'mentor@demo.stemkompas.be',
  reviewer: 'reviewer@demo.stemkompas.be',
  jury: 'jury@demo.stemkompas.be',
} as const;

export type DemoRole = keyof typeof DEMO;
export const DEMO_ROLES = Object.keys(DEMO) as DemoRole[];

/** The saved session of a demo user, written by auth.setup.ts. */
export function authFile(role: DemoRole): string {
  return fileURLToPath(new URL(`./.auth/${role}.json`, import.meta.url));
}

/** Makes the app start in `language` (as if the user had picked it on this device). */
export async function useLanguage(page: Page, language: 'nl' | 'en'): Promise<void> {
  await page.addInitScript((lang) => window.localStorage.setItem('sk_language', lang), language);
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
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
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
