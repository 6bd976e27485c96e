import { describe, expect, it } from 'vitest';
import type { MatchingCompany, Meeting, Pair } from '../../api/mentoring';
import { translator } from '../../i18n';
import { companyOptions, explain, freePlaces } from './matchingLogic';
import { emptyMeeting, meetingInput, meetingProblems, meetingToForm, orderMeetings } from './meetingLogic';
import type { MeetingForm } from './meetingLogic';

const t = translator('en');

function company(over: Partial<MatchingCompany>): MatchingCompany {
  return { organisationId: 1, name: 'Demotech NV', province: 'west-vlaanderen', expertise: ['E1'], capacity: 3, used: 1, ...over };
}

function pair(over: Partial<Pair>): Pair {
  return {
    schoolId: 10,
    schoolName: 'School',
    companyId: 1,
    companyName: 'Demotech NV',
    score: 80,
    explanation: { province: 'same', provincePoints: 40, focusCriteria: ['C01', 'C04', 'C15'], coveredCriteria: ['C01', 'C15'], expertisePoints: 40 },
    status: 'proposed',
    fixed: false,
    ...over,
  };
}

describe('matching', () => {
  it.each([
    [3, 1, 2],
    [2, 2, 0],
    [1, 3, 0],
  ])('a company of capacity %i with %i used has %i free places', (capacity, used, free) => {
    expect(freePlaces(company({ capacity, used }))).toBe(free);
  });

  it('explains a pair in words', () => {
    expect(explain(t, pair({}))).toBe('Same province (+40); covers 2 of 3 focus criteria: C01, C15 (+40)');
    expect(
      explain(t, pair({ explanation: { province: 'neighbouring', provincePoints: 20, focusCriteria: [], coveredCriteria: [], expertisePoints: 0 } })),
    ).toBe('Neighbouring province (+20); school has no focus criteria yet (+0)');
    expect(
      explain(t, pair({ explanation: { province: 'other', provincePoints: 0, focusCriteria: ['C02'], coveredCriteria: [], expertisePoints: 0 } }), (id) => `#${id}`),
    ).toBe('Other province (+0); covers 0 of 1 focus criteria: – (+0)');
  });

  it('offers the companies by name with their free places, the current one and full ones marked', () => {
    const companies = [
      company({ organisationId: 2, name: 'Zeta', capacity: 2, used: 2 }),
      company({ organisationId: 1, name: 'Alfa', capacity: 3, used: 1 }),
      company({ organisationId: 3, name: 'Beta', capacity: 1, used: 1 }),
    ];
    expect(companyOptions(t, companies, 3)).toEqual([
      { value: '1', label: 'Alfa (2 of 3 free)' },
      { value: '3', label: 'Beta (current)' },
      { value: '2', label: 'Zeta (full)' },
    ]);
  });
});

const VALID: MeetingForm = { heldOn: '2026-11-20', attendees: 'Mehdi, Chris', notes: '', followUps: [] };

describe('meeting form', () => {
  const cases: [string, Partial<MeetingForm>, string[]][] = [
    ['a complete meeting', {}, []],
    ['no day', { heldOn: '' }, ['heldOn.missing']],
    ['not a day', { heldOn: '2026-13-45' }, ['heldOn.invalid']],
    ['no attendees', { attendees: '  ' }, ['attendees.missing']],
    ['too many attendees', { attendees: 'x'.repeat(1001) }, ['attendees.long']],
    ['long notes', { notes: 'x'.repeat(8001) }, ['notes.long']],
    [
      'an empty and a long follow-up',
      { followUps: [{ key: 'a', text: 'ok' }, { key: 'b', text: ' ' }, { key: 'c', text: 'x'.repeat(501) }] },
      ['followUps.1.missing', 'followUps.2.long'],
    ],
    ['51 follow-ups', { followUps: Array.from({ length: 51 }, (_, i) => ({ key: `${i}`, text: 'x' })) }, ['followUpCount.tooMany']],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    expect(
      meetingProblems({ ...VALID, ...change }).map((p) => ('index' in p ? `${p.field}.${p.index}.${p.problem}` : `${p.field}.${p.problem}`)),
    ).toEqual(expected);
  });

  it('keeps the ids of existing follow-ups and sends new ones without', () => {
    const meeting: Meeting = {
      id: 5,
      programmeId: 7,
      organisationId: 3,
      heldOn: '2026-11-20',
      attendees: 'A',
      notes: 'N',
      followUps: [{ id: 8, text: 'Oud', actionId: null }],
      authorSide: 'mentor',
      createdByName: 'Mehdi',
      createdAt: '2026-11-20T10:00:00Z',
      updatedAt: '2026-11-20T10:00:00Z',
      canEdit: true,
    };
    const form = meetingToForm(meeting);
    form.followUps.push({ key: 'new', text: ' Nieuw ' });
    expect(meetingInput(form)).toEqual({
      heldOn: '2026-11-20',
      attendees: 'A',
      notes: 'N',
      followUps: [{ id: 8, text: 'Oud' }, { text: 'Nieuw' }],
    });
    expect(emptyMeeting('2026-11-26')).toEqual({ heldOn: '2026-11-26', attendees: '', notes: '', followUps: [] });
  });

  it('orders meetings newest day first', () => {
    const m = (id: number, heldOn: string) => ({ id, heldOn }) as Meeting;
    expect(orderMeetings([m(1, '2026-10-01'), m(2, '2026-11-01'), m(3, '2026-10-01')]).map((x) => x.id)).toEqual([2, 1, 3]);
  });
});
