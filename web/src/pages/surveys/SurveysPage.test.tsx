// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

// Role queries over a whole questionnaire are slow in jsdom, more so on a shared machine.

let fake: FakeApi;

const survey = (over: Record<string, unknown>) => ({
  id: 1,
  programmeId: 7,
  organisationId: 3,
  kind: 'baseline',
  group: 'teachers',
  status: 'open',
  code: 'ABCDEFGH',
  link: 'http://localhost/s/ABCDEFGH',
  responses: 3,
  createdAt: 1,
  closedAt: null,
  ...over,
});

const LIST = '/api/programmes/7/schools/3/surveys';

function as(role: string, language: 'nl' | 'en' = 'nl') {
  signedInAs(fake, {
    user: { id: 10, email: 'c@school.be', name: 'Chris', language },
    memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role }],
    programmes: [],
  });
}

beforeEach(() => {
  fake = fakeApi();
  fake.routes[`GET ${LIST}`] = () => json(200, { surveys: [survey({})] });
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

const card = async (kind: string, group: string, heading = 'Nulmeting') => {
  await screen.findByRole('heading', { name: heading });
  return document.querySelector(`[data-kind="${kind}"][data-group="${group}"]`) as HTMLElement;
};

describe('the surveys page', () => {
  it('shows link, code in two groups, responses against the threshold; the coordinator opens and closes', async () => {
    as('coordinator');
    fake.routes[`POST ${LIST}`] = () => json(201, survey({ id: 2, group: 'students', code: 'KMNPQRST', responses: 0 }));
    fake.routes['POST /api/surveys/1/close'] = () => json(200, survey({ status: 'closed', responses: 5 }));
    await renderAt('/programmes/7/schools/3/surveys');

    const teachers = await card('baseline', 'teachers');
    expect(within(teachers).getByRole('link', { name: 'http://localhost/s/ABCDEFGH' }).getAttribute('href')).toBe('http://localhost/s/ABCDEFGH');
    expect([...teachers.querySelectorAll('.survey-code__group')].map((e) => e.textContent)).toEqual(['ABCD', 'EFGH']);
    expect(teachers.textContent).toContain('Nog 2 antwoorden nodig voor resultaten');

    const students = await card('baseline', 'students');
    await click(within(students).getByRole('button', { name: /Vragenlijst openen/ }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ kind: 'baseline', group: 'students' });
    expect((await card('baseline', 'students')).textContent).toContain('KMNP');

    await click(within(teachers).getByRole('button', { name: /^Sluiten/ }));
    const closed = await card('baseline', 'teachers');
    expect(closed.textContent).toContain('Gesloten');
    expect(closed.textContent).toContain('Resultaten worden getoond');
    expect(within(closed).getByRole('button', { name: /^Heropenen/ })).toBeTruthy();
  });

  it('is read-only for a team member', async () => {
    as('team_member');
    await renderAt('/programmes/7/schools/3/surveys');
    const teachers = await card('baseline', 'teachers');
    expect(screen.getByText(/Alleen de coördinator/)).toBeTruthy();
    expect(within(teachers).queryByRole('button', { name: /Sluiten/ })).toBeNull();
    expect(within(teachers).getByRole('button', { name: /Link kopiëren/ })).toBeTruthy();
    expect(within(await card('final', 'leaders')).queryByRole('button')).toBeNull();
  });

  it("shows the link's QR code with the link as its alt text and links the poster in the page's language", async () => {
    as('coordinator');
    await renderAt('/programmes/7/schools/3/surveys');
    const teachers = await card('baseline', 'teachers');
    const qr = within(teachers).getByRole('img', { name: 'QR-code van de link http://localhost/s/ABCDEFGH' });
    expect(qr.getAttribute('src')).toBe('/api/surveys/1/qr.svg');
    const poster = within(teachers).getByRole('link', { name: /^Affiche met QR-code \(PDF\)/ });
    expect(poster.getAttribute('href')).toBe('/api/surveys/1/poster.pdf?lang=nl');
    // The hidden part names group and measurement, so the eight poster links on the page differ.
    expect(poster.textContent).toContain('(Leraren, nulmeting)');
    // A group without a survey has neither.
    const students = await card('baseline', 'students');
    expect(within(students).queryByRole('img')).toBeNull();
    expect(within(students).queryByRole('link', { name: /Affiche/ })).toBeNull();
  });

  it('gives a team member the poster too, and the English poster in English', async () => {
    as('team_member', 'en');
    await renderAt('/programmes/7/schools/3/surveys');
    const teachers = await card('baseline', 'teachers', 'Baseline');
    expect(within(teachers).getByRole('img', { name: 'QR code of the link http://localhost/s/ABCDEFGH' })).toBeTruthy();
    const poster = within(teachers).getByRole('link', { name: /^Poster with QR code \(PDF\)/ });
    expect(poster.getAttribute('href')).toBe('/api/surveys/1/poster.pdf?lang=en');
  });
});
