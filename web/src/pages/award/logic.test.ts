import { describe, expect, it } from 'vitest';
import {
  candidacyProblems,
  candidacyWindow,
  cellState,
  datesProblem,
  formatScore,
  isHttpUrl,
  jurorTotals,
  resizeDescriptors,
  rubricProblems,
  scoredCount,
  scoreProblems,
  sideBySide,
  teamNames,
  weightedTotal,
  weightShares,
  winnersProblem,
} from './logic';
import type { Cell, CriterionDraft, Ranked } from './logic';

const draft = (name: string, weight: string, descriptors: string[]): CriterionDraft => ({ key: name, name, weight, descriptors });
const five = ['a', 'b', 'c', 'd', 'e'];

describe('resizeDescriptors', () => {
  const cases: { name: string; from: string[]; scale: 5 | 10; want: string[] }[] = [
    { name: 'pads to 10', from: five, scale: 10, want: [...five, '', '', '', '', ''] },
    { name: 'cuts to 5', from: [...five, 'f', 'g'], scale: 5, want: five },
    { name: 'keeps 5', from: five, scale: 5, want: five },
    { name: 'empty', from: [], scale: 5, want: ['', '', '', '', ''] },
  ];
  for (const c of cases) it(c.name, () => expect(resizeDescriptors(c.from, c.scale)).toEqual(c.want));
});

describe('rubricProblems', () => {
  const ok = [draft('Impact', '40', five), draft('Team', '30', five), draft('Plan', '30', five)];
  const cases: { name: string; criteria: CriterionDraft[]; scale: 5 | 10; want: unknown[] }[] = [
    { name: 'a good rubric', criteria: ok, scale: 5, want: [] },
    { name: 'two criteria', criteria: ok.slice(0, 2), scale: 5, want: [{ field: 'count' }] },
    { name: 'seven criteria', criteria: [...ok, ...ok, ok[0]!], scale: 5, want: [{ field: 'count' }] },
    { name: 'no name', criteria: [draft('  ', '40', five), ok[1]!, ok[2]!], scale: 5, want: [{ field: 'name', index: 0 }] },
    { name: 'long name', criteria: [draft('x'.repeat(201), '40', five), ok[1]!, ok[2]!], scale: 5, want: [{ field: 'nameLong', index: 0 }] },
    { name: 'weight 0', criteria: [ok[0]!, draft('Team', '0', five), ok[2]!], scale: 5, want: [{ field: 'weight', index: 1 }] },
    { name: 'weight 101', criteria: [ok[0]!, draft('Team', '101', five), ok[2]!], scale: 5, want: [{ field: 'weight', index: 1 }] },
    { name: 'weight 2.5', criteria: [ok[0]!, draft('Team', '2.5', five), ok[2]!], scale: 5, want: [{ field: 'weight', index: 1 }] },
    {
      name: 'scale 10 needs ten descriptors',
      criteria: [ok[0]!, ok[1]!, draft('Plan', '30', [...five, 'f', 'g', 'h', 'i'])],
      scale: 10,
      want: [
        ...[6, 7, 8, 9, 10].map((score) => ({ field: 'descriptor', index: 0, score })),
        ...[6, 7, 8, 9, 10].map((score) => ({ field: 'descriptor', index: 1, score })),
        { field: 'descriptor', index: 2, score: 10 },
      ],
    },
    {
      name: 'long descriptor',
      criteria: [ok[0]!, ok[1]!, draft('Plan', '30', ['a', 'b', 'y'.repeat(501), 'd', 'e'])],
      scale: 5,
      want: [{ field: 'descriptorLong', index: 2, score: 3 }],
    },
  ];
  for (const c of cases) it(c.name, () => expect(rubricProblems(c.criteria, c.scale)).toEqual(c.want));
});

