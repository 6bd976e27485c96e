import { describe, expect, it } from 'vitest';
import type { Action, Goal, HistoryEntry, Proposal } from '../../api/plan';
import {
  actionInput,
  actionProblems,
  canChangeAction,
  daysUntil,
  dueText,
  EMPTY_ACTION,
  EMPTY_GOAL,
  goalChanges,
  goalInput,
  goalProblems,
  goalToForm,
  historyValue,
  levelAbove,
  orderActions,
  orderGoals,
  orderHistory,
  overdueCount,
  proposalToForm,
  toSeconds,
} from './logic';
import type { GoalForm } from './logic';

function action(over: Partial<Action>): Action {
  return {
    id: 1,
    goalId: 1,
    title: 'Actie',
    ownerUserId: null,
    ownerName: null,
    dueOn: null,
    status: 'todo',
    overdue: false,
    completedAt: null,
    ...over,
  };
}

function goal(over: Partial<Goal>): Goal {
  return {
    id: 1,
    planId: 1,
    title: 'Doel',
    criterionIds: ['C01'],
    targetLevel: 'competent',
    successIndicator: '',
    ownerUserId: null,
    ownerName: null,
    startOn: null,
    endOn: null,
    resources: '',
    monitoring: '',
    status: 'not_started',
    progress: 0,
    actions: [],
    comments: [],
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...over,
  };
}

const VALID: GoalForm = { ...EMPTY_GOAL, title: 'Leerlingen kiezen zelf', criterionIds: ['C01'], targetLevel: 'competent' };

describe('goal form checks', () => {
  const cases: [string, Partial<GoalForm>, string[]][] = [
    ['a complete goal', {}, []],
    ['no title', { title: '   ' }, ['title.missing']],
    ['a title of 201 characters', { title: 'x'.repeat(201) }, ['title.long']],
    ['a title of 200 characters', { title: 'é'.repeat(200) }, []],
    ['no criteria', { criterionIds: [] }, ['criterionIds.missing']],
    ['no target level', { targetLevel: '' }, ['targetLevel.missing']],
    ['a long indicator', { successIndicator: 'x'.repeat(1001) }, ['successIndicator.long']],
    ['an end before the start', { startOn: '2026-12-01', endOn: '2026-11-30' }, ['endOn.beforeStart']],
    ['an end on the start day', { startOn: '2026-12-01', endOn: '2026-12-01' }, []],
    ['only an end', { endOn: '2027-01-01' }, []],
    ['a start that is no day', { startOn: '1/12/2026' }, ['startOn.invalid']],
    ['long resources and monitoring', { resources: 'x'.repeat(2001), monitoring: 'y'.repeat(2001) }, ['resources.long', 'monitoring.long']],
    ['everything missing', { title: '', criterionIds: [], targetLevel: '' }, ['title.missing', 'criterionIds.missing', 'targetLevel.missing']],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    expect(goalProblems({ ...VALID, ...change }).map((p) => `${p.field}.${p.problem}`)).toEqual(expected);
  });
});

describe('goal input', () => {
  it('trims texts, turns empty days and owner into null and numbers the owner', () => {
    expect(goalInput({ ...VALID, title: '  Doel  ', ownerUserId: '12', startOn: '', endOn: '2027-01-31' }, 'C01')).toEqual({
      title: 'Doel',
      criterionIds: ['C01'],
      targetLevel: 'competent',
      successIndicator: '',
      ownerUserId: 12,
      startOn: null,
      endOn: '2027-01-31',
      resources: '',
      monitoring: '',
      fromProposal: 'C01',
    });
  });

  const changes: [string, Partial<GoalForm>, Record<string, unknown>][] = [
    ['nothing changed', {}, {}],
    ['the title', { title: 'Nieuw' }, { title: 'Nieuw' }],
    ['the status', { status: 'in_progress' }, { status: 'in_progress' }],
    ['the owner removed', { ownerUserId: '' }, { ownerUserId: null }],
    ['criteria and end day', { criterionIds: ['C01', 'C02'], endOn: '2027-06-30' }, { criterionIds: ['C01', 'C02'], endOn: '2027-06-30' }],
  ];
  it.each(changes)('a PATCH sends only the changed fields: %s', (_name, change, expected) => {
    const before = goal({ ownerUserId: 4, ownerName: 'An' });
    expect(goalChanges(before, { ...goalToForm(before), ...change })).toEqual(expected);
  });
});

describe('a proposal as a goal', () => {
  const proposal: Proposal = {
    criterionId: 'C03',
    currentLevel: 'not_yet',
    targetLevel: 'competent',
    reason: 'blocks_next_label',
    suggestions: [
      { id: 'C03-1', text: 'Plan elk trimester een project met een bedrijf.' },
      { id: 'C03-2', text: 'Andere suggestie.' },
    ],
  };
  it('takes the criterion, the target level and the first suggestion as title', () => {
    expect(proposalToForm(proposal, 'C03 Samenwerking')).toEqual({
      ...EMPTY_GOAL,
      title: 'Plan elk trimester een project met een bedrijf.',
      criterionIds: ['C03'],
      targetLevel: 'competent',
    });
  });
  it('takes the criterion name without suggestions', () => {
    expect(proposalToForm({ ...proposal, suggestions: [] }, 'C03 Samenwerking').title).toBe('C03 Samenwerking');
  });
  it.each([
    ['not_yet', 'competent'],
    ['competent', 'proficient'],
    ['proficient', 'expert'],
    ['expert', 'expert'],
  ] as const)('one level above %s is %s', (level, above) => {
    expect(levelAbove(level)).toBe(above);
  });
});

