import { describe, expect, it } from 'vitest';
import { session } from '../../testing/networkData';
import {
  addableSchools,
  attendanceOpen,
  brusselsNow,
  checkGroupTitle,
  checkSessionForm,
  draftsFromProposal,
  draftToInput,
  EMPTY_SESSION_FORM,
  formatSize,
  formToInput,
  placesLeft,
  sessionAction,
  sessionToForm,
  sessionWhen,
  splitSessions,
  toggleId,
} from './logic';


describe('brusselsNow', () => {
  it.each([
    ['2027-01-15T12:00:00Z', '2027-01-15T13:00'], // winter: UTC+1
    ['2027-07-15T12:00:00Z', '2027-07-15T14:00'], // summer: UTC+2
    ['2026-10-25T00:30:00Z', '2026-10-25T02:30'], // before the change back (03:00 CEST → 02:00 CET)
    ['2026-10-25T01:30:00Z', '2026-10-25T02:30'], // after it: the same local time again
    ['2026-12-31T23:30:00Z', '2027-01-01T00:30'],
  ])('%s → %s', (utc, local) => {
    expect(brusselsNow(new Date(utc))).toBe(local);
  });
});

describe('splitSessions', () => {
  it('puts sessions that have not ended in upcoming (soonest first), the others in past (latest first)', () => {
    const list = [
      { id: 'a', startsAt: '2027-03-01T10:00', endsAt: '2027-03-01T12:00' },
      { id: 'b', startsAt: '2027-02-01T10:00', endsAt: '2027-02-01T12:00' },
      { id: 'c', startsAt: '2027-04-01T10:00', endsAt: '2027-04-01T12:00' },
      { id: 'd', startsAt: '2027-03-05T09:00', endsAt: '2027-03-05T11:00' },
      { id: 'e', startsAt: '2027-01-01T10:00', endsAt: '2027-01-01T12:00' },
    ];
    const { upcoming, past } = splitSessions(list, '2027-03-05T10:00');
    expect(upcoming.map((s) => s.id)).toEqual(['d', 'c']);
    expect(past.map((s) => s.id)).toEqual(['a', 'b', 'e']);
  });
});

describe('sessionAction', () => {
  const now = '2027-03-01T10:00';
  it.each([
    [{}, 'register'],
    [{ registered: 2 }, 'join_waitlist'],
    [{ registered: 3, capacity: 2 }, 'join_waitlist'],
    [{ myStatus: 'registered' as const, registered: 1 }, 'cancel'],
    [{ myStatus: 'waitlisted' as const, myPosition: 1, registered: 2 }, 'leave_waitlist'],
    [{ status: 'cancelled' as const }, 'none'],
    [{ startsAt: '2027-03-01T10:00' }, 'none'],
    [{ canManage: true, canRegister: false }, 'none'],
    [{ canRegister: false }, 'none'],
  ])('%j → %s', (overrides, action) => {
    expect(sessionAction(session(overrides), now)).toBe(action);
  });

  it('counts places left and opens attendance at the start', () => {
    expect(placesLeft({ capacity: 5, registered: 3 })).toBe(2);
    expect(placesLeft({ capacity: 2, registered: 4 })).toBe(0);
    expect(attendanceOpen({ startsAt: '2027-03-01T10:00' }, '2027-03-01T09:59')).toBe(false);
    expect(attendanceOpen({ startsAt: '2027-03-01T10:00' }, '2027-03-01T10:00')).toBe(true);
  });
});

