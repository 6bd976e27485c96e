import { expect } from '@playwright/test';
import { axeChecks, inEachLanguage } from './a11y-helpers';
import type { PageCheck } from './a11y-helpers';
import { demoProgrammeId } from './helpers';

// axe-core (wcag2a, wcag2aa, wcag21aa) on every page of issue 3, in both languages, with no
// Content-Security-Policy violation. Nothing here writes: previews and filters only.

const SUBMIT = /^(School inschrijven|Register school|Inschrijven als mentor|Register as mentor)$/;

const PAGES: PageCheck<number>[] = [
  { name: 'programme list', path: () => '/programmes' },
  { name: 'programme page', path: (id) => `/programmes/${id}` },
  { name: 'school registration', path: (id) => `/programmes/${id}/register-school` },
  {
    name: 'school registration with errors',
    path: (id) => `/programmes/${id}/register-school`,
    prepare: async (page) => {
      await page.getByRole('button', { name: SUBMIT }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  { name: 'mentor registration', path: (id) => `/programmes/${id}/register-mentor` },
  {
    name: 'mentor registration with errors',
    path: (id) => `/programmes/${id}/register-mentor`,
    prepare: async (page) => {
      await expect(page.getByRole('checkbox').first()).toBeVisible();
      await page.getByRole('button', { name: SUBMIT }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  { name: 'organiser programmes', path: () => '/organiser/programmes', as: 'organiser' },
  { name: 'new programme', path: () => '/organiser/programmes/new', as: 'organiser' },
  {
    name: 'new programme with errors',
    path: () => '/organiser/programmes/new',
    as: 'organiser',
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Programma aanmaken|Create programme)$/ }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  { name: 'edit programme', path: (id) => `/organiser/programmes/${id}/edit`, as: 'organiser' },
  { name: 'review queue', path: (id) => `/organiser/programmes/${id}/registrations`, as: 'organiser' },
  { name: 'progress board', path: (id) => `/organiser/programmes/${id}/progress`, as: 'organiser' },
  {
    name: 'progress board searched and filtered',
    path: (id) => `/organiser/programmes/${id}/progress`,
    as: 'organiser',
    prepare: async (page) => {
      // Paged on the server (docs/api.md): the search ignores case and accents, the status options carry counts.
      await page.getByRole('searchbox', { name: /^(Zoek op naam of instellingsnummer|Search by name or institution number)$/ }).fill('SINT-LÚCAS');
      const board = page.getByRole('table', { name: /^(Voortgang per school en per fase|Progress per school and per phase)$/ });
      await expect(board.getByRole('rowheader', { name: 'Demoschool Sint-Lucas' })).toBeVisible();
      await expect(board.getByRole('rowheader')).toHaveCount(1);
      await page.locator('#progress-status').selectOption('not_started');
      await expect(page.getByRole('region', { name: /^(Alle|All) \d+ (scholen per fase|schools per phase)$/ })).toBeVisible();
    },
  },
  { name: 'import', path: (id) => `/organiser/programmes/${id}/import`, as: 'organiser' },
  {
    name: 'import preview',
    path: (id) => `/organiser/programmes/${id}/import`,
    as: 'organiser',
    prepare: async (page) => {
      const csv =
        'naam;instellingsnummer;straat;postcode;gemeente;provincie;onderwijsnet;niveau;leerlingen;contactpersoon;e-mail\n' +
        'Preview-school;987650;Dorp 1;3500;Hasselt;limburg;go;primary;200;Pieter Preview;pieter@preview.example.org\n' +
        'Foute school;12;Dorp 2;35;Hasselt;nergens;go;primary;200;Piet;geen-adres\n';
      await page.locator('#import-file').setInputFiles({ name: 'scholen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: /^(Voorbeeld tonen|Show preview)$/ }).click();
      await expect(page.locator('.import-preview tbody tr')).toHaveCount(2);
      await expect(page.getByRole('button', { name: /^(Alles importeren|Import all)$/ })).toBeDisabled();
    },
  },
  { name: 'audit log', path: (id) => `/organiser/programmes/${id}/audit`, as: 'organiser' },
  { name: 'team', path: () => '/team', as: 'coordinator' },
  {
    name: 'team, remove confirmation',
    path: () => '/team',
    as: 'coordinator',
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Uit het team halen|Remove from team) / }).first().click();
      await expect(page.getByRole('button', { name: /^(Ja, uit het team halen|Yes, remove)$/ })).toBeVisible();
    },
  },
  { name: 'home with programmes (coordinator)', path: () => '/', as: 'coordinator' },
  { name: 'home with programmes (organiser)', path: () => '/', as: 'organiser' },
  { name: 'home with programmes (mentor)', path: () => '/', as: 'mentor' },
];

inEachLanguage('accessibility of the programme pages', (language) => {
  axeChecks(PAGES, language, ({ page }) => demoProgrammeId(page));
});
