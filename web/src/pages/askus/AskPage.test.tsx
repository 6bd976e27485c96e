// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';

let fake: FakeApi;

beforeEach(() => {
  fake = fakeApi();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const type = async (label: RegExp, value: string) => {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  });
};
const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

async function fillValidForm() {
  await type(/^Je naam/, 'Ann Peeters');
  await type(/^Je e-mailadres/, 'ann@school.be');
  await type(/^Je organisatie/, 'Sint-Jozef');
  await type(/^Onderwerp/, 'registration');
  await type(/^Je vraag/, 'Tot wanneer kunnen we ons aanmelden?');
  await click(screen.getByLabelText(/Ik ga akkoord/));
}

describe('the public question form', () => {
  it('checks the required fields before sending anything', async () => {
    await renderAt('/ask');
    await screen.findByRole('heading', { level: 1, name: 'Vraag het ons' });
    await type(/^Je vraag/, 'Kort?');
    await click(screen.getByRole('button', { name: 'Vraag versturen' }));
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Vul je naam in.');
    expect(summary.textContent).toContain('Kies een onderwerp.');
    expect(summary.textContent).toContain('Beschrijf je vraag in minstens 10 tekens.');
    expect(summary.textContent).toContain('We kunnen je vraag pas beantwoorden');
    expect(fake.calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('sends the question in the UI language and says by when the answer comes, in words', async () => {
    fake.routes['POST /api/public/questions'] = () => json(201, { dueAt: '2026-10-27T23:59', dueAtUnix: 1793141999 });
    await renderAt('/ask');
    await screen.findByRole('heading', { level: 1, name: 'Vraag het ons' });
    await fillValidForm();
    await click(screen.getByRole('button', { name: 'Vraag versturen' }));
    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      name: 'Ann Peeters',
      email: 'ann@school.be',
      organisation: 'Sint-Jozef',
      topic: 'registration',
      question: 'Tot wanneer kunnen we ons aanmelden?',
      consent: true,
      language: 'nl',
      website: '',
    });
    await screen.findByRole('heading', { level: 1, name: 'Bedankt voor je vraag' });
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/uiterlijk op dinsdag 27 oktober 2026, 23:59/);
    expect(status.textContent).toContain('ann@school.be');
  });

  it("sends the programme it was asked from, so that programme's organisers answer", async () => {
    fake.routes['POST /api/public/questions'] = () => json(201, { dueAt: '2026-10-27T23:59', dueAtUnix: 1793141999 });
    await renderAt('/ask?programme=12');
    await screen.findByRole('heading', { level: 1, name: 'Vraag het ons' });
    await fillValidForm();
    await click(screen.getByRole('button', { name: 'Vraag versturen' }));
    expect((fake.calls.find((c) => c.method === 'POST')?.body as { programmeId?: number }).programmeId).toBe(12);
  });

  it('ignores a programme parameter that is not an id', async () => {
    fake.routes['POST /api/public/questions'] = () => json(201, { dueAt: '2026-10-27T23:59', dueAtUnix: 1793141999 });
    await renderAt('/ask?programme=12abc');
    await screen.findByRole('heading', { level: 1, name: 'Vraag het ons' });
    await fillValidForm();
    await click(screen.getByRole('button', { name: 'Vraag versturen' }));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).not.toHaveProperty('programmeId');
  });

  it("shows the server's message on the field it names", async () => {
    fake.routes['POST /api/public/questions'] = () =>
      apiError(400, 'validation_failed', 'Controleer de velden.', { email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.' });
    await renderAt('/ask');
    await screen.findByRole('heading', { level: 1, name: 'Vraag het ons' });
    await fillValidForm();
    await click(screen.getByRole('button', { name: 'Vraag versturen' }));
    const email = screen.getByLabelText(/^Je e-mailadres/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.');
  });

  it('tells a visitor who asked too often how long to wait', async () => {
    fake.routes['POST /api/public/questions'] = () =>
      new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'Te veel', fields: {} } }), {
        status: 429,
        headers: { 'Content-Type': 'application/json', 'Retry-After': '1200' },
      });
    await renderAt('/ask');
    await screen.findByRole('heading', { level: 1, name: 'Vraag het ons' });
    await fillValidForm();
    await click(screen.getByRole('button', { name: 'Vraag versturen' }));
    expect(screen.getByRole('alert').textContent).toContain('Wacht 20 minuten');
  });
});

describe('asking for more time from the home', () => {
  it('starts filled in with the person, their school, the topic and a draft, and goes to the programme', async () => {
    signedInAs(fake, {
      user: { id: 10, email: 'cas@school.be', name: 'Cas', language: 'nl' },
      memberships: [{ organisationId: 3, organisationName: 'Sint-Lucas', organisationKind: 'school', role: 'coordinator' }],
      programmes: [],
    });
    fake.routes['POST /api/public/questions'] = () => json(201, { dueAt: '2026-10-27T23:59', dueAtUnix: 1793141999 });
    await renderAt('/ask?programme=7&topic=measurement&extension=baseline&school=3');
    await screen.findByRole('heading', { level: 1, name: 'Vraag het ons' });
    expect((screen.getByLabelText(/^Je naam/) as HTMLInputElement).value).toBe('Cas');
    expect((screen.getByLabelText(/^Je e-mailadres/) as HTMLInputElement).value).toBe('cas@school.be');
    expect((screen.getByLabelText(/^Je organisatie/) as HTMLInputElement).value).toBe('Sint-Lucas');
    expect((screen.getByLabelText(/^Onderwerp/) as HTMLSelectElement).value).toBe('measurement');
    expect((screen.getByLabelText(/^Je vraag/) as HTMLTextAreaElement).value).toContain('meer tijd voor de nulmeting');
    await click(screen.getByLabelText(/Ik ga akkoord/));
    await click(screen.getByRole('button', { name: 'Vraag versturen' }));
    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({ programmeId: 7, topic: 'measurement', organisation: 'Sint-Lucas' });
  });
});
