// Test data for the learning-network pages (group report, sessions, working groups). Only for *.test.* files.
import type { GroupReport, GroupReportSchools, Session, WorkingGroup } from '../api/network';

/** A planned session in March 2027 with 2 places; override what a test needs. */
export function session(overrides: Partial<Session> = {}): Session {
  return {
    id: 1,
    programmeId: 7,
    type: 'inspiration',
    title: 'Inspiratiesessie',
    description: '',
    startsAt: '2027-03-12T14:00',
    endsAt: '2027-03-12T16:30',
    hostSchool: null,
    venueName: 'Aula',
    address: 'Schoolstraat 1, Hasselt',
    capacity: 2,
    audience: { kind: 'programme', workingGroupId: null },
    status: 'planned',
    registered: 0,
    waitlisted: 0,
    myStatus: 'none',
    myPosition: null,
    report: null,
    attachments: [],
    icsUrl: '/api/sessions/1.ics',
    canManage: false,
    canRegister: true,
    ...overrides,
  };
}

const counts = (not_yet: number, competent: number, proficient: number, expert: number) => ({ not_yet, competent, proficient, expert });

/** A report of 4 submitted schools over two criteria; `view` adds the organiser's names or the school's own levels. */
export function groupReport(view: 'organiser' | 'school', overrides: Partial<GroupReport> = {}): GroupReport {
  const school = view === 'school';
  const report: GroupReport = {
    programmeId: 7,
    measurement: 'baseline',
    frameworkId: 'eu-stem-school-label',
    frameworkVersion: '2024.1',
    participation: { schools: 5, submitted: 4, surveyResponses: { leaders: 3, teachers: 20, students: 80 } },
    suppressed: false,
    criteria: [
      { criterionId: 'C01', elementId: 'E1', counts: counts(2, 1, 1, 0), answered: 4, median: 'not_yet', spread: 1, ownLevel: school ? 'competent' : null },
      { criterionId: 'C02', elementId: 'E1', counts: counts(0, 1, 2, 1), answered: 4, median: 'proficient', spread: 1, ownLevel: school ? 'competent' : null },
    ],
    elements: [{ elementId: 'E1', mean: 1.4, ownMean: school ? 1 : null }],
    focusPoints: [{ criterionId: 'C01', median: 'not_yet', spread: 1 }],
    labels: { estimated: { none: 2, competent: 1, proficient: 1, expert: 0 }, decided: { none: 0, competent: 1, proficient: 0, expert: 0 } },
    progress: [],
    own: school ? { organisationId: 3, submitted: true, estimate: 'competent' } : null,
    ...overrides,
  };
  if (!school) report.schoolTable = '/api/programmes/7/group-report/schools?measurement=baseline';
  return report;
}

/** One page of the organisers' per-school table of `groupReport('organiser')`. */
export function groupReportSchools(overrides: Partial<GroupReportSchools> = {}): GroupReportSchools {
  return {
    schools: [
      { organisationId: 4, name: 'Atheneum Noord', submitted: true, levels: { C01: 'not_yet', C02: 'expert' }, estimate: 'none' },
      { organisationId: 3, name: 'Sint-Lucas', submitted: true, levels: { C01: 'competent', C02: 'competent' }, estimate: 'competent' },
    ],
    measurement: 'baseline',
    page: 1,
    size: 50,
    pages: 1,
    total: 2,
    counts: {
      submitted: { yes: 2, no: 0 },
      estimate: { notSubmitted: 0, none: 1, competent: 1, proficient: 0, expert: 0 },
    },
    ...overrides,
  };
}

export function workingGroup(overrides: Partial<WorkingGroup> = {}): WorkingGroup {
  return {
    id: 5,
    programmeId: 7,
    title: 'Onderzoekend leren',
    description: 'Samen werken aan onderzoekend leren.',
    criterionIds: ['C01'],
    status: 'open',
    member: true,
    members: [
      { organisationId: 3, name: 'Sint-Lucas', kind: 'school' },
      { organisationId: 9, name: 'TechBedrijf', kind: 'company' },
    ],
    sessions: [{ id: 1, title: 'Werkgroepoverleg', startsAt: '2027-03-12T14:00', status: 'planned' }],
    ...overrides,
  };
}
