// Test data for the home's page tests: GET /api/me/home answers in the states the tests walk through. Only
// imported by *.test.tsx files.

import type { Home, HomePhase, SchoolHome } from '../api/home';

/** The demo programme's phases (app/demo.h) seen on `today`: past, current or future with their day counts. */
export function phasesOn(today: string): HomePhase[] {
  const dates: [HomePhase['kind'], string, string][] = [
    ['baseline', '2026-09-01', '2026-10-15'],
    ['action_plan', '2026-10-16', '2026-12-18'],
    ['learning_network', '2027-01-11', '2027-03-31'],
    ['label', '2027-04-19', '2027-05-14'],
    ['final', '2027-05-17', '2027-06-11'],
    ['award', '2027-06-14', '2027-06-25'],
  ];
  const day = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86400000;
  return dates.map(([kind, opensOn, closesOn]) => {
    const time = today < opensOn ? 'future' : today > closesOn ? 'past' : 'current';
    return {
      kind,
      opensOn,
      closesOn,
      programmeClosesOn: closesOn,
      extended: false,
      time,
      daysLeft: time === 'current' ? day(closesOn) - day(today) : null,
      daysUntil: time === 'future' ? day(opensOn) - day(today) : null,
    };
  });
}

/** Sint-Lucas in programme 7 on 15 September 2026: the baseline open, nothing answered. */
export function schoolHome(changes: Partial<SchoolHome> = {}): SchoolHome {
  return {
    programmeId: 7,
    programmeName: 'Traject',
    organisationId: 3,
    organisationName: 'Sint-Lucas',
    role: 'coordinator',
    phases: phasesOn('2026-09-15'),
    deadline: { kind: 'baseline', closesOn: '2026-10-15', daysLeft: 30, extended: false },
    measurements: [
      { kind: 'baseline', status: 'not_started', answered: 0, total: 21 },
      { kind: 'final', status: 'not_started', answered: 0, total: 21 },
    ],
    openMeasurement: {
      kind: 'baseline',
      id: null,
      status: 'not_started',
      answered: 0,
      total: 21,
      unanswered: 21,
      closesOn: '2026-10-15',
      daysLeft: 30,
    },
    closedPhase: null,
    surveys: [],
    overdueActions: [],
    plan: { goals: 0, progress: 0 },
    label: { status: 'none', applicationId: null, decidedLabel: null },
    mentor: null,
    nextStep: { kind: 'answer_measurement', phase: 'baseline', date: '2026-10-15', count: 21, path: '/programmes/7/schools/3/measurements/baseline' },
    ...changes,
  };
}

export function home(changes: Partial<Home> = {}): Home {
  return { today: '2026-09-15', schools: [], mentor: null, organiser: null, reviewer: null, jury: null, ...changes };
}
