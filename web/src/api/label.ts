// The reviewed label (docs/api.md, "Evidence and label" → "Label"): a school applies with a submitted
// measurement, the organiser assigns a reviewer, the reviewer accepts a level and writes feedback per
// criterion and decides; the decision has a certificate with a public verification code, and schools
// may appear on the public showcase. Kept apart from types.ts/index.ts (import from 'api/label').

import { query, request } from './client';
import type { AnswerLevel, Language, MeasurementKind, Province } from './types';

type Id = string | number;

const seg = (value: Id) => encodeURIComponent(String(value));

/** The outcome of a review: no label, or one of the three levels above "not yet". */
export type LabelLevel = 'none' | 'competent' | 'proficient' | 'expert';
export const LABEL_LEVELS: readonly LabelLevel[] = ['none', 'competent', 'proficient', 'expert'];

export type ApplicationStatus = 'submitted' | 'in_review' | 'decided' | 'withdrawn';
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = ['submitted', 'in_review', 'decided', 'withdrawn'];

export interface PersonRef {
  id: Id;
  name: string;
}

/** An evidence item as it was when the school applied (the school may have changed it since). */
export interface SnapshotEvidence {
  id: Id;
  kind: 'file' | 'link';
  title: string;
  description: string;
  url: string | null;
  fileName: string | null;
  contentType: string | null;
  size: number | null;
  /** `/api/label-applications/{id}/evidence/{evidenceId}/file`; null for links. */
  fileUrl: string | null;
}

export interface ApplicationCriterion {
  criterionId: string;
  /** The school's own level in the measurement it applied with. */
  level: AnswerLevel | null;
  comment: string;
  evidence: SnapshotEvidence[];
  /** The reviewer's level; the school sees it only once decided. */
  acceptedLevel: AnswerLevel | null;
  feedback: string;
}

export interface ProposalBlocker {
  criterionId: string;
  level: AnswerLevel;
  gap: number;
  tooFar: boolean;
}

/** What the rule gives for the accepted levels (null while a criterion has no accepted level). */
export interface LabelProposal {
  label: LabelLevel;
  next: AnswerLevel | null;
  /** How many more criteria must reach `next`. */
  missing: number;
  below: ProposalBlocker[];
}

export interface Decision {
  label: LabelLevel;
  proposedLabel: LabelLevel;
  overrideReason: string | null;
  /** Unix seconds. */
  decidedAt: number;
  decidedByName: string | null;
  /** `YYYY-MM-DD` */
  validFrom: string;
  validUntil: string;
  certificateCode: string | null;
  certificateUrl: string | null;
  verifyUrl: string | null;
}

export interface Application {
  id: Id;
  programmeId: Id;
  programmeName: string;
  organisationId: Id;
  organisationName: string;
  measurementId: Id;
  measurementKind: MeasurementKind;
  frameworkId: string;
  frameworkVersion: string;
  status: ApplicationStatus;
  /** Unix seconds. */
  submittedAt: number;
  submittedByName: string | null;
  reviewer: PersonRef | null;
  dueOn: string | null;
  criteria: ApplicationCriterion[];
  proposal: LabelProposal | null;
  decision: Decision | null;
  canReview: boolean;
  canDecide: boolean;
  canAssign: boolean;
}

export interface EligibleMeasurement {
  measurementId: Id;
  kind: MeasurementKind;
}

export interface SchoolApplications {
  applications: Application[];
  eligible: EligibleMeasurement[];
  showcase: { consented: boolean };
}

export interface ApplicationRow {
  id: Id;
  organisationId: Id;
  organisationName: string;
  status: ApplicationStatus;
  submittedAt: number;
  reviewer: PersonRef | null;
  dueOn: string | null;
  decidedLabel: LabelLevel | null;
}

/** `GET /api/programmes/{id}/label-applications`: one page (docs/api.md, "Paging, sorting and search"). */
export interface ProgrammeApplications {
  applications: ApplicationRow[];
  reviewers: PersonRef[];
  page: number;
  size: number;
  pages: number;
  total: number;
  /** Rows per status with the reviewer filter and search applied; per reviewer id (`none`: unassigned) with the status filter and search. */
  counts: { status: Record<ApplicationStatus, number>; reviewer: Record<string, number> };
}

/** The list's row of an application, from an answer that gives the whole application (an assignment). */
export function applicationRow(a: Application): ApplicationRow {
  return {
    id: a.id,
    organisationId: a.organisationId,
    organisationName: a.organisationName,
    status: a.status,
    submittedAt: a.submittedAt,
    reviewer: a.reviewer,
    dueOn: a.dueOn,
    decidedLabel: a.decision?.label ?? null,
  };
}

export interface ReviewItem {
  applicationId: Id;
  programmeName: string;
  organisationName: string;
  dueOn: string | null;
  status: ApplicationStatus;
  decidedLabel: LabelLevel | null;
}

