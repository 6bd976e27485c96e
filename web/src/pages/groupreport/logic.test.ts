import { describe, expect, it } from 'vitest';
import { formatChange, formatMean, meanWidth, stackSegments, standing, standingTally } from './logic';

describe('stackSegments', () => {
  it.each([
    [{ not_yet: 0, competent: 0, proficient: 0, expert: 0 }, []],
    [
      { not_yet: 1, competent: 1, proficient: 2, expert: 0 },
      [
        { level: 'not_yet', count: 1, percent: 25, start: 0 },
        { level: 'competent', count: 1, percent: 25, start: 25 },
        { level: 'proficient', count: 2, percent: 50, start: 50 },
      ],
    ],
    [{ not_yet: 0, competent: 0, proficient: 0, expert: 3 }, [{ level: 'expert', count: 3, percent: 100, start: 0 }]],
  ])('%j → %j', (counts, segments) => {
    expect(stackSegments(counts)).toEqual(segments);
  });
});

describe('standing', () => {
  it.each([
    ['proficient', 'competent', 'above'],
    ['competent', 'competent', 'at'],
    ['not_yet', 'expert', 'below'],
    [null, 'competent', null],
    ['competent', null, null],
  ] as const)('%s vs median %s → %s', (own, median, expected) => {
    expect(standing(own, median)).toBe(expected);
  });

  it('tallies criteria above, at and below, skipping unknown ones', () => {
    expect(
      standingTally([
        { ownLevel: 'expert', median: 'competent' },
        { ownLevel: 'competent', median: 'competent' },
        { ownLevel: 'not_yet', median: 'competent' },
        { ownLevel: 'not_yet', median: 'proficient' },
        { ownLevel: null, median: 'proficient' },
      ]),
    ).toEqual({ above: 1, at: 1, below: 2 });
  });
});

describe('numbers', () => {
  it.each([
    [1.5, 'nl', '1,5'],
    [1.5, 'en', '1.5'],
    [2, 'nl', '2,0'],
    [null, 'en', '–'],
  ] as const)('formatMean(%s, %s) = %s', (mean, language, text) => {
    expect(formatMean(mean, language)).toBe(text);
  });

  it.each([
    [0.5, 'nl', '+0,5'],
    [-0.3, 'en', '−0.3'],
    [0, 'en', '0.0'],
    [0.04, 'en', '0.0'],
    [null, 'nl', '–'],
  ] as const)('formatChange(%s, %s) = %s', (change, language, text) => {
    expect(formatChange(change, language)).toBe(text);
  });

  it.each([
    [0, 0],
    [1.5, 50],
    [3, 100],
    [4, 100],
    [null, 0],
  ])('meanWidth(%s) = %s', (mean, width) => {
    expect(meanWidth(mean)).toBeCloseTo(width);
  });
});
