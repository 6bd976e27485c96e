import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
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