describe('weightShares', () => {
  it('rounds shares and ignores bad weights', () => {
    expect(weightShares([1, 1, 2])).toEqual([25, 25, 50]);
    expect(weightShares([NaN, 0, 3])).toEqual([0, 0, 100]);
    expect(weightShares([0, 0])).toEqual([0, 0]);
  });
});

describe('candidacyWindow', () => {
  const round = { opensOn: '2027-03-01', closesOn: '2027-03-31', status: 'open' as const };
  const cases: { name: string; round: typeof round | null; today: string; want: string }[] = [
    { name: 'no round', round: null, today: '2027-03-10', want: 'none' },
    { name: 'before', round, today: '2027-02-28', want: 'notYet' },
    { name: 'first day', round, today: '2027-03-01', want: 'open' },
    { name: 'last day', round, today: '2027-03-31', want: 'open' },
    { name: 'after', round, today: '2027-04-01', want: 'closed' },
    { name: 'closed early', round: { ...round, status: 'closed' as never }, today: '2027-03-10', want: 'closed' },
  ];
  for (const c of cases) it(c.name, () => expect(candidacyWindow(c.round, c.today)).toBe(c.want));
});

describe('datesProblem', () => {
  it('checks both days and their order', () => {
    expect(datesProblem('2027-03-01', '2027-03-01')).toBeNull();
    expect(datesProblem('', '2027-03-01')).toBe('opensOn');
    expect(datesProblem('2027-03-01', 'x')).toBe('closesOn');
    expect(datesProblem('2027-03-02', '2027-03-01')).toBe('order');
  });
});

describe('candidacy', () => {
  const pitch = 'p'.repeat(50);
  it('splits the team by line', () => expect(teamNames(' An \n\n Bo\n')).toEqual(['An', 'Bo']));
  it('accepts only http(s) links', () => {
    expect(isHttpUrl('https://video.example.org/x')).toBe(true);
    expect(isHttpUrl('http://a.be')).toBe(true);
    expect(isHttpUrl('ftp://a.be')).toBe(false);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('video')).toBe(false);
  });
  const cases: { name: string; input: { pitch: string; videoUrl: string; team: string }; want: string[] }[] = [
    { name: 'complete', input: { pitch, videoUrl: '', team: 'An' }, want: [] },
    { name: 'pitch 49', input: { pitch: 'p'.repeat(49), videoUrl: '', team: 'An' }, want: ['pitchShort'] },
    { name: 'pitch 5001', input: { pitch: 'p'.repeat(5001), videoUrl: '', team: 'An' }, want: ['pitchLong'] },
    { name: 'pitch counted in code points', input: { pitch: '🎉'.repeat(50), videoUrl: '', team: 'An' }, want: [] },
    { name: 'bad video', input: { pitch, videoUrl: 'youtube', team: 'An' }, want: ['videoUrl'] },
    { name: 'no team', input: { pitch, videoUrl: '', team: ' \n ' }, want: ['teamEmpty'] },
    { name: '21 names', input: { pitch, videoUrl: '', team: Array.from({ length: 21 }, (_, i) => `N${i}`).join('\n') }, want: ['teamLong'] },
    { name: 'long name', input: { pitch, videoUrl: '', team: 'x'.repeat(201) }, want: ['teamNameLong'] },
  ];
  for (const c of cases) it(c.name, () => expect(candidacyProblems(c.input)).toEqual(c.want));
});

