// Autosave of a measurement's answers, one criterion at a time, without a save button.
//
// The evidence linked to an answer is part of the draft: linking or unlinking is saved at once, through
// the same PUT and the same version check, so a conflict covers it too. `evidenceIds` is only sent when
// it differs from the server's (absent: the server keeps the links as they are).
//
// Per criterion the store keeps the answer the server last confirmed (`base`, whose version the next
// save builds on) and what the user sees (`draft`). A level change is saved at once, a comment after
// a pause in typing. At most one save per criterion is under way; edits made meanwhile are saved
// right after it. A 409 `edit_conflict` keeps both sides (`theirs` = the server's `current`) until
// the user chooses: keep mine (saved again on their version) or take theirs. Nothing is dropped
// silently.
//
// `reduce` is pure (unit-tested row by row); `AutosaveStore` adds the timers and the save call and is
// read by React through `useSyncExternalStore`.

import { isApiError } from '../../api';
import type { Answer, AnswerInput, AnswerLevel } from '../../api';

export type EvidenceId = number | string;

export interface Draft {
  level: AnswerLevel | null;
  comment: string;
  evidenceIds: EvidenceId[];
}

/**
 * untouched: as loaded, nothing to save · pending: changed, a save will follow · saving: a save is
 * under way · saved: the server has what the user sees · error: the last save failed (`error`) ·
 * conflict: someone else saved first (`theirs`).
 */
export type SaveStatus = 'untouched' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

export interface CriterionSave {
  base: Answer;
  draft: Draft;
  status: SaveStatus;
  /** What the save under way sends, or null. */
  sending: Draft | null;
  error: string | null;
  theirs: Answer | null;
}

export type SaveState = Record<string, CriterionSave>;

export type SaveEvent =
  | { type: 'edit'; criterionId: string; patch: Partial<Draft> }
  | { type: 'start'; criterionId: string }
  | { type: 'saved'; criterionId: string; answer: Answer }
  | { type: 'conflict'; criterionId: string; current: Answer }
  | { type: 'failed'; criterionId: string; message: string }
  | { type: 'keepMine'; criterionId: string }
  | { type: 'takeTheirs'; criterionId: string };

export function draftOf(answer: Answer): Draft {
  return { level: answer.level, comment: answer.comment, evidenceIds: answer.evidenceIds ?? [] };
}

