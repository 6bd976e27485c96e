import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { authFile, DEMO_PROGRAMME, DEMO_ROLES, expectNoAxeViolations, pageReady, useLanguage, watchCsp } from './helpers';
import type { DemoRole } from './helpers';
import { testTimes } from './timeouts';

// The home of every demo role says what is next from live state (GET /api/me/home): the page shows the next
// step the server worked out, with its link, and the demo's real state (the demo programme in its baseline
// phase, the mentor's confirmed school Ter Duinen, the organiser's inbox and programmes, the juror's round).
// Other specs of this worker add programmes, schools and applications to the same database, so the checks
// compare the page with the server's answer instead of counting. Then every link on the home is opened (one
// per kind of address: /programmes/12/… and /programmes/13/… are the same page) and none shows an error
// page; axe finds nothing on the home. Nothing on the home scrolls sideways in its to-do cards at 390 px.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type HomeAnswer = any;

async function homeAnswer(page: Page): Promise<HomeAnswer> {
  return page.evaluate(async () => {
    const response = await fetch('/api/me/home', { headers: { Accept: 'application/json' } });
    return response.json();
  });
}

async function expectRealSteps(page: Page, role: DemoRole, home: HomeAnswer): Promise<void> {
  const section = page.locator(`section[data-role="${role}"]`);
  if (role === 'coordinator' || role === 'team_member') {
    const entries = (home.schools as HomeAnswer[]).filter((s) => s.role === role);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const card = section.locator(`article[data-programme="${entry.programmeId}"]`);
      const next = card.getByTestId('next-step');
      await expect(next).toHaveAttribute('data-step', entry.nextStep.kind);
      await expect(next.getByRole('link')).toHaveAttribute('href', entry.nextStep.path);
    }
    // The demo programme: its baseline runs now (the demo's dates follow the day it was loaded).
    const demo = entries.find((e) => e.programmeName === DEMO_PROGRAMME);
    expect(demo, 'the demo programme is on the home').toBeTruthy();
    const card = section.locator(`article[data-programme="${demo.programmeId}"]`);
    await expect(card.locator('li[aria-current="step"]')).toHaveAttribute('data-phase', 'baseline');
    await expect(card.getByTestId('deadline')).toContainText(/^Nulmeting: nog \d+ dagen, tot en met /);
  } else if (role === 'mentor') {
    const schools = home.mentor.schools as HomeAnswer[];
    await expect(section.getByTestId('mentor-school')).toHaveCount(schools.length);
    const duinen = section.locator('article', { has: page.getByRole('heading', { name: 'Demoschool Ter Duinen' }) });
    await expect(duinen).toBeVisible();
    await expect(duinen.getByRole('link', { name: 'Overleglogboek' })).toHaveAttribute('href', /\/meetings$/);
    await expect(duinen.getByTestId('plan')).toContainText(/Actieplan: 2 doelen, \d+% klaar/);
  } else if (role === 'organiser') {
    await expect(section.getByTestId('organiser-programme')).toHaveCount(home.organiser.programmes.length);
    const demo = (home.organiser.programmes as HomeAnswer[]).find((p) => p.name === DEMO_PROGRAMME);
    await expect(section.locator(`article[data-programme="${demo.id}"]`)).toContainText(/Nulmeting: nog \d+ dagen, tot en met /);
    const questions = section.getByTestId('organiser-questions');
    if (home.organiser.questions.open === 0) await expect(questions).toContainText('Er wachten geen vragen op een antwoord.');
    else await expect(questions.locator('li[data-question]')).toHaveCount(home.organiser.questions.first.length);
  } else if (role === 'reviewer') {
    if (home.reviewer.total === 0) await expect(section.getByTestId('reviews-empty')).toBeVisible();
    else await expect(section.getByTestId('reviews').getByRole('listitem')).toHaveCount(home.reviewer.reviews.length);
  } else if (role === 'jury') {
    await expect(section.getByTestId('jury-rounds')).toContainText(DEMO_PROGRAMME);
  } else {
    // The operator holds no membership: the operator's own section, no to-dos.
    await expect(page.locator('section[data-role="operator"]')).toBeVisible();
    expect(home.schools).toEqual([]);
  }
}

/** The addresses of the home's links, one per kind of address (numbers stand for any id). */
async function homeLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const seen = new Map<string, string>();
  for (const href of hrefs) if (!href.startsWith('/api/')) seen.set(href.replace(/\d+/g, 'N'), seen.get(href.replace(/\d+/g, 'N')) ?? href);
  return [...seen.values()];
}

for (const role of DEMO_ROLES) {
  test.describe(`the ${role}'s home`, () => {
    test.use({ storageState: authFile(role) });

    test('shows the real next steps, every link on it opens, and axe finds nothing', async ({ page }) => {
      test.setTimeout(testTimes(8));
      const csp = watchCsp(page);
      await useLanguage(page, 'nl');
      await page.goto('/');
      await pageReady(page);
      const home = await homeAnswer(page);
      await expectRealSteps(page, role, home);
      await expectNoAxeViolations(page);

      const links = await homeLinks(page);
      expect(links.length).toBeGreaterThan(2);
      for (const href of links) {
        await page.goto(href);
        await pageReady(page);
        await expect(page.locator('h1'), href).not.toHaveText(/^Pagina niet gevonden$/);
        await expect(page.locator('.notice--error'), `${href} shows an error`).toHaveCount(0);
      }
      expect(csp, 'Content-Security-Policy violations').toEqual([]);
    });
  });
}

test.describe('at 390 px', () => {
  test.use({ storageState: authFile('coordinator'), viewport: { width: 390, height: 844 } });

  test('the to-do cards and the timeline fit the screen and the main action is a large target', async ({ page }) => {
    await useLanguage(page, 'nl');
    await page.goto('/');
    await pageReady(page);
    const cards = page.locator('article.todo');
    await expect(cards.first()).toBeVisible();
    const overflowing = await cards.evaluateAll((list) =>
      list.filter((el) => el.scrollWidth > el.clientWidth || el.getBoundingClientRect().right > window.innerWidth).length,
    );
    expect(overflowing, 'to-do cards wider than the screen').toBe(0);
    const button = cards.first().getByTestId('next-step').getByRole('link');
    const box = await button.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await expect(cards.first().getByRole('list', { name: 'Fasen van het programma' })).toBeVisible();
  });
});
