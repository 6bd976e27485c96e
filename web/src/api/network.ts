// The learning network (docs/api.md, "Group report and working groups" and "Sessions and resources"):
// the programme's group report, working groups, sessions with registrations and reports, resources and
// the public playbook requests. Kept apart from index.ts (import from 'api/network').

import { CSRF_COOKIE, CSRF_HEADER, ensureCsrfCookie, getRequestLanguage, query, readCookie, request, toApiError } from './client';
import type { AnswerLevel, Language, MeasurementKind } from './types';

export type Id = string | number;
const seg = (value: Id) => encodeURIComponent(String(value));

export const LEVELS: readonly AnswerLevel[] = ['not_yet', 'competent', 'proficient', 'expert'];
export type LabelEstimate = 'none' | 'competent' | 'proficient' | 'expert';
export const LABEL_ESTIMATES: readonly LabelEstimate[] = ['none', 'competent', 'proficient', 'expert'];

// ---- group report ----

export interface GroupCriterion {
  criterionId: string;
  elementId: string;
  counts: Record<AnswerLevel, number>;
  answered: number;
  median: AnswerLevel | null;
  /** Interquartile range in levels; null without answers. */
  spread: number | null;
  /** The viewing school's own level (school members only; null for organisers). */
  ownLevel: AnswerLevel | null;
}

export interface GroupReport {
  programmeId: Id;
  measurement: MeasurementKind;
  frameworkId: string;
  frameworkVersion: string;
  participation: {
    schools: number;
    submitted: number;
    surveyResponses: { leaders: number; teachers: number; students: number };
  };
  /** True when a school member looks at fewer than 3 submitted schools: only participation is shown. */
  suppressed: boolean;
  criteria: GroupCriterion[];
  elements: { elementId: string; mean: number | null; ownMean: number | null }[];
  focusPoints: { criterionId: string; median: AnswerLevel | null; spread: number }[];
  labels: { estimated: Record<LabelEstimate, number>; decided: Record<LabelEstimate, number> };
  progress: { criterionId: string; meanChange: number | null; improved: number; compared: number }[];
  /** The viewing school (school members only; null for organisers). */
  own: { organisationId: Id; submitted: boolean; estimate: LabelEstimate | null } | null;
  /** Organisers only (absent for schools): the address of the paged per-school table (`groupReportSchools`). */
  schoolTable?: string;
}

export interface GroupReportSchool {
  organisationId: Id;
  name: string;
  submitted: boolean;
  levels: Record<string, AnswerLevel | null>;
  estimate: LabelEstimate | null;
}

export type SchoolEstimate = LabelEstimate | 'notSubmitted';

/** `GET /api/programmes/{id}/group-report/schools`, paged (docs/api.md): the organisers' per-school table. */
export interface GroupReportSchools {
  schools: GroupReportSchool[];
  measurement: MeasurementKind;
  page: number;
  size: number;
  pages: number;
  total: number;
  counts: { submitted: { yes: number; no: number }; estimate: Record<SchoolEstimate, number> };
}

// ---- working groups ----

export type GroupStatus = 'open' | 'closed';
export type MemberKind = 'school' | 'company';

export interface SessionSummary {
  id: Id;
  title: string;
  type?: SessionType;
  startsAt: string;
  endsAt?: string;
  status?: SessionStatus;
}

export interface WorkingGroup {
  id: Id;
  programmeId: Id;
  title: string;
  description: string;
  criterionIds: string[];
  status: GroupStatus;
  /** True when the viewer's organisation is a member (false for organisers). */
  member: boolean;
  members: { organisationId: Id; name: string; kind: MemberKind }[];
  sessions: SessionSummary[];
}

/** A theme of the proposal (not stored): one focus point, or the focus points of one key element. */
export interface ProposedGroup {
  title: string;
  elementId: string;
  criterionIds: string[];
  schools: { id: Id; name: string }[];
  companies: { id: Id; name: string; freeCapacity: number }[];
}

/** A company taking part in the programme (GET /api/programmes/{id}/companies, organisers only). */
export interface ProgrammeCompany {
  id: Id;
  name: string;
  /** Key element ids of its expertise. */
  expertise: string[];
  /** Capacity minus the open working groups of this programme it is in. */
  freeCapacity: number;
}

export interface WorkingGroupInput {
  title: string;
  description: string;
  criterionIds: string[];
  schoolIds: Id[];
  companyIds: Id[];
}

// ---- sessions ----

