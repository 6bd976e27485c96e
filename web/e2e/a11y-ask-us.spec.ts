import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { authFile, expectNoAxeViolations, pageReady, uniqueDigits, useLanguage, watchCsp } from './helpers';
import { askQuestion } from './askus-helpers';
import type { AskedQuestion } from './askus-helpers';
import { testTimes } from './timeouts';

// axe-core (wcag2a, wcag2aa, wcag21aa) on every "Ask us" page, in nl and en, with no Content-Security-
// Policy violation: the public form (empty, with errors, sent), the organiser's inbox with its
// statistics, and one question's page (open, then taken with a field error on the answer).

let fixture: AskedQuestion | null = null;

async function question(browser: Browser): Promise<AskedQuestion> {
  if (!fixture) fixture = await askQuestion(browser, authFile('organiser'));
  return fixture;
}

interface Check {
  name: string;
  as: 'visitor' | 'organiser';
  path: (q: AskedQuestion) => string;
  prepare?: (page: Page, language: 'nl' | 'en') => Promise<void>;
}

const CHECKS: Check[] = [
  { name: 'question form', as: 'visitor', path: () => '/ask' },
  {
    name: 'question form with errors',
    as: 'visitor',
    path: () => '/ask',
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Vraag versturen|Send question)$/ }).click();
      await expect(page.getByRole('alert')).toBeFocused();
    },
  },
  {
    name: 'question sent, with the promised answer time',
    as: 'visitor',
    path: () => '/ask',
    prepare: async (page, language) => {
      const stamp = uniqueDigits(6);
      await page.locator('#name').fill(`Toegankelijk ${stamp}`);
      await page.locator('#email').fill(`a11y.${stamp}@school.example.org`);
      await page.locator('#topic').selectOption('general');
      await page.locator('#question').fill('Is het platform ook in het Engels beschikbaar?');
      await page.locator('#consent').check();
      await page.getByRole('button', { name: /^(Vraag versturen|Send question)$/ }).click();
      await expect(page.getByRole('status')).toContainText(language === 'nl' ? 'uiterlijk op' : 'at the latest');
    },
  },
  { name: 'inbox with statistics', as: 'organiser', path: () => '/organiser/questions' },
  { name: 'inbox filtered on open questions', as: 'organiser', path: () => '/organiser/questions?status=open' },
  { name: 'open question', as: 'organiser', path: (q) => `/organiser/questions/${q.id}` },
  {
    name: 'taken question with an answer error',
    as: 'organiser',
    path: (q) => `/organiser/questions/${q.id}`,
    prepare: async (page) => {
      const take = page.getByRole('button', { name: /^(Neem deze vraag|Take this question)$/ });
      if (await take.isVisible()) {
        await take.click();
        await expect(page.getByRole('status')).toBeVisible();
      }
      await page.getByRole('button', { name: /^(Antwoord versturen|Send answer)$/ }).click();
      await expect(page.getByRole('alert')).toBeFocused();
    },
  },
];

test.describe('accessibility of the Ask us pages', () => {
  test.describe.configure({ timeout: testTimes(2) });

  for (const check of CHECKS) {
    for (const language of ['nl', 'en'] as const) {
      test(`${check.name} (${language})`, async ({ browser }) => {
        const q = await question(browser);
        const context =
          check.as === 'visitor' ? await browser.newContext() : await browser.newContext({ storageState: authFile('organiser') });
        const page = await context.newPage();
        const csp = watchCsp(page);
        try {
          await useLanguage(page, language);
          await page.goto(check.path(q));
          await pageReady(page);
          await expect(page.locator('html')).toHaveAttribute('lang', language);
          if (check.prepare) await check.prepare(page, language);
          await expectNoAxeViolations(page);
          expect(csp, 'Content-Security-Policy violations').toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
