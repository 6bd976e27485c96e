// Shapes of the STEMkompas HTTP API (docs/api.md). Field names are camelCase, as the server sends them.

export type Language = 'nl' | 'en';

export type OrganisationKind = 'organiser' | 'school' | 'company';

export type Role = 'organiser' | 'coordinator' | 'team_member' | 'mentor' | 'reviewer' | 'jury';

export const ROLES: readonly Role[] = [
  'organiser',
  'coordinator',
  'team_member',
  'mentor',
  'reviewer',
  'jury',
];

export interface User {
  id: number | string;
  email: string;
  name: string;
  language: Language;
}

export interface Membership {
  organisationId: number | string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: Role;
}

/** A programme of one of the user's organisations (organisers: the programmes their organisation runs). */
export interface MyProgramme {
  id: number | string;
  name: string;
  schoolYear: string;
  organisationId: number | string;
  role: Role;
}

/** `GET /api/me`, and the answer to log-in, set-password and language changes. */
export interface Me {
  user: User;
  memberships: Membership[];
  /** Absent on servers from before issue 3. */
  programmes?: MyProgramme[];
  /** The platform operator (organiser organisations, security log); absent on older servers. */
  operator?: boolean;
  /** How many invitations wait for the user's answer (`GET /api/me/invitations`); absent before issue 16. */
  invitations?: number;
}

/** `GET /api/auth/session`: who is signed in, if anyone. */
export type SessionAnswer = { authenticated: false } | { authenticated: true; me: Me };

export interface Health {
  status: string;
  database: string;
}

export interface TokenInfo {
  purpose: 'reset' | 'invite';
  email: string;
  name: string;
}

export interface LocalisedText {
  nl: string;
  en: string;
}

export interface FrameworkSummary {
  id: string;
  version: string | number;
  name: LocalisedText;
}

export interface FrameworkList {
  frameworks: FrameworkSummary[];
}

/**
 * The framework document as served by `GET /api/frameworks/{id}`. Its exact shape is owned by
 * `data/frameworks/`; the framework page reads it through `normaliseFramework`, which tolerates
 * small naming differences, so this type is deliberately loose.
 */
export type FrameworkDocument = Record<string, unknown>;

/** A member: someone who accepted their invitation. */
export interface OrganisationMember {
  userId: number | string;
  name: string;
  email: string;
  role: Role;
  /** For team members: leader, teacher or support. */
  teamFunction?: TeamFunction | null;
}

/**
 * An open invitation as the inviter sees it: only the address they typed, never the account behind it
 * (a person joins only by accepting).
 */
export interface OrganisationInvitation {
  id: number | string;
  email: string;
  role: Role;
  teamFunction?: TeamFunction | null;
  /** Unix seconds. */
  createdAt: number;
  /** Unix seconds; an expired invitation can be resent. */
  expiresAt: number;
}

/** A page of an organisation's members (`GET /api/organisations/{id}/members`): one row per person and role. */
export interface TeamMemberList {
  members: (OrganisationMember & { id: number | string })[];
  page: number;
  size: number;
  pages: number;
  total: number;
  counts: { role: Partial<Record<Role, number>> };
}

/** A page of an organisation's open invitations (`GET /api/organisations/{id}/invitations`). */
export interface TeamInvitationList {
  invitations: OrganisationInvitation[];
  page: number;
  size: number;
  pages: number;
  total: number;
  counts: { role: Partial<Record<Role, number>> };
}

export interface Organisation {
  id: number | string;
  name: string;
  kind: OrganisationKind;
  members: OrganisationMember[];
  /** Absent on servers from before issue 16. */
  invitations?: OrganisationInvitation[];
}

/** `GET /api/me/invitations`: an invitation waiting for the signed-in person's answer. */
export interface MyInvitation {
  id: number | string;
  organisation: { id: number | string; name: string; kind: OrganisationKind };
  role: Role;
  teamFunction?: TeamFunction | null;
  /** For a place in an award round's jury: its programme. */
  award?: { programmeId: number | string; programmeName: string } | null;
  /** The inviter's name (null when that account is gone). */
  invitedBy?: string | null;
  createdAt: number;
  expiresAt: number;
}

export interface InvitationRequest {
  email: string;
  name: string;
  role: Role;
  language: Language;
  /** Only for team members. */
  teamFunction?: TeamFunction;
}

// ---- Programmes and onboarding (docs/api.md) ----

export type Audience = 'primary' | 'secondary';
export const AUDIENCES: readonly Audience[] = ['primary', 'secondary'];

