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
});
