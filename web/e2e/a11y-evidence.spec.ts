import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { axeChecks, inEachLanguage } from './a11y-helpers';
import type { PageCheck } from './a11y-helpers';
import { uniqueDigits } from './helpers';
import { editorPath } from './measurement-helpers';
import type { DemoSchool } from './measurement-helpers';
import { addLink, editableBaseline, libraryPath, makePdf, removeEvidence, uploadAs } from './evidence-helpers';
import { testTimes } from './timeouts';

// axe-core (wcag2a, wcag2aa, wcag21aa) on every evidence page and state (issue 5), in nl and en, with
// no Content-Security-Policy violation: the library for each role, with an add form opened and its errors,
// with a removal to confirm, and the evidence part of the measurement editor with its chooser and
// upload form open. The set-up adds a file and a link to the demo school and removes them afterwards.

const PREFIX = `A11y bewijs ${uniqueDigits(6)}`;
let school: DemoSchool & { measurementId: number };
let fileTitle = '';

test.beforeAll(async ({ browser }) => {
  school = await editableBaseline(browser);
  fileTitle = `${PREFIX} plan`;
  const uploaded = await uploadAs(browser, 'coordinator', school.organisationId, {
    name: 'plan.pdf',
    bytes: makePdf(PREFIX),
    title: fileTitle,
    criteria: ['C01', 'C02'],
  });
  expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
  await addLink(browser, school.organisationId, `${PREFIX} website`, ['C01']);
});

test.afterAll(async ({ browser }) => {
  await removeEvidence(browser, school.organisationId, PREFIX);
});

const card = (page: Page, title: string) =>
  page.locator('article.evidence-item').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

const CHECKS: PageCheck<void>[] = [
  { name: 'library (coordinator)', path: () => libraryPath(school.organisationId), as: 'coordinator' },
  { name: 'library (team member)', path: () => libraryPath(school.organisationId), as: 'team_member' },
  { name: 'library (organiser, read-only)', path: () => libraryPath(school.organisationId), as: 'organiser' },
  {
    name: 'library with upload errors',
    path: () => libraryPath(school.organisationId),
    as: 'coordinator',
    prepare: async (page) => {
      await page.locator('#evidence-add-file').click();
      await page.locator('#upload-title').fill('x'.repeat(10));
      await page.locator('form.evidence-form').first().locator('button[type="submit"]').click();
      await expect(page.locator('#upload-file-error')).toBeVisible();
    },
  },
  {
    name: 'library with link errors',
    path: () => libraryPath(school.organisationId),
    as: 'coordinator',
    prepare: async (page) => {
      await page.locator('#evidence-add-link').click();
      await page.locator('#link-url').fill('ftp://example.org');
      await page.locator('form.evidence-form').first().locator('button[type="submit"]').click();
      await expect(page.locator('#link-title-error')).toBeVisible();
    },
  },
  {
    name: 'library with an edit form open',
    path: () => libraryPath(school.organisationId),
    as: 'coordinator',
    prepare: async (page) => {
      await card(page, fileTitle).locator('button[id$="-edit"]').click();
      await expect(card(page, fileTitle).locator('form')).toBeVisible();
    },
  },
  {
    name: 'library with a removal to confirm',
    path: () => libraryPath(school.organisationId),
    as: 'coordinator',
    prepare: async (page) => {
      await card(page, fileTitle).locator('button[id$="-remove"]').click();
      await expect(card(page, fileTitle).locator('.confirm')).toBeVisible();
    },
  },
  {
    name: 'library filtered to nothing',
    path: () => `${libraryPath(school.organisationId)}`,
    as: 'coordinator',
    prepare: async (page) => {
      await page.locator('#evidence-filter-q').fill('niets-dat-bestaat-zzz');
      await page.locator('form[role="search"] button[type="submit"]').click();
      await expect(page.getByTestId('evidence-count')).not.toBeEmpty();
      await expect(page.locator('article.evidence-item')).toHaveCount(0);
    },
  },
  {
    name: 'measurement editor with the evidence chooser open',
    path: () => editorPath(school),
    as: 'coordinator',
    prepare: async (page) => {
      const c01 = page.locator('[data-criterion="C01"]');
      await c01.locator('.criterion-evidence .actions button').first().click();
      await expect(c01.locator('.criterion-evidence__chooser input[type="checkbox"]').first()).toBeVisible();
    },
  },
  {
    name: 'measurement editor with an upload form and its errors',
    path: () => editorPath(school),
    as: 'coordinator',
    prepare: async (page) => {
      const c02 = page.locator('[data-criterion="C02"]');
      await c02.locator('.criterion-evidence .actions button').nth(1).click();
      await c02.locator('.criterion-evidence__upload button[type="submit"]').click();
      await expect(c02.locator('#ev-C02-upload-file-error')).toBeVisible();
    },
  },
  { name: 'measurement editor (organiser, read-only evidence)', path: () => editorPath(school), as: 'organiser' },
];

inEachLanguage('accessibility of the evidence pages', (language) => {
  axeChecks(CHECKS, language, () => undefined, {
    timeout: testTimes(3),
    ready: (page) => expect(page.locator('[data-testid="evidence-count"], [data-criterion]').first()).toBeVisible(),
  });
});
