// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UndeliveredMail } from '../../api/mail';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import { COORDINATOR, OPERATOR, ORGANISER } from '../../testing/people';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

function mail(over: Partial<UndeliveredMail> = {}): UndeliveredMail {
  return {
    id: 11,
    to: 'ann@school.be',
    subject: 'Uitnodiging STEM-traject',
    createdAt: 1796634000,
    status: 'failed',
    attempts: 1,
    failedAt: 1796634060,
    nextAttemptAt: null,
    reason: 'refused',
    lastError: 'SMTP delivery failed: RCPT failed: 550 (SMTP 550)',
    ...over,
  };
}

const RETRYING = mail({
  id: 12,
  to: 'bob@school.be',
  subject: 'Herinnering meting',
  status: 'retrying',
  attempts: 2,
  failedAt: null,
  nextAttemptAt: 1796637600,
  reason: 'unreachable',
  lastError: "SMTP delivery failed: Couldn't connect to server",
});

const list = (messages: UndeliveredMail[], counts = { failed: 1, retrying: 1 }) =>
  json(200, { messages, page: 1, size: 50, pages: 1, total: messages.length, counts: { status: counts } });

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, ORGANISER);
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

const row = (to: string) => screen.getByRole('rowheader', { name: to }).closest('tr') as HTMLElement;

describe("the organiser's undelivered e-mails", () => {
  it('lists each message with its state and the fault in plain words, and sends one again', async () => {
    fake.routes['GET /api/undelivered-mail'] = () => list([mail(), RETRYING]);
    fake.routes['POST /api/undelivered-mail/11/retry'] = () => json(200, { id: 11, status: 'queued' });
    await renderAt('/organiser/undelivered-mail');
    await screen.findByRole('heading', { level: 1, name: 'Niet bezorgde e-mails' });
    await screen.findByRole('rowheader', { name: 'ann@school.be' });

    const ann = row('ann@school.be');
    expect(ann.textContent).toContain('Uitnodiging STEM-traject');
    expect(within(ann).getByText('Niet bezorgd').className).toContain('status-tag--problem');
    expect(ann.textContent).toContain('weigert dit bericht');
    expect(ann.textContent).toContain('RCPT failed: 550');
    const bob = row('bob@school.be');
    expect(within(bob).getByText('Wordt opnieuw geprobeerd').className).toContain('status-tag--waiting');
    expect(bob.textContent).toContain('volgende poging');
    expect(bob.textContent).toContain('niet bereikbaar');
    // The filter says how many of each there are; the operator's organisation column is not there.
    expect(screen.getByRole('option', { name: 'Niet bezorgd (1)' })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'Organisatie' })).toBeNull();

    await click(within(ann).getByRole('button', { name: 'Opnieuw versturen (ann@school.be, Uitnodiging STEM-traject)' }));
    expect(fake.calls.find((c) => c.method === 'POST')).toMatchObject({ url: '/api/undelivered-mail/11/retry', body: {} });
    expect(screen.queryByRole('rowheader', { name: 'ann@school.be' })).toBeNull();
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('De e-mail aan ann@school.be wordt opnieuw verstuurd.'))).toBe(
      true,
    );
  });

  it('filters by state on the server and starts from ?status=', async () => {
    fake.routes['GET /api/undelivered-mail'] = () => list([mail()], { failed: 1, retrying: 0 });
    await renderAt('/organiser/undelivered-mail?status=failed');
    await screen.findByRole('rowheader', { name: 'ann@school.be' });
    expect(fake.calls.some((c) => c.url.startsWith('/api/undelivered-mail?') && c.url.includes('status=failed'))).toBe(true);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Toon'), { target: { value: 'retrying' } });
    });
    expect(fake.calls.some((c) => c.url.includes('status=retrying'))).toBe(true);
  });

  it('says so when there is nothing, and reloads when a message was dealt with meanwhile', async () => {
    let answers = [mail()];
    fake.routes['GET /api/undelivered-mail'] = () => list(answers);
    fake.routes['POST /api/undelivered-mail/11/retry'] = () => {
      answers = [];
      return apiError(404, 'not_found', 'Niet gevonden');
    };
    await renderAt('/organiser/undelivered-mail');
    await screen.findByRole('rowheader', { name: 'ann@school.be' });
    await click(within(row('ann@school.be')).getByRole('button', { name: /Opnieuw versturen/ }));
    expect(screen.getByRole('alert').textContent).toContain('Niet gevonden');
    expect(await screen.findByText('Er zijn geen niet bezorgde e-mails.')).toBeTruthy();
  });

  it('is not there for people who are not organisers', async () => {
    signedInAs(fake, COORDINATOR);
    await renderAt('/organiser/undelivered-mail');
    expect(screen.queryByRole('heading', { level: 1, name: 'Niet bezorgde e-mails' })).toBeNull();
    expect(fake.calls.some((c) => c.url.startsWith('/api/undelivered-mail'))).toBe(false);
  });
});

describe("the operator's undelivered e-mails", () => {
  it("shows every organisation's messages with their organisation and retries through the operator's route", async () => {
    signedInAs(fake, OPERATOR);
    fake.routes['GET /api/operator/undelivered-mail'] = () =>
      list([mail({ organisation: 'Andere Regio' }), mail({ id: 13, to: 'reset@school.be', subject: 'Wachtwoord', organisation: null })]);
    fake.routes['POST /api/operator/undelivered-mail/13/retry'] = () => json(200, { id: 13, status: 'queued' });
    await renderAt('/operator/undelivered-mail');
    await screen.findByRole('rowheader', { name: 'reset@school.be' });
    expect(screen.getByRole('columnheader', { name: 'Organisatie' })).toBeTruthy();
    expect(row('ann@school.be').textContent).toContain('Andere Regio');
    expect(row('reset@school.be').textContent).toContain('geen');
    await click(within(row('reset@school.be')).getByRole('button', { name: /Opnieuw versturen/ }));
    expect(fake.calls.find((c) => c.method === 'POST')?.url).toBe('/api/operator/undelivered-mail/13/retry');
  });
});
