// Surveys (docs/api.md, "Self-assessment" → "Surveys"): the coordinator's survey links per measurement
// kind and group, and the public questionnaire a respondent fills in without an account.
// Kept apart from types.ts/index.ts (import from 'api/surveys') so the measurement and results parts
// can grow there without clashing names.

import { query, request } from './client';
import type { Language } from './types';

/** The measurement a survey belongs to. */
export type SurveyKind = 'baseline' | 'final';
export const SURVEY_KINDS: readonly SurveyKind[] = ['baseline', 'final'];

export type SurveyGroup = 'leaders' | 'teachers' | 'students' | 'mentor';
export const SURVEY_GROUPS: readonly SurveyGroup[] = ['leaders', 'teachers', 'students', 'mentor'];

export type SurveyStatus = 'open' | 'closed';

/** A group's answers are shown in results from this many responses on. */
export const SURVEY_THRESHOLD = 5;

export interface Survey {
  id: number | string;
  programmeId: number | string;
  organisationId: number | string;
  kind: SurveyKind;
  group: SurveyGroup;
  status: SurveyStatus;
  /** 8 characters, without separators; shown in two groups of 4. */
  code: string;
  /** `{baseUrl}/s/{code}` */
  link: string;
  /** The number of responses (a count, never an aggregate). */
  responses: number;
  createdAt: number | string | null;
  closedAt: number | string | null;
}

export interface SurveyList {
  surveys: Survey[];
}

/** A score on the 1–5 agreement scale; null is "don't know". */
export type SurveyScore = 1 | 2 | 3 | 4 | 5 | null;

export interface SurveyStatement {
  criterionId: string;
  elementId: string;
  text: string;
}

/** The questionnaire of an open survey, in the request's language. */
export interface PublicSurvey {
  code: string;
  schoolName: string;
  group: SurveyGroup;
  /** Which wording: e.g. `primary` for the simpler student statements. */
  variant: string;
  language: string;
  statements: SurveyStatement[];
  /** The answer options as the server words them (strings or `{value,label}`); see `scaleLabels`. */
  scale: unknown[];
  /** Single use, valid 2 hours: a fresh one comes with every GET. */
  token: string;
  /** The key elements of the statements, once each in order, named in `language`: the part headings. */
  elements?: { elementId: string; name: string }[];
}

export type SurveyAnswers = Record<string, SurveyScore>;

const seg = (value: string | number) => encodeURIComponent(String(value));
type Id = string | number;

export const surveyApi = {
  /** `GET /api/programmes/{id}/schools/{orgId}/surveys` */
  list: (programmeId: Id, organisationId: Id) =>
    request<SurveyList>('GET', `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/surveys`),

  /** `POST /api/programmes/{id}/schools/{orgId}/surveys` → 201 `Survey`; 409 `survey_exists` */
  open: (programmeId: Id, organisationId: Id, kind: SurveyKind, group: SurveyGroup) =>
    request<Survey>('POST', `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/surveys`, {
      kind,
      group,
    }),

  /** `POST /api/surveys/{surveyId}/close` → `Survey` */
  close: (surveyId: Id) => request<Survey>('POST', `/api/surveys/${seg(surveyId)}/close`, {}),

  /** `POST /api/surveys/{surveyId}/reopen` → `Survey` */
  reopen: (surveyId: Id) => request<Survey>('POST', `/api/surveys/${seg(surveyId)}/reopen`, {}),

  /** `GET /api/surveys/{surveyId}/qr.svg`: the link's QR code as an image (for an `<img>`). */
  qrUrl: (surveyId: Id) => `/api/surveys/${seg(surveyId)}/qr.svg`,

  /** `GET /api/surveys/{surveyId}/poster.pdf?lang=`: the printable A4 poster (QR code, code, instruction). */
  posterUrl: (surveyId: Id, lang: Language) => `/api/surveys/${seg(surveyId)}/poster.pdf${query({ lang })}`,

  /** `GET /api/public/surveys/{code}`: 404 unknown, 410 `survey_closed`. */
  questionnaire: (code: string) => request<PublicSurvey>('GET', `/api/public/surveys/${seg(code)}`),

  /** `POST /api/public/surveys/{code}/responses` → 201 `{}`; 409 `survey_token_invalid`; 429. */
  respond: (code: string, token: string, answers: SurveyAnswers) =>
    request<Record<string, never>>('POST', `/api/public/surveys/${seg(code)}/responses`, { token, answers }),
};