describe('action form', () => {
  const cases: [string, Partial<typeof EMPTY_ACTION>, string[]][] = [
    ['a title', { title: 'Bel de school' }, []],
    ['no title', { title: ' ' }, ['title.missing']],
    ['a long title', { title: 'x'.repeat(201) }, ['title.long']],
    ['a bad day', { title: 'x', dueOn: '31-12-2026' }, ['dueOn.invalid']],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    expect(actionProblems({ ...EMPTY_ACTION, ...change }).map((p) => `${p.field}.${p.problem}`)).toEqual(expected);
  });
  it('leaves the owner out for a team member', () => {
    expect(actionInput({ title: ' A ', ownerUserId: '3', dueOn: '' }, false)).toEqual({ title: 'A', dueOn: null });
    expect(actionInput({ title: 'A', ownerUserId: '3', dueOn: '2026-12-01' })).toEqual({ title: 'A', dueOn: '2026-12-01', ownerUserId: 3 });
  });
  it.each([
    ['the coordinator, any action', true, 9, null, true],
    ['a team member, their own action', false, 9, 9, true],
    ['a team member, an action as text id', false, '9', 9, true],
    ["a team member, someone else's action", false, 9, 10, false],
    ['a team member, an action without owner', false, 9, null, false],
    ['no user', false, undefined, 9, false],
  ] as const)('who changes an action: %s', (_name, canEdit, userId, owner, expected) => {
    expect(canChangeAction(action({ ownerUserId: owner }), canEdit, userId)).toBe(expected);
  });
});

describe('order and time', () => {
  it('puts dropped goals last and keeps the rest in order', () => {
    const goals = [goal({ id: 1, status: 'dropped' }), goal({ id: 2 }), goal({ id: 3, status: 'achieved' })];
    expect(orderGoals(goals).map((g) => g.id)).toEqual([2, 3, 1]);
  });
  it('puts open actions by due day first, undated after, done ones last', () => {
    const actions = [
      action({ id: 1, status: 'done', dueOn: '2026-01-01' }),
      action({ id: 2, dueOn: null }),
      action({ id: 3, dueOn: '2026-12-01' }),
      action({ id: 4, dueOn: '2026-11-01', status: 'doing' }),
      action({ id: 5, dueOn: '2026-12-01' }),
    ];
    expect(orderActions(actions).map((a) => a.id)).toEqual([4, 3, 5, 2, 1]);
  });
  it.each([
    ['2026-11-20', '2026-11-26', 'todo', 'plan.due.late', 6],
    ['2026-11-25', '2026-11-26', 'doing', 'plan.due.late', 1],
    ['2026-11-26', '2026-11-26', 'todo', 'plan.due.today', 0],
    ['2026-11-27', '2026-11-26', 'todo', 'plan.due.in', 1],
    ['2027-03-28', '2027-03-26', 'todo', 'plan.due.in', 2],
  ] as const)('due %s seen on %s (%s)', (dueOn, today, status, key, days) => {
    expect(dueText(dueOn, status, today)).toEqual({ key, days });
  });
  it('says nothing for done or undated actions', () => {
    expect(dueText('2026-01-01', 'done', '2026-11-26')).toBeNull();
    expect(dueText(null, 'todo', '2026-11-26')).toBeNull();
  });
  it('counts days across a change of summer time', () => {
    expect(daysUntil('2026-10-26', '2026-10-24')).toBe(2);
  });
  it('counts the overdue open actions of all goals', () => {
    const goals = [
      goal({ actions: [action({ overdue: true }), action({ overdue: false })] }),
      goal({ actions: [action({ overdue: true }), action({ overdue: true, status: 'done' })] }),
    ];
    expect(overdueCount(goals)).toBe(2);
  });
});

describe('history', () => {
  it.each([
    [null, '–'],
    ['', '–'],
    [['C01', 'C02'], 'C01, C02'],
    [42, '42'],
    ['done', 'done'],
  ] as const)('shows %j as %s', (value, text) => {
    expect(historyValue(value)).toBe(text);
  });
  it('orders entries newest first, with ISO or unix-second times', () => {
    const entry = (at: string | number, targetTitle: string): HistoryEntry => ({
      at,
      actorName: null,
      kind: 'goal_created',
      target: 'goal',
      targetId: 1,
      targetTitle,
      changes: {},
    });
    const ordered = orderHistory([entry('2026-11-01T10:00:00Z', 'a'), entry(1799999999, 'b'), entry('2026-11-02T10:00:00Z', 'c')]);
    expect(ordered.map((e) => e.targetTitle)).toEqual(['b', 'c', 'a']);
  });
  it.each([
    ['2026-11-01T10:00:00Z', 1793527200],
    [1793527200, 1793527200],
    ['1793527200', 1793527200],
    ['no time', null],
    [null, null],
  ] as const)('reads the moment %j', (moment, seconds) => {
    expect(toSeconds(moment)).toBe(seconds);
  });
});