describe('the session form', () => {
  const filled = { ...EMPTY_SESSION_FORM, title: 'Groeisessie', date: '2027-03-12', startTime: '14:00', endTime: '16:30', capacity: '12' };

  it.each([
    [{}, []],
    [{ title: '  ' }, ['title']],
    [{ date: '12/03/2027' }, ['date']],
    [{ startTime: '' }, ['startTime']],
    [{ endTime: '14:00' }, ['endTime']],
    [{ endTime: '13:00' }, ['endTime']],
    [{ capacity: '0' }, ['capacity']],
    [{ capacity: '2.5' }, ['capacity']],
    [{ capacity: '' }, ['capacity']],
  ])('%j → problems %j', (change, problems) => {
    expect(checkSessionForm({ ...filled, ...change })).toEqual(problems);
  });

  it('sends Brussels local "YYYY-MM-DDTHH:MM" and the audience', () => {
    expect(formToInput({ ...filled, hostSchoolId: '12', workingGroupId: '3' })).toEqual({
      type: 'inspiration',
      title: 'Groeisessie',
      description: '',
      startsAt: '2027-03-12T14:00',
      endsAt: '2027-03-12T16:30',
      hostSchoolId: 12,
      venueName: '',
      address: '',
      capacity: 12,
      audience: { kind: 'working_group', workingGroupId: 3 },
    });
    expect(formToInput(filled).audience).toEqual({ kind: 'programme', workingGroupId: null });
    expect(formToInput(filled).hostSchoolId).toBeNull();
  });

  it('fills the form from a session and back', () => {
    const s = session({ hostSchool: { id: 4, name: 'Sint-Lucas' }, audience: { kind: 'working_group', workingGroupId: 9 } });
    const form = sessionToForm(s);
    expect(form).toMatchObject({ date: '2027-03-12', startTime: '14:00', endTime: '16:30', hostSchoolId: '4', workingGroupId: '9', capacity: '2' });
    expect(formToInput(form).startsAt).toBe(s.startsAt);
  });
});

describe('helpers', () => {
  it('toggles ids compared as text', () => {
    expect(toggleId([1, 2], '2', false)).toEqual([1]);
    expect(toggleId([1], 3, true)).toEqual([1, 3]);
    expect(toggleId([1], '1', true)).toEqual(['1']);
  });

  it.each([
    [512, 'nl', '512 B'],
    [12 * 1024, 'en', '12 kB'],
    [3.4 * 1024 * 1024, 'nl', '3,4 MB'],
  ] as const)('formatSize(%s, %s) = %s', (bytes, language, text) => {
    expect(formatSize(bytes, language)).toBe(text);
  });

  it('writes when a session is', () => {
    const day = (d: string) => `[${d}]`;
    expect(sessionWhen('2027-03-12T14:00', '2027-03-12T16:30', day)).toBe('[2027-03-12], 14:00–16:30');
    expect(sessionWhen('2027-03-12T14:00', '2027-03-13T10:00', day)).toBe('[2027-03-12], 14:00–[2027-03-13] 10:00');
  });

  it('turns a proposal into drafts and a draft into the create body', () => {
    const [draft] = draftsFromProposal([
      { title: 'Thema', elementId: 'E1', criterionIds: ['C01'], schools: [{ id: 1, name: 'A' }, { id: 2, name: 'B' }], companies: [{ id: 9, name: 'Bedrijf', freeCapacity: 2 }] },
    ]);
    expect(draft!.schools.every((s) => s.chosen)).toBe(true);
    const changed = { ...draft!, title: ' Thema 1 ', schools: draft!.schools.map((s) => ({ ...s, chosen: s.id === 2 })) };
    expect(draftToInput(changed, '')).toEqual({ title: 'Thema 1', description: '', criterionIds: ['C01'], schoolIds: [2], companyIds: [9] });
  });

  it('offers only schools that are not members yet', () => {
    expect(addableSchools([{ id: 1 }, { id: 2 }, { id: '3' }], [{ organisationId: '1' }, { organisationId: 3 }])).toEqual([{ id: 2 }]);
  });

  it.each([
    ['Onderzoekend leren', null],
    ['  ', 'workingGroups.titleRequired'],
    ['', 'workingGroups.titleRequired'],
    ['x'.repeat(200), null],
    [` ${'x'.repeat(200)} `, null],
    ['x'.repeat(201), 'workingGroups.titleTooLong'],
    ['é'.repeat(200), null],
  ])('checks the group title %j', (title, problem) => {
    expect(checkGroupTitle(title)).toBe(problem);
  });
});
