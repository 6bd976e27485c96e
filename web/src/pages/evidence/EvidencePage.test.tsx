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
  elements: [
    { id: 'E1', number: 1, name: { nl: 'Onderwijsmethode', en: 'Instruction' } },
    { id: 'E2', number: 2, name: { nl: 'Curriculum', en: 'Curriculum' } },
  ],
  criteria: [
    { id: 'C01', element: 'E1', name: { nl: 'Gepersonaliseerd leren', en: 'Personalised learning' } },
    { id: 'C02', element: 'E1', name: { nl: 'Samenwerkend leren', en: 'Collaborative learning' } },
    { id: 'C04', element: 'E2', name: { nl: 'Leerlijn', en: 'Learning line' } },
  ],
};

function evidence(id: number, over: Record<string, unknown> = {}) {
  return {
    id,
    organisationId: 3,
    kind: 'file',
    title: `Stuk ${id}`,
    description: '',
    url: null,
    fileName: `stuk-${id}.pdf`,
    contentType: 'application/pdf',
    size: 2048,
    criterionIds: ['C01'],
    createdAt: 1790000000,
    createdByName: 'Chris',
    updatedAt: 1790000000,
    downloadUrl: `/api/evidence/${id}/file`,
    ...over,
  };
}

let list: ReturnType<typeof evidence>[] = [];

