// The platform operator's routes (src/api/operator_api.cpp): organiser organisations (tenants) with
// their first organiser, and the security log. Everyone but an operator gets 404 on them. Kept apart
// from types.ts/index.ts (import from 'api/operator').

import { query, request } from './client';
import type { DeletionRequestPage, Language } from './types';

type Id = string | number;

/** One organiser organisation in the operator's list. */
export interface OperatorOrganisation {
  id: Id;
  name: string;
  /** Unix seconds. */
  createdAt: number;
  /** How many people have the organiser role in it. */
  organisers: number;
  /** Organisers invited who have not accepted yet; absent on older servers. */
  invitedOrganisers?: number;
  programmes: number;
}

/** A page of a list: the server sends 50 a page; `pages` is at least 1. */
export interface Paged {
  page: number;
  pages: number;
  total: number;
}

export interface OperatorOrganisationPage extends Paged {
  organisations: OperatorOrganisation[];
}

export interface NewOrganiserOrganisation {
  name: string;
  organiserEmail: string;
  organiserName: string;
  /** The language of the invitation mail and of a new account. */
  language: Language;
}

export interface CreatedOrganisation {
  id: Id;
  /** The first organiser's invitation (never the account: whether one exists is not told). */
  invitationId: Id;
}

/** The kinds of security event the server writes today; the log may hold others (shown by code). */
export const SECURITY_ACTIONS = [
  'security.login_failed',
  'security.login_locked',
  'security.password_changed',
  'security.role_changed',
  'security.organisation_created',
  'security.export',
  /** A person's own data (the ZIP of /account, or the operator's for them); object: that person. */
  'security.data_export',
  /** Erasure (docs/privacy.md): asked, withdrawn, carried out; object: the person. */
  'security.deletion_requested',
  'security.deletion_withdrawn',
  'security.person_erased',
] as const;
export type SecurityAction = (typeof SECURITY_ACTIONS)[number];

export interface SecurityEntry {
  id: Id;
  actorId: Id | null;
  actorName: string | null;
  actorEmail: string | null;
  /** Starts with `security.`; one of SECURITY_ACTIONS or a newer kind. */
  action: string;
  objectType: string;
  objectId: Id | null;
  /** The event's details: usually an object, text when it was not JSON, or null. */
  detail: unknown;
  /** Unix seconds. */
  createdAt: number;
}

export interface SecurityLogPage extends Paged {
  entries: SecurityEntry[];
}

/** A person the operator found by e-mail address (`POST /api/operator/people/find`). */
export interface FoundPerson {
  id: Id;
  name: string;
  email: string;
}

const seg = (value: Id) => encodeURIComponent(String(value));

export const operatorApi = {
  /** `GET /api/operator/organisations?page=&q=`: organiser organisations by name, 50 a page; `q` searches the name. */
  organisations: (filter: { page?: number; q?: string } = {}) =>
    request<OperatorOrganisationPage>(
      'GET',
      `/api/operator/organisations${query({ q: filter.q?.trim(), page: filter.page && filter.page > 1 ? filter.page : undefined })}`,
    ),

  /** `POST /api/operator/organisations` → 201; 400 `validation_failed` names the fields (e.g. the name is taken). */
  createOrganisation: (body: NewOrganiserOrganisation) =>
    request<CreatedOrganisation>('POST', '/api/operator/organisations', body),

  /** `GET /api/operator/security-log?page=&action=`: newest first, 50 a page. */
  securityLog: (filter: { page?: number; action?: string } = {}) =>
    request<SecurityLogPage>(
      'GET',
      `/api/operator/security-log${query({ action: filter.action, page: filter.page && filter.page > 1 ? filter.page : undefined })}`,
    ),

  /**
   * `POST /api/operator/people/find` `{"email"}` → 200 the person; 404 `person_not_found` (message in the
   * request's language); 400 `validation_failed` on `email`. A POST, so the address stays out of access logs.
   */
  findPerson: (email: string) => request<FoundPerson>('POST', '/api/operator/people/find', { email }),

  /** The address of a person's data as a ZIP (`GET /api/operator/people/{id}/data.zip`; a plain link). */
  personDataUrl: (id: Id) => `/api/operator/people/${seg(id)}/data.zip`,

  /** `GET /api/operator/deletion-requests?page=`: every open request to be erased, oldest first, 50 a page. */
  deletionRequests: (page = 1) =>
    request<DeletionRequestPage>('GET', `/api/operator/deletion-requests${query({ page: page > 1 ? page : undefined })}`),

  /** `POST /api/operator/deletion-requests/{id}/erase` `{}` → 200; 409 `erasure_of_self`; 404. */
  erasePerson: (requestId: Id) =>
    request<Record<string, never>>('POST', `/api/operator/deletion-requests/${seg(requestId)}/erase`, {}),
};
