import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import type { Question } from '../../api/questions';
import { inboxOrder, localMomentInWords, localMomentShort, monthText, shareText, splitDuration, timeLeftText, urgency } from './logic';

const nl = translator('nl');
const en = translator('en');

describe('splitDuration', () => {
  it.each([
    [0, { overdue: false, days: 0, hours: 0, minutes: 0 }],
    [59, { overdue: false, days: 0, hours: 0, minutes: 0 }],
    [3 * 3600 + 10 * 60, { overdue: false, days: 0, hours: 3, minutes: 10 }],
    [2 * 86400 + 5 * 3600 + 7 * 60, { overdue: false, days: 2, hours: 5, minutes: 7 }],
    [-(3 * 3600 + 10 * 60), { overdue: true, days: 0, hours: 3, minutes: 10 }],
  ])('%i seconds', (seconds, parts) => {
    expect(splitDuration(seconds)).toEqual(parts);
  });
});

describe('timeLeftText', () => {
  it.each([
    [2 * 86400 + 5 * 3600 + 7 * 60, 'nog 2 d 5 u', '2 d 5 h left'],
    [86400 + 30, 'nog 1 d 0 u', '1 d 0 h left'],
    [3 * 3600 + 10 * 60, 'nog 3 u 10 min', '3 h 10 min left'],
    [25 * 60, 'nog 25 min', '25 min left'],
    [-(3 * 3600 + 10 * 60), '3 u 10 min te laat', '3 h 10 min overdue'],
    [-(4 * 86400), '4 d 0 u te laat', '4 d 0 h overdue'],
  ])('%i seconds', (seconds, dutch, english) => {
    expect(timeLeftText(nl, seconds)).toBe(dutch);
    expect(timeLeftText(en, seconds)).toBe(english);
  });
  it('shows a dash once handled', () => {
    expect(timeLeftText(nl, null)).toBe('–');
  });
});

describe('urgency', () => {
  it.each([
    [null, 'handled'],
    [-1, 'overdue'],
    [0, 'soon'],
    [24 * 3600 - 1, 'soon'],
    [24 * 3600, 'ok'],
  ] as const)('%s seconds left is %s', (secondsLeft, expected) => {
    expect(urgency({ secondsLeft })).toBe(expected);
  });
});

describe('moments and months', () => {
  it('says the promised moment with its weekday, whatever the browser time zone', () => {
    const dutch = localMomentInWords('2026-10-27T23:59', 'nl');
    expect(dutch).toContain('dinsdag');
    expect(dutch).toContain('27 oktober 2026');
    expect(dutch.endsWith('23:59')).toBe(true);
    expect(localMomentInWords('2026-10-27T23:59', 'en')).toMatch(/Tuesday.*27 October 2026.*23:59$/);
    expect(localMomentInWords('not a time', 'nl')).toBe('not a time');
  });
  it('shortens for tables', () => {
    expect(localMomentShort('2026-10-27T23:59')).toBe('27/10/2026 23:59');
    expect(localMomentShort(null)).toBe('–');
  });
  it('names months and shares', () => {
    expect(monthText('2026-09', 'nl')).toBe('september 2026');
    expect(monthText('2026-09', 'en')).toBe('September 2026');
    expect(shareText(75, 'nl')).toBe('75 %');
    expect(shareText(75, 'en')).toBe('75%');
    expect(shareText(null, 'en')).toBe('–');
  });
});

describe('inboxOrder', () => {
  const q = (id: number, dueAtUnix: number, secondsLeft: number | null) => ({ id, dueAtUnix, secondsLeft }) as Question;
  it('puts unhandled questions first, nearest due first, then handled ones latest due first', () => {
    const order = inboxOrder([q(1, 300, null), q(2, 200, 50), q(3, 100, -50), q(4, 400, null), q(5, 200, 50)]);
    expect(order.map((x) => x.id)).toEqual([3, 2, 5, 4, 1]);
  });
});
