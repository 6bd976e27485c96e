// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from './index';
import { ApiError, readCookie, setRequestLanguage } from './client';

type Call = { url: string; init: RequestInit };

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

let calls: Call[] = [];
let answers: Response[] = [];

beforeEach(() => {
  calls = [];
  answers = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      calls.push({ url, init });
      const next = answers.shift();
      if (!next) throw new TypeError('Failed to fetch');
      return next;
    }),
  );
  document.cookie = 'sk_csrf=abc123; path=/';
  setRequestLanguage('nl');
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'sk_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

const header = (call: Call | undefined, name: string) =>
  (call?.init.headers as Record<string, string> | undefined)?.[name];

const me = {
  user: { id: 1, email: 'a@b.be', name: 'An', language: 'nl' },
  memberships: [],
};

describe('api client', () => {
  it('sends Accept-Language with the UI language and no CSRF header on GET', async () => {
    setRequestLanguage('en');
    answers.push(json(200, me));
    await expect(api.me()).resolves.toEqual(me);
    expect(calls[0]?.url).toBe('/api/me');
    expect(header(calls[0], 'Accept-Language')).toBe('en');
    expect(header(calls[0], 'X-CSRF-Token')).toBeUndefined();
  });

  it('sends a JSON body and the CSRF cookie value on POST, PUT and DELETE-like calls', async () => {
    answers.push(json(200, me), json(200, me));
    await api.login('a@b.be', 'secret');
    await api.setLanguage('en');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe(JSON.stringify({ email: 'a@b.be', password: 'secret' }));
    expect(header(calls[0], 'Content-Type')).toBe('application/json');
    expect(header(calls[0], 'X-CSRF-Token')).toBe('abc123');
    expect(calls[1]?.init.method).toBe('PUT');
    expect(calls[1]?.url).toBe('/api/me/language');
    expect(header(calls[1], 'X-CSRF-Token')).toBe('abc123');
  });

  it('fetches the CSRF cookie first when it is missing', async () => {
    document.cookie = 'sk_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    answers.push(json(200, { authenticated: false }));
    answers.push(json(202, {}));
    await api.requestPasswordReset('a@b.be');
    expect(calls.map((c) => c.url)).toEqual(['/api/auth/session', '/api/auth/password-reset']);
  });

  it('parses the error shape into an ApiError with fields', async () => {
    answers.push(
      json(400, {
        error: { code: 'validation_failed', message: 'Ongeldig', fields: { email: 'Vul in' } },
      }),
    );
    const error = await api.login('', '').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'Ongeldig', fields: { email: 'Vul in' } });
  });

  it('reads Retry-After on 429', async () => {
    answers.push(
      json(429, { error: { code: 'rate_limited', message: 'Te veel', fields: {} } }, { 'Retry-After': '30' }),
    );
    const error = (await api.login('a@b.be', 'x').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBe(30);
  });

  it('gives a code for errors without the JSON shape', async () => {
    answers.push(new Response('<html>bad gateway</html>', { status: 502 }));
    const error = (await api.frameworks().catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('internal');
    expect(error.status).toBe(502);
  });

  it('reports network failures as code "network"', async () => {
    const error = (await api.me().catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('network');
  });

  it('returns undefined for 204', async () => {
    answers.push(new Response(null, { status: 204 }));
    await expect(api.logout()).resolves.toBeUndefined();
  });

  it('retries once when the CSRF token was rotated', async () => {
    answers.push(json(403, { error: { code: 'csrf_failed', message: 'x', fields: {} } }));
    answers.push(json(200, me));
    await expect(api.setLanguage('nl')).resolves.toEqual(me);
    expect(calls).toHaveLength(2);
  });

  it('encodes path segments', async () => {
    answers.push(json(404, { error: { code: 'token_invalid', message: 'x', fields: {} } }));
    await api.tokenInfo('a/b?c').catch(() => undefined);
    expect(calls[0]?.url).toBe('/api/auth/tokens/a%2Fb%3Fc');
  });

  it('reads cookies by name', () => {
    document.cookie = 'other=1; path=/';
    expect(readCookie('sk_csrf')).toBe('abc123');
    expect(readCookie('missing')).toBeNull();
  });

  it('sends the CSV of an import as text/csv with the mode in the query', async () => {
    answers.push(json(200, { rows: [], valid: 0, invalid: 0, unlistedErrors: 0, imported: 0 }));
    await api.importCsv(7, 'schools', 'preview', 'naam;postcode\nA;9000\n');
    expect(calls[0]?.url).toBe('/api/programmes/7/imports/schools?mode=preview');
    expect(header(calls[0], 'Content-Type')).toBe('text/csv; charset=utf-8');
    expect(calls[0]?.init.body).toBe('naam;postcode\nA;9000\n');
    expect(header(calls[0], 'X-CSRF-Token')).toBe('abc123');
  });

  it('leaves empty filters out of the query', async () => {
    answers.push(json(200, { phases: [], rows: [] }), json(200, { entries: [], page: 1, pages: 1 }));
    await api.progress(3, { q: 'sint lucas', status: '', phase: 'baseline', sort: 'name' });
    await api.audit(3, { action: '', page: 2 });
    expect(calls[0]?.url).toBe('/api/programmes/3/progress?q=sint+lucas&phase=baseline&sort=name');
    expect(calls[1]?.url).toBe('/api/programmes/3/audit?page=2');
    expect(api.progressFileUrl(3, 'xlsx', { status: 'overdue' })).toBe('/api/programmes/3/progress.xlsx?status=overdue');
  });

  it('removes a member with the role in the query and refuses with a reason', async () => {
    answers.push(new Response(null, { status: 204 }), json(200, {}));
    await api.removeMember(3, 11, 'team_member');
    await api.refuseRegistration(5, 'Buiten de regio');
    expect(calls[0]?.init.method).toBe('DELETE');
    expect(calls[0]?.url).toBe('/api/organisations/3/members/11?role=team_member');
    expect(calls[1]?.url).toBe('/api/registrations/5/refuse');
    expect(calls[1]?.init.body).toBe(JSON.stringify({ reason: 'Buiten de regio' }));
  });
});
