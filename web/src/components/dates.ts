// Dates as the UI shows them: nl-BE in Dutch, en-GB in English.

import type { Language } from '../api';

const LOCALE: Record<Language, string> = { nl: 'nl-BE', en: 'en-GB' };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day `YYYY-MM-DD` (a Europe/Brussels day, no time) as "3 september 2026" / "3 September
 * 2026". It is formatted in UTC so no time zone can move it to the day before; text that is not a
 * day is returned as it is.
 */
export function formatDay(day: string, language: Language): string {
  const match = ISO_DAY.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A moment in unix seconds as a date and time in Brussels. */
export function formatMoment(seconds: number | null | undefined, language: Language): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '';
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Brussels',
  }).format(new Date(seconds * 1000));
}

/** The same moment as a machine-readable value for `<time dateTime>`. */
export function isoMoment(seconds: number | null | undefined): string | undefined {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return undefined;
  return new Date(seconds * 1000).toISOString();
}

/** A moment in unix seconds as its day in Brussels: "7 december 2026" / "7 December 2026". */
export function formatDate(seconds: number | null | undefined, language: Language): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '';
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(new Date(seconds * 1000));
}
