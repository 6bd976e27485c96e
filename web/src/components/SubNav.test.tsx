// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import { organiserPageGroups } from '../pages/organiser/programmePages';
import { ProgrammeNav } from '../pages/organiser/ProgrammeNav';
import { currentLink, SubNav } from './SubNav';
import type { SubNavGroup } from './SubNav';
import { schoolPageGroups } from './SchoolNav';

afterEach(cleanup);

const GROUPS: SubNavGroup[] = [
  {
    id: 'schools',
    label: 'Schools',
    links: [
      { to: '/organiser/programmes/7/registrations', label: 'Registrations' },
      { to: '/organiser/programmes/7/progress', label: 'Progress' },
    ],
  },
  {
    id: 'programme',
    label: 'Programme',
    links: [
      { to: '/programmes/7/group-report?measurement=baseline', label: 'Group report' },
      { to: '/programmes/7', label: 'Public page', end: true },
    ],
  },
];

function renderAt(path: string, ui = <SubNav label="Pages of Traject" groups={GROUPS} toggleText="All pages" />) {
  return render(
    <I18nProvider>
      <MemoryRouter initialEntries={[path]}>
        <main>{ui}</main>
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('the current page', () => {
  it.each([
    ['/organiser/programmes/7/progress', 'Progress'],
    ['/organiser/programmes/7/progress/', 'Progress'],
    ['/programmes/7', 'Public page'],
    // The query of a link does not matter; a page under a link without `end` counts.
    ['/programmes/7/group-report', 'Group report'],
    ['/programmes/7/group-report/anything', 'Group report'],
    // `end`: the public page is not current on the pages under it.
    ['/programmes/7/sessions', null],
    ['/organiser/programmes/70/progress', null],
  ])('%s is %s', (path, label) => {
    expect(currentLink(GROUPS, path)?.link.label ?? null).toBe(label);
  });
});

describe('grouped sub navigation', () => {
  it('is a labelled navigation of labelled lists, the current page marked, without axe violations', async () => {
    renderAt('/organiser/programmes/7/progress');
    const nav = screen.getByRole('navigation', { name: 'Pages of Traject' });
    const schools = within(nav).getByRole('list', { name: 'Schools' });
    expect(within(schools).getAllByRole('link').map((a) => a.textContent)).toEqual(['Registrations', 'Progress']);
    expect(within(nav).getByRole('list', { name: 'Programme' })).toBeTruthy();
    const current = nav.querySelectorAll('[aria-current="page"]');
    expect(current).toHaveLength(1);
    expect(current[0]!.textContent).toBe('Progress');
    const results = await axe.run(document.body, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa'] });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('folds behind a button that names the current page; Escape closes it and returns the focus', () => {
    renderAt('/organiser/programmes/7/progress');
    const toggle = screen.getByRole('button', { name: /^Schools: Progress/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const groups = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(groups.className).not.toContain('sub-nav__groups--open');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(groups.className).toContain('sub-nav__groups--open');
    const link = within(groups).getByRole('link', { name: 'Registrations' });
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('closes again when a link is followed', async () => {
    renderAt('/organiser/programmes/7/progress');
    fireEvent.click(screen.getByRole('button', { name: /^Schools: Progress/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Registrations' }));
    });
    const toggle = screen.getByRole('button', { name: /^Schools: Registrations/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('link', { name: 'Registrations' }).getAttribute('aria-current')).toBe('page');
  });

  it('names only the menu on a page that is not one of its links', () => {
    renderAt('/somewhere');
    expect(screen.getByRole('button', { name: 'All pages' })).toBeTruthy();
    expect(document.querySelector('[aria-current]')).toBeNull();
  });
});

describe("the organiser's programme navigation", () => {
  it('has the twelve pages in four groups, in Dutch', () => {
    localStorage.setItem('sk_language', 'nl');
    try {
      renderAt('/organiser/programmes/7/award', <ProgrammeNav programme={{ id: 7, name: 'Traject' }} />);
      const nav = screen.getByRole('navigation', { name: "Pagina's van Traject" });
      const lists = within(nav).getAllByRole('list');
      expect(lists.map((l) => l.getAttribute('aria-labelledby') && document.getElementById(l.getAttribute('aria-labelledby')!)!.textContent)).toEqual([
        'Scholen',
        'Kwaliteit',
        'Lerend netwerk',
        'Programma',
      ]);
      expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual([
        'Inschrijvingen',
        'Voortgang',
        'Mentorkoppeling',
        'Importeren',
        'Labelaanvragen',
        'Award',
        'Groepsrapport',
        'Sessies',
        'Werkgroepen',
        'Instellingen',
        'Logboek',
        'Publieke pagina',
      ]);
      expect(within(nav).getByRole('link', { name: 'Award' }).getAttribute('aria-current')).toBe('page');
      expect(screen.getByRole('button', { name: /^Kwaliteit: Award/ })).toBeTruthy();
    } finally {
      localStorage.removeItem('sk_language');
    }
  });

  it('lists each page once, and the school pages once each in three groups', () => {
    const organiser = organiserPageGroups(7).flatMap((g) => g.pages.map((p) => p.to));
    expect(new Set(organiser).size).toBe(12);
    const school = schoolPageGroups(7, 3);
    expect(school.map((g) => g.id)).toEqual(['measure', 'plan', 'network']);
    expect(school.map((g) => g.pages.map((p) => p.key))).toEqual([
      ['baseline', 'final', 'results', 'surveys', 'groupReport'],
      ['plan', 'evidence', 'label'],
      ['sessions', 'meetings', 'award'],
    ]);
  });
});
