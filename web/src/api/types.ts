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

/** `GET /api/me`, and the answer to log-in, set-password and language changes. */
export interface Me {
  user: User;
  memberships: Membership[];
}

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

export interface OrganisationMember {
  userId: number | string;
  name: string;
  email: string;
  role: Role;
}

export interface Organisation {
  id: number | string;
  name: string;
  kind: OrganisationKind;
  members: OrganisationMember[];
}

export interface InvitationRequest {
  email: string;
  name: string;
  role: Role;
  language: Language;
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
  | 'internal'
  /** client side: the server could not be reached or did not answer with JSON */
  | 'network';
