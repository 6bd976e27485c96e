// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

const FRAMEWORK = {
  id: 'fw',
  version: '1',
  name: { nl: 'Kader', en: 'Framework' },
  levels: [],
  elements: [{ id: 'E1', number: 1, name: { nl: 'Onderwijsmethode', en: 'Instruction' } }],
  criteria: [
    {
      id: 'C01',
      element: 'E1',
      name: { nl: 'Gepersonaliseerd leren', en: 'Personalised learning' },
      descriptors: {
        not_yet: { nl: 'Iedereen hetzelfde', en: 'All the same' },
        competent: { nl: 'Soms aangepast', en: 'Sometimes adapted' },
        proficient: { nl: 'Vaak aangepast', en: 'Often adapted' },
        expert: { nl: 'Altijd aangepast', en: 'Always adapted' },
      },
    },
    { id: 'C02', element: 'E1', name: { nl: 'Samenwerkend leren', en: 'Collaborative learning' }, descriptors: {} },
  ],
};

function answer(criterionId: string, over: Record<string, unknown> = {}) {
  return { criterionId, level: null, comment: '', evidenceIds: [], version: 0, updatedAt: null, updatedByName: null, ...over };
}

function measurement(over: Record<string, unknown> = {}) {
  return {
    id: 5,
    programmeId: 7,
    organisationId: 3,
    organisationName: 'Sint-Lucas',
    kind: 'baseline',
    frameworkId: 'fw',
    frameworkVersion: '1',
    status: 'open',
    opensOn: '2026-01-01',
    closesOn: '2099-12-31',
    editable: true,
    canSubmit: true,
    canReopen: false,
    submittedAt: null,
    submittedByName: null,
    reopenReason: null,
    answers: [answer('C01'), answer('C02')],
    progress: { answered: 0, total: 2, elements: [{ elementId: 'E1', answered: 0, total: 2 }] },
    ...over,
  };
}

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, {
    user: { id: 10, email: 'c@school.be', name: 'Chris', language: 'nl' },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
    programmes: [{ id: 7, name: 'Traject', schoolYear: '2026-2027', organisationId: 3, role: 'coordinator' }],
  });
  fake.routes['GET /api/programmes/7/schools/3/measurements'] = () =>
    json(200, {
      measurements: [
        { kind: 'baseline', id: 5, status: 'open', opensOn: '2026-01-01', closesOn: '2099-12-31', answered: 0, total: 2 },
        { kind: 'final', id: null, status: 'not_started', opensOn: '2099-01-01', closesOn: '2099-12-31', answered: 0, total: 2 },
      ],
    });
  fake.routes['GET /api/measurements/5'] = () => json(200, measurement());
  // Only the pinned version is served: the page must not read the newest one.
  fake.routes['GET /api/frameworks/fw/versions/1'] = () => json(200, FRAMEWORK);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const settle = async () => {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

describe('measurement page', () => {
  it('shows each criterion as a group of four levels with descriptors and saves a level at once', async () => {
    let version = 0;
    fake.routes['PUT /api/measurements/5/answers/C01'] = (init) => {
      const body = JSON.parse(String(init.body));
      expect(body.version).toBe(version);
      version += 1;
      return json(200, answer('C01', { level: body.level, comment: body.comment, version }));
    };
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    const group = await screen.findByRole('group', { name: 'Gepersonaliseerd leren' });
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    const competent = within(group).getByRole('radio', { name: /Competent/ });
    expect(competent.closest('div')!.textContent).toContain('Soms aangepast');

    await act(async () => {
      fireEvent.click(competent);
    });
    await settle();
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    const criterion = group.closest('[data-criterion]') as HTMLElement;
    expect(within(criterion).getByRole('status').textContent).toBe('Opgeslagen');
    const overall = screen.getByLabelText('Alle criteria') as HTMLProgressElement;
    expect(overall.value).toBe(1);
    expect(overall.max).toBe(2);
  });

  it('on a conflict shows their version and keeps mine when asked', async () => {
    let calls = 0;
    fake.routes['PUT /api/measurements/5/answers/C01'] = (init) => {
      const body = JSON.parse(String(init.body));
      calls += 1;
      if (calls === 1) {
        return json(409, {
          error: {
            code: 'edit_conflict',
            message: 'Iemand anders heeft dit gewijzigd.',
            fields: {},
            current: answer('C01', { level: 'not_yet', comment: 'Van Dirk', version: 2, updatedAt: 1790000000, updatedByName: 'Dirk' }),
          },
        });
      }
      expect(body).toEqual({ level: 'expert', comment: '', version: 2 });
      return json(200, answer('C01', { level: 'expert', version: 3 }));
    };
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    const group = await screen.findByRole('group', { name: 'Gepersonaliseerd leren' });
    await act(async () => {
      fireEvent.click(within(group).getByRole('radio', { name: /Expert/ }));
    });
    await settle();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dirk');
    expect(alert.textContent).toContain('Van Dirk');
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: /Mijn versie behouden/ }));
    });
    await settle();
    expect(calls).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists the unanswered criteria when submitting too early', async () => {
    fake.routes['POST /api/measurements/5/submit'] = () =>
      apiError(400, 'validation_failed', 'Niet volledig', { C02: 'Kies een niveau.' });
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Meting indienen' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ja, indienen' }));
    });
    await settle();
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Samenwerkend leren: Kies een niveau.' }).getAttribute('href')).toBe('#crit-C02');
  });

  it('is read-only after submitting, with a notice', async () => {
    fake.routes['GET /api/measurements/5'] = () =>
      json(200, measurement({ status: 'submitted', editable: false, canSubmit: false, submittedAt: 1790000000, submittedByName: 'Chris' }));
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    expect((await screen.findByTestId('submitted-notice')).textContent).toContain('Chris');
    for (const radio of screen.getAllByRole('radio')) expect((radio as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Meting indienen' })).toBeNull();
  });

  it('shows the reopen reason to the school', async () => {
    fake.routes['GET /api/measurements/5'] = () => json(200, measurement({ reopenReason: 'Vul C02 verder aan.' }));
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    expect((await screen.findByTestId('reopen-notice')).textContent).toContain('Vul C02 verder aan.');
  });

  it('has a jump list per key element with its answered criteria, that counts along and moves the focus', async () => {
    fake.routes['GET /api/frameworks/fw/versions/1'] = () =>
      json(200, {
        ...FRAMEWORK,
        elements: [...FRAMEWORK.elements, { id: 'E2', number: 2, name: { nl: 'Curriculum', en: 'Curriculum' } }],
        criteria: [...FRAMEWORK.criteria, { id: 'C04', element: 'E2', name: { nl: 'Leerlijn', en: 'Learning line' }, descriptors: {} }],
      });
    fake.routes['GET /api/measurements/5'] = () =>
      json(200, measurement({ answers: [answer('C01', { level: 'competent', version: 1 }), answer('C02'), answer('C04', { level: 'expert', version: 1 })] }));
    fake.routes['PUT /api/measurements/5/answers/C02'] = (init) => json(200, answer('C02', { level: JSON.parse(String(init.body)).level, version: 1 }));
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    const jump = await screen.findByRole('navigation', { name: 'Sleutelelementen' });
    const links = () => within(jump).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links()).toEqual([
      ['1. Onderwijsmethode1 van 2 beantwoord', '#element-E1'],
      ['2. Curriculum1 van 1 beantwoord', '#element-E2'],
    ]);
    // Each key element's section has the heading the list links to.
    expect(document.getElementById('element-E2')?.tagName).toBe('H2');
    expect(screen.getByLabelText('Alle criteria').getAttribute('value')).toBe('2');
    expect(screen.getByTestId('measurement-bar').textContent).toContain('2 van 3 beantwoord');

    await act(async () => {
      fireEvent.click(within(screen.getByRole('group', { name: 'Samenwerkend leren' })).getByRole('radio', { name: /Expert/ }));
    });
    await settle();
    expect(links()[0]![0]).toBe('1. Onderwijsmethode2 van 2 beantwoord');
    expect(screen.getByTestId('measurement-bar').textContent).toContain('3 van 3 beantwoord');

    fireEvent.click(within(jump).getByRole('link', { name: /^2\. Curriculum/ }));
    expect(document.activeElement?.id).toBe('element-E2');
    fireEvent.click(within(screen.getByTestId('measurement-bar')).getByRole('link', { name: 'Naar de sleutelelementen' }));
    expect(document.activeElement?.id).toBe('measurement-jump-title');
  });

  it('says in the bar whether all is saved; only a save that fails (and the recovery) is announced', async () => {
    let fail = true;
    fake.routes['PUT /api/measurements/5/answers/C01'] = (init) =>
      fail ? apiError(503, 'unavailable', 'Even niet beschikbaar.') : json(200, answer('C01', { level: JSON.parse(String(init.body)).level, version: 1 }));
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    const bar = await screen.findByTestId('measurement-bar');
    const live = within(bar).getByRole('status');
    expect(within(bar).getByTestId('measurement-saved').textContent).toBe('Alles opgeslagen');
    // The count and the save state are not live: nothing is announced from the bar on an answer.
    expect(bar.querySelectorAll('[aria-live], [role="status"], [role="alert"]')).toHaveLength(1);
    expect(live.textContent).toBe('');

    await act(async () => {
      fireEvent.click(within(screen.getByRole('group', { name: 'Gepersonaliseerd leren' })).getByRole('radio', { name: /Competent/ }));
    });
    await settle();
    const problem = within(bar).getByRole('link', { name: '1 antwoord niet opgeslagen' });
    expect(problem.getAttribute('href')).toBe('#crit-C01');
    expect(live.textContent).toBe('1 antwoord niet opgeslagen');

    fail = false;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Opnieuw opslaan: Gepersonaliseerd leren' }));
    });
    await settle();
    expect(within(bar).getByTestId('measurement-saved').textContent).toBe('Alles opgeslagen');
    expect(live.textContent).toBe('Alle antwoorden zijn weer opgeslagen.');
  });

  it("shows the school's navigation to its members, the current page marked", async () => {
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    const nav = await screen.findByRole('navigation', { name: "Pagina's van Sint-Lucas in Traject" });
    expect(within(nav).getByRole('link', { name: 'Nulmeting' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Bewijsstukken' }).getAttribute('href')).toBe('/schools/3/evidence');
  });
});

