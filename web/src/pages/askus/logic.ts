// What the "Ask us" pages compute: the time left (or overdue) in words, how urgent a question is,
// the promised moment in words, and the inbox order. Pure functions, tested in logic.test.ts.

import type { Language } from '../../api/types';
import type { Question, QuestionStatus, QuestionTopic } from '../../api/questions';
import type { MessageKey, Translate } from '../../i18n';

export const TOPIC_TEXT: Record<QuestionTopic, MessageKey> = {
  general: 'askUs.topic.general',
  registration: 'askUs.topic.registration',
  measurement: 'askUs.topic.measurement',
  label: 'askUs.topic.label',
  network: 'askUs.topic.network',
  award: 'askUs.topic.award',
  other: 'askUs.topic.other',
};

export const STATUS_TEXT: Record<QuestionStatus, MessageKey> = {
  new: 'inbox.status.new',
  taken: 'inbox.status.taken',
  answered: 'inbox.status.answered',
  forwarded: 'inbox.status.forwarded',
};

/** A duration split for display: whole days, hours and minutes of its absolute value. */
export function splitDuration(seconds: number): { overdue: boolean; days: number; hours: number; minutes: number } {
  const overdue = seconds < 0;
  const total = Math.floor(Math.abs(seconds) / 60);
  return { overdue, days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/**
 * "2 d 5 h left" / "3 h 10 min overdue": the two largest parts, so a glance is enough. Null (handled)
 * gives '–'.
 */
export function timeLeftText(t: Translate, seconds: number | null): string {
  if (seconds === null) return '–';
  const { overdue, days, hours, minutes } = splitDuration(seconds);
  const parts: string[] = [];
  if (days > 0) parts.push(t('inbox.days', { n: days }));
  if (hours > 0 || days > 0) parts.push(t('inbox.hours', { n: hours }));
  if (days === 0) parts.push(t('inbox.minutes', { n: minutes }));
  const span = parts.slice(0, 2).join(' ');
  return t(overdue ? 'inbox.overdueBy' : 'inbox.left', { span });
}

export type Urgency = 'handled' | 'overdue' | 'soon' | 'ok';

/** Overdue; soon = due within 24 hours; handled = answered or forwarded. */
export function urgency(q: Pick<Question, 'secondsLeft'>): Urgency {
  if (q.secondsLeft === null) return 'handled';
  if (q.secondsLeft < 0) return 'overdue';
  if (q.secondsLeft < 24 * 3600) return 'soon';
  return 'ok';
}

const LOCALE: Record<Language, string> = { nl: 'nl-BE', en: 'en-GB' };
const LOCAL_MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A Brussels local time `YYYY-MM-DDTHH:MM` in words with the weekday: "dinsdag 27 oktober 2026, 23:59".
 * It is already local time, so it is formatted in UTC and no browser time zone can move it. Text that is
 * not such a time is returned as it is.
 */
export function localMomentInWords(local: string, language: Language): string {
  const m = LOCAL_MINUTE.exec(local);
  if (!m) return local;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])));
  if (Number.isNaN(date.getTime())) return local;
  const day = new Intl.DateTimeFormat(LOCALE[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return `${day}, ${m[4]}:${m[5]}`;
}

/** A local time `YYYY-MM-DDTHH:MM` as a short "27/10/2026 23:59" for tables. */
export function localMomentShort(local: string | null): string {
  if (!local) return '–';
  const m = LOCAL_MINUTE.exec(local);
  if (!m) return local;
  return `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}`;
}

/** The server's inbox order: unhandled first, nearest due first; then handled, latest due first. */
export function inboxOrder(questions: Question[]): Question[] {
  return [...questions].sort((a, b) => {
    const ah = a.secondsLeft === null ? 1 : 0;
    const bh = b.secondsLeft === null ? 1 : 0;
    if (ah !== bh) return ah - bh;
    const byDue = ah === 0 ? a.dueAtUnix - b.dueAtUnix : b.dueAtUnix - a.dueAtUnix;
    return byDue !== 0 ? byDue : Number(a.id) - Number(b.id);
  });
}

/** The share on time as "75 %" (nl) / "75%" (en); '–' when not known yet. */
export function shareText(share: number | null, language: Language): string {
  if (share === null) return '–';
  return language === 'nl' ? `${share} %` : `${share}%`;
}

/** 'YYYY-MM' as "oktober 2026" / "October 2026". */
export function monthText(month: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Intl.DateTimeFormat(LOCALE[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)),
  );
}
