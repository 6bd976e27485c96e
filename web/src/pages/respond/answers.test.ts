import { describe, expect, it } from 'vitest';
import type { SurveyAnswers } from '../../api/surveys';
import { answeredCount, answersToSend, groupByElement, isComplete, parseScore, shorten, unanswered } from './answers';

const STATEMENTS = [
  { criterionId: 'C01', elementId: 'E1', text: 'Eén' },
  { criterionId: 'C02', elementId: 'E1', text: 'Twee' },
  { criterionId: 'C03', elementId: 'E2', text: 'Drie' },
];

describe('the answers-complete check', () => {
  it.each<[string, SurveyAnswers, string[]]>([
    ['nothing answered', {}, ['C01', 'C02', 'C03']],
    ['some answered', { C01: 4 }, ['C02', 'C03']],
    ['"don\'t know" counts as an answer', { C01: null, C02: 1, C03: 5 }, []],
    ['all answered', { C01: 3, C02: 3, C03: 3 }, []],
    ['an answer to another statement does not count', { C09: 2, C01: 1, C02: 2 }, ['C03']],
  ])('%s', (_name, answers, open) => {
    expect(unanswered(STATEMENTS, answers).map((s) => s.criterionId)).toEqual(open);
    expect(isComplete(STATEMENTS, answers)).toBe(open.length === 0);
    expect(answeredCount(STATEMENTS, answers)).toBe(STATEMENTS.length - open.length);
  });

  it('sends only the statements of this questionnaire', () => {
    expect(answersToSend(STATEMENTS, { C09: 2, C01: null, C02: 2, C03: 5 })).toEqual({ C01: null, C02: 2, C03: 5 });
  });
});

describe('parseScore', () => {
  it.each<[string, number | null | undefined]>([
    ['1', 1],
    ['5', 5],
    ['dontknow', null],
    ['0', undefined],
    ['6', undefined],
    ['', undefined],
  ])('%j → %j', (value, score) => {
    expect(parseScore(value)).toBe(score);
  });
});

describe('groupByElement', () => {
  it('keeps the order of first appearance', () => {
    expect(groupByElement(STATEMENTS).map((g) => [g.elementId, g.statements.length])).toEqual([
      ['E1', 2],
      ['E2', 1],
    ]);
  });
});

describe('shorten', () => {
  it('keeps a short statement and cuts a long one at a word', () => {
    expect(shorten('Kort.')).toBe('Kort.');
    expect(shorten('een twee drie vier vijf', 12)).toBe('een twee…');
    expect(shorten('abcdefghijklmnop', 10)).toBe('abcdefghij…');
  });
});
