// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../api/questions';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

const ME = {
  user: { id: 1, email: 'o@org.be', name: 'Olivia', language: 'nl' },
  memberships: [{ organisationId: 1, organisationName: 'Organisator', organisationKind: 'organiser', role: 'organiser' }],
  programmes: [],
};

function question(over: Partial<Question> = {}): Question {
  return {
    id: 5,
    name: 'Ann Peeters',
    email: 'ann@school.be',
    organisation: 'Sint-Jozef',
    topic: 'registration',
    question: 'Tot wanneer kunnen we ons aanmelden?',
    language: 'en',
    receivedAt: '2026-10-23T18:00',
    receivedAtUnix: 1792771200,
    dueAt: '2026-10-27T23:59',
    dueAtUnix: 1793141999,
    secondsLeft: 3 * 3600 + 600,
    status: 'new',
    takenBy: null,
    takenAt: null,
    answer: null,
    answeredAt: null,
    answeredBy: null,
    forwardedTo: null,
    forwardNote: null,
    forwardedAt: null,
    forwardedBy: null,
    onTime: null,
    overdueAlerted: false,
    ...over,
  };
}

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, ME);
  fake.routes['GET /api/questions/stats'] = () =>
    json(200, { months: [{ month: '2026-09', received: 4, answered: 4, onTime: 3, shareOnTime: 75 }] });
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
const type = async (element: HTMLElement, value: string) => {
  await act(async () => {
    fireEvent.change(element, { target: { value } });
  });
};

describe("the organisers' inbox", () => {
  it('lists questions by due time with the time left, filters by status and shows the statistics', async () => {
    fake.routes['GET /api/questions'] = () =>
      json(200, {
        questions: [
          question({ id: 3, name: 'Bert Bos', secondsLeft: -(2 * 3600), onTime: false, takenBy: { id: 2, name: 'Piet' }, status: 'taken' }),
          question(),
          question({ id: 9, name: 'Cas', secondsLeft: null, status: 'answered', onTime: true }),
        ],
        page: 1,
        size: 50,
        pages: 2,
        total: 53,
        counts: { status: { new: 40, taken: 3, answered: 9, forwarded: 1 } },
      });
    await renderAt('/organiser/questions');
    const table = await screen.findByRole('table', { name: 'Vragen, gesorteerd op deadline' });
    const rows = within(table).getAllByRole('row').slice(1) as [HTMLElement, HTMLElement, HTMLElement];
    expect(rows.map((r) => r.getAttribute('data-question'))).toEqual(['3', '5', '9']);
    expect(rows[0].textContent).toContain('2 u 0 min te laat');
    expect(rows[0].getAttribute('data-urgency')).toBe('overdue');
    expect(rows[0].textContent).toContain('Piet');
    expect(rows[1].textContent).toContain('nog 3 u 10 min');
    expect(rows[1].textContent).toContain('27/10/2026 23:59');
    expect(within(rows[1]).getByRole('link', { name: 'Ann Peeters' }).getAttribute('href')).toBe('/organiser/questions/5');

    const stats = await screen.findByRole('table', { name: 'Op tijd behandeld per maand' });
    expect(stats.textContent).toContain('september 2026');
    expect(stats.textContent).toContain('75 %');

    expect(fake.calls.some((c) => c.url === '/api/questions?page=1&size=50&sort=inbox')).toBe(true);
    const filter = screen.getByLabelText('Toon') as HTMLSelectElement;
    expect(Array.from(filter.options).map((o) => o.textContent)).toEqual([
      'Alle (53)',
      'Open (nieuw of genomen) (43)',
      'Nieuw (40)',
      'Genomen (3)',
      'Beantwoord (9)',
      'Doorgestuurd (1)',
    ]);
    await type(filter, 'answered');
    expect(fake.calls.some((c) => c.url === '/api/questions?page=1&size=50&sort=inbox&status=answered')).toBe(true);
    await type(screen.getByLabelText('Zoek een vraagsteller'), 'bert');
    await act(async () => {
      fireEvent.submit(screen.getByRole('search'));
    });
    expect(fake.calls.at(-1)?.url).toBe('/api/questions?page=1&size=50&sort=inbox&q=bert&status=answered');
    await click(screen.getByRole('button', { name: /^Deadline/ }));
    expect(fake.calls.at(-1)?.url).toContain('sort=dueAt');
  });

  it('is reachable from the navigation of an organiser', async () => {
    fake.routes['GET /api/questions'] = () =>
      json(200, { questions: [], page: 1, size: 50, pages: 1, total: 0, counts: { status: { new: 0, taken: 0, answered: 0, forwarded: 0 } } });
    await renderAt('/organiser/questions');
    await screen.findByText('Er zijn geen vragen om te tonen.');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Vragen' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Vraag het ons' })).toBeTruthy();
  });
});

