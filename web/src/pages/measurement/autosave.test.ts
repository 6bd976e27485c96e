import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { Answer, AnswerInput } from '../../api';
import { AutosaveStore, COMMENT_DELAY_MS, hasUnsaved, initialState, nextSave, reduce } from './autosave';
import type { SaveEvent, SaveState } from './autosave';

function answer(over: Partial<Answer> = {}): Answer {
  return {
    criterionId: 'C01',
    level: null,
    comment: '',
    evidenceIds: [],
    version: 0,
    updatedAt: null,
    updatedByName: null,
    ...over,
  };
}

function run(events: SaveEvent[], start: SaveState = initialState([answer()])): SaveState {
  return events.reduce(reduce, start);
}

describe('reduce', () => {
  const rows: { name: string; events: SaveEvent[]; status: string; level?: string | null; comment?: string; version?: number; next?: unknown }[] = [
    { name: 'loaded', events: [], status: 'untouched', next: null },
    {
      name: 'an edit waits for its save',
      events: [{ type: 'edit', criterionId: 'C01', patch: { level: 'competent' } }],
      status: 'pending',
      next: { level: 'competent', comment: '', version: 0 },
    },
    {
      name: 'an edit to the same value changes nothing',
      events: [{ type: 'edit', criterionId: 'C01', patch: { level: null } }],
      status: 'untouched',
    },
    {
      name: 'a save under way is not started twice',
      events: [
        { type: 'edit', criterionId: 'C01', patch: { level: 'competent' } },
        { type: 'start', criterionId: 'C01' },
      ],
      status: 'saving',
      next: null,
    },
    {
      name: 'saved: the new version is the base',
      events: [
        { type: 'edit', criterionId: 'C01', patch: { level: 'competent' } },
        { type: 'start', criterionId: 'C01' },
        { type: 'saved', criterionId: 'C01', answer: answer({ level: 'competent', version: 1 }) },
      ],
      status: 'saved',
      version: 1,
      next: null,
    },
    {
      name: 'typing during a save is saved next, on the new version',
      events: [
        { type: 'edit', criterionId: 'C01', patch: { comment: 'a' } },
        { type: 'start', criterionId: 'C01' },
        { type: 'edit', criterionId: 'C01', patch: { comment: 'ab' } },
        { type: 'saved', criterionId: 'C01', answer: answer({ comment: 'a', version: 1 }) },
      ],
      status: 'pending',
      comment: 'ab',
      next: { level: null, comment: 'ab', version: 1 },
    },
    {
      name: 'a conflict keeps both versions and sends nothing',
      events: [
        { type: 'edit', criterionId: 'C01', patch: { level: 'expert' } },
        { type: 'start', criterionId: 'C01' },
        { type: 'conflict', criterionId: 'C01', current: answer({ level: 'not_yet', version: 3, updatedByName: 'An' }) },
      ],
      status: 'conflict',
      level: 'expert',
      version: 0,
      next: null,
    },
    {
      name: 'keep mine: saved again on their version',
      events: [
        { type: 'edit', criterionId: 'C01', patch: { level: 'expert' } },
        { type: 'start', criterionId: 'C01' },
        { type: 'conflict', criterionId: 'C01', current: answer({ level: 'not_yet', version: 3 }) },
        { type: 'keepMine', criterionId: 'C01' },
      ],
      status: 'pending',
      level: 'expert',
      version: 3,
      next: { level: 'expert', comment: '', version: 3 },
    },
    {
      name: 'take theirs: their answer is shown and nothing is sent',
      events: [
        { type: 'edit', criterionId: 'C01', patch: { level: 'expert' } },
        { type: 'start', criterionId: 'C01' },
        { type: 'conflict', criterionId: 'C01', current: answer({ level: 'not_yet', comment: 'van An', version: 3 }) },
        { type: 'takeTheirs', criterionId: 'C01' },
      ],
      status: 'saved',
      level: 'not_yet',
      comment: 'van An',
      version: 3,
      next: null,
    },
    {
      name: 'an edit during a conflict waits for the choice',
      events: [
        { type: 'edit', criterionId: 'C01', patch: { level: 'expert' } },
        { type: 'start', criterionId: 'C01' },
        { type: 'conflict', criterionId: 'C01', current: answer({ version: 3 }) },
        { type: 'edit', criterionId: 'C01', patch: { comment: 'x' } },
      ],
      status: 'conflict',
      comment: 'x',
      next: null,
    },
    {
      name: 'a failed save keeps the draft and can be tried again',
      events: [
        { type: 'edit', criterionId: 'C01', patch: { level: 'competent' } },
        { type: 'start', criterionId: 'C01' },
        { type: 'failed', criterionId: 'C01', message: 'weg' },
      ],
      status: 'error',
      level: 'competent',
      next: { level: 'competent', comment: '', version: 0 },
    },
  ];

  for (const row of rows) {
    it(row.name, () => {
      const entry = run(row.events).C01!;
      expect(entry.status).toBe(row.status);
      if (row.level !== undefined) expect(entry.draft.level).toBe(row.level);
      if (row.comment !== undefined) expect(entry.draft.comment).toBe(row.comment);
      if (row.version !== undefined) expect(entry.base.version).toBe(row.version);
      if (row.next !== undefined) expect(nextSave(entry)).toEqual(row.next);
    });
  }

  it('ignores unknown criteria', () => {
    const state = initialState([answer()]);
    expect(reduce(state, { type: 'edit', criterionId: 'C99', patch: { level: 'expert' } })).toBe(state);
  });
});