export interface ReviewBoard {
  assigned: ReviewItem[];
  due: ReviewItem[];
  done: ReviewItem[];
}

export interface Certificate {
  code: string;
  schoolName: string;
  municipality: string;
  label: LabelLevel;
  validFrom: string;
  validUntil: string;
  valid: boolean;
  programmeName: string;
}

export interface ShowcaseSchool {
  schoolName: string;
  municipality: string;
  province: Province | string;
  label: LabelLevel;
  validUntil: string;
  verifyUrl: string;
}

/** `GET /api/public/showcase`: one page (docs/api.md, "Paging, sorting and search"). */
export interface Showcase {
  schools: ShowcaseSchool[];
  /** The provinces of the whole showcase, whatever the filters. */
  provinces: (Province | string)[];
  page: number;
  size: number;
  pages: number;
  total: number;
  /** Schools per province with the label filter and search applied; per label with the province filter and search. */
  counts: { province: Record<string, number>; label: Record<string, number> };
}

export interface ShowcaseFilter {
  province?: string;
  label?: string;
  q?: string;
  page?: number;
  size?: number;
  sort?: string;
}

const school = (programmeId: Id, organisationId: Id) =>
  `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/label-applications`;

export const labelApi = {
  /** `GET /api/programmes/{id}/schools/{orgId}/label-applications`, newest first. */
  schoolApplications: (programmeId: Id, organisationId: Id) =>
    request<SchoolApplications>('GET', school(programmeId, organisationId)),

  /** `POST …/label-applications` → 201; 409 `measurement_not_submitted` / `application_open` / `evidence_changed`. */
  apply: (programmeId: Id, organisationId: Id, measurementId: Id) =>
    request<Application>('POST', school(programmeId, organisationId), { measurementId: Number(measurementId) }),

  /** `POST /api/label-applications/{id}/withdraw` (coordinator, while submitted or in review). */
  withdraw: (applicationId: Id) =>
    request<Application>('POST', `/api/label-applications/${seg(applicationId)}/withdraw`, {}),

  /** `GET /api/programmes/{id}/label-applications?page=&size=&sort=&q=&status=&reviewer=` (organisers): one page, newest first by default. */
  programmeApplications: (programmeId: Id, filter: Record<string, string | number> = {}) =>
    request<ProgrammeApplications>('GET', `/api/programmes/${seg(programmeId)}/label-applications${query(filter)}`),

  /** `PUT /api/label-applications/{id}/reviewer` (organisers) → in review. */
  assignReviewer: (applicationId: Id, reviewerId: Id, dueOn: string) =>
    request<Application>('PUT', `/api/label-applications/${seg(applicationId)}/reviewer`, {
      reviewerId: Number(reviewerId),
      dueOn,
    }),

  /** `GET /api/reviews`: the signed-in reviewer's board. */
  reviews: () => request<ReviewBoard>('GET', '/api/reviews'),

  /** `GET /api/label-applications/{id}` */
  application: (applicationId: Id) =>
    request<Application>('GET', `/api/label-applications/${seg(applicationId)}`),

  /** `PUT /api/label-applications/{id}/reviews/{criterionId}`; 409 `application_decided`. */
  saveReview: (applicationId: Id, criterionId: string, acceptedLevel: AnswerLevel, feedback: string) =>
    request<Application>(
      'PUT',
      `/api/label-applications/${seg(applicationId)}/reviews/${seg(criterionId)}`,
      { acceptedLevel, feedback },
    ),

  /** `POST /api/label-applications/{id}/decision`; the reason only when the label differs from the proposal. */
  decide: (applicationId: Id, label: LabelLevel, overrideReason: string | null) =>
    request<Application>(
      'POST',
      `/api/label-applications/${seg(applicationId)}/decision`,
      overrideReason === null ? { label } : { label, overrideReason },
    ),

  /** The certificate as a file (a plain link: the browser downloads it). */
  certificateUrl: (applicationId: Id, lang: Language) =>
    `/api/label-applications/${seg(applicationId)}/certificate.pdf${query({ lang })}`,

  /** A snapshot file for reading in the browser: PDF and images inline, other types download. */
  inlineFileUrl: (fileUrl: string) => `${fileUrl}${fileUrl.includes('?') ? '&' : '?'}inline=1`,

  /** `GET /api/public/certificates/{code}`: 404 `certificate_not_found`, 429 when asked too often. */
  certificate: (code: string) => request<Certificate>('GET', `/api/public/certificates/${seg(code)}`),

  /** `PUT /api/organisations/{orgId}/showcase` (coordinator). */
  setShowcase: (organisationId: Id, consented: boolean) =>
    request<{ consented: boolean }>('PUT', `/api/organisations/${seg(organisationId)}/showcase`, { consented }),

  /** `GET /api/public/showcase?page=&size=&sort=&q=&province=&label=` */
  showcase: (filter: ShowcaseFilter = {}) =>
    request<Showcase>('GET', `/api/public/showcase${query({ ...filter })}`),
};
