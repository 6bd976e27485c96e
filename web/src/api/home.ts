// The signed-in user's home (docs/api.md, "Home"): what is next per role, computed on the server from live
// state. Kept apart from types.ts/index.ts (import from 'api/home').

import { request } from './client';
import type { MeasurementKind, PhaseKind, SurveyGroup } from './types';

export type PhaseTime = 'past' | 'current' | 'future';

/** A phase on the timeline; for a school `closesOn` is its own closing date (an extension included). */
export interface HomePhase {
  kind: PhaseKind;
  opensOn: string;
  closesOn: string;
  programmeClosesOn: string;
  extended: boolean;
  time: PhaseTime;
  /** Days until `closesOn` (0: closes today) while current, else null. */
  daysLeft: number | null;
  /** Days until `opensOn` while future, else null. */
  daysUntil: number | null;
}

export type StepKind =
  | 'answer_measurement'
  | 'submit_measurement'
  | 'ask_coordinator_to_submit'
  | 'ask_extension'
  | 'fix_overdue_actions'
  | 'submit_candidacy'
  | 'apply_label'
  | 'gather_evidence'
  | 'collect_survey_answers'
  | 'make_plan'
  | 'work_on_plan'
  | 'wait'
  | 'done';

/** The one main action of a school in a programme (core/home_steps.h), with the page where it is done. */
export interface NextStep {
  kind: StepKind;
  phase: PhaseKind | null;
  /** Closing day of the step's phase; for ask_extension the day it closed; for wait the opening day. */
  date: string | null;
  /** Criteria unanswered, overdue actions, surveys short, plan progress or days until, by kind. */
  count: number;
  path: string;
}

export interface HomeSurvey {
  id: number;
  kind: MeasurementKind;
  group: SurveyGroup;
  responses: number;
  /** Answers still needed before the group's results may be shown (threshold 5); 0 when enough. */
  needed: number;
}

export interface HomeMeasurement {
  kind: MeasurementKind;
  status: 'not_started' | 'open' | 'submitted';
  answered: number;
  total: number;
}

export interface HomeOverdueAction {
  actionId: number;
  title: string;
  dueOn: string;
  goalTitle: string;
  ownerName: string | null;
  own: boolean;
  daysLate: number;
}

export interface HomeMeeting {
  id: number;
  heldOn: string;
  daysUntil: number;
}

export type LabelState = 'none' | 'submitted' | 'in_review' | 'decided';

export interface SchoolHome {
  programmeId: number;
  programmeName: string;
  organisationId: number;
  organisationName: string;
  role: 'coordinator' | 'team_member';
  phases: HomePhase[];
  deadline: { kind: PhaseKind; closesOn: string; daysLeft: number; extended: boolean } | null;
  openMeasurement: {
    kind: MeasurementKind;
    id: number | null;
    status: 'not_started' | 'open' | 'submitted';
    answered: number;
    total: number;
    unanswered: number;
    closesOn: string;
    daysLeft: number;
  } | null;
  /** Both measurements, whatever their phase: the programme card's links show their state. */
  measurements: HomeMeasurement[];
  closedPhase: { kind: MeasurementKind; closedOn: string; daysAgo: number } | null;
  surveys: HomeSurvey[];
  overdueActions: HomeOverdueAction[];
  plan: { goals: number; progress: number };
  label: { status: LabelState; applicationId: number | null; decidedLabel: string | null };
  mentor: { companyName: string; upcomingMeetings: HomeMeeting[] } | null;
  nextStep: NextStep;
}

export interface MentorSchoolHome {
  programmeId: number;
  programmeName: string;
  organisationId: number;
  name: string;
  companyName: string;
  planGoals: number;
  planProgress: number;
  overdueActions: number;
  lastMeetingOn: string | null;
  upcomingMeetings: HomeMeeting[];
  waitingComments: { goalId: number; goalTitle: string; authorName: string; at: number }[];
}

export interface OrganiserProgrammeHome {
  id: number;
  name: string;
  schoolYear: string;
  phases: HomePhase[];
  currentPhase: PhaseKind | null;
  schools: number;
  pendingRegistrations: number;
  labelToAssign: number;
  labelInReview: number;
  labelOverdue: number;
  baselineSubmitted: number;
  finalSubmitted: number;
}

export interface HomeQuestion {
  id: number;
  name: string;
  topic: string;
  status: 'new' | 'taken';
  dueAtUnix: number;
  secondsLeft: number;
  takenByMe: boolean;
}

export interface HomeReview {
  applicationId: number;
  programmeName: string;
  organisationName: string;
  dueOn: string | null;
  daysLeft: number | null;
}

export interface JuryRoundHome {
  programmeId: number;
  programmeName: string;
  status: 'open' | 'closed' | 'announced';
  opensOn: string;
  closesOn: string;
  daysLeft: number | null;
  candidates: number;
  scored: number;
  recused: number;
  waiting: number;
}

/** `GET /api/me/home`: a key per role the user holds (null otherwise); `schools` is empty without a school role. */
export interface Home {
  today: string;
  schools: SchoolHome[];
  mentor: { schools: MentorSchoolHome[] } | null;
  organiser: {
    questions: { open: number; overdue: number; first: HomeQuestion[] };
    programmes: OrganiserProgrammeHome[];
    /** E-mails of the organiser's organisation that could not be delivered (absent on older servers). */
    undeliveredMail?: number;
  } | null;
  /** `reviews`: the first 10 by due date; `total` and `overdue` (past its due date) count them all. */
  reviewer: { total: number; overdue: number; reviews: HomeReview[] } | null;
  jury: { rounds: JuryRoundHome[] } | null;
}

export const homeApi = {
  home: () => request<Home>('GET', '/api/me/home'),
};
