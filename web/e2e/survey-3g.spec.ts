import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, pageReady, watchCsp } from './helpers';
import { answerAll, apiAs, demoSchool, ensureSurvey, phoneContext } from './survey-helpers';
import { testTimes } from './timeouts';

// A pupil on a phone with a slow connection: the survey page on a throttled network (the figures of
// Lighthouse's mobile profile, devtools throttling: 1.6 Mbit/s down, 750 kbit/s up, each × 0.9, and a
// round trip of 150 ms × 3.75), at 390 × 844. The pupil opens the link, answers every statement one per
// screen, sends, and sees the thanks page; the page loads only its own small script (survey.html).

const SLOW = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};

/** The first statement on screen after opening the link, and the thanks page after sending. */
const BUDGET = { firstStatementMs: 8_000, sendMs: 4_000 };

test('a pupil answers the whole survey on a phone over a slow 3G connection', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(testTimes(4));
  const api = await apiAs(playwright, baseURL!, 'coordinator');
  const ids = await demoSchool(api.request);
  const survey = await ensureSurvey(api, ids, 'baseline', 'leaders');
  await api.request.dispose();

  const phone = await phoneContext(browser, 'nl');
  const page = await phone.newPage();
  const csp = watchCsp(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const cdp = await phone.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW);

  const opened = Date.now();
  await page.goto(`/s/${survey.code}`);
  await expect(page.locator('fieldset.statement')).toBeVisible({ timeout: BUDGET.firstStatementMs * 2 });
  const firstStatement = Date.now() - opened;
  await pageReady(page);
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expectNoAxeViolations(page);

  const total = await answerAll(page, 3);
  expect(total).toBeGreaterThan(10);
  await expect(page.locator('#respond-progress-label')).toHaveText(`${total} van ${total} stellingen beantwoord`);
  await expectNoAxeViolations(page);

  const sent = Date.now();
  await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt!', { timeout: BUDGET.sendMs * 2 });
  const sending = Date.now() - sent;
  await expect(page).toHaveURL(`/s/${survey.code}/done`);
  await expectNoAxeViolations(page);

  test.info().annotations.push({ type: 'slow 3G', description: `first statement after ${firstStatement} ms, sent in ${sending} ms` });
  console.log(`survey on slow 3G: first statement after ${firstStatement} ms; ${total} statements; sent in ${sending} ms`);
  expect(firstStatement, 'ms until the first statement shows').toBeLessThan(BUDGET.firstStatementMs);
  expect(sending, 'ms from send to the thanks page').toBeLessThan(BUDGET.sendMs);
  // Only the survey page's own script: no React, no router, no app frame.
  expect(scripts.filter((path) => path.endsWith('.js')).every((path) => /\/assets\/(survey|en-survey)-/.test(path)), scripts.join(', ')).toBe(true);
  expect(csp, 'Content-Security-Policy violations').toEqual([]);
  await phone.close();
});