describe('one question', () => {
  it('is taken, and answered with a mail to the asker', async () => {
    let current = question();
    fake.routes['GET /api/questions/5'] = () => json(200, current);
    fake.routes['POST /api/questions/5/take'] = () => {
      current = question({ status: 'taken', takenBy: { id: 1, name: 'Olivia' } });
      return json(200, current);
    };
    fake.routes['POST /api/questions/5/answer'] = () => {
      current = question({
        status: 'answered',
        takenBy: { id: 1, name: 'Olivia' },
        answer: 'Until 15 November.',
        answeredAt: '2026-10-24T10:00',
        answeredBy: { id: 1, name: 'Olivia' },
        secondsLeft: null,
        onTime: true,
      });
      return json(200, current);
    };
    await renderAt('/organiser/questions/5');
    await screen.findByRole('heading', { level: 1, name: 'Vraag van Ann Peeters' });
    expect(screen.getByText('Tot wanneer kunnen we ons aanmelden?').getAttribute('lang')).toBe('en');
    await click(screen.getByRole('button', { name: 'Neem deze vraag' }));
    expect(screen.getByRole('status').textContent).toBe('Je behandelt nu deze vraag.');
    expect(screen.getByText('Olivia (jij)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Neem/ })).toBeNull();

    // An empty answer is stopped before sending.
    await click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    expect(screen.getByRole('alert').textContent).toContain('Schrijf een antwoord.');
    expect(fake.calls.filter((c) => c.url.endsWith('/answer'))).toEqual([]);

    expect(screen.getByText(/Schrijf in het Engels/)).toBeTruthy();
    await type(screen.getByLabelText(/^Antwoord$/), 'Until 15 November.');
    await click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    expect(fake.calls.find((c) => c.url.endsWith('/answer'))?.body).toEqual({ answer: 'Until 15 November.' });
    expect(screen.getByRole('status').textContent).toBe('Het antwoord is verstuurd naar ann@school.be.');
    expect(screen.getByText('Beantwoord door Olivia op 24/10/2026 10:00.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Antwoord versturen' })).toBeNull();
    expect(screen.getByText('Op tijd behandeld')).toBeTruthy();
  });

  it('offers to take over from a colleague, forwards, and shows a field error from the server', async () => {
    let current = question({ status: 'taken', takenBy: { id: 2, name: 'Piet' } });
    fake.routes['GET /api/questions/5'] = () => json(200, current);
    let attempts = 0;
    fake.routes['POST /api/questions/5/forward'] = () => {
      attempts += 1;
      if (attempts === 1)
        return apiError(400, 'validation_failed', 'Controleer de velden.', { note: 'Gebruik hoogstens 2000 tekens.' });
      current = question({
        status: 'forwarded',
        takenBy: { id: 2, name: 'Piet' },
        forwardedTo: 'expert@vub.be',
        forwardNote: 'Kun jij?',
        forwardedAt: '2026-10-24T09:00',
        forwardedBy: { id: 1, name: 'Olivia' },
        secondsLeft: null,
        onTime: true,
      });
      return json(200, current);
    };
    await renderAt('/organiser/questions/5');
    expect(await screen.findByRole('button', { name: 'Neem over van Piet' })).toBeTruthy();
    await type(screen.getByLabelText('E-mailadres'), 'expert@vub.be');
    await type(screen.getByLabelText('Toelichting (niet verplicht)'), 'Kun jij?');
    await click(screen.getByRole('button', { name: 'Doorsturen' }));
    expect(screen.getByLabelText('Toelichting (niet verplicht)').getAttribute('aria-invalid')).toBe('true');
    await click(screen.getByRole('button', { name: 'Doorsturen' }));
    expect(fake.calls.filter((c) => c.url.endsWith('/forward')).at(-1)?.body).toEqual({ email: 'expert@vub.be', note: 'Kun jij?' });
    expect(screen.getByRole('status').textContent).toBe('De vraag is doorgestuurd naar expert@vub.be.');
    expect(screen.getByText('Doorgestuurd naar expert@vub.be door Olivia op 24/10/2026 09:00.')).toBeTruthy();
    // Still open to an answer of our own.
    expect(screen.getByRole('button', { name: 'Antwoord versturen' })).toBeTruthy();
  });
});