export type SessionType = 'inspiration' | 'growth' | 'focus_group' | 'exchange' | 'working_group_meeting' | 'other';
export const SESSION_TYPES: readonly SessionType[] = [
  'inspiration',
  'growth',
  'focus_group',
  'exchange',
  'working_group_meeting',
  'other',
];
export type SessionStatus = 'planned' | 'cancelled';
export type MyStatus = 'registered' | 'waitlisted' | 'none';

export interface Attachment {
  id: Id;
  fileName: string;
  contentType?: string;
  size: number;
  url: string;
}

export interface Session {
  id: Id;
  programmeId: Id;
  type: SessionType;
  title: string;
  description: string;
  /** Brussels local time, "YYYY-MM-DDTHH:MM". */
  startsAt: string;
  endsAt: string;
  hostSchool: { id: Id; name: string } | null;
  venueName: string;
  address: string;
  capacity: number;
  audience: { kind: 'programme' | 'working_group'; workingGroupId: Id | null };
  status: SessionStatus;
  registered: number;
  waitlisted: number;
  myStatus: MyStatus;
  myPosition: number | null;
  report: { body: string; publishedAt: number | null } | null;
  attachments: Attachment[];
  icsUrl: string;
  canManage: boolean;
  /** The user is eligible, the session is planned and has not started. */
  canRegister: boolean;
}

export interface SessionInput {
  type: SessionType;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  hostSchoolId: Id | null;
  venueName: string;
  address: string;
  capacity: number;
  audience: { kind: 'programme' | 'working_group'; workingGroupId: Id | null };
  status?: SessionStatus;
}

export interface Participant {
  userId: Id;
  name: string;
  email?: string;
  /** 1-based waitlist position, null when registered. */
  position?: number | null;
  organisationName: string;
  status: 'registered' | 'waitlisted' | 'cancelled';
  attended: boolean;
}

// ---- resources and playbook ----

export type ResourceKind = 'playbook' | 'best_practice' | 'session_report' | 'other';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['playbook', 'best_practice', 'session_report', 'other'];

export interface Resource {
  id: Id;
  programmeId: Id | null;
  kind: ResourceKind;
  title: string;
  description: string;
  url: string | null;
  fileName: string | null;
  contentType: string | null;
  size: number | null;
  /** `/api/resources/{id}/file` when the resource is a file. */
  downloadUrl: string | null;
  elementIds: string[];
  criterionIds: string[];
  published: boolean;
  createdAt?: number;
  updatedAt?: number;
}

export interface ResourceInput {
  programmeId: Id | null;
  kind: ResourceKind;
  title: string;
  description: string;
  /** Left out for a file resource. */
  url?: string;
  elementIds: string[];
  criterionIds: string[];
  published: boolean;
}

export interface ResourceFilter {
  q?: string;
  element?: string;
  criterion?: string;
  kind?: string;
}

export interface PlaybookRequest {
  id: Id;
  name: string;
  email: string;
  organisation: string;
  /** Unix seconds. */
  createdAt: number;
  status: 'pending' | 'approved';
  approvedAt: number | null;
  /** When the mailed link stops working (unix seconds). */
  expiresAt: number | null;
}

async function uploadRaw<T>(url: string, file: Blob, fileName: string, method: 'POST' | 'PUT' = 'POST'): Promise<T> {
  await ensureCsrfCookie();
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': getRequestLanguage(),
    'Content-Type': file.type || 'application/octet-stream',
    'X-File-Name': encodeURIComponent(fileName),
  };
  const token = readCookie(CSRF_COOKIE);
  if (token) headers[CSRF_HEADER] = token;
  const response = await fetch(url, { method, headers, body: file, credentials: 'same-origin' });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