describe('scoring', () => {
  const criteria = [
    { id: 1, weight: 3 },
    { id: 2, weight: 1 },
  ];
  it('counts scored criteria', () => {
    expect(scoredCount(criteria, {})).toBe(0);
    expect(scoredCount(criteria, { '1': { score: 4, comment: '' }, '2': { score: null, comment: 'x' } })).toBe(1);
  });
  it('weights the total', () => {
    expect(weightedTotal(criteria, {})).toBeNull();
    expect(weightedTotal(criteria, { '1': { score: 5, comment: '' }, '2': { score: 1, comment: '' } })).toBe(4);
    expect(weightedTotal(criteria, { '2': { score: 2, comment: '' } })).toBe(2);
  });
  it('needs every score within the scale and bounded comments', () => {
    expect(scoreProblems(criteria, { '1': { score: 5, comment: '' }, '2': { score: 1, comment: '' } }, 5)).toEqual([]);
    expect(scoreProblems(criteria, { '1': { score: 6, comment: '' } }, 5)).toEqual([
      { criterionId: '1', problem: 'score' },
      { criterionId: '2', problem: 'score' },
    ]);
    expect(scoreProblems(criteria, { '1': { score: 6, comment: '' }, '2': { score: 1, comment: 'c'.repeat(2001) } }, 10)).toEqual([
      { criterionId: '2', problem: 'commentLong' },
    ]);
  });
});

describe('progress cells', () => {
  const cell = (jurorId: number, candidacyId: number, scored: number, recused = false): Cell => ({
    jurorId,
    candidacyId,
    scored,
    of: 3,
    recused,
    automatic: false,
  });
  it('names the state of a cell', () => {
    expect(cellState(undefined)).toBe('none');
    expect(cellState(cell(1, 1, 0))).toBe('none');
    expect(cellState(cell(1, 1, 2))).toBe('partial');
    expect(cellState(cell(1, 1, 3))).toBe('done');
    expect(cellState(cell(1, 1, 3, true))).toBe('recused');
  });
  it('totals a juror without the recused candidates', () => {
    const cells = [cell(1, 1, 3), cell(1, 2, 1), cell(1, 3, 0, true), cell(2, 1, 3)];
    expect(jurorTotals(cells, 1)).toEqual({ done: 1, of: 2 });
    expect(jurorTotals(cells, '2')).toEqual({ done: 1, of: 1 });
  });
});

describe('sideBySide', () => {
  const r = (candidacyId: number, schoolName: string, score: number | null, rank: number | null): Ranked => ({
    candidacyId,
    schoolName,
    score,
    rank,
  });
  it('orders by the normalised rank, shows ties and the shift', () => {
    const raw = [r(1, 'A', 4.5, 1), r(2, 'B', 4.0, 2), r(3, 'C', 4.0, 2), r(4, 'D', 3.0, 4)];
    const normalised = [r(3, 'C', 4.2, 1), r(1, 'A', 4.0, 2), r(2, 'B', 4.0, 2), r(4, 'D', 2.0, 4)];
    const rows = sideBySide(raw, normalised, [2]);
    expect(rows.map((row) => row.schoolName)).toEqual(['C', 'A', 'B', 'D']);
    expect(rows.map((row) => [row.rawTie, row.normalisedTie])).toEqual([
      [true, false],
      [false, true],
      [true, true],
      [false, false],
    ]);
    expect(rows.map((row) => row.shift)).toEqual([-1, 1, 0, 0]);
    expect(rows.map((row) => row.flagged)).toEqual([false, false, true, false]);
  });
  it('puts candidates without a score last', () => {
    const rows = sideBySide([r(1, 'Z', null, null), r(2, 'Y', 3, 1)], [r(1, 'Z', null, null), r(2, 'Y', 3, 1)], []);
    expect(rows.map((row) => row.schoolName)).toEqual(['Y', 'Z']);
    expect(rows[1]!.rawTie).toBe(false);
  });
});

describe('formatScore', () => {
  it('uses the language', () => {
    expect(formatScore(3.456, 'nl')).toBe('3,46');
    expect(formatScore(3, 'en')).toBe('3.00');
    expect(formatScore(null, 'en')).toBe('–');
  });
});

describe('winnersProblem', () => {
  it('needs one to three', () => {
    expect(winnersProblem([])).toBe('none');
    expect(winnersProblem([1, '1'])).toBeNull();
    expect(winnersProblem([1, 2, 3, 4])).toBe('tooMany');
  });
});
