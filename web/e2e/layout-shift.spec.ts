import { expect, test } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { logIn, pageReady } from './helpers';

// Issue 19: the results page moved under the reader's eyes (cumulative layout shift 0.17–0.39: the menu
// growing once the session was known, the footer pushed down by the results, the radar appearing). The page
// is opened on a slow connection, so each of those steps arrives separately, on a phone and on a laptop,
// and every layout shift the browser reports (Layout Instability API) is added up. Goal: < 0.1.

const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Demoschool Ter Duinen's coordinator: its baseline is submitted, with survey answers (app/demo_results.h). */
async function signedInAtTerDuinen(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  await logIn(page, 'duinen@demo.stemkompas.be');
  await expect(page).not.toHaveURL(/\/login/);
  const me = await page.evaluate(async () => (await fetch('/api/me', { headers: { Accept: 'application/json' } })).json());
  const school = (me.memberships as { organisationId: number; role: string }[]).find((m) => m.role === 'coordinator')!;
  const programme = (me.programmes as { id: number; organisationId: number }[]).find((p) => p.organisationId === school.organisationId)!;
  const state = await context.storageState();
  await context.close();
  return { state, path: `/programmes/${programme.id}/schools/${school.organisationId}/results` };
}

test('the results page does not move while it loads, on a phone and on a laptop', async ({ browser }) => {
  const { state, path } = await signedInAtTerDuinen(browser);
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 900 },
  ]) {
    const context = await browser.newContext({ storageState: state, viewport });
    await context.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (window as unknown as { skShifts: typeof shifts }).skShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
          if (!entry.hadRecentInput)
            shifts.push({ value: entry.value, sources: entry.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName))) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    await page.goto(path);
    await pageReady(page);
    await expect(page.getByTestId('elements-table')).toBeVisible();
    // The radar is drawn once Chart.js has arrived: its canvas then has a chart's pixels.
    const radar = page.getByTestId('radar');
    await expect.poll(() => radar.evaluate((canvas: HTMLCanvasElement) => canvas.width > 300 && canvas.height > 150)).toBe(true);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
    const shifts = await page.evaluate(() => (window as unknown as { skShifts: { value: number; sources: string[] }[] }).skShifts);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(total, `layout shift at ${viewport.width} px: ${JSON.stringify(shifts)}`).toBeLessThan(0.1);
    await context.close();
  }
});