describe('AutosaveStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function server() {
    const calls: { id: string; input: AnswerInput }[] = [];
    let version = 0;
    let conflictOnce: Answer | null = null;
    const save = vi.fn(async (id: string, input: AnswerInput) => {
      calls.push({ id, input });
      if (conflictOnce) {
        const current = conflictOnce;
        conflictOnce = null;
        version = current.version;
        throw new ApiError(409, 'edit_conflict', 'Iemand anders', {}, null, { code: 'edit_conflict', current });
      }
      if (input.version !== version) throw new Error('stale version sent');
      version += 1;
      return answer({ ...input, criterionId: id, version });
    });
    return { calls, save, conflictNext: (a: Answer) => (conflictOnce = a) };
  }

  it('saves a level at once and a comment after a pause in typing', async () => {
    const { calls, save } = server();
    const store = new AutosaveStore([answer()], save, () => 'fout');
    store.edit('C01', { level: 'competent' }, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    store.edit('C01', { comment: 'a' }, false);
    await vi.advanceTimersByTimeAsync(COMMENT_DELAY_MS - 100);
    store.edit('C01', { comment: 'ab' }, false);
    await vi.advanceTimersByTimeAsync(COMMENT_DELAY_MS - 100);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls.map((c) => c.input)).toEqual([
      { level: 'competent', comment: '', version: 0 },
      { level: 'competent', comment: 'ab', version: 1 },
    ]);
    expect(store.getState().C01!.status).toBe('saved');
  });

  it('flush saves a waiting comment and resolves when all is saved', async () => {
    const { calls, save } = server();
    const store = new AutosaveStore([answer()], save, () => 'fout');
    store.edit('C01', { comment: 'x' }, false);
    let done = false;
    void store.flush().then(() => (done = true));
    expect(hasUnsaved(store.getState())).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(done).toBe(true);
  });

  it('on a conflict, keep mine saves again on the other version', async () => {
    const { calls, save, conflictNext } = server();
    const store = new AutosaveStore([answer()], save, () => 'fout');
    conflictNext(answer({ level: 'not_yet', comment: 'van An', version: 4, updatedByName: 'An' }));
    store.edit('C01', { level: 'expert' }, true);
    await vi.advanceTimersByTimeAsync(0);
    const entry = store.getState().C01!;
    expect(entry.status).toBe('conflict');
    expect(entry.theirs?.comment).toBe('van An');
    store.keepMine('C01');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.at(-1)!.input).toEqual({ level: 'expert', comment: '', version: 4 });
    expect(store.getState().C01!.status).toBe('saved');
    expect(store.getState().C01!.base.version).toBe(5);
  });

  it('a failed save shows the message and is tried again on retry', async () => {
    let fail = true;
    const save = vi.fn(async (id: string, input: AnswerInput) => {
      if (fail) throw new ApiError(0, 'network', 'down');
      return answer({ ...input, criterionId: id, version: 1 });
    });
    const store = new AutosaveStore([answer()], save, (e) => `fout: ${(e as Error).message}`);
    store.edit('C01', { level: 'proficient' }, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().C01!.status).toBe('error');
    expect(store.getState().C01!.error).toBe('fout: down');
    fail = false;
    store.retry('C01');
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().C01!.status).toBe('saved');
    expect(save).toHaveBeenCalledTimes(2);
  });
});