export type PhaseKind = 'baseline' | 'action_plan' | 'learning_network' | 'label' | 'final' | 'award';
export const PHASE_KINDS: readonly PhaseKind[] = [
  'baseline',
  'action_plan',
  'learning_network',
  'label',
  'final',
  'award',
];

export type Province =
  | 'antwerpen'
  | 'limburg'
  | 'oost-vlaanderen'
  | 'vlaams-brabant'
  | 'west-vlaanderen'
  | 'brussel';
export const PROVINCES: readonly Province[] = [
  'antwerpen',
  'limburg',
  'oost-vlaanderen',
  'vlaams-brabant',
  'west-vlaanderen',
  'brussel',
];

export type Network = 'go' | 'ovsg' | 'pov' | 'kov' | 'other';
export const NETWORKS: readonly Network[] = ['go', 'ovsg', 'pov', 'kov', 'other'];

export type SchoolLevel = 'primary' | 'secondary';
export const SCHOOL_LEVELS: readonly SchoolLevel[] = ['primary', 'secondary'];

export type HeardFrom =
  | 'newsletter'
  | 'website'
  | 'social_media'
  | 'colleague'
  | 'event'
  | 'organiser'
  | 'other';
export const HEARD_FROM: readonly HeardFrom[] = [
  'newsletter',
  'website',
  'social_media',
  'colleague',
  'event',
  'organiser',
  'other',
];

export type CompanySize = '1-9' | '10-49' | '50-249' | '250+';
export const COMPANY_SIZES: readonly CompanySize[] = ['1-9', '10-49', '50-249', '250+'];

export type TeamFunction = 'leader' | 'teacher' | 'support';
export const TEAM_FUNCTIONS: readonly TeamFunction[] = ['leader', 'teacher', 'support'];

export type RegistrationStatus = 'pending' | 'accepted' | 'refused';
export type RegistrationKind = 'school' | 'mentor';

export type PhaseStatus = 'not_started' | 'in_progress' | 'submitted' | 'overdue';
export const PHASE_STATUSES: readonly PhaseStatus[] = ['not_started', 'in_progress', 'submitted', 'overdue'];

export interface Phase {
  kind: PhaseKind;
  /** `YYYY-MM-DD`, Europe/Brussels calendar day; open from `opensOn` to `closesOn` inclusive. */
  opensOn: string;
  closesOn: string;
}

export interface Programme {
  id: number | string;
  organiserId: number | string;
  name: string;
  schoolYear: string;
  audience: Audience;
  region: string;
  frameworkId: string;
  frameworkVersion: string;
  maxSchools: number;
  description: LocalisedText;
  published: boolean;
  phases: Phase[];
  schoolCount: number;
  mentorCount: number;
  /** Only for organisers. */
  pendingCount?: number;
}

export interface ProgrammeList {
  programmes: Programme[];
}

/** The body of `POST /api/programmes` and `PUT /api/programmes/{id}`. */
export interface ProgrammeInput {
  name: string;
  schoolYear: string;
  audience: Audience;
  region: string;
  frameworkId: string;
  maxSchools: number;
  description: LocalisedText;
  published: boolean;
  phases: Phase[];
}

export interface SchoolRegistration {
  contactName: string;
  contactFunction: string;
  contactEmail: string;
  contactPhone: string;
  schoolName: string;
  /** instellingsnummer, 6 digits */
  institutionNumber: string;
  street: string;
  /** 4 digits, 1000–9999 */
  postcode: string;
  municipality: string;
  province: Province | '';
  network: Network | '';
  level: SchoolLevel | '';
  /** 1–5000 */
  pupils: number | null;
  heardFrom: HeardFrom | '';
  /** Required when `heardFrom` is `other`. */
  heardFromOther: string;
  consent: boolean;
  language: Language;
  /** Honeypot: must stay empty. */
  website: string;
}

export interface MentorRegistration {
  companyName: string;
  /** ondernemingsnummer, 10 digits, dots allowed (0123.456.789) */
  enterpriseNumber: string;
  sector: string;
  province: Province | '';
  companySize: CompanySize | '';
  contactName: string;
  contactFunction: string;
  contactEmail: string;
  contactPhone: string;
  /** Key element ids of the programme's framework, at least one. */
  expertise: string[];
  /** 1–20 */
  capacity: number | null;
  consent: boolean;
  language: Language;
  /** Honeypot: must stay empty. */
  website: string;
}

export interface Registration {
  id: number | string;
  kind: RegistrationKind;
  status: RegistrationStatus;
  organisationName: string;
  identifier: string;
  contactName: string;
  contactEmail: string;
  /** Unix seconds. */
  createdAt: number;
  decidedAt: number | null;
  refusalReason: string | null;
  /** Every submitted field (camelCase, as in the registration body). */
  data: Record<string, unknown>;
}

