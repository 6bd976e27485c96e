// The action plan (docs/api.md, "Action plan and mentoring"): one plan per school and programme, with
// proposals from the newest submitted measurement, goals, actions under the goals, a comment thread per
// goal, the history of changes, exports, and the signed-in user's overdue actions.
// Kept apart from types.ts/index.ts (import from 'api/plan').

import { query, request } from './client';
import type { AnswerLevel, Language, MeasurementKind } from './types';

export type Id = string | number;

/** A moment in unix seconds (docs/api.md); ISO-8601 text is read too, so a change of format does not break the pages. */
export type Moment = string | number;

const seg = (value: Id) => encodeURIComponent(String(value));

export type GoalStatus = 'not_started' | 'in_progress' | 'achieved' | 'dropped';
export const GOAL_STATUSES: readonly GoalStatus[] = ['not_started', 'in_progress', 'achieved', 'dropped'];

export type ActionStatus = 'todo' | 'doing' | 'done';
export const ACTION_STATUSES: readonly ActionStatus[] = ['todo', 'doing', 'done'];

export type CommentRole = 'mentor' | 'organiser' | 'coordinator' | 'team_member';

export type ProposalReason = 'blocks_next_label' | 'lowest';

export interface Action {
  id: Id;
  goalId: Id;
  title: string;
  ownerUserId: Id | null;
  ownerName: string | null;
  /** `YYYY-MM-DD` */
  dueOn: string | null;
  status: ActionStatus;
  /** Due before today (Brussels) and not done. */
  overdue: boolean;
  completedAt: Moment | null;
}

export interface Comment {
  id: Id;
  authorName: string;
  authorRole: CommentRole;
  body: string;
  createdAt: Moment;
}

export interface Goal {
  id: Id;
  planId: Id;
  title: string;
  criterionIds: string[];
  targetLevel: AnswerLevel;
  successIndicator: string;
  ownerUserId: Id | null;
  ownerName: string | null;
  startOn: string | null;
  endOn: string | null;
  resources: string;
  monitoring: string;
  status: GoalStatus;
  /** 0..100 */
  progress: number;
  actions: Action[];
  comments: Comment[];
  createdAt: Moment;
  updatedAt: Moment;
}

export interface Suggestion {
  id: string;
  text: string;
}

export interface Proposal {
  criterionId: string;
  currentLevel: AnswerLevel;
  targetLevel: AnswerLevel;
  reason: ProposalReason;
  suggestions: Suggestion[];
}

export interface Plan {
  id: Id;
  programmeId: Id;
  organisationId: Id;
  organisationName: string;
  progress: number;
  goals: Goal[];
  proposals: Proposal[];
  measurement: { id: Id; kind: MeasurementKind } | null;
  canEdit: boolean;
  canComment: boolean;
}

/** What the coordinator sends for a goal (POST: all required ones; PATCH: any of them). */
export interface GoalInput {
  title?: string;
  criterionIds?: string[];
  targetLevel?: AnswerLevel;
  successIndicator?: string;
  ownerUserId?: number | null;
  startOn?: string | null;
  endOn?: string | null;
  resources?: string;
  monitoring?: string;
  status?: GoalStatus;
  /** The criterion of the proposal the goal was made from. */
  fromProposal?: string;
}

export interface ActionInput {
  title?: string;
  ownerUserId?: number | null;
  dueOn?: string | null;
  status?: ActionStatus;
}

export type HistoryKind =
  | 'goal_created'
  | 'goal_updated'
  | 'goal_deleted'
  | 'action_created'
  | 'action_updated'
  | 'action_deleted';

export interface HistoryEntry {
  at: Moment;
  actorName: string | null;
  kind: HistoryKind | string;
  target: 'goal' | 'action' | string;
  targetId: Id | null;
  targetTitle: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}

export interface OverdueAction {
  actionId: Id;
  title: string;
  dueOn: string;
  goalTitle: string;
  programmeId: Id;
  organisationId: Id;
  organisationName: string;
  ownerName: string | null;
  /** The caller owns it. */
  own: boolean;
}

const planPath = (programmeId: Id, organisationId: Id) =>
  `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/action-plan`;

export const planApi = {
  /** `GET …/action-plan` (made, empty, on the first visit). */
  plan: (programmeId: Id, organisationId: Id) => request<Plan>('GET', planPath(programmeId, organisationId)),

  /** `POST …/action-plan/goals` → 201 Goal. */
  addGoal: (programmeId: Id, organisationId: Id, goal: GoalInput) =>
    request<Goal>('POST', `${planPath(programmeId, organisationId)}/goals`, goal),

  /** `PATCH /api/action-goals/{id}` with the changed fields. */
  updateGoal: (goalId: Id, changes: GoalInput) => request<Goal>('PATCH', `/api/action-goals/${seg(goalId)}`, changes),

  deleteGoal: (goalId: Id) => request<void>('DELETE', `/api/action-goals/${seg(goalId)}`),

  /** `POST …/action-plan/dismissals`: the proposal for this criterion is dropped for good. */
  dismiss: (programmeId: Id, organisationId: Id, criterionId: string) =>
    request<void>('POST', `${planPath(programmeId, organisationId)}/dismissals`, { criterionId }),

  addAction: (goalId: Id, action: ActionInput) =>
    request<Action>('POST', `/api/action-goals/${seg(goalId)}/actions`, action),

  updateAction: (actionId: Id, changes: ActionInput) =>
    request<Action>('PATCH', `/api/actions/${seg(actionId)}`, changes),

  deleteAction: (actionId: Id) => request<void>('DELETE', `/api/actions/${seg(actionId)}`),

  addComment: (goalId: Id, body: string) =>
    request<Comment>('POST', `/api/action-goals/${seg(goalId)}/comments`, { body }),

  history: (programmeId: Id, organisationId: Id) =>
    request<{ entries: HistoryEntry[] }>('GET', `${planPath(programmeId, organisationId)}/history`),

  /** The exports as plain links (the browser downloads them). */
  exportUrl: (programmeId: Id, organisationId: Id, format: 'pdf' | 'xlsx', lang: Language) =>
    `${planPath(programmeId, organisationId)}.${format}${query({ lang })}`,

  /** `GET /api/me/overdue-actions`: overdue actions of the user's schools, their own first. */
  overdue: () => request<{ actions: OverdueAction[] }>('GET', '/api/me/overdue-actions'),
};
