import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, isoMoment } from './dates';

describe('formatDay', () => {
  it('formats a calendar day in nl-BE and en-GB without moving it', () => {
    expect(formatDay('2026-09-03', 'nl')).toBe('3 september 2026');
    expect(formatDay('2026-09-03', 'en')).toBe('3 September 2026');
    expect(formatDay('2027-01-01', 'nl')).toBe('1 januari 2027');
  });

  it('returns text that is not a day as it is', () => {
    expect(formatDay('binnenkort', 'nl')).toBe('binnenkort');
    expect(formatDay('', 'en')).toBe('');
  });
});

describe('formatMoment', () => {
  it('shows unix seconds in Brussels time', () => {
    // 2026-07-01 10:30 UTC is 12:30 in Brussels (summer time).
    const text = formatMoment(Date.UTC(2026, 6, 1, 10, 30) / 1000, 'nl');
    expect(text).toContain('12:30');
    expect(text).toContain('2026');
    expect(formatMoment(null, 'nl')).toBe('');
    expect(isoMoment(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoMoment(undefined)).toBeUndefined();
  });
});
