// The action plan's rules that need no rendering: the goal and action forms (checks before the server
// checks again, and the changed fields for a PATCH), a proposal as a pre-filled goal, the order of
// goals and actions, time left before a due day, and who may change an action. Pure, table-tested.

import type { AnswerLevel } from '../../api';
import type {
  Action,
  ActionInput,
  ActionStatus,
  Goal,
  GoalInput,
  GoalStatus,
  HistoryEntry,
  Moment,
  Proposal,
} from '../../api/plan';
import type { MessageKey } from '../../i18n';
import type { StatusTone } from '../../components/StatusTag';

/** Same bounds as the server (docs/api.md), counted in code points after trimming. */
export const TITLE_MAX = 200;
export const INDICATOR_MAX = 1000;
export const LONG_TEXT_MAX = 2000;
export const COMMENT_MAX = 4000;

export const GOAL_STATUS_TEXT: Record<GoalStatus, MessageKey> = {
  not_started: 'plan.goalStatus.not_started',
  in_progress: 'plan.goalStatus.in_progress',
  achieved: 'plan.goalStatus.achieved',
  dropped: 'plan.goalStatus.dropped',
};

export const GOAL_STATUS_TONE: Record<GoalStatus, StatusTone> = {
  not_started: 'neutral',
  in_progress: 'active',
  achieved: 'done',
  dropped: 'neutral',
};

export const ACTION_STATUS_TEXT: Record<ActionStatus, MessageKey> = {
  todo: 'plan.actionStatus.todo',
  doing: 'plan.actionStatus.doing',
  done: 'plan.actionStatus.done',
};

const NEXT_LEVEL: Record<AnswerLevel, AnswerLevel> = {
  not_yet: 'competent',
  competent: 'proficient',
  proficient: 'expert',
  expert: 'expert',
};

/** One level above `level` (expert stays expert). */
export function levelAbove(level: AnswerLevel): AnswerLevel {
  return NEXT_LEVEL[level];
}

