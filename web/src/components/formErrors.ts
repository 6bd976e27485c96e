import { isApiError } from '../api';
import type { Translate } from '../i18n';
import type { SummaryItem } from './ErrorSummary';

export type FieldErrors = Record<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** "Too many attempts", with the wait from `Retry-After` in seconds or (above 90 s) minutes. */
export function rateLimitedMessage(t: Translate, retryAfter: number | null): string {
  if (retryAfter === null || retryAfter <= 0) return t('errors.rateLimited');
  if (retryAfter <= 90) return t('errors.rateLimitedSeconds', { seconds: retryAfter });
  return t('errors.rateLimitedMinutes', { minutes: Math.ceil(retryAfter / 60) });
}

/** A message for a failed request that is not about one field. */
export function generalMessage(t: Translate, error: unknown): string {
  if (!isApiError(error)) return t('errors.unexpected');
  switch (error.code) {
    case 'rate_limited':
      return rateLimitedMessage(t, error.retryAfter);
    case 'network':
      return t('errors.network');
    case 'csrf_failed':
      return t('errors.csrf');
    // Answered below the app, before the request's language is known: the text is ours.
    case 'overloaded':
      return t('errors.overloaded');
    case 'headers_too_large':
      return t('errors.headersTooLarge');
    case 'internal':
      return t('errors.unexpected');
    default:
      return error.message || t('errors.unexpected');
  }
}

/**
 * Splits a failed request into per-field messages (the server's `fields`, mapped to input ids) and
 * a general message (none when the fields already say it all).
 */
export function splitApiError(
  t: Translate,
  error: unknown,
  fieldIds: Record<string, string>,
): { fields: FieldErrors; general: string | null } {
  const fields: FieldErrors = {};
  if (isApiError(error)) {
    for (const [name, message] of Object.entries(error.fields)) {
      const id = fieldIds[name];
      if (id) fields[id] = message;
    }
  }
  const unmatched = isApiError(error)
    ? Object.keys(error.fields).some((name) => !fieldIds[name])
    : false;
  const general =
    Object.keys(fields).length > 0 && !unmatched && isApiError(error, 'validation_failed')
      ? null
      : generalMessage(t, error);
  return { fields, general };
}

/** The summary list: the general message first, then one line per field in form order. */
export function summaryItems(
  order: string[],
  fields: FieldErrors,
  general: string | null,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  if (general) items.push({ message: general });
  for (const id of order) {
    const message = fields[id];
    if (message) items.push({ field: id, message });
  }
  return items;
}