export const networkApi = {
  groupReport: (programmeId: Id, measurement: MeasurementKind) =>
    request<GroupReport>('GET', `/api/programmes/${seg(programmeId)}/group-report${query({ measurement })}`),
  groupReportSchools: (programmeId: Id, measurement: MeasurementKind, params: Record<string, string | number>) =>
    request<GroupReportSchools>(
      'GET',
      `/api/programmes/${seg(programmeId)}/group-report/schools${query({ measurement, ...params })}`,
    ),
  groupReportFileUrl: (programmeId: Id, format: 'pdf' | 'xlsx', measurement: MeasurementKind, lang: Language) =>
    `/api/programmes/${seg(programmeId)}/group-report.${format}${query({ measurement, lang })}`,

  workingGroups: (programmeId: Id) =>
    request<{ groups: WorkingGroup[] }>('GET', `/api/programmes/${seg(programmeId)}/working-groups`),
  proposal: (programmeId: Id, measurement: MeasurementKind) =>
    request<{ proposal: ProposedGroup[] }>('POST', `/api/programmes/${seg(programmeId)}/working-groups/proposal`, { measurement }),
  createGroup: (programmeId: Id, input: WorkingGroupInput) =>
    request<WorkingGroup>('POST', `/api/programmes/${seg(programmeId)}/working-groups`, input),
  programmeCompanies: (programmeId: Id) =>
    request<{ companies: ProgrammeCompany[] }>('GET', `/api/programmes/${seg(programmeId)}/companies`),
  workingGroup: (id: Id) => request<WorkingGroup>('GET', `/api/working-groups/${seg(id)}`),
  updateGroup: (id: Id, patch: Partial<Pick<WorkingGroup, 'title' | 'description' | 'criterionIds' | 'status'>>) =>
    request<WorkingGroup>('PATCH', `/api/working-groups/${seg(id)}`, patch),
  deleteGroup: (id: Id) => request<void>('DELETE', `/api/working-groups/${seg(id)}`),
  addMember: (id: Id, organisationId: Id) =>
    request<WorkingGroup>('PUT', `/api/working-groups/${seg(id)}/members/${seg(organisationId)}`, {}),
  removeMember: (id: Id, organisationId: Id) =>
    request<void>('DELETE', `/api/working-groups/${seg(id)}/members/${seg(organisationId)}`),

  sessions: (programmeId: Id) => request<{ sessions: Session[] }>('GET', `/api/programmes/${seg(programmeId)}/sessions`),
  createSession: (programmeId: Id, input: SessionInput) =>
    request<Session>('POST', `/api/programmes/${seg(programmeId)}/sessions`, input),
  session: (id: Id) => request<Session>('GET', `/api/sessions/${seg(id)}`),
  updateSession: (id: Id, patch: Partial<SessionInput>) => request<Session>('PATCH', `/api/sessions/${seg(id)}`, patch),
  deleteSession: (id: Id) => request<void>('DELETE', `/api/sessions/${seg(id)}`),
  register: (id: Id) =>
    request<{ status: 'registered' | 'waitlisted'; position: number | null }>('POST', `/api/sessions/${seg(id)}/registration`, {}),
  cancelRegistration: (id: Id) => request<void>('DELETE', `/api/sessions/${seg(id)}/registration`),
  participants: (id: Id) => request<{ participants: Participant[] }>('GET', `/api/sessions/${seg(id)}/participants`),
  saveAttendance: (id: Id, attended: Id[]) =>
    request<{ participants: Participant[] }>('PUT', `/api/sessions/${seg(id)}/attendance`, { attended }),
  saveReport: (id: Id, body: string, published: boolean) =>
    request<Session>('PUT', `/api/sessions/${seg(id)}/report`, { body, published }),
  uploadAttachment: (id: Id, file: Blob, fileName: string) =>
    uploadRaw<Attachment>(`/api/sessions/${seg(id)}/attachments`, file, fileName),
  deleteAttachment: (id: Id, attachmentId: Id) =>
    request<void>('DELETE', `/api/sessions/${seg(id)}/attachments/${seg(attachmentId)}`),
  icalFeed: () => request<{ url: string }>('GET', '/api/me/ical'),
  resetIcalFeed: () => request<{ url: string }>('POST', '/api/me/ical/reset', {}),

  resources: (filter: ResourceFilter) => request<{ resources: Resource[] }>('GET', `/api/resources${query({ ...filter })}`),
  createResource: (input: ResourceInput) => request<Resource>('POST', '/api/resources', input),
  updateResource: (id: Id, input: Partial<ResourceInput>) => request<Resource>('PATCH', `/api/resources/${seg(id)}`, input),
  uploadResourceFile: (id: Id, file: Blob, fileName: string) =>
    uploadRaw<Resource>(`/api/resources/${seg(id)}/file`, file, fileName, 'PUT'),
  deleteResource: (id: Id) => request<void>('DELETE', `/api/resources/${seg(id)}`),

  requestPlaybook: (input: { name: string; email: string; organisation: string; consent: boolean; website: string }) =>
    request<unknown>('POST', '/api/public/playbook-requests', input),
  playbookRequests: () => request<{ requests: PlaybookRequest[] }>('GET', '/api/playbook-requests'),
  approvePlaybookRequest: (id: Id) => request<unknown>('POST', `/api/playbook-requests/${seg(id)}/approve`, {}),
};
