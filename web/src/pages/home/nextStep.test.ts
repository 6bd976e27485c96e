import { describe, expect, it } from 'vitest';
import type { MeasurementStatus, MeasurementSummary } from '../../api';
import { nextStep, windowOf } from './nextStep';
import type { NextStep } from './nextStep';
import { nextStepAction } from './SchoolLinks';

const TODAY = '2026-10-01';
// Periods around TODAY.
const BEFORE = { opensOn: '2027-05-17', closesOn: '2027-06-11' };
const DURING = { opensOn: '2026-09-01', closesOn: '2026-10-15' };
const AFTER = { opensOn: '2026-09-01', closesOn: '2026-09-30' };
const NONE = { opensOn: null, closesOn: null };
type Period = typeof BEFORE | typeof NONE;

function m(kind: 'baseline' | 'final', status: MeasurementStatus, period: Period, answered = 0): MeasurementSummary {
  return { kind, id: status === 'not_started' ? null : kind === 'baseline' ? 1 : 2, status, ...period, answered, total: 21 };
}

describe('the window of a measurement', () => {
  it.each([
    [BEFORE, 'before'],
    [DURING, 'during'],
    [AFTER, 'after'],
    [NONE, 'none'],
    [{ opensOn: TODAY, closesOn: TODAY }, 'during'],
  ] as const)('%o is %s', (period, expected) => {
    expect(windowOf(period, TODAY)).toBe(expected);
  });
});

describe('the next step of a school (the main action of its programme card)', () => {
  const rows: [string, MeasurementSummary[] | null, NextStep][] = [
    ['not loaded: the baseline page', null, { step: 'open', kind: 'baseline' }],
    ['nothing listed: the baseline page', [], { step: 'open', kind: 'baseline' }],
    ['baseline open for starting', [m('baseline', 'not_started', DURING), m('final', 'not_started', BEFORE)], { step: 'start', kind: 'baseline' }],
    [
      'baseline started: continue, with the count',
      [m('baseline', 'open', DURING, 4), m('final', 'not_started', BEFORE)],
      { step: 'continue', kind: 'baseline', answered: 4, total: 21 },
    ],
    [
      'baseline started, no period known: continue',
      [m('baseline', 'open', NONE, 20), m('final', 'not_started', NONE)],
      { step: 'continue', kind: 'baseline', answered: 20, total: 21 },
    ],
    ['baseline started, period over: no longer continued', [m('baseline', 'open', AFTER, 7), m('final', 'not_started', BEFORE)], { step: 'open', kind: 'baseline' }],
    ['baseline not started, period over', [m('baseline', 'not_started', AFTER), m('final', 'not_started', BEFORE)], { step: 'open', kind: 'baseline' }],
    ['baseline not started, period ahead', [m('baseline', 'not_started', BEFORE), m('final', 'not_started', BEFORE)], { step: 'open', kind: 'baseline' }],
    ['baseline submitted: the plan', [m('baseline', 'submitted', DURING, 21), m('final', 'not_started', BEFORE)], { step: 'plan' }],
    ['baseline submitted, its period over: the plan', [m('baseline', 'submitted', AFTER, 21), m('final', 'not_started', BEFORE)], { step: 'plan' }],
    ['final open for starting', [m('baseline', 'submitted', AFTER, 21), m('final', 'not_started', DURING)], { step: 'start', kind: 'final' }],
    [
      'final started: continue it',
      [m('baseline', 'submitted', AFTER, 21), m('final', 'open', DURING, 9)],
      { step: 'continue', kind: 'final', answered: 9, total: 21 },
    ],
    [
      'a started baseline comes before starting the final one',
      [m('baseline', 'open', NONE, 3), m('final', 'not_started', DURING)],
      { step: 'continue', kind: 'baseline', answered: 3, total: 21 },
    ],
    ['final submitted: its results', [m('baseline', 'submitted', AFTER, 21), m('final', 'submitted', DURING, 21)], { step: 'results', kind: 'final' }],
    ['final started, its period over: its page', [m('baseline', 'submitted', AFTER, 21), m('final', 'open', AFTER, 5)], { step: 'open', kind: 'final' }],
  ];

  it.each(rows)('%s', (_name, measurements, expected) => {
    expect(nextStep(measurements, TODAY)).toEqual(expected);
  });

  it.each([
    [{ step: 'continue', kind: 'baseline', answered: 4, total: 21 }, '/programmes/7/schools/3/measurements/baseline', 'school.next.continueBaseline'],
    [{ step: 'continue', kind: 'final', answered: 4, total: 21 }, '/programmes/7/schools/3/measurements/final', 'school.next.continueFinal'],
    [{ step: 'start', kind: 'baseline' }, '/programmes/7/schools/3/measurements/baseline', 'school.next.startBaseline'],
    [{ step: 'start', kind: 'final' }, '/programmes/7/schools/3/measurements/final', 'school.next.startFinal'],
    [{ step: 'results', kind: 'final' }, '/programmes/7/schools/3/results?kind=final', 'school.next.finalResults'],
    [{ step: 'plan' }, '/programmes/7/schools/3/plan', 'school.next.plan'],
    [{ step: 'open', kind: 'baseline' }, '/programmes/7/schools/3/measurements/baseline', 'school.next.openBaseline'],
    [{ step: 'open', kind: 'final' }, '/programmes/7/schools/3/measurements/final', 'school.next.openFinal'],
  ] as [NextStep, string, string][])('%o leads to %s', (step, to, label) => {
    const action = nextStepAction(step, 7, 3);
    expect(action.to).toBe(to);
    expect(action.label.key).toBe(label);
    expect(action.detail?.key).toBe(step.step === 'continue' ? 'school.next.answered' : undefined);
  });
});