export function length(text: string): number {
  return [...text.trim()].length;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The goal form as the page holds it: text everywhere, '' for "none". */
export interface GoalForm {
  title: string;
  criterionIds: string[];
  targetLevel: AnswerLevel | '';
  successIndicator: string;
  ownerUserId: string;
  startOn: string;
  endOn: string;
  resources: string;
  monitoring: string;
  status: GoalStatus;
}

export const EMPTY_GOAL: GoalForm = {
  title: '',
  criterionIds: [],
  targetLevel: '',
  successIndicator: '',
  ownerUserId: '',
  startOn: '',
  endOn: '',
  resources: '',
  monitoring: '',
  status: 'not_started',
};

export function goalToForm(goal: Goal): GoalForm {
  return {
    title: goal.title,
    criterionIds: [...goal.criterionIds],
    targetLevel: goal.targetLevel,
    successIndicator: goal.successIndicator,
    ownerUserId: goal.ownerUserId === null ? '' : String(goal.ownerUserId),
    startOn: goal.startOn ?? '',
    endOn: goal.endOn ?? '',
    resources: goal.resources,
    monitoring: goal.monitoring,
    status: goal.status,
  };
}

/** A proposal accepted as a goal: its criterion, the target one level up, the first suggestion as title. */
export function proposalToForm(proposal: Proposal, criterionName: string): GoalForm {
  const first = proposal.suggestions[0]?.text ?? '';
  const title = first && length(first) <= TITLE_MAX ? first.trim() : criterionName;
  return {
    ...EMPTY_GOAL,
    title: [...title].slice(0, TITLE_MAX).join(''),
    criterionIds: [proposal.criterionId],
    targetLevel: proposal.targetLevel,
  };
}

export type GoalField = 'title' | 'criterionIds' | 'targetLevel' | 'successIndicator' | 'endOn' | 'startOn' | 'resources' | 'monitoring';
export type GoalProblem =
  | { field: 'title'; problem: 'missing' | 'long' }
  | { field: 'criterionIds'; problem: 'missing' }
  | { field: 'targetLevel'; problem: 'missing' }
  | { field: 'successIndicator' | 'resources' | 'monitoring'; problem: 'long' }
  | { field: 'startOn' | 'endOn'; problem: 'invalid' }
  | { field: 'endOn'; problem: 'beforeStart' };

/** What keeps a goal from being saved, in form order. */
export function goalProblems(form: GoalForm): GoalProblem[] {
  const problems: GoalProblem[] = [];
  const title = length(form.title);
  if (title === 0) problems.push({ field: 'title', problem: 'missing' });
  else if (title > TITLE_MAX) problems.push({ field: 'title', problem: 'long' });
  if (form.criterionIds.length === 0) problems.push({ field: 'criterionIds', problem: 'missing' });
  if (form.targetLevel === '') problems.push({ field: 'targetLevel', problem: 'missing' });
  if (length(form.successIndicator) > INDICATOR_MAX) problems.push({ field: 'successIndicator', problem: 'long' });
  const start = form.startOn.trim();
  const end = form.endOn.trim();
  if (start && !DAY.test(start)) problems.push({ field: 'startOn', problem: 'invalid' });
  if (end && !DAY.test(end)) problems.push({ field: 'endOn', problem: 'invalid' });
  else if (start && end && DAY.test(start) && end < start) problems.push({ field: 'endOn', problem: 'beforeStart' });
  if (length(form.resources) > LONG_TEXT_MAX) problems.push({ field: 'resources', problem: 'long' });
  if (length(form.monitoring) > LONG_TEXT_MAX) problems.push({ field: 'monitoring', problem: 'long' });
  return problems;
}

function nullable(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

function ownerId(text: string): number | null {
  return text === '' ? null : Number(text);
}

/** The whole goal as the server takes it (POST). */
export function goalInput(form: GoalForm, fromProposal?: string): GoalInput {
  const input: GoalInput = {
    title: form.title.trim(),
    criterionIds: form.criterionIds,
    targetLevel: form.targetLevel as AnswerLevel,
    successIndicator: form.successIndicator.trim(),
    ownerUserId: ownerId(form.ownerUserId),
    startOn: nullable(form.startOn),
    endOn: nullable(form.endOn),
    resources: form.resources.trim(),
    monitoring: form.monitoring.trim(),
  };
  if (fromProposal) input.fromProposal = fromProposal;
  return input;
}

/** Only the fields that differ from the goal (PATCH); status included. */
export function goalChanges(goal: Goal, form: GoalForm): GoalInput {
  const full: GoalInput = { ...goalInput(form), status: form.status };
  const before: GoalInput = { ...goalInput(goalToForm(goal)), status: goal.status };
  const changes: GoalInput = {};
  for (const key of Object.keys(full) as (keyof GoalInput)[]) {
    if (JSON.stringify(full[key]) !== JSON.stringify(before[key])) {
      (changes as Record<string, unknown>)[key] = full[key];
    }
  }
  return changes;
}

export interface ActionForm {
  title: string;
  ownerUserId: string;
  dueOn: string;
}

export const EMPTY_ACTION: ActionForm = { title: '', ownerUserId: '', dueOn: '' };

export function actionToForm(action: Action): ActionForm {
  return {
    title: action.title,
    ownerUserId: action.ownerUserId === null ? '' : String(action.ownerUserId),
    dueOn: action.dueOn ?? '',
  };
}

export type ActionProblem = { field: 'title'; problem: 'missing' | 'long' } | { field: 'dueOn'; problem: 'invalid' };

export function actionProblems(form: ActionForm): ActionProblem[] {
  const problems: ActionProblem[] = [];
  const title = length(form.title);
  if (title === 0) problems.push({ field: 'title', problem: 'missing' });
  else if (title > TITLE_MAX) problems.push({ field: 'title', problem: 'long' });
  if (form.dueOn.trim() && !DAY.test(form.dueOn.trim())) problems.push({ field: 'dueOn', problem: 'invalid' });
  return problems;
}

/** The action as sent; `withOwner` is false for a team member (they cannot hand it to someone else). */
export function actionInput(form: ActionForm, withOwner = true): ActionInput {
  const input: ActionInput = { title: form.title.trim(), dueOn: nullable(form.dueOn) };
  if (withOwner) input.ownerUserId = ownerId(form.ownerUserId);
  return input;
}

/** Coordinators change every action; a team member only the ones they own. */
export function canChangeAction(action: Action, canEdit: boolean, userId: string | number | undefined): boolean {
  if (canEdit) return true;
  return userId !== undefined && action.ownerUserId !== null && String(action.ownerUserId) === String(userId);
}

/** Goals in the plan's order: the dropped ones last, otherwise as made (oldest first). */
export function orderGoals(goals: Goal[]): Goal[] {
  return goals
    .map((goal, index) => ({ goal, index }))
    .sort((a, b) => Number(a.goal.status === 'dropped') - Number(b.goal.status === 'dropped') || a.index - b.index)
    .map(({ goal }) => goal);
}

/** Actions: open ones first by due day (no day last), done ones after them. */
export function orderActions(actions: Action[]): Action[] {
  return actions
    .map((action, index) => ({ action, index }))
    .sort((a, b) => {
      const doneA = a.action.status === 'done' ? 1 : 0;
      const doneB = b.action.status === 'done' ? 1 : 0;
      if (doneA !== doneB) return doneA - doneB;
      const dueA = a.action.dueOn ?? '9999-99-99';
      const dueB = b.action.dueOn ?? '9999-99-99';
      if (dueA !== dueB) return dueA < dueB ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ action }) => action);
}

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
}

