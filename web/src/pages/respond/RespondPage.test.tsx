// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, FRAMEWORK, json, renderAt } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

// Role queries over a whole questionnaire are slow in jsdom, more so on a shared machine.

let fake: FakeApi;
let tokens = 0;

const SURVEY = () => ({
  code: 'ABCDEFGH',
  schoolName: 'Sint-Lucas',
  group: 'teachers',
  variant: 'secondary',
  language: 'nl',
  statements: [
    { criterionId: 'C01', elementId: 'E1', text: 'Ik pas mijn lessen aan.' },
    { criterionId: 'C02', elementId: 'E2', text: 'Ik werk samen met collega’s.' },
  ],
  scale: ['Helemaal oneens', 'Oneens', 'Niet eens, niet oneens', 'Eens', 'Helemaal eens', 'Weet ik niet'],
  token: `tok-${++tokens}`,
});

beforeEach(() => {
  fake = fakeApi();
  sessionStorage.clear();
  tokens = 0;
  fake.routes['GET /api/public/surveys/ABCDEFGH'] = () => json(200, SURVEY());
  fake.routes['GET /api/frameworks'] = () =>
    json(200, { frameworks: [{ id: 'eu-stem-school-label', version: '2024.1', name: FRAMEWORK.name }] });
  fake.routes['GET /api/frameworks/eu-stem-school-label'] = () => json(200, FRAMEWORK);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const radio = async (statement: string, option: string) =>
  within(await screen.findByRole('group', { name: statement })).getByRole('radio', { name: option });

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

describe('the public questionnaire', () => {
  it('groups statements by key element, lists unanswered ones, then sends and thanks', async () => {
    fake.routes['POST /api/public/surveys/ABCDEFGH/responses'] = () => json(201, {});
    await renderAt('/s/abcd-efgh');
    expect(await screen.findByRole('heading', { level: 1, name: /Vragenlijst voor leraren/ })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Deel 1 van 2: Onderwijsmethode' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Ik pas mijn lessen aan.' })).toBeTruthy();
    expect(screen.getByText('0 van 2 stellingen beantwoord', { selector: '#respond-progress-label' })).toBeTruthy();

    await click(await radio('Ik pas mijn lessen aan.', 'Eens'));
    await click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Nog niet beantwoord: Ik werk samen met collega’s.');
    expect(summary.textContent).not.toContain('Ik pas mijn lessen aan.');
    expect(document.activeElement).toBe(summary);
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);

    await click(await radio('Ik werk samen met collega’s.', 'Weet ik niet'));
    expect(screen.getByText('2 van 2 stellingen beantwoord', { selector: '#respond-progress-label' })).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ token: 'tok-1', answers: { C01: 4, C02: null } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bedankt!' })).toBeTruthy();
  });

  it('fetches a fresh questionnaire after a spent token and keeps the answers', async () => {
    let posts = 0;
    fake.routes['POST /api/public/surveys/ABCDEFGH/responses'] = () =>
      ++posts === 1 ? apiError(409, 'survey_token_invalid', 'Verlopen') : json(201, {});
    await renderAt('/s/ABCDEFGH');
    await click(await radio('Ik pas mijn lessen aan.', 'Helemaal eens'));
    await click(await radio('Ik werk samen met collega’s.', 'Oneens'));
    await click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('opnieuw geladen');
    expect((document.getElementById('q-C01-5') as HTMLInputElement).checked).toBe(true);
    await click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    const sent = fake.calls.filter((c) => c.method === 'POST').map((c) => (c.body as { token: string }).token);
    expect(sent).toEqual(['tok-1', 'tok-2']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bedankt!' })).toBeTruthy();
  });

  it('links a server message about one answer to its statement', async () => {
    fake.routes['POST /api/public/surveys/ABCDEFGH/responses'] = () =>
      apiError(400, 'validation_failed', 'Controleer', { 'answers.C02': 'Kies een antwoord van 1 tot 5.' });
    await renderAt('/s/ABCDEFGH');
    await click(await radio('Ik pas mijn lessen aan.', 'Eens'));
    await click(await radio('Ik werk samen met collega’s.', 'Eens'));
    await click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    const link = within(await screen.findByRole('alert')).getByRole('link');
    expect(link.textContent).toBe('Ik werk samen met collega’s.: Kies een antwoord van 1 tot 5.');
    expect(link.getAttribute('href')).toBe('#q-C02');
  });

  it.each([
    [404, 'not_found', 'Onbekende code'],
    [410, 'survey_closed', 'Vragenlijst gesloten'],
    [429, 'rate_limited', 'Even geduld'],
  ])('shows a %i as its own page', async (status, code, title) => {
    fake.routes['GET /api/public/surveys/ABCDEFGH'] = () => apiError(status, code, 'x');
    await renderAt('/s/ABCDEFGH');
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect(screen.getByRole('link', { name: /code .*invullen/ }).getAttribute('href')).toBe('/s');
    // No site navigation on the public pages.
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

describe('the code form', () => {
  it('normalises the code and opens its questionnaire', async () => {
    await renderAt('/s');
    await click(screen.getByRole('button', { name: 'Vragenlijst openen' }));
    expect(screen.getByRole('alert').textContent).toContain('Vul de code in');
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: 'abcd-efg' } });
    await click(screen.getByRole('button', { name: 'Vragenlijst openen' }));
    expect(screen.getByRole('alert').textContent).toContain('8 tekens');
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: ' abcd efgh ' } });
    await click(screen.getByRole('button', { name: 'Vragenlijst openen' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Vragenlijst voor leraren/ })).toBeTruthy();
    expect(fake.calls.some((c) => c.url === '/api/public/surveys/ABCDEFGH')).toBe(true);
  });
});
