// Typed functions for every route in docs/api.md.

import { query, RawBody, request } from './client';
import type {
  Answer,
  AnswerInput,
  ApiToken,
  ApiTokenPage,
  AuditPage,
  Extension,
  Measurement,
  MeasurementKind,
  MeasurementList,
  Results,
  AuditQuery,
  FrameworkDocument,
  FrameworkList,
  Health,
  ImportKind,
  ImportMode,
  ImportResult,
  InvitationRequest,
  Language,
  Me,
  MentorRegistration,
  MyInvitation,
  Organisation,
  TeamInvitationList,
  TeamMemberList,
  Programme,
  ProgrammeInput,
  ProgrammeList,
  Progress,
  ProgressQuery,
  DeletionRequest,
  DeletionRequestPage,
  Registration,
  RegistrationKind,
  RegistrationList,
  RegistrationStatus,
  SchoolRegistration,
  SessionAnswer,
  TokenInfo,
} from './types';

export * from './types';
export { ApiError, isApiError, setRequestLanguage, getRequestLanguage } from './client';

type Id = string | number;

const seg = (value: string | number) => encodeURIComponent(String(value));

export const api = {
  /** `GET /healthz` */
  health: () => request<Health>('GET', '/healthz'),

  /** `GET /api/me` — 401 `unauthenticated` when not signed in. */
  me: () => request<Me>('GET', '/api/me'),

  /** `GET /api/auth/session` — 200 whether or not someone is signed in (no failed request on public pages). */
  session: () => request<SessionAnswer>('GET', '/api/auth/session'),

  /** `POST /api/auth/login` */
  login: (email: string, password: string) =>
    request<Me>('POST', '/api/auth/login', { email, password }),

  /** `POST /api/auth/logout` → 204 */
  logout: () => request<void>('POST', '/api/auth/logout'),

  /** `PUT /api/me/language` */
  setLanguage: (language: Language) => request<Me>('PUT', '/api/me/language', { language }),

  /**
   * The address of the signed-in person's own data, a ZIP of JSON files with a README (`GET /api/me/data.zip`;
   * a plain link: the browser downloads it, named `stemkompas-gegevens-YYYY-MM-DD.zip` by the server).
   */
  ownDataUrl: () => '/api/me/data.zip',

  /** `GET /api/me/api-tokens?page=` → the caller's personal API tokens, newest first, 50 a page. */
  apiTokens: (page = 1) => request<ApiTokenPage>('GET', `/api/me/api-tokens${query({ page: page > 1 ? page : undefined })}`),

  /**
   * `POST /api/me/api-tokens` `{"name","scope","validity"}` → 201 the token with `"token"`, shown this once; 400
   * `validation_failed` on `name`, `scope`, `validity`; 403 unless an organiser.
   */
  createApiToken: (name: string, scope: ApiToken['scope'], validity: '7d' | '30d' | '90d' | '365d') =>
    request<ApiToken & { token: string }>('POST', '/api/me/api-tokens', { name, scope, validity }),

  /** `DELETE /api/me/api-tokens/{id}` → 204, revoked at once; 404 when not the caller's or already revoked. */
  revokeApiToken: (id: Id) => request<void>('DELETE', `/api/me/api-tokens/${seg(id)}`),

  /** `GET /api/me/deletion-request` → the caller's open request to be erased, or null. */
  myDeletionRequest: () => request<{ request: DeletionRequest | null }>('GET', '/api/me/deletion-request'),

  /**
   * `POST /api/me/deletion-request` `{"reason"?}` → 201 `{"request"}` (200 with the open one when there is one);
   * 400 `validation_failed` on `reason` (at most 1,000 characters).
   */
  requestDeletion: (reason: string) =>
    request<{ request: DeletionRequest }>('POST', '/api/me/deletion-request', reason ? { reason } : {}),

  /** `DELETE /api/me/deletion-request` → 204, withdrawn; 404 when there is none. */
  withdrawDeletion: () => request<void>('DELETE', '/api/me/deletion-request'),

  /** `GET /api/deletion-requests?page=` (organisers; 403 otherwise): their people's open requests, oldest first. */
  deletionRequests: (page = 1) =>
    request<DeletionRequestPage>('GET', `/api/deletion-requests${query({ page: page > 1 ? page : undefined })}`),

  /** `POST /api/deletion-requests/{id}/erase` `{}` → 200; 409 `erasure_needs_operator` or `erasure_of_self`; 404. */
  erasePerson: (requestId: Id) =>
    request<Record<string, never>>('POST', `/api/deletion-requests/${seg(requestId)}/erase`, {}),

  /** `POST /api/auth/password-reset` → 202 `{}`, whether or not the account exists. */
  requestPasswordReset: (email: string) =>
    request<Record<string, never>>('POST', '/api/auth/password-reset', { email }),

  /** `GET /api/auth/tokens/{token}` — 404 `token_invalid` when unknown, used or expired. */
  tokenInfo: (token: string) => request<TokenInfo>('GET', `/api/auth/tokens/${seg(token)}`),

  /** `POST /api/auth/set-password` → `Me`, signed in. */
  setPassword: (token: string, password: string) =>
    request<Me>('POST', '/api/auth/set-password', { token, password }),

  /** `GET /api/frameworks` */
  frameworks: () => request<FrameworkList>('GET', '/api/frameworks'),

  /** `GET /api/frameworks/{id}` */
  framework: (id: string) => request<FrameworkDocument>('GET', `/api/frameworks/${seg(id)}`),

  /** `GET /api/frameworks/{id}/versions/{version}`: the version a measurement was started with. */
  frameworkVersion: (id: string, version: string) =>
    request<FrameworkDocument>('GET', `/api/frameworks/${seg(id)}/versions/${seg(version)}`),

  /** `GET /api/organisations/{id}` */
  organisation: (id: string | number) =>
    request<Organisation>('GET', `/api/organisations/${seg(id)}`),

  /** `GET /api/organisations/{id}/members?page=&size=&sort=&q=&role=` (paged; sort name, email, role). */
  members: (id: Id, params: Record<string, string | number> = {}) =>
    request<TeamMemberList>('GET', `/api/organisations/${seg(id)}/members${query(params)}`),

  /** `GET /api/organisations/{id}/invitations?page=&size=&sort=&q=&role=` (paged; sort email, role, createdAt, expiresAt). */
  invitations: (id: Id, params: Record<string, string | number> = {}) =>
    request<TeamInvitationList>('GET', `/api/organisations/${seg(id)}/invitations${query(params)}`),

  /**
   * `POST /api/organisations/{id}/invitations` → 201 `{"invitationId"}`, the same whether the address has
   * an account or not; 409 `already_invited` / `already_member`.
   */
  invite: (organisationId: string | number, invitation: InvitationRequest) =>
    request<{ invitationId: number | string }>(
      'POST',
      `/api/organisations/${seg(organisationId)}/invitations`,
      invitation,
    ),

  // ---- Programmes and onboarding ----

  /** `GET /api/programmes`: published ones, plus the user's own. */
  programmes: () => request<ProgrammeList>('GET', '/api/programmes'),

  /** `GET /api/programmes/{id}` */
  programme: (id: Id) => request<Programme>('GET', `/api/programmes/${seg(id)}`),

  /** `POST /api/programmes` → 201 `Programme` */
  createProgramme: (input: ProgrammeInput) => request<Programme>('POST', '/api/programmes', input),

  /** `PUT /api/programmes/{id}` → `Programme` */
  updateProgramme: (id: Id, input: ProgrammeInput) =>
    request<Programme>('PUT', `/api/programmes/${seg(id)}`, input),

  /** `POST /api/programmes/{id}/school-registrations` → 201 `{"id"}` */
  registerSchool: (programmeId: Id, registration: SchoolRegistration) =>
    request<{ id: Id }>('POST', `/api/programmes/${seg(programmeId)}/school-registrations`, registration),

  /** `POST /api/programmes/{id}/mentor-registrations` → 201 `{"id"}` */
  registerMentor: (programmeId: Id, registration: MentorRegistration) =>
    request<{ id: Id }>('POST', `/api/programmes/${seg(programmeId)}/mentor-registrations`, registration),

  /** `GET /api/programmes/{id}/registrations?page=&size=&sort=&q=&status=&kind=`: one page, oldest first by default. */
  registrations: (
    programmeId: Id,
    filter: { status?: RegistrationStatus | ''; kind?: RegistrationKind | ''; page?: number; size?: number; sort?: string; q?: string } = {},
  ) =>
    request<RegistrationList>(
      'GET',
      `/api/programmes/${seg(programmeId)}/registrations${query(filter)}`,
    ),

  /** `POST /api/registrations/{id}/accept` → the registration; 409 `programme_full` */
  acceptRegistration: (id: Id) =>
    request<Registration>('POST', `/api/registrations/${seg(id)}/accept`, {}),

  /** `POST /api/registrations/{id}/refuse` → the registration; the reason is mailed. */
  refuseRegistration: (id: Id, reason: string) =>
    request<Registration>('POST', `/api/registrations/${seg(id)}/refuse`, { reason }),

  /** `GET /api/programmes/{id}/progress?q=&status=&phase=&sort=` */
  progress: (programmeId: Id, filter: ProgressQuery = {}) =>
    request<Progress>('GET', `/api/programmes/${seg(programmeId)}/progress${query({ ...filter })}`),

  /** `DELETE /api/programmes/{id}/schools/{orgId}` `{confirmName}`: a school that leaves, removed with all its data. */
  removeSchool: (programmeId: Id, organisationId: Id, confirmName: string) =>
    request<{ files: number }>('DELETE', `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}`, { confirmName }),

  /** The address of the progress table as a file (a plain link: the browser downloads it). */
  progressFileUrl: (programmeId: Id, format: 'csv' | 'xlsx', filter: ProgressQuery = {}) =>
    `/api/programmes/${seg(programmeId)}/progress.${format}${query({ ...filter })}`,

  /** `POST /api/programmes/{id}/imports/{kind}?mode=` with a `text/csv` body. */
  importCsv: (programmeId: Id, kind: ImportKind, mode: ImportMode, csv: string) =>
    request<ImportResult>(
      'POST',
      `/api/programmes/${seg(programmeId)}/imports/${seg(kind)}${query({ mode })}`,
      new RawBody('text/csv; charset=utf-8', csv),
    ),

  /** `GET /api/programmes/{id}/audit?action=&actor=&page=`, newest first, 50 a page. */
  audit: (programmeId: Id, filter: AuditQuery = {}) =>
    request<AuditPage>('GET', `/api/programmes/${seg(programmeId)}/audit${query({ ...filter })}`),

  /** `POST /api/organisations/{id}/invitations/{invitationId}/resend` → 204: a new week, a new mail (and link). */
  resendInvitation: (organisationId: Id, invitationId: Id) =>
    request<void>(
      'POST',
      `/api/organisations/${seg(organisationId)}/invitations/${seg(invitationId)}/resend`,
    ),

  /** `DELETE /api/organisations/{id}/invitations/{invitationId}` → 204 */
  revokeInvitation: (organisationId: Id, invitationId: Id) =>
    request<void>('DELETE', `/api/organisations/${seg(organisationId)}/invitations/${seg(invitationId)}`),

  /** `GET /api/me/invitations`: the signed-in person's pending invitations, newest first. */
  myInvitations: () => request<{ invitations: MyInvitation[] }>('GET', '/api/me/invitations'),

  /** `POST /api/me/invitations/{id}/accept` → `Me` with the new membership; 409 when expired or answered. */
  acceptInvitation: (id: Id) => request<Me>('POST', `/api/me/invitations/${seg(id)}/accept`, {}),

  /** `POST /api/me/invitations/{id}/decline` → 204 */
  declineInvitation: (id: Id) => request<void>('POST', `/api/me/invitations/${seg(id)}/decline`, {}),

  /** `DELETE /api/organisations/{id}/members/{userId}?role=` → 204; 409 for the last coordinator. */
  removeMember: (organisationId: Id, userId: Id, role: string) =>
    request<void>(
      'DELETE',
      `/api/organisations/${seg(organisationId)}/members/${seg(userId)}${query({ role })}`,
    ),

  // ---- Self-assessment ----

  /** `GET /api/programmes/{id}/schools/{orgId}/measurements`: both kinds, baseline first. */
  measurements: (programmeId: Id, organisationId: Id) =>
    request<MeasurementList>(
      'GET',
      `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/measurements`,
    ),

  /** `POST …/measurements/{kind}` → 201 (or 200 when already started); 409 `phase_not_open`/`phase_closed`. */
  startMeasurement: (programmeId: Id, organisationId: Id, kind: MeasurementKind) =>
    request<Measurement>(
      'POST',
      `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/measurements/${seg(kind)}`,
      {},
    ),

  /** `GET /api/measurements/{id}` */
  measurement: (id: Id) => request<Measurement>('GET', `/api/measurements/${seg(id)}`),

  /** `PUT /api/measurements/{id}/answers/{criterionId}`; 409 `edit_conflict` carries `current`. */
  saveAnswer: (id: Id, criterionId: string, input: AnswerInput) =>
    request<Answer>('PUT', `/api/measurements/${seg(id)}/answers/${seg(criterionId)}`, input),

  /** `POST /api/measurements/{id}/submit`; 400 with a field per unanswered criterion. */
  submitMeasurement: (id: Id) => request<Measurement>('POST', `/api/measurements/${seg(id)}/submit`, {}),

  /** `POST /api/measurements/{id}/reopen` (organisers) */
  reopenMeasurement: (id: Id, reason: string) =>
    request<Measurement>('POST', `/api/measurements/${seg(id)}/reopen`, { reason }),

  /** `PUT /api/programmes/{id}/schools/{orgId}/extensions/{phaseKind}` (organisers) */
  extendPhase: (programmeId: Id, organisationId: Id, kind: string, closesOn: string) =>
    request<Extension>(
      'PUT',
      `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/extensions/${seg(kind)}`,
      { closesOn },
    ),

  /** `DELETE …/extensions/{phaseKind}` → 204 */
  removeExtension: (programmeId: Id, organisationId: Id, kind: string) =>
    request<void>(
      'DELETE',
      `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/extensions/${seg(kind)}`,
    ),

  /** `GET /api/programmes/{id}/schools/{orgId}/results?kind=` */
  results: (programmeId: Id, organisationId: Id, kind: MeasurementKind) =>
    request<Results>(
      'GET',
      `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/results${query({ kind })}`,
    ),

  /** The school report as a file (a plain link). */
  reportUrl: (programmeId: Id, organisationId: Id, kind: MeasurementKind, lang: Language) =>
    `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/report.pdf${query({ kind, lang })}`,

  /** The answers as a spreadsheet (a plain link). */
  answersXlsxUrl: (programmeId: Id, organisationId: Id, kind: MeasurementKind) =>
    `/api/programmes/${seg(programmeId)}/schools/${seg(organisationId)}/answers.xlsx${query({ kind })}`,
};
