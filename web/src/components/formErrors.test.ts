import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from '../api/client';
import { translator } from '../i18n';
import { generalMessage, rateLimitedMessage, splitApiError, summaryItems } from './formErrors';

const t = translator('nl');

describe('form errors', () => {
  it('says how long to wait after too many attempts', () => {
    expect(rateLimitedMessage(t, null)).toBe('Te veel pogingen na elkaar. Wacht even en probeer het dan opnieuw.');
    expect(rateLimitedMessage(t, 30)).toContain('Wacht 30 seconden');
    expect(rateLimitedMessage(t, 186)).toContain('Wacht 4 minuten');
    expect(generalMessage(t, new ApiError(429, 'rate_limited', 'x', {}, 600))).toContain('Wacht 10 minuten');
  });

  it('gives its own text, in the user\'s language, for answers the server sends before it knows the language', async () => {
    // The server's bodies for these two are fixed English (src/http/server.cpp).
    const overloaded = new Response(
      '{"error":{"code":"overloaded","message":"Too many connections; try again in a moment","fields":{}}}',
      { status: 503, headers: { 'Retry-After': '1' } },
    );
    expect(generalMessage(t, await toApiError(overloaded))).toBe(
      'De server is even overbelast. Probeer het over enkele seconden opnieuw.',
    );
    const tooLarge = new ApiError(431, 'headers_too_large', 'Request headers too large');
    expect(generalMessage(translator('en'), tooLarge)).toContain("Clear this site's cookies");
  });

  it('maps server field errors to inputs and keeps a general message only when needed', () => {
    const validation = new ApiError(400, 'validation_failed', 'Ongeldig', { email: 'Fout adres' });
    expect(splitApiError(t, validation, { email: 'login-email' })).toEqual({
      fields: { 'login-email': 'Fout adres' },
      general: null,
    });
    const unknownField = new ApiError(400, 'validation_failed', 'Ongeldig', { token: 'Weg' });
    expect(splitApiError(t, unknownField, { email: 'email' }).general).toBe('Ongeldig');
    expect(splitApiError(t, new Error('boom'), {}).general).toBe(t('errors.unexpected'));
  });

  it('lists the general message first, then the fields in form order', () => {
    expect(summaryItems(['a', 'b'], { b: 'B', a: 'A' }, 'G')).toEqual([
      { message: 'G' },
      { field: 'a', message: 'A' },
      { field: 'b', message: 'B' },
    ]);
  });
});