/** `GET /api/programmes/{id}/registrations`: one page (docs/api.md, "Paging, sorting and search"). */
export interface RegistrationList {
  registrations: Registration[];
  page: number;
  size: number;
  pages: number;
  total: number;
  /** Rows per status with the kind filter and search applied, and per kind with the status filter and search. */
  counts: { status: Record<RegistrationStatus, number>; kind: Record<RegistrationKind, number> };
}

export interface ProgressRow {
  organisationId: number | string;
  name: string;
  institutionNumber: string;
  province: Province | string;
  phases: Partial<Record<PhaseKind, PhaseStatus>>;
}

/** `GET /api/programmes/{id}/progress`, paged (docs/api.md): one page of rows, the figures of every school. */
export interface Progress {
  page: number;
  size: number;
  pages: number;
  total: number;
  phases: PhaseKind[];
  rows: ProgressRow[];
  /** Over every school of the programme, whatever the filters: schools per status of each phase. */
  summary: { schools: number; phases: Partial<Record<PhaseKind, Record<PhaseStatus, number>>> };
  /** Schools per status with the search and phase filter applied but not the status filter. */
  counts: { status: Partial<Record<PhaseStatus, number>> };
}

/** The board's paging, sort (`name`, `province`, `institutionNumber`, `progress`, `-` for descending) and filters. */
export type ProgressQuery = Record<string, string | number>;

export type ImportKind = 'schools' | 'companies';
export type ImportMode = 'preview' | 'all' | 'valid';

export interface ImportRow {
  line: number;
  status: 'create' | 'error';
  name: string;
  /** Per column: what is wrong. */
  errors: Record<string, string>;
}

export interface ImportResult {
  /** The first 200 rows of the file, then only rows with an error, up to 200 of those in all. */
  rows: ImportRow[];
  /** Every row of the file is counted. */
  valid: number;
  invalid: number;
  /** Rows with an error that `rows` leaves out. */
  unlistedErrors: number;
  imported: number;
}

export interface AuditEntry {
  id: number | string;
  /** Null for the system (background jobs) or a deleted user. */
  actorId: number | string | null;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: number | string | null;
  /** The object before and after the change (JSON, as an object or as text). */
  before: unknown;
  after: unknown;
  /** Unix seconds. */
  createdAt: number;
}

export interface AuditActor {
  id: number | string;
  name: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Everyone with an entry in the programme's log, by name: the choices of the actor filter. */
  actors: AuditActor[];
  page: number;
  pages: number;
}

export interface AuditQuery {
  action?: string;
  actor?: string;
  page?: number;
}

export type ErrorCode =
  | 'validation_failed'
  | 'malformed_json'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'csrf_failed'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'token_invalid'
  | 'programme_full'
  | 'registration_decided'
  | 'phase_not_open'
  | 'phase_closed'
  | 'edit_conflict'
  | 'measurement_locked'
  | 'results_not_started'
  /** `POST /api/operator/people/find`: no account has that address */
  | 'person_not_found'
  | 'school_removal_programme_running'
  | 'school_removal_other_programmes'
  | 'erasure_needs_operator'
  | 'erasure_of_self'
  | 'internal'
  /** 507: the server's disk is full; nothing was stored (the message says so in the request's language) */
  | 'storage_full'
  /** the server holds as many connections as it may; sent before the request is read, so in English only */
  | 'overloaded'
  /** 431: the request's head (usually its cookies) is over the server's limit; English only, as above */
  | 'headers_too_large'
  /** client side: the server could not be reached or did not answer with JSON */
  | 'network';

// ---- Self-assessment: measurements and results (docs/api.md, "Self-assessment") ----

export type MeasurementKind = 'baseline' | 'final';
export const MEASUREMENT_KINDS: readonly MeasurementKind[] = ['baseline', 'final'];
export type MeasurementStatus = 'not_started' | 'open' | 'submitted';
export type AnswerLevel = 'not_yet' | 'competent' | 'proficient' | 'expert';
export const ANSWER_LEVELS: readonly AnswerLevel[] = ['not_yet', 'competent', 'proficient', 'expert'];
export type SurveyGroup = 'leaders' | 'teachers' | 'students' | 'mentor';
export const SURVEY_GROUPS: readonly SurveyGroup[] = ['leaders', 'teachers', 'students', 'mentor'];

export interface Answer {
  criterionId: string;
  level: AnswerLevel | null;
  comment: string;
  evidenceIds: (number | string)[];
  /** 0 for a criterion nobody touched yet. */
  version: number;
  /** Unix seconds; null when untouched. */
  updatedAt: number | null;
  updatedByName: string | null;
}

