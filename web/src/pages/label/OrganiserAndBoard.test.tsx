// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, PROGRAMME, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { application } from '../../testing/labelData';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

describe("the organiser's label applications", () => {
  beforeEach(() => {
    signedInAs(fake, {
      user: { id: 1, email: 'o@org.be', name: 'Olivia', language: 'nl' },
      memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
      programmes: [{ id: 7, name: PROGRAMME.name, schoolYear: '2026-2027', organisationId: 1, role: 'organiser' }],
    });
    fake.routes['GET /api/programmes/7'] = () => json(200, PROGRAMME);
  });

  const page = (over: Record<string, unknown> = {}) => ({
    applications: [
      {
        id: 41,
        organisationId: 3,
        organisationName: 'Sint-Lucas',
        status: 'submitted',
        submittedAt: 1_790_000_000,
        reviewer: null,
        dueOn: null,
        decidedLabel: null,
      },
    ],
    reviewers: [{ id: 9, name: 'Rita Reviewer' }],
    page: 1,
    size: 50,
    pages: 1,
    total: 1,
    counts: { status: { submitted: 1, in_review: 0, decided: 0, withdrawn: 0 }, reviewer: { none: 1, '9': 0 } },
    ...over,
  });

  it('assigns a reviewer with a due date and updates that row from the answer; the server names a wrong reviewer on its field', async () => {
    fake.routes['GET /api/programmes/7/label-applications'] = () => json(200, page());
    await renderAt('/organiser/programmes/7/label');
    const nav = await screen.findByRole('navigation', { name: /Pagina's van/ });
    expect(within(nav).getByRole('link', { name: 'Labelaanvragen' }).getAttribute('aria-current')).toBe('page');

    const row = await screen.findByRole('row', { name: /Sint-Lucas/ });
    expect(row.textContent).toContain('Ingediend, wacht op een beoordelaar');
    await click(within(row).getByRole('button', { name: 'Beoordelaar toewijzen (Sint-Lucas)' }));
    const form = screen.getByRole('region', { name: 'Beoordelaar toewijzen: Sint-Lucas' });
    expect(document.activeElement).toBe(within(form).getByRole('heading', { level: 2 }));

    // Nothing chosen: said on the field, nothing sent.
    await click(within(form).getByRole('button', { name: 'Toewijzen' }));
    expect(within(form).getByRole('alert').textContent).toContain('Kies een beoordelaar.');
    expect(fake.calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.change(within(form).getByLabelText('Beoordelaar'), { target: { value: '9' } });
    fireEvent.change(within(form).getByLabelText('Beoordeling klaar tegen'), { target: { value: '2026-12-20' } });
    fake.routes['PUT /api/label-applications/41/reviewer'] = () =>
      apiError(400, 'validation_failed', 'Controleer de velden.', { reviewerId: 'Deze persoon is geen reviewer.' });
    await click(within(form).getByRole('button', { name: 'Toewijzen' }));
    expect(within(form).getByLabelText('Beoordelaar').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByRole('alert').textContent).toContain('Deze persoon is geen reviewer.');

    fake.routes['PUT /api/label-applications/41/reviewer'] = () =>
      json(200, { ...application(), status: 'in_review', reviewer: { id: 9, name: 'Rita Reviewer' }, dueOn: '2026-12-20' });
    await click(within(form).getByRole('button', { name: 'Toewijzen' }));
    expect(fake.calls.filter((c) => c.method === 'PUT').at(-1)?.body).toEqual({ reviewerId: 9, dueOn: '2026-12-20' });
    expect((await screen.findByText(/is toegewezen aan Rita Reviewer/)).textContent).toBe(
      'De aanvraag van Sint-Lucas is toegewezen aan Rita Reviewer, klaar tegen 20 december 2026.',
    );
    const updated = await screen.findByRole('row', { name: /Rita Reviewer/ });
    expect(updated.textContent).toContain('In beoordeling');
    expect(screen.queryByRole('region', { name: /Reviewer toewijzen:/ })).toBeNull();
    // The row and the counts came from the answer: the list was fetched once.
    expect(fake.calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/programmes/7/label-applications'))).toHaveLength(1);
    expect((screen.getByLabelText('Beoordelaar') as HTMLSelectElement).textContent).toContain('Rita Reviewer (1)');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).textContent).toContain('In beoordeling (1)');
  });

  it('pages, sorts, searches and filters on the server', async () => {
    fake.routes['GET /api/programmes/7/label-applications'] = () => json(200, page({ total: 120, pages: 3, size: 50 }));
    await renderAt('/organiser/programmes/7/label');
    await screen.findByRole('row', { name: /Sint-Lucas/ });
    const last = () => fake.calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/programmes/7/label-applications')).at(-1)!.url;
    expect(last()).toBe('/api/programmes/7/label-applications?page=1&size=50&sort=-submittedAt');
    await click(screen.getByRole('button', { name: /School/ }));
    expect(last()).toContain('sort=name');
    fireEvent.change(screen.getByLabelText('Beoordelaar'), { target: { value: 'none' } });
    await act(async () => {});
    expect(last()).toContain('reviewer=none');
    fireEvent.change(screen.getByLabelText('Zoek een school'), { target: { value: 'lucas' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('search'));
    });
    expect(last()).toContain('q=lucas');
    await click(screen.getByRole('button', { name: /Volgende|2/ }));
    expect(last()).toContain('page=2');
  });
});

describe("the reviewer's board", () => {
  it('shows due, assigned and decided applications with links to the review', async () => {
    signedInAs(fake, {
      user: { id: 9, email: 'r@org.be', name: 'Rita', language: 'en' },
      memberships: [{ organisationId: 1, organisationName: 'Organiser', organisationKind: 'organiser', role: 'reviewer' }],
      programmes: [],
    });
    const item = (id: number, school: string, over: Record<string, unknown> = {}) => ({
      applicationId: id,
      programmeName: 'STEM-traject 2026',
      organisationName: school,
      dueOn: '2020-01-10',
      status: 'in_review',
      decidedLabel: null,
      ...over,
    });
    fake.routes['GET /api/reviews'] = () =>
      json(200, {
        due: [item(1, 'Late school')],
        assigned: [],
        done: [item(3, 'Done school', { status: 'decided', decidedLabel: 'expert', dueOn: null })],
      });
    await renderAt('/reviews');
    const due = await screen.findByRole('region', { name: /^Due soon or overdue ?\(/ });
    const late = within(due).getByRole('row', { name: /Late school/ });
    expect(late.textContent).toContain('10 January 2020 (overdue)');
    expect(within(late).getByRole('link', { name: 'Late school' }).getAttribute('href')).toBe('/reviews/1');
    expect(screen.getByRole('region', { name: /^Assigned ?\(/ }).textContent).toContain('No other assigned applications.');
    expect(within(screen.getByRole('region', { name: /^Decided ?\(/ })).getByRole('row', { name: /Done school/ }).textContent).toContain('Expert');
    // The main menu leads reviewers here.
    expect(within(screen.getByRole('navigation', { name: 'Main menu' })).getByRole('link', { name: 'Reviews' }).getAttribute('href')).toBe('/reviews');
  });
});
