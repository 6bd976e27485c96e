// "Ask us" (docs/api.md, "Ask us"): the public question form, the organisers' inbox with take / answer /
// forward, and the monthly on-time statistics. Kept apart from types.ts/index.ts (import from 'api/questions').

import { query, request } from './client';
import type { Language } from './types';

type Id = string | number;

const seg = (value: Id) => encodeURIComponent(String(value));

export type QuestionTopic = 'general' | 'registration' | 'measurement' | 'label' | 'network' | 'award' | 'other';
export const QUESTION_TOPICS: readonly QuestionTopic[] = [
  'general',
  'registration',
  'measurement',
  'label',
  'network',
  'award',
  'other',
];

export type QuestionStatus = 'new' | 'taken' | 'answered' | 'forwarded';
export const QUESTION_STATUSES: readonly QuestionStatus[] = ['new', 'taken', 'answered', 'forwarded'];
/** The inbox filter: a status, `open` (new or taken), or '' for every question. */
export type QuestionFilter = QuestionStatus | 'open' | '';

export interface NewQuestion {
  name: string;
  email: string;
  organisation: string;
  topic: QuestionTopic | '';
  question: string;
  consent: boolean;
  language: Language;
  /** The honeypot: people leave it empty. */
  website: string;
  /** Asked from a programme's page: its organisers answer (else the platform's home organisation). */
  programmeId?: number;
}

export interface AskAnswer {
  /** Brussels local time `YYYY-MM-DDTHH:MM` by which the answer is promised. */
  dueAt: string;
  dueAtUnix: number;
}

export interface PersonRef {
  id: Id;
  name: string;
}

export interface Question {
  id: Id;
  name: string;
  email: string;
  organisation: string;
  topic: QuestionTopic;
  question: string;
  language: Language;
  /** Brussels local times `YYYY-MM-DDTHH:MM`. */
  receivedAt: string;
  receivedAtUnix: number;
  dueAt: string;
  dueAtUnix: number;
  /** Seconds until due (negative: overdue); null once answered or forwarded. */
  secondsLeft: number | null;
  status: QuestionStatus;
  takenBy: PersonRef | null;
  takenAt: string | null;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: PersonRef | null;
  forwardedTo: string | null;
  forwardNote: string | null;
  forwardedAt: string | null;
  forwardedBy: PersonRef | null;
  /** Handled by the due time; null while open and not yet due. */
  onTime: boolean | null;
  overdueAlerted: boolean;
}

/** `GET /api/questions`: one page (docs/api.md, "Paging, sorting and search"). */
export interface QuestionList {
  questions: Question[];
  page: number;
  size: number;
  pages: number;
  total: number;
  /** Questions per status with the search applied (not the status filter). */
  counts: { status: Record<QuestionStatus, number> };
}

export interface MonthStats {
  month: string;
  received: number;
  answered: number;
  onTime: number;
  /** Percentage on time among questions whose outcome is known; null when none is. */
  shareOnTime: number | null;
}

export const questionsApi = {
  /** `POST /api/public/questions` → 201 with the promised answer time. */
  ask: (body: NewQuestion) => request<AskAnswer>('POST', '/api/public/questions', body),

  /** `GET /api/questions?page=&size=&sort=&q=&status=` (organisers): one page, the inbox order by default. */
  list: (filter: Record<string, string | number> = {}) => request<QuestionList>('GET', `/api/questions${query(filter)}`),

  /** `GET /api/questions/{id}` */
  question: (id: Id) => request<Question>('GET', `/api/questions/${seg(id)}`),

  /** `POST /api/questions/{id}/take`: assign to self (or take over). */
  take: (id: Id) => request<Question>('POST', `/api/questions/${seg(id)}/take`, {}),

  /** `POST /api/questions/{id}/answer`: mailed to the asker; 409 `question_answered` when already answered. */
  answer: (id: Id, answer: string) => request<Question>('POST', `/api/questions/${seg(id)}/answer`, { answer }),

  /** `POST /api/questions/{id}/forward`: mailed to `email` with the note. */
  forward: (id: Id, email: string, note: string) =>
    request<Question>('POST', `/api/questions/${seg(id)}/forward`, { email, note }),

  /** `GET /api/questions/stats` */
  stats: () => request<{ months: MonthStats[] }>('GET', '/api/questions/stats'),
};
