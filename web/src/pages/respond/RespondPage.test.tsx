// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n';
import { apiError, fakeApi, json } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { SurveyApp } from './SurveyApp';

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
  elements: [
    { elementId: 'E1', name: 'Onderwijsmethode' },
    { elementId: 'E2', name: 'Curriculum' },
  ],
  scale: ['Helemaal oneens', 'Oneens', 'Niet eens, niet oneens', 'Eens', 'Helemaal eens', 'Weet ik niet'],
  token: `tok-${++tokens}`,
});

beforeEach(() => {
  fake = fakeApi();
  vi.stubGlobal('scrollTo', () => undefined); // jsdom has no scrolling
  sessionStorage.clear();
  tokens = 0;
  fake.routes['GET /api/public/surveys/ABCDEFGH'] = () => json(200, SURVEY());
});

/** The survey page's app (survey.html) at `path`, as the browser would open it. */
async function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  await act(async () => {
    render(
      <I18nProvider>
        <SurveyApp />
      </I18nProvider>,
    );
  });
}

/** A phone (narrower than 48rem): one statement per screen. */
function phone() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

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
    expect(window.location.pathname).toBe('/s/ABCDEFGH/done');
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

describe('the privacy link', () => {
  const privacyLink = () => screen.getByRole('link', { name: 'Meer over privacy (opent in een nieuw venster)' });

  it('is on the code page, after "your answers are anonymous", and opens the page in a new window', async () => {
    await renderAt('/s');
    await screen.findByRole('heading', { level: 1 });
    const link = privacyLink();
    expect(link.getAttribute('href')).toBe('/privacy');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(link.parentElement?.textContent).toMatch(/^Je antwoorden zijn anoniem\. Meer over privacy/);
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: /^Privacy en je gegevens/ }).getAttribute('href')).toBe('/privacy');
  });

  it('is on the first screen of the questionnaire, on a phone too', async () => {
    phone();
    await renderAt('/s/ABCDEFGH');
    await screen.findByRole('heading', { name: 'Deel 1 van 2: Onderwijsmethode' });
    expect(privacyLink().closest('p')?.textContent).toContain('Je antwoorden zijn anoniem');
  });
});

describe('on a phone: one statement per screen', () => {
  beforeEach(phone);

  const step = () => screen.getByText(/^Stelling \d+ van 2$/, { selector: '#respond-step-label' }).textContent;

  it('steps through the statements with a progress bar, keeps the answers and sends from the last step', async () => {
    fake.routes['POST /api/public/surveys/ABCDEFGH/responses'] = () => json(201, {});
    await renderAt('/s/ABCDEFGH');
    expect(await screen.findByRole('heading', { level: 1, name: /Vragenlijst voor leraren/ })).toBeTruthy();
    expect(step()).toBe('Stelling 1 van 2');
    const bar = screen.getByRole('progressbar', { name: 'Stelling 1 van 2' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([1, 2]);
    expect(screen.getAllByRole('group', { name: /^Ik / })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2, name: 'Deel 1 van 2: Onderwijsmethode' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Vorige' })).toBeNull();

    await click(await radio('Ik pas mijn lessen aan.', 'Eens'));
    expect(JSON.parse(sessionStorage.getItem('sk_survey_ABCDEFGH')!)).toEqual({ C01: 4 });
    await click(screen.getByRole('button', { name: 'Volgende' }));
    expect(step()).toBe('Stelling 2 van 2');
    // The new statement has the focus, so a screen reader reads it.
    expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Ik werk samen met collega’s.' }));
    await click(screen.getByRole('button', { name: 'Vorige' }));
    expect((await radio('Ik pas mijn lessen aan.', 'Eens') as HTMLInputElement).checked).toBe(true);
    await click(screen.getByRole('button', { name: 'Volgende' }));

    // Skipped: the last step lists it, and its link leads back to that statement.
    await click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Nakijken en versturen' })).toBe(document.activeElement);
    expect(screen.getByText('1 van 2 stellingen beantwoord', { selector: '#respond-progress-label' })).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    await click(within(summary).getByRole('link', { name: /Ik werk samen/ }));
    expect(step()).toBe('Stelling 2 van 2');
    expect(document.activeElement).toBe(document.getElementById('q-C02'));
    expect(screen.getByText('Kies een antwoord.')).toBeTruthy();

    await click(await radio('Ik werk samen met collega’s.', 'Weet ik niet'));
    await click(screen.getByRole('button', { name: 'Volgende' }));
    await click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ token: 'tok-1', answers: { C01: 4, C02: null } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bedankt!' })).toBeTruthy();
    expect(sessionStorage.getItem('sk_survey_ABCDEFGH')).toBeNull();
  });

  it('starts at the first statement the draft has no answer for', async () => {
    sessionStorage.setItem('sk_survey_ABCDEFGH', JSON.stringify({ C01: 2 }));
    await renderAt('/s/ABCDEFGH');
    await screen.findByRole('heading', { level: 1, name: /Vragenlijst voor leraren/ });
    expect(step()).toBe('Stelling 2 van 2');
    sessionStorage.setItem('sk_survey_ABCDEFGH', JSON.stringify({ C01: 2, C02: 5 }));
    cleanup();
    await renderAt('/s/ABCDEFGH');
    expect(await screen.findByRole('heading', { level: 2, name: 'Nakijken en versturen' })).toBeTruthy();
    expect(screen.getByText('2 van 2 stellingen beantwoord')).toBeTruthy();
  });
});
