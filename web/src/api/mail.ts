// Mail that could not be delivered (docs/api.md, "Undelivered mail"): organisers list their own
// organisation's and try one again; the operator does the same for every message. Kept apart from
// types.ts/index.ts (import from 'api/mail').

import { query, request } from './client';

type Id = string | number;

const seg = (value: Id) => encodeURIComponent(String(value));

/** `failed`: the worker gave up; `retrying`: an attempt failed and another follows at `nextAttemptAt`. */
export type MailStatus = 'failed' | 'retrying';
export const MAIL_STATUSES: readonly MailStatus[] = ['failed', 'retrying'];

/** What went wrong, in one word (src/mail/fault_reason.h); the page says it in a sentence. */
export type MailFault =
  | 'refused'
  | 'busy'
  | 'unreachable'
  | 'timeout'
  | 'dropped'
  | 'certificate'
  | 'setup'
  | 'address'
  | 'other';

export interface UndeliveredMail {
  id: Id;
  to: string;
  subject: string;
  /** Unix seconds: when it was queued. */
  createdAt: number;
  status: MailStatus;
  attempts: number;
  /** Unix seconds; null while it is still being retried. */
  failedAt: number | null;
  /** Unix seconds; null once it failed. */
  nextAttemptAt: number | null;
  reason: MailFault;
  /** The mail server's or the connection's own words, for whoever looks into it. */
  lastError: string | null;
  /** The operator's list only: the organiser organisation it was sent for (null: none, e.g. a password reset). */
  organisation?: string | null;
}

export interface UndeliveredMailList {
  messages: UndeliveredMail[];
  page: number;
  size: number;
  pages: number;
  total: number;
  counts: { status: Partial<Record<MailStatus, number>> };
}

type Params = Record<string, string | number>;

export const mailApi = {
  undelivered: (params: Params = {}) => request<UndeliveredMailList>('GET', `/api/undelivered-mail${query(params)}`),
  retry: (id: Id) => request<{ id: Id; status: 'queued' }>('POST', `/api/undelivered-mail/${seg(id)}/retry`, {}),
  operatorUndelivered: (params: Params = {}) =>
    request<UndeliveredMailList>('GET', `/api/operator/undelivered-mail${query(params)}`),
  operatorRetry: (id: Id) => request<{ id: Id; status: 'queued' }>('POST', `/api/operator/undelivered-mail/${seg(id)}/retry`, {}),
};
