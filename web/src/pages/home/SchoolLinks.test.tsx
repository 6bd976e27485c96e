// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n';
import { fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { home, schoolHome } from '../../testing/homeData';
import { MyProgrammes } from './MyProgrammes';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, {
    user: { id: 10, email: 'c@school.be', name: 'Chris', language: 'nl' },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
    programmes: [{ id: 7, name: 'Traject', schoolYear: '2026-2027', organisationId: 3, role: 'coordinator' }],
  });
  fake.routes['GET /api/me/home'] = () =>
    json(
      200,
      home({
        schools: [
          schoolHome({
            measurements: [
              { kind: 'baseline', status: 'open', answered: 4, total: 21 },
              { kind: 'final', status: 'not_started', answered: 0, total: 21 },
            ],
          }),
        ],
      }),
    );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('school links on the home page', () => {
  it('link both measurements with their status, the results, the surveys and the evidence', async () => {
    await renderAt('/');
    const section = await screen.findByTestId('my-programmes');
    const baseline = await within(section).findByRole('link', { name: 'Nulmeting' });
    expect(baseline.getAttribute('href')).toBe('/programmes/7/schools/3/measurements/baseline');
    expect((await within(section).findByTestId('status-baseline')).textContent).toContain('Bezig, 4 van 21 beantwoord');
    expect(within(section).getByTestId('status-final').textContent).toContain('Niet gestart');
    expect(within(section).getByRole('link', { name: 'Resultaten' }).getAttribute('href')).toBe('/programmes/7/schools/3/results?kind=baseline');
    expect(within(section).getByRole('link', { name: 'Vragenlijsten' }).getAttribute('href')).toBe('/programmes/7/schools/3/surveys');
    expect(within(section).getByRole('link', { name: 'Bewijsstukken' }).getAttribute('href')).toBe('/schools/3/evidence');
  });

  it('guesses no main action or state of its own: without the home answer only the links are there', async () => {
    fake.routes['GET /api/me/home'] = () => json(500, { error: 'internal' });
    await renderAt('/');
    const section = await screen.findByTestId('my-programmes');
    await within(section).findByRole('link', { name: 'Nulmeting' });
    expect(within(section).getByTestId('main-action').textContent).toBe('');
    expect(section.querySelectorAll('a.button')).toHaveLength(0);
    expect(within(section).queryByTestId('status-baseline')).toBeNull();
    // One request for the whole home: no request per card.
    expect(fake.calls.filter((c) => c.url.includes('/measurements'))).toEqual([]);
  });

  it('groups the other pages under short headings, the same groups as the school pages', async () => {
    await renderAt('/');
    const section = await screen.findByTestId('my-programmes');
    await within(section).findByTestId('status-baseline');
    const headings = within(section).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(headings).toEqual(['Meten', 'Plan en bewijsstukken', 'Lerend netwerk', 'Programma']);
    const names = (group: string) => within(within(section).getByRole('list', { name: group })).getAllByRole('link').map((a) => a.textContent);
    expect(names('Meten')).toEqual(['Nulmeting', 'Eindmeting', 'Resultaten', 'Vragenlijsten', 'Groepsrapport']);
    expect(names('Plan en bewijsstukken')).toEqual(['Actieplan', 'Bewijsstukken', 'STEM-label']);
    expect(names('Lerend netwerk')).toEqual(['Sessies', 'Overleglogboek', 'Award: onze kandidatuur']);
    expect(names('Programma')).toEqual(['Pagina van het programma', 'Mijn team beheren']);
  });

  it('takes the main action the home page gives, for a school and for an organiser', async () => {
    const programmes = [
      { id: 7, name: 'Traject', schoolYear: '2026-2027', organisationId: 3, role: 'coordinator' as const },
      { id: 8, name: 'Ander traject', schoolYear: '2026-2027', organisationId: 1, role: 'organiser' as const },
    ];
    await act(async () => {
      render(
        <I18nProvider>
          <MemoryRouter>
            <MyProgrammes
              programmes={programmes}
              mainAction={(p) =>
                p.role === 'organiser'
                  ? { to: '/organiser/programmes/8/registrations', label: '2 inschrijvingen beoordelen' }
                  : { to: '/programmes/7/schools/3/surveys', label: 'Nog 3 antwoorden nodig', detail: 'leerlingen' }
              }
            />
          </MemoryRouter>
        </I18nProvider>,
      );
    });
    const [school, organiser] = screen.getAllByTestId('main-action');
    expect(within(school!).getByRole('link', { name: 'Nog 3 antwoorden nodig' }).getAttribute('href')).toBe('/programmes/7/schools/3/surveys');
    expect(school!.textContent).toContain('leerlingen');
    expect(within(organiser!).getByRole('link', { name: '2 inschrijvingen beoordelen' }).getAttribute('href')).toBe('/organiser/programmes/8/registrations');
    // The organiser's card: its pages in the groups of the programme's navigation.
    const card = screen.getByRole('link', { name: 'Ander traject' }).closest('li') as HTMLElement;
    expect(within(card).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Scholen', 'Kwaliteit', 'Lerend netwerk', 'Programma']);
    expect(within(card).getAllByRole('link')).toHaveLength(1 + 1 + 12);
  });
});