export interface AnswerInput {
  level: AnswerLevel | null;
  comment: string;
  version: number;
  /** The evidence linked to the answer; absent: the links stay as they are. */
  evidenceIds?: (number | string)[];
}

export interface MeasurementProgress {
  answered: number;
  total: number;
  elements: { elementId: string; answered: number; total: number }[];
}

export interface Measurement {
  id: number | string;
  programmeId: number | string;
  organisationId: number | string;
  organisationName: string;
  kind: MeasurementKind;
  frameworkId: string;
  frameworkVersion: string;
  status: MeasurementStatus;
  /** Null when the programme has no such phase. */
  opensOn: string | null;
  /** This school's effective closing date (its extension included); null without such a phase. */
  closesOn: string | null;
  editable: boolean;
  canSubmit: boolean;
  canReopen: boolean;
  submittedAt: number | null;
  submittedByName: string | null;
  reopenReason: string | null;
  answers: Answer[];
  progress: MeasurementProgress;
}

export interface MeasurementSummary {
  kind: MeasurementKind;
  id: number | string | null;
  status: MeasurementStatus;
  opensOn: string | null;
  closesOn: string | null;
  answered: number;
  total: number;
}

export interface MeasurementList {
  measurements: MeasurementSummary[];
}

export interface Extension {
  kind: PhaseKind;
  closesOn: string;
}

/** A group's figure for one criterion; present only when it rests on at least 5 scores (docs/privacy.md). */
export interface GroupMean {
  mean: number;
  /** The scores the mean rests on: a multiple of 5. */
  scores: number;
  dontKnow: number;
  /** scores + dontKnow. */
  responses: number;
}

export interface ResultElement {
  elementId: string;
  name: string;
  self: number | null;
  groups: Partial<Record<SurveyGroup, number>>;
}

export interface ResultCriterion {
  criterionId: string;
  elementId: string;
  name: string;
  level: AnswerLevel | null;
  comment: string;
  groups: Partial<Record<SurveyGroup, GroupMean>>;
  divergence: number | null;
}

export interface ResultGroup {
  group: SurveyGroup;
  responses: number;
  /** The responses the figures rest on: they count in blocks of 5, in the order they came in. */
  counted: number;
  shown: boolean;
}

/** `source` is "self" or a survey group. */
export interface Divergent {
  criterionId: string;
  spread: number;
  highest: { source: string; value: number };
  lowest: { source: string; value: number };
}

export interface LabelBlocker {
  criterionId: string;
  level: AnswerLevel;
  gap: number;
  tooFar: boolean;
}

export interface LabelEstimate {
  label: 'none' | AnswerLevel;
  next: AnswerLevel | null;
  atOrAboveNext: number;
  needed: number;
  missing: number;
  blockers: LabelBlocker[];
}

export interface Comparison {
  criteria: { criterionId: string; baseline: number | null; final: number | null; change: number | null }[];
  elements: { elementId: string; baseline: number | null; final: number | null; change: number | null }[];
}

export interface Results {
  kind: MeasurementKind;
  measurementStatus: MeasurementStatus;
  frameworkId: string;
  frameworkVersion: string;
  elements: ResultElement[];
  criteria: ResultCriterion[];
  groups: ResultGroup[];
  divergent: Divergent[];
  label: LabelEstimate;
  comparison: Comparison | null;
}

/** The signed-in person's open request to be erased (`/api/me/deletion-request`; docs/api.md "Erasure"). */
export interface DeletionRequest {
  id: string | number;
  /** Unix seconds. */
  requestedAt: number;
  /** The person's reason; empty or null when they gave none. */
  reason: string | null;
}

/** A personal API token as listed (docs/api.md, "API tokens"); the token itself is shown once, on creation. */
export interface ApiToken {
  id: string | number;
  name: string;
  scope: 'read' | 'write';
  status: 'active' | 'expired' | 'revoked';
  /** Unix seconds. */
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
  lastUsedAt: number | null;
  uses: number;
}

export interface ApiTokenPage {
  tokens: ApiToken[];
  page: number;
  size: number;
  pages: number;
  total: number;
}

/** One open request in an organiser's or the operator's list. */
export interface DeletionRequestEntry extends DeletionRequest {
  name: string;
  email: string;
  /** Every membership of the person (not only the caller's tenant), so the reader sees who they are. */
  memberships: { organisationName: string; role: Role | string }[];
  /** Whether the caller may carry it out (an organiser of every tenant of the person; not their own). */
  canErase: boolean;
}

export interface DeletionRequestPage {
  requests: DeletionRequestEntry[];
  page: number;
  pages: number;
  total: number;
}