/** Whole days from `today` to `dueOn` (negative when past). */
export function daysUntil(dueOn: string, today: string): number {
  return Math.round(dayNumber(dueOn) - dayNumber(today));
}

/** How the due day reads: "3 days late", "due today", "due in 2 days" (null without a day or when done). */
export function dueText(
  dueOn: string | null,
  status: ActionStatus,
  today: string,
): { key: 'plan.due.late' | 'plan.due.today' | 'plan.due.in'; days: number } | null {
  if (!dueOn || status === 'done' || !DAY.test(dueOn)) return null;
  const days = daysUntil(dueOn, today);
  if (days < 0) return { key: 'plan.due.late', days: -days };
  if (days === 0) return { key: 'plan.due.today', days: 0 };
  return { key: 'plan.due.in', days };
}

/** Open (not done) actions of the plan that are overdue. */
export function overdueCount(goals: Goal[]): number {
  return goals.reduce((sum, goal) => sum + goal.actions.filter((a) => a.overdue && a.status !== 'done').length, 0);
}

/** A value of the history in words: lists joined, null as a dash. */
export function historyValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.map(historyValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The history newest first (the server's order is not relied on). */
export function orderHistory(entries: HistoryEntry[]): HistoryEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (toSeconds(b.entry.at) ?? 0) - (toSeconds(a.entry.at) ?? 0) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** A moment as unix seconds, from ISO-8601 text or seconds (null when it is neither). */
export function toSeconds(moment: Moment | null | undefined): number | null {
  if (moment === null || moment === undefined || moment === '') return null;
  if (typeof moment === 'number') return Number.isFinite(moment) ? moment : null;
  if (/^\d+$/.test(moment)) return Number(moment);
  const ms = Date.parse(moment);
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

export const HISTORY_KIND_TEXT: Record<string, MessageKey> = {
  goal_created: 'plan.history.kind.goal_created',
  goal_updated: 'plan.history.kind.goal_updated',
  goal_deleted: 'plan.history.kind.goal_deleted',
  action_created: 'plan.history.kind.action_created',
  action_updated: 'plan.history.kind.action_updated',
  action_deleted: 'plan.history.kind.action_deleted',
};

/** The history's field names (docs/api.md: Goal/Action fields, the owner as `ownerName`). */
export const HISTORY_FIELD_TEXT: Record<string, MessageKey> = {
  title: 'plan.history.field.title',
  criterionIds: 'plan.goal.criteria',
  targetLevel: 'plan.goal.target',
  successIndicator: 'plan.goal.indicator',
  ownerName: 'plan.goal.owner',
  startOn: 'plan.goal.startOn',
  endOn: 'plan.goal.endOn',
  resources: 'plan.goal.resources',
  monitoring: 'plan.goal.monitoring',
  status: 'plan.goal.status',
  dueOn: 'plan.action.dueOn',
};

/** The text key of a history value that is an enumeration (status, level); null for free values. */
export function historyValueKey(field: string, value: unknown): MessageKey | null {
  if (typeof value !== 'string') return null;
  if (field === 'status') {
    if (value in GOAL_STATUS_TEXT) return GOAL_STATUS_TEXT[value as GoalStatus];
    if (value in ACTION_STATUS_TEXT) return ACTION_STATUS_TEXT[value as ActionStatus];
  }
  if (field === 'targetLevel' && value in LEVEL_KEY) return LEVEL_KEY[value as AnswerLevel];
  return null;
}

const LEVEL_KEY: Record<AnswerLevel, MessageKey> = {
  not_yet: 'level.not_yet',
  competent: 'level.competent',
  proficient: 'level.proficient',
  expert: 'level.expert',
};