/** The same evidence, in any order (ids compared as text: the server may send numbers). */
export function sameIds(a: readonly EvidenceId[], b: readonly EvidenceId[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(String).sort();
  const right = b.map(String).sort();
  return left.every((id, i) => id === right[i]);
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return a.level === b.level && a.comment === b.comment && sameIds(a.evidenceIds, b.evidenceIds);
}

export function initialState(answers: Answer[]): SaveState {
  const state: SaveState = {};
  for (const answer of answers) {
    state[answer.criterionId] = {
      base: answer,
      draft: draftOf(answer),
      status: 'untouched',
      sending: null,
      error: null,
      theirs: null,
    };
  }
  return state;
}

/** The body of the next save of a criterion, or null when it has nothing to save now. */
export function nextSave(entry: CriterionSave): AnswerInput | null {
  if (entry.status !== 'pending' && entry.status !== 'error') return null;
  if (entry.sending) return null;
  const input: AnswerInput = { level: entry.draft.level, comment: entry.draft.comment, version: entry.base.version };
  if (!sameIds(entry.draft.evidenceIds, entry.base.evidenceIds ?? [])) input.evidenceIds = entry.draft.evidenceIds;
  return input;
}

function settle(entry: CriterionSave, base: Answer): CriterionSave {
  // What the user typed while the save was under way is still to be saved.
  const status: SaveStatus = sameDraft(entry.draft, draftOf(base)) ? 'saved' : 'pending';
  return { ...entry, base, sending: null, error: null, theirs: null, status };
}

export function reduce(state: SaveState, event: SaveEvent): SaveState {
  const entry = state[event.criterionId];
  if (!entry) return state;
  let next: CriterionSave = entry;
  switch (event.type) {
    case 'edit': {
      const draft = { ...entry.draft, ...event.patch };
      if (sameDraft(draft, entry.draft)) return state;
      // During a conflict the choice comes first: the edit is kept, not sent.
      const status: SaveStatus =
        entry.status === 'conflict' ? 'conflict' : entry.sending ? 'saving' : 'pending';
      next = { ...entry, draft, status };
      break;
    }
    case 'start':
      if (!nextSave(entry)) return state;
      next = { ...entry, sending: entry.draft, status: 'saving', error: null };
      break;
    case 'saved':
      next = settle(entry, event.answer);
      break;
    case 'conflict':
      next = { ...entry, sending: null, theirs: event.current, status: 'conflict', error: null };
      break;
    case 'failed':
      next = { ...entry, sending: null, status: 'error', error: event.message };
      break;
    case 'keepMine':
      if (!entry.theirs) return state;
      // Build on their version: the next save overwrites it with what the user sees.
      next = { ...entry, base: entry.theirs, theirs: null, status: 'pending' };
      break;
    case 'takeTheirs':
      if (!entry.theirs) return state;
      next = { ...entry, base: entry.theirs, draft: draftOf(entry.theirs), theirs: null, status: 'saved' };
      break;
  }
  return { ...state, [event.criterionId]: next };
}

/** True while something the user changed is not yet on the server. */
export function hasUnsaved(state: SaveState): boolean {
  return Object.values(state).some((e) => e.status === 'pending' || e.status === 'saving');
}

export type SaveFn = (criterionId: string, input: AnswerInput) => Promise<Answer>;

export const COMMENT_DELAY_MS = 600;

/** The state plus its timers and the save calls. */
export class AutosaveStore {
  private state: SaveState;
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    answers: Answer[],
    private readonly save: SaveFn,
    private readonly describeError: (error: unknown) => string,
  ) {
    this.state = initialState(answers);
  }

  getState = (): SaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private dispatch(event: SaveEvent): void {
    const next = reduce(this.state, event);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
    this.checkIdle();
  }

  private checkIdle(): void {
    if (!hasUnsaved(this.state) && this.timers.size === 0) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /** A change by the user; `immediate` for a level or evidence (a click), else after a pause in typing. */
  edit(criterionId: string, patch: Partial<Draft>, immediate: boolean): void {
    this.dispatch({ type: 'edit', criterionId, patch });
    this.schedule(criterionId, immediate ? 0 : COMMENT_DELAY_MS);
  }

  keepMine(criterionId: string): void {
    this.dispatch({ type: 'keepMine', criterionId });
    this.schedule(criterionId, 0);
  }

  takeTheirs(criterionId: string): void {
    this.dispatch({ type: 'takeTheirs', criterionId });
  }

  /** Tries a failed save again. */
  retry(criterionId: string): void {
    this.schedule(criterionId, 0);
  }

  /** Saves everything that waits for its timer now, and resolves when nothing is unsaved. */
  flush(): Promise<void> {
    for (const id of [...this.timers.keys()]) this.schedule(id, 0);
    if (!hasUnsaved(this.state) && this.timers.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(criterionId: string, delay: number): void {
    const old = this.timers.get(criterionId);
    if (old !== undefined) clearTimeout(old);
    this.timers.set(
      criterionId,
      setTimeout(() => {
        this.timers.delete(criterionId);
        void this.run(criterionId);
      }, delay),
    );
  }

  private async run(criterionId: string): Promise<void> {
    const entry = this.state[criterionId];
    if (!entry) return;
    const input = nextSave(entry);
    if (!input) {
      // Nothing to send now (a save under way reschedules itself when it ends).
      this.checkIdle();
      return;
    }
    this.dispatch({ type: 'start', criterionId });
    try {
      const answer = await this.save(criterionId, input);
      this.dispatch({ type: 'saved', criterionId, answer });
    } catch (error) {
      const current = isApiError(error, 'edit_conflict') ? error.detail.current : undefined;
      if (current && typeof current === 'object') {
        this.dispatch({ type: 'conflict', criterionId, current: current as Answer });
      } else {
        this.dispatch({ type: 'failed', criterionId, message: this.describeError(error) });
      }
    }
    if (this.state[criterionId]?.status === 'pending') this.schedule(criterionId, 0);
  }
}