beforeEach(() => {
  fake = fakeApi();
  // No XMLHttpRequest: the upload goes through the (fake) fetch, without progress events.
  vi.stubGlobal('XMLHttpRequest', undefined);
  signedInAs(fake, {
    user: { id: 10, email: 'c@school.be', name: 'Chris', language: 'nl' },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
    programmes: [{ id: 7, name: 'Traject', schoolYear: '2026-2027', organisationId: 3, role: 'coordinator' }],
  });
  list = [evidence(2, { kind: 'link', title: 'Website STEM-week', url: 'https://school.be/stem', fileName: null, contentType: null, size: null, downloadUrl: null, criterionIds: ['C04'] }), evidence(1)];
  fake.routes['GET /api/organisations/3/evidence'] = () =>
    json(200, {
      evidence: list,
      page: 1,
      size: 20,
      pages: 1,
      total: list.length,
      counts: { kind: { file: 1, link: 1 }, criterion: { C01: 1, C02: 0, C04: 1 }, element: { E1: 1, E2: 1 } },
      quota: { used: 2048, limit: 200 * 1024 * 1024 },
    });
  fake.routes['GET /api/frameworks'] = () => json(200, { frameworks: [{ id: 'fw', version: '1', name: FRAMEWORK.name }] });
  fake.routes['GET /api/frameworks/fw'] = () => json(200, FRAMEWORK);
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

describe('evidence library page', { timeout: 15_000 }, () => {
  it('lists the evidence with kind, criteria, size and author, and the quota', async () => {
    await renderAt('/schools/3/evidence');
    const item = (await screen.findByRole('heading', { name: 'Stuk 1' })).closest('article') as HTMLElement;
    expect(item.textContent).toContain('stuk-1.pdf');
    expect(item.textContent).toContain('2 KB');
    expect(item.textContent).toContain('door Chris');
    expect(await within(item).findByText('C01 Gepersonaliseerd leren')).toBeTruthy();
    expect(within(item).getByRole('link', { name: 'Downloaden Stuk 1' }).getAttribute('href')).toBe('/api/evidence/1/file');
    expect(screen.getByTestId('quota-text').textContent).toBe('2 KB van 200 MB gebruikt, nog 200 MB vrij');
    const link = screen.getByRole('heading', { name: 'Website STEM-week' }).closest('article') as HTMLElement;
    expect(within(link).getByRole('link', { name: /Link openen/ }).getAttribute('href')).toBe('https://school.be/stem');
    // The criteria to tag with, grouped per key element (in the upload form, opened on demand).
    fireEvent.click(screen.getByRole('button', { name: 'Bestand toevoegen' }));
    const picker = screen.getAllByRole('group', { name: 'Criteria' })[0]!;
    expect(within(picker).getByRole('group', { name: '2. Curriculum' })).toBeTruthy();
  });

  it('starts with the library; each add form opens on demand with the focus in it, and Cancel returns the focus', async () => {
    await renderAt('/schools/3/evidence');
    await screen.findByRole('heading', { name: 'Stuk 1' });
    // No form yet: the library's heading comes before any form field.
    expect(document.getElementById('upload-file')).toBeNull();
    expect(document.getElementById('link-title')).toBeNull();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Overzicht');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Bestand toevoegen' }));
    });
    expect(document.activeElement?.id).toBe('upload-file');
    expect(screen.getByRole('heading', { name: 'Bestand toevoegen', level: 2 })).toBeTruthy();
    // One form at a time: the buttons make room for it.
    expect(screen.queryByRole('button', { name: 'Link toevoegen' })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    });
    expect(document.getElementById('upload-file')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Bestand toevoegen' }));

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Link toevoegen' }));
    });
    expect(document.activeElement?.id).toBe('link-title');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Link toevoegen' }));
  });

  it('adds a link, closes the form, reports it and reads the list again', async () => {
    fake.routes['POST /api/organisations/3/evidence/links'] = (init) => {
      const body = JSON.parse(String(init.body));
      const created = evidence(3, { kind: 'link', title: body.title, url: body.url, fileName: null, size: null, downloadUrl: null, criterionIds: [] });
      list = [created, ...list];
      return json(201, created);
    };
    await renderAt('/schools/3/evidence');
    await screen.findByRole('heading', { name: 'Stuk 1' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Link toevoegen' }));
    });
    fireEvent.change(document.getElementById('link-title') as HTMLInputElement, { target: { value: 'Verslag' } });
    fireEvent.change(document.getElementById('link-url') as HTMLInputElement, { target: { value: 'https://school.be/verslag' } });
    await act(async () => {
      fireEvent.click(within(document.querySelector('form.evidence-form') as HTMLElement).getByRole('button', { name: 'Link toevoegen' }));
    });
    await settle();
    expect(await screen.findByRole('heading', { name: 'Verslag' })).toBeTruthy();
    expect(document.getElementById('link-title')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Link toevoegen' }));
    expect(screen.getByText('“Verslag” is toegevoegd.')).toBeTruthy();
  });

  it('pages, sorts, filters and searches through the server, with counts in the options', async () => {
    await renderAt('/schools/3/evidence');
    await screen.findByRole('heading', { name: 'Stuk 1' });
    const gets = () => fake.calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/organisations/3/evidence')).map((c) => c.url);
    expect(gets()).toEqual(['/api/organisations/3/evidence?page=1&size=20&sort=-createdAt']);
    expect(screen.getByTestId('evidence-count').textContent).toBe('2 bewijsstukken · 1–2 van 2');
    expect(await screen.findByRole('option', { name: 'C04 Leerlijn (1)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Bestand (1)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: '2. Curriculum (1)' })).toBeTruthy();

    await act(async () => {
      fireEvent.change(screen.getByLabelText('Criterium'), { target: { value: 'C04' } });
    });
    await settle();
    expect(gets().at(-1)).toBe('/api/organisations/3/evidence?page=1&size=20&sort=-createdAt&criterion=C04');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Volgorde'), { target: { value: 'title' } });
    });
    await settle();
    expect(gets().at(-1)).toBe('/api/organisations/3/evidence?page=1&size=20&sort=title&criterion=C04');
    fireEvent.change(screen.getByLabelText('Zoeken in titel, beschrijving en bestandsnaam'), { target: { value: 'week' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    });
    await settle();
    expect(gets().at(-1)).toBe('/api/organisations/3/evidence?page=1&size=20&sort=title&q=week&criterion=C04');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Alles tonen' }));
    });
    await settle();
    expect(gets().at(-1)).toBe('/api/organisations/3/evidence?page=1&size=20&sort=title');
  });

  it('saves an edit into its own row without reading the list again', async () => {
    fake.routes['PATCH /api/evidence/1'] = () => json(200, evidence(1, { title: 'Stuk één' }));
    await renderAt('/schools/3/evidence');
    await screen.findByRole('heading', { name: 'Stuk 1' });
    const before = fake.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigen Stuk 1' }));
    fireEvent.change(document.getElementById('edit-1-title') as HTMLInputElement, { target: { value: 'Stuk één' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    });
    await settle();
    expect(await screen.findByRole('heading', { name: 'Stuk één' })).toBeTruthy();
    expect(fake.calls.slice(before).map((c) => c.method)).toEqual(['PATCH']);
  });

  it('shows a refused upload at the file field and in the error summary', async () => {
    fake.routes['POST /api/organisations/3/evidence/files'] = () =>
      apiError(415, 'file_type_not_allowed', 'Dit soort bestand is niet toegelaten: het is geen PDF.', {});
    await renderAt('/schools/3/evidence');
    await screen.findByRole('heading', { name: 'Stuk 1' });
    fireEvent.click(screen.getByRole('button', { name: 'Bestand toevoegen' }));
    const file = new File(['MZ\x90\x00'], 'setup.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Bestand'), { target: { files: [file] } });
    fireEvent.change(screen.getByLabelText('Titel', { selector: '#upload-title' }), { target: { value: 'Handleiding' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Uploaden' }));
    });
    await settle();
    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toBe(file);
    const input = screen.getByLabelText('Bestand');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('upload-file-error')?.textContent).toBe('Dit soort bestand is niet toegelaten: het is geen PDF.');
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Dit soort bestand is niet toegelaten: het is geen PDF.' }).getAttribute('href')).toBe('#upload-file');
  });

  it('refuses a file over 20 MB without uploading it', async () => {
    await renderAt('/schools/3/evidence');
    await screen.findByRole('heading', { name: 'Stuk 1' });
    fireEvent.click(screen.getByRole('button', { name: 'Bestand toevoegen' }));
    const big = new File(['x'], 'film.pdf');
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText('Bestand'), { target: { files: [big] } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Uploaden' }));
    });
    expect(document.getElementById('upload-file-error')?.textContent).toBe('Dit bestand is te groot: het mag maximaal 20 MB zijn.');
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('removes evidence only after confirmation', async () => {
    fake.routes['DELETE /api/evidence/1'] = () => {
      list = list.filter((e) => e.id !== 1);
      return new Response(null, { status: 204 });
    };
    await renderAt('/schools/3/evidence');
    await screen.findByRole('heading', { name: 'Stuk 1' });
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen Stuk 1' }));
    expect(fake.calls.some((c) => c.method === 'DELETE')).toBe(false);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    });
    await settle();
    expect(fake.calls.some((c) => c.method === 'DELETE' && c.url === '/api/evidence/1')).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Stuk 1' })).toBeNull();
    expect(fake.calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/organisations/3/evidence'))).toHaveLength(1);
    expect(screen.getByTestId('evidence-count').textContent).toBe('1 bewijsstuk · 1–1 van 1');
    expect(screen.getByText('“Stuk 1” is verwijderd.')).toBeTruthy();
  });

  it('is read-only for an organiser', async () => {
    signedInAs(fake, {
      user: { id: 11, email: 'o@org.be', name: 'Olga', language: 'nl' },
      memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
      programmes: [],
    });
    fake.routes['GET /api/organisations/3'] = () => json(200, { id: 3, name: 'Sint-Lucas', kind: 'school', members: [] });
    await renderAt('/schools/3/evidence');
    await screen.findByRole('heading', { name: 'Stuk 1' });
    expect(screen.queryByRole('button', { name: 'Uploaden' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Bestand toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Link toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Verwijderen/ })).toBeNull();
    expect(screen.getByText('Je kunt dit bewijsstuk bekijken en downloaden, maar niet wijzigen.')).toBeTruthy();
  });
});
