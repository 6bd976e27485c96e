// Mentoring (docs/api.md, "Action plan and mentoring"): the organiser's matching of mentor companies to
// schools, the mentor's schools, a school's mentor, and the meeting log with follow-ups that can become
// actions of the plan. Kept apart from types.ts/index.ts (import from 'api/mentoring').

import { query, request } from './client';
import type { Action, Id, Moment } from './plan';

const seg = (value: Id) => encodeURIComponent(String(value));

export type ProvinceMatch = 'same' | 'neighbouring' | 'other';
export type PairStatus = 'proposed' | 'confirmed';

export interface PairExplanation {
  province: ProvinceMatch;
  provincePoints: number;
  coveredCriteria: string[];
  focusCriteria: string[];
  expertisePoints: number;
}

export interface Pair {
  schoolId: Id;
  schoolName: string;
  companyId: Id;
  companyName: string;
  score: number;
  explanation: PairExplanation;
  status: PairStatus;
  fixed: boolean;
}

export interface UnmatchedSchool {
  organisationId: Id;
  name: string;
  province: string;
  focusCriteria: string[];
}

export interface MatchingCompany {
  organisationId: Id;
  name: string;
  province: string;
  /** Element ids (E1..E7) the company has expertise in. */
  expertise: string[];
  capacity: number;
  used: number;
}

/** `GET /api/programmes/{id}/matching`: the figures of the whole programme; the lists are paged routes. */
export interface Matching {
  totalScore: number;
  counts: { proposed: number; confirmed: number; fixed: number; unmatched: number; companies: number; freePlaces: number };
}

interface Paged {
  page: number;
  size: number;
  pages: number;
  total: number;
}
export interface PairList extends Paged {
  pairs: Pair[];
  counts: { status: Record<PairStatus, number> };
}
export interface UnmatchedList extends Paged {
  schools: UnmatchedSchool[];
}
export interface CompanyList extends Paged {
  companies: MatchingCompany[];
}
type PageParams = Record<string, string | number>;

export interface MentoredSchool {
  programmeId: Id;
  programmeName: string;
  organisationId: Id;
  name: string;
  municipality: string;
  province: string;
  planProgress: number;
  lastMeetingOn: string | null;
}

export interface SchoolMentor {
  companyId: Id;
  companyName: string;
  mentors: { name: string; email: string }[];
}

export interface FollowUp {
  id: Id;
  text: string;
  actionId: Id | null;
}

export interface Meeting {
  id: Id;
  programmeId: Id;
  organisationId: Id;
  heldOn: string;
  attendees: string;
  notes: string;
  followUps: FollowUp[];
  authorSide: 'mentor' | 'school';
  createdByName: string | null;
  createdAt: Moment;
  updatedAt: Moment;
  /** The user is on the meeting's author side. */
  canEdit: boolean;
}

export interface MeetingLog {
  meetings: Meeting[];
  canCreate: boolean;
}

/** A meeting as sent: existing follow-ups keep their id, new ones have none. */
export interface MeetingInput {
  heldOn: string;
  attendees: string;
  notes: string;
  followUps: { id?: Id; text: string }[];
}

const matching = (programmeId: Id) => `/api/programmes/${seg(programmeId)}/matching`;
const school = (programmeId: Id, organisationId: Id) =>
  `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}`;

export const mentoringApi = {
  matching: (programmeId: Id) => request<Matching>('GET', matching(programmeId)),

  /** The paged lists (docs/api.md, "Paging, sorting and search"). */
  pairs: (programmeId: Id, params: PageParams) => request<PairList>('GET', `${matching(programmeId)}/pairs${query(params)}`),
  unmatched: (programmeId: Id, params: PageParams) =>
    request<UnmatchedList>('GET', `${matching(programmeId)}/unmatched${query(params)}`),
  companies: (programmeId: Id, params: PageParams) =>
    request<CompanyList>('GET', `${matching(programmeId)}/companies${query(params)}`),

  /** Runs the matcher: replaces the proposed pairs that are neither fixed nor confirmed. */
  propose: (programmeId: Id) => request<Matching>('POST', `${matching(programmeId)}/proposal`, {}),

  /** Sets (or swaps) the company of a school (a confirmed pair becomes proposed again); 409 `capacity_full`. */
  setPair: (programmeId: Id, schoolId: Id, companyId: Id, fixed: boolean) =>
    request<Pair>('PUT', `${matching(programmeId)}/pairs/${seg(schoolId)}`, { companyId: Number(companyId), fixed }),

  removePair: (programmeId: Id, schoolId: Id) =>
    request<void>('DELETE', `${matching(programmeId)}/pairs/${seg(schoolId)}`),

  confirm: (programmeId: Id) => request<Matching>('POST', `${matching(programmeId)}/confirm`, {}),

  /** `GET /api/mentoring`: the signed-in mentor's schools (confirmed matches). */
  mySchools: () => request<{ schools: MentoredSchool[] }>('GET', '/api/mentoring'),

  mentor: (programmeId: Id, organisationId: Id) =>
    request<{ mentor: SchoolMentor | null }>('GET', `${school(programmeId, organisationId)}/mentor`),

  meetings: (programmeId: Id, organisationId: Id) =>
    request<MeetingLog>('GET', `${school(programmeId, organisationId)}/meetings`),

  addMeeting: (programmeId: Id, organisationId: Id, meeting: MeetingInput) =>
    request<Meeting>('POST', `${school(programmeId, organisationId)}/meetings`, meeting),

  updateMeeting: (meetingId: Id, meeting: Partial<MeetingInput>) =>
    request<Meeting>('PATCH', `/api/meetings/${seg(meetingId)}`, meeting),

  deleteMeeting: (meetingId: Id) => request<void>('DELETE', `/api/meetings/${seg(meetingId)}`),

  /** A follow-up becomes an action of `goalId` (coordinator). */
  followUpAction: (meetingId: Id, followUpId: Id, goalId: Id) =>
    request<Action>('POST', `/api/meetings/${seg(meetingId)}/follow-ups/${seg(followUpId)}/action`, {
      goalId: Number(goalId),
    }),
};