describe('evidence links in the autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    { name: 'unchanged links are not sent', base: [3], draft: [3], sent: undefined },
    { name: 'the same links in another order are not sent', base: [3, '4'], draft: [4, 3], sent: undefined },
    { name: 'a new link is sent', base: [], draft: [7], sent: [7] },
    { name: 'removing the last link sends an empty list', base: [7], draft: [], sent: [] },
  ])('$name', ({ base, draft, sent }) => {
    const state = run(
      [
        { type: 'edit', criterionId: 'C01', patch: { level: 'competent' } },
        { type: 'edit', criterionId: 'C01', patch: { evidenceIds: draft } },
      ],
      initialState([answer({ evidenceIds: base })]),
    );
    expect(nextSave(state.C01!)?.evidenceIds).toEqual(sent);
  });

  it('saves a link at once, and a conflict keeps my links until I choose', async () => {
    const calls: AnswerInput[] = [];
    let conflict = true;
    const theirs = answer({ level: 'expert', evidenceIds: [1], version: 3, updatedByName: 'An' });
    const save = vi.fn(async (_id: string, input: AnswerInput) => {
      calls.push(input);
      if (conflict) {
        conflict = false;
        throw new ApiError(409, 'edit_conflict', 'Iemand anders', {}, null, { code: 'edit_conflict', current: theirs });
      }
      return answer({ ...input, evidenceIds: input.evidenceIds ?? theirs.evidenceIds, version: input.version + 1 });
    });
    const store = new AutosaveStore([answer()], save, () => 'fout');
    store.edit('C01', { evidenceIds: [2] }, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[0]).toEqual({ level: null, comment: '', version: 0, evidenceIds: [2] });
    expect(store.getState().C01!.status).toBe('conflict');
    expect(store.getState().C01!.draft.evidenceIds).toEqual([2]);
    store.keepMine('C01');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]).toEqual({ level: null, comment: '', version: 3, evidenceIds: [2] });
    expect(store.getState().C01!.status).toBe('saved');
    expect(store.getState().C01!.base.evidenceIds).toEqual([2]);
  });

  it('taking their version takes their links too', async () => {
    const theirs = answer({ evidenceIds: [1, 5], version: 2 });
    const save = vi.fn(async () => {
      throw new ApiError(409, 'edit_conflict', 'x', {}, null, { code: 'edit_conflict', current: theirs });
    });
    const store = new AutosaveStore([answer()], save, () => 'fout');
    store.edit('C01', { evidenceIds: [9] }, true);
    await vi.advanceTimersByTimeAsync(0);
    store.takeTheirs('C01');
    expect(store.getState().C01!.draft.evidenceIds).toEqual([1, 5]);
    expect(store.getState().C01!.status).toBe('saved');
    expect(hasUnsaved(store.getState())).toBe(false);
  });
});
