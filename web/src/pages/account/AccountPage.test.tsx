// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json, renderAt, signedInAs } from '../../testing/fakeApi';
import type { FakeApi } from '../../testing/fakeApi';
import { ORGANISER } from '../../testing/people';

let fake: FakeApi;

const COORDINATOR = {
  user: { id: 3, email: 'an.peeters@terduinen.be', name: 'An Peeters', language: 'nl' },
  memberships: [{ organisationId: 5, organisationName: 'Ter Duinen', organisationKind: 'school', role: 'coordinator' }],
  programmes: [],
};

beforeEach(() => {
  fake = fakeApi();
  signedInAs(fake, COORDINATOR);
  fake.routes['GET /api/me/deletion-request'] = () => json(200, { request: null });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the account page', () => {
  it('shows the person from the session and a download of their data', async () => {
    await renderAt('/account');
    await screen.findByRole('heading', { level: 1, name: 'Mijn account' });

    const person = screen.getByRole('region', { name: 'Over jou' });
    expect(within(person).getByText('An Peeters')).toBeTruthy();
    expect(within(person).getByText('an.peeters@terduinen.be')).toBeTruthy();

    const data = screen.getByRole('region', { name: 'Je gegevens' });
    expect(data.textContent).toContain('README.txt');
    expect(data.textContent).toContain('vragenlijsten zijn anoniem');
    const download = within(data).getByRole('link', { name: 'Mijn gegevens downloaden (ZIP)' });
    expect(download.getAttribute('href')).toBe('/api/me/data.zip');
    expect(download.hasAttribute('download')).toBe(true);
    expect(download.className).toContain('button');
    // Nothing is fetched for it: the session already says who it is, the ZIP is a plain link (the one request
    // is the deletion section's).
    expect(fake.calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/auth/session', 'GET /api/me/deletion-request']);
  });

  it('offers the language, saved on the account', async () => {
    fake.routes['PUT /api/me/language'] = () => json(200, { ...COORDINATOR, user: { ...COORDINATOR.user, language: 'en' } });
    await renderAt('/account');
    const language = await screen.findByRole('region', { name: 'Taal' });
    await act(async () => {
      fireEvent.click(within(language).getByRole('button', { name: 'English' }));
    });
    await screen.findByRole('heading', { level: 1, name: 'My account' });
    expect(fake.calls.find((c) => c.method === 'PUT')?.body).toEqual({ language: 'en' });
    expect(within(screen.getByRole('region', { name: 'Your data' })).getByRole('link', { name: 'Download my data (ZIP)' })).toBeTruthy();
  });

  it('is reached from the name in the header, outside the folding menu', async () => {
    await renderAt('/bestaat-niet');
    const link = await screen.findByRole('link', { name: /^Mijn account: ?An Peeters$/ });
    expect(link.getAttribute('href')).toBe('/account');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' }).contains(link)).toBe(false);
  });

  it('sends a visitor to log in', async () => {
    fake = fakeApi();
    await renderAt('/account');
    await screen.findByRole('heading', { level: 1, name: 'Aanmelden' });
  });
});

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

// 7 December 2026, 10:00 in Brussels.
const OPEN = { id: 31, requestedAt: 1796634000, reason: 'Ik werk hier niet meer.' };

async function deleteSection() {
  await renderAt('/account');
  const section = await screen.findByRole('region', { name: 'Je account wissen' });
  await within(section).findByText(/niet meer aanmelden/);
  return section;
}

describe('asking to delete the account', () => {
  it('says what happens, asks before it sends the request with its reason, then shows the open request', async () => {
    fake.routes['POST /api/me/deletion-request'] = () => json(201, { request: OPEN });
    const section = await deleteSection();
    expect(section.textContent).toContain('voormalig lid');
    expect(section.textContent).toContain('een organisator van je programma of de beheerder van het platform');
    const reason = within(section).getByLabelText('Waarom? (niet verplicht)');
    expect(reason.tagName).toBe('TEXTAREA');
    fireEvent.change(reason, { target: { value: ' Ik werk hier niet meer. ' } });

    await click(within(section).getByRole('button', { name: 'Vraag om je account te wissen' }));
    // Nothing is sent before the question is answered.
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
    expect(document.activeElement?.textContent).toBe('Vragen om je account te wissen?');
    const yes = within(section).getByRole('button', { name: 'Ja, vraag het' });
    expect(yes.className).toContain('danger');
    await click(yes);

    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: 'Ik werk hier niet meer.' });
    expect(within(section).getByText('Je vroeg op 7 december 2026 om je account te wissen.')).toBeTruthy();
    expect(within(section).getByRole('status').textContent).toContain('Je vraag is verstuurd.');
    expect(within(section).queryByLabelText('Waarom? (niet verplicht)')).toBeNull();
    expect(within(section).getByRole('button', { name: 'Vraag intrekken' })).toBeTruthy();
    expect(document.activeElement).toBe(within(section).getByRole('heading', { level: 2 }));
  });

  it('shows an open request with its date and reason, and withdraws it after asking', async () => {
    fake.routes['GET /api/me/deletion-request'] = () => json(200, { request: OPEN });
    fake.routes['DELETE /api/me/deletion-request'] = () => new Response(null, { status: 204 });
    const section = await deleteSection();
    await within(section).findByText('Je vroeg op 7 december 2026 om je account te wissen.');
    expect(section.textContent).toContain('Ik werk hier niet meer.');
    expect(within(section).queryByRole('button', { name: 'Vraag om je account te wissen' })).toBeNull();

    await click(within(section).getByRole('button', { name: 'Vraag intrekken' }));
    expect(fake.calls.some((c) => c.method === 'DELETE')).toBe(false);
    await click(within(section).getByRole('button', { name: 'Ja, intrekken' }));

    expect(fake.calls.some((c) => c.method === 'DELETE' && c.url === '/api/me/deletion-request')).toBe(true);
    expect(within(section).getByRole('status').textContent).toContain('Je vraag is ingetrokken.');
    expect(within(section).queryByText(/Je vroeg op/)).toBeNull();
    expect(within(section).getByRole('button', { name: 'Vraag om je account te wissen' })).toBeTruthy();
  });

  it("shows the server's 400 under the reason field", async () => {
    fake.routes['POST /api/me/deletion-request'] = () =>
      apiError(400, 'validation_failed', 'Controleer de velden.', { reason: 'Ten hoogste 1.000 tekens.' });
    const section = await deleteSection();
    const reason = within(section).getByLabelText('Waarom? (niet verplicht)');
    fireEvent.change(reason, { target: { value: 'Daarom.' } });
    await click(within(section).getByRole('button', { name: 'Vraag om je account te wissen' }));
    await click(within(section).getByRole('button', { name: 'Ja, vraag het' }));

    expect(reason.getAttribute('aria-invalid')).toBe('true');
    const described = (reason.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).toContain('Ten hoogste 1.000 tekens.');
    expect(document.activeElement).toBe(reason);
    expect(within(section).queryByText(/Je vroeg op/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('checks the length before sending', async () => {
    const section = await deleteSection();
    const reason = within(section).getByLabelText('Waarom? (niet verplicht)');
    fireEvent.change(reason, { target: { value: 'x'.repeat(1001) } });
    await click(within(section).getByRole('button', { name: 'Vraag om je account te wissen' }));
    await click(within(section).getByRole('button', { name: 'Ja, vraag het' }));
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('a session that ended elsewhere', () => {
  it('goes to log-in when a request is answered 401 (e.g. the account was erased meanwhile)', async () => {
    fake.routes['GET /api/me/deletion-request'] = () => {
      // The server no longer knows the session: the app's next question about it says so too.
      fake.routes['GET /api/me'] = () => apiError(401, 'unauthenticated', 'Niet aangemeld');
      return apiError(401, 'unauthenticated', 'Niet aangemeld');
    };
    await renderAt('/account');
    await screen.findByRole('heading', { level: 1, name: 'Aanmelden' });
    expect(fake.calls.filter((c) => c.url === '/api/auth/session')).toHaveLength(2);
  });
});

describe('the API tokens of an organiser', () => {
  const TOKEN = {
    id: 7,
    name: 'CRM',
    scope: 'read',
    status: 'active',
    createdAt: 1796634000,
    expiresAt: 1804410000,
    revokedAt: null,
    lastUsedAt: 1796637600,
    uses: 12,
  };
  const page = (tokens: unknown[]) => json(200, { tokens, page: 1, size: 50, pages: 1, total: tokens.length });

  beforeEach(() => {
    signedInAs(fake, ORGANISER);
  });

  async function tokensSection() {
    await renderAt('/account');
    return screen.findByRole('region', { name: 'API-tokens' });
  }

  it('makes a token and shows it once, then lists it without it', async () => {
    let tokens: unknown[] = [];
    fake.routes['GET /api/me/api-tokens'] = () => page(tokens);
    fake.routes['POST /api/me/api-tokens'] = () => {
      tokens = [TOKEN];
      return json(201, { ...TOKEN, token: 'skt_geheim' });
    };
    const section = await tokensSection();
    await within(section).findByText('Je hebt nog geen API-tokens.');
    fireEvent.change(within(section).getByLabelText('Naam van het token'), { target: { value: ' CRM ' } });
    fireEvent.change(within(section).getByLabelText('Geldig gedurende'), { target: { value: '30d' } });
    await click(within(section).getByRole('button', { name: 'Token aanmaken' }));

    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'CRM', scope: 'read', validity: '30d' });
    const shown = within(section).getByLabelText('Nieuw token') as HTMLInputElement;
    expect(shown.value).toBe('skt_geheim');
    expect(shown.readOnly).toBe(true);
    const item = await within(section).findByText('CRM');
    expect(item.closest('li')?.textContent).toContain('12 keer gebruikt');
    expect(within(section).queryAllByText(/skt_geheim/)).toHaveLength(0);
  });

  it('puts the server’s messages on their fields', async () => {
    fake.routes['GET /api/me/api-tokens'] = () => page([]);
    fake.routes['POST /api/me/api-tokens'] = () =>
      apiError(400, 'validation_failed', 'Controleer de velden.', { validity: 'Kies hoe lang het token geldig blijft: 7, 30, 90 of 365 dagen.' });
    const section = await tokensSection();
    await click(within(section).getByRole('button', { name: 'Token aanmaken' }));
    // In the summary above the form and under the field.
    expect(within(section).getAllByText('Geef het token een naam.')).toHaveLength(2);
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(within(section).getByLabelText('Naam van het token'), { target: { value: 'CRM' } });
    await click(within(section).getByRole('button', { name: 'Token aanmaken' }));
    const validity = within(section).getByLabelText('Geldig gedurende');
    expect(validity.getAttribute('aria-describedby')).toContain('token-validity-error');
    expect(document.getElementById('token-validity-error')?.textContent).toContain('7, 30, 90 of 365 dagen');
  });

  it('revokes a token after asking', async () => {
    let tokens: unknown[] = [TOKEN];
    fake.routes['GET /api/me/api-tokens'] = () => page(tokens);
    fake.routes['DELETE /api/me/api-tokens/7'] = () => {
      tokens = [{ ...TOKEN, status: 'revoked', revokedAt: 1796640000 }];
      return new Response(null, { status: 204 });
    };
    const section = await tokensSection();
    await click(await within(section).findByRole('button', { name: 'Intrekken' }));
    expect(fake.calls.some((c) => c.method === 'DELETE')).toBe(false);
    await click(within(section).getByRole('button', { name: 'Ja, intrekken' }));
    expect(fake.calls.some((c) => c.method === 'DELETE' && c.url === '/api/me/api-tokens/7')).toBe(true);
    expect(within(section).getByRole('status').textContent).toContain('Token ‘CRM’ is ingetrokken.');
    await within(section).findByText(/ingetrokken$/);
    expect(within(section).queryByRole('button', { name: 'Intrekken' })).toBeNull();
  });

  it('is not there for someone who is no organiser', async () => {
    signedInAs(fake, COORDINATOR);
    await renderAt('/account');
    await screen.findByRole('heading', { level: 1, name: 'Mijn account' });
    expect(screen.queryByRole('region', { name: 'API-tokens' })).toBeNull();
    expect(fake.calls.some((c) => c.url.startsWith('/api/me/api-tokens'))).toBe(false);
  });
});
