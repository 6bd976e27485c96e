// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

// The evidence part of a criterion in the measurement editor, against a fake API.

let fake: FakeApi;
let puts: { criterionId: string; body: Record<string, unknown> }[] = [];
let libraryCalls: string[] = [];

const FRAMEWORK = {
  id: 'fw',
  version: '1',
  name: { nl: 'Kader', en: 'Framework' },
  levels: [],
  elements: [{ id: 'E1', number: 1, name: { nl: 'Onderwijsmethode', en: 'Instruction' } }],
  criteria: [
    { id: 'C01', element: 'E1', name: { nl: 'Gepersonaliseerd leren', en: 'Personalised learning' }, descriptors: {} },
    { id: 'C02', element: 'E1', name: { nl: 'Samenwerkend leren', en: 'Collaborative learning' }, descriptors: {} },
  ],
};

function answer(criterionId: string, over: Record<string, unknown> = {}) {
  return { criterionId, level: null, comment: '', evidenceIds: [], version: 0, updatedAt: null, updatedByName: null, ...over };
}

function evidence(id: number, title: string, criterionIds: string[]) {
  return {
    id,
    organisationId: 3,
    kind: 'file',
    title,
    description: '',
    url: null,
    fileName: 'x.pdf',
    contentType: 'application/pdf',
    size: 10,
    criterionIds,
    createdAt: 1790000000,
    createdByName: 'Chris',
    updatedAt: 1790000000,
    downloadUrl: `/api/evidence/${id}/file`,
  };
}

beforeEach(() => {
  fake = fakeApi();
  puts = [];
  libraryCalls = [];
  vi.stubGlobal('XMLHttpRequest', undefined);
  signedInAs(fake, {
    user: { id: 10, email: 'c@school.be', name: 'Chris', language: 'nl' },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
    programmes: [{ id: 7, name: 'Traject', schoolYear: '2026-2027', organisationId: 3, role: 'coordinator' }],
  });
  fake.routes['GET /api/programmes/7/schools/3/measurements'] = () =>
    json(200, {
      measurements: [{ kind: 'baseline', id: 5, status: 'open', opensOn: '2026-01-01', closesOn: '2099-12-31', answered: 0, total: 2 }],
    });
  fake.routes['GET /api/measurements/5'] = () =>
    json(200, {
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
      canSubmit: false,
      canReopen: false,
      submittedAt: null,
      submittedByName: null,
      reopenReason: null,
      answers: [answer('C01', { evidenceIds: [1], version: 2 }), answer('C02')],
      progress: { answered: 0, total: 2, elements: [] },
    });
  fake.routes['GET /api/frameworks/fw/versions/1'] = () => json(200, FRAMEWORK);
  // Like the server: the filters criterion, ids and q, newest first.
  fake.routes['GET /api/organisations/3/evidence'] = (_init, url) => {
    const params = new URL(url, 'http://x').searchParams;
    const ids = params.get('ids')?.split(',');
    const rows = [evidence(3, 'Foto’s STEM-dag', ['C01']), evidence(2, 'Lessenreeks', ['C02']), evidence(1, 'Visietekst', ['C01', 'C02'])].filter(
      (e) =>
        (!params.get('criterion') || e.criterionIds.includes(params.get('criterion')!)) &&
        (!ids || ids.includes(String(e.id))) &&
        e.title.toLowerCase().includes((params.get('q') ?? '').toLowerCase()),
    );
    libraryCalls.push(url);
    return json(200, { evidence: rows, page: 1, size: 20, pages: 1, total: rows.length, counts: {}, quota: { used: 30, limit: 1000 } });
  };
  // Like the server: without `evidenceIds` the links stay as they are.
  const links: Record<string, unknown> = { C01: [1], C02: [] };
  for (const id of ['C01', 'C02']) {
    fake.routes[`PUT /api/measurements/5/answers/${id}`] = (init) => {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      puts.push({ criterionId: id, body });
      if (body.evidenceIds !== undefined) links[id] = body.evidenceIds;
      return json(200, answer(id, { ...body, evidenceIds: links[id], version: Number(body.version) + 1 }));
    };
  }
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

const criterion = (id: string) => document.querySelector(`[data-criterion="${id}"]`) as HTMLElement;

describe('evidence in the measurement editor', { timeout: 15_000 }, () => {
  it('shows linked evidence by title and links more through the chooser, tagged ones first', async () => {
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    await screen.findByRole('group', { name: 'Gepersonaliseerd leren' });
    const c02 = criterion('C02');
    expect(within(c02).getByText('Nog geen bewijsstukken gekoppeld.')).toBeTruthy();
    expect(await within(criterion('C01')).findByRole('link', { name: 'Visietekst' })).toBeTruthy();

    // Only the linked rows are read, by id: never the whole library.
    expect(libraryCalls).toEqual(['/api/organisations/3/evidence?ids=1&size=200']);

    fireEvent.click(within(c02).getByRole('button', { name: 'Bewijsstukken koppelen – Samenwerkend leren' }));
    const chooser = within(c02).getByRole('group', { name: 'Bewijsstukken bij Samenwerkend leren' });
    const tagged = await within(chooser).findByRole('group', { name: 'Bij dit criterium' });
    expect(within(tagged).getAllByRole('checkbox').map((c) => c.closest('.check')!.textContent)).toEqual([
      'Lessenreeks (Bestand)',
      'Visietekst (Bestand)',
    ]);
    const other = within(chooser).getByRole('group', { name: 'Andere bewijsstukken' });
    expect(within(other).getAllByRole('checkbox')).toHaveLength(1);

    await act(async () => {
      fireEvent.click(within(tagged).getByRole('checkbox', { name: /Lessenreeks/ }));
    });
    await settle();
    expect(puts).toEqual([{ criterionId: 'C02', body: { level: null, comment: '', version: 0, evidenceIds: [2] } }]);
    expect(within(c02).getByRole('link', { name: 'Lessenreeks' }).getAttribute('href')).toBe('/api/evidence/2/file');

    // The search goes to the server a moment after typing.
    fireEvent.change(within(chooser).getByLabelText('Zoeken in de bewijsstukken'), { target: { value: 'foto' } });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 350));
    });
    expect(libraryCalls).toContain('/api/organisations/3/evidence?q=foto&size=20&criterion=C02');
    expect(libraryCalls).toContain('/api/organisations/3/evidence?q=foto&size=20');
    expect(within(chooser).queryByRole('group', { name: 'Bij dit criterium' })).toBeNull();
    expect(within(chooser).getAllByRole('checkbox').map((c) => c.closest('.check')!.textContent)).toEqual(['Foto’s STEM-dag (Bestand)']);
  });

  it('unlinks, and a level change alone does not send the links', async () => {
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    const group = await screen.findByRole('group', { name: 'Gepersonaliseerd leren' });
    await act(async () => {
      fireEvent.click(within(group).getByRole('radio', { name: /Competent/ }));
    });
    await settle();
    expect(puts.at(-1)?.body).toEqual({ level: 'competent', comment: '', version: 2 });
    await act(async () => {
      fireEvent.click(within(criterion('C01')).getByRole('button', { name: 'Loskoppelen Visietekst' }));
    });
    await settle();
    expect(puts.at(-1)?.body).toEqual({ level: 'competent', comment: '', version: 3, evidenceIds: [] });
  });

  it('uploads new evidence tagged with the criterion and links it', async () => {
    fake.routes['POST /api/organisations/3/evidence/files'] = (init) => {
      const headers = init.headers as Record<string, string>;
      expect(headers['X-Evidence-Criteria']).toBe('C02');
      expect(headers['X-Evidence-Title']).toBe('Verslag');
      return json(201, evidence(9, 'Verslag', ['C02']));
    };
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    await screen.findByRole('group', { name: 'Gepersonaliseerd leren' });
    const c02 = criterion('C02');
    fireEvent.click(within(c02).getByRole('button', { name: 'Nieuw bestand uploaden – Samenwerkend leren' }));
    fireEvent.change(within(c02).getByLabelText('Bestand'), { target: { files: [new File(['%PDF-1.4'], 'verslag.pdf')] } });
    fireEvent.change(within(c02).getByLabelText('Titel'), { target: { value: 'Verslag' } });
    await act(async () => {
      fireEvent.click(within(c02).getByRole('button', { name: 'Uploaden' }));
    });
    await settle();
    await settle();
    expect(puts.at(-1)).toEqual({ criterionId: 'C02', body: { level: null, comment: '', version: 0, evidenceIds: [9] } });
    expect(within(c02).getByRole('link', { name: 'Verslag' })).toBeTruthy();
  });

  it('on a conflict shows the linked evidence of both versions and keeps mine when asked', async () => {
    let first = true;
    fake.routes['PUT /api/measurements/5/answers/C02'] = (init) => {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      puts.push({ criterionId: 'C02', body });
      if (first) {
        first = false;
        return json(409, {
          error: {
            code: 'edit_conflict',
            message: 'Iemand anders was je voor.',
            fields: {},
            current: answer('C02', { evidenceIds: [1, 3], version: 4, updatedAt: 1790000000, updatedByName: 'Dirk' }),
          },
        });
      }
      return json(200, answer('C02', { ...body, version: Number(body.version) + 1 }));
    };
    await renderAt('/programmes/7/schools/3/measurements/baseline');
    await screen.findByRole('group', { name: 'Gepersonaliseerd leren' });
    const c02 = criterion('C02');
    fireEvent.click(within(c02).getByRole('button', { name: 'Bewijsstukken koppelen – Samenwerkend leren' }));
    const lessons = await within(c02).findByRole('checkbox', { name: /Lessenreeks/ });
    await act(async () => {
      fireEvent.click(lessons);
    });
    await settle();
    const conflict = within(c02).getByRole('alert');
    expect(conflict.textContent).toContain('Bewijsstukken: 2 gekoppeld');
    expect(conflict.textContent).toContain('Bewijsstukken: 1 gekoppeld');
    await act(async () => {
      fireEvent.click(within(conflict).getByRole('button', { name: 'Mijn versie behouden: Samenwerkend leren' }));
    });
    await settle();
    expect(puts.at(-1)?.body).toEqual({ level: null, comment: '', version: 4, evidenceIds: [2] });
    expect(within(c02).queryByRole('alert')).toBeNull();
  });
});
