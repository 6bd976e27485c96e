// Pure helpers of the evidence pages: sizes, the checks made before an upload, turning the server's
// errors into per-field messages, and the order of the measurement editor's chooser.

import { isApiError } from '../../api';
import type { Language } from '../../api';
import { DESCRIPTION_MAX, MAX_FILE_BYTES, TITLE_MAX, URL_MAX } from '../../api/evidence';
import { generalMessage } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import type { MessageKey, Translate } from '../../i18n';

const LOCALE: Record<Language, string> = { nl: 'nl-BE', en: 'en-GB' };
const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** 1536 → "1,5 KB" (nl) / "1.5 KB" (en); whole bytes below 1 KB, one decimal above (none from 100 on). */
export function formatSize(bytes: number | null | undefined, language: Language): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const text = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: digits }).format(value);
  return `${text} ${UNITS[unit]}`;
}

/** The file name without its extension: what the server takes as the title when none is given. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export interface UploadDraft {
  file: { name: string; size: number } | null;
  title: string;
  description: string;
}

/** Checks made before sending anything (the server checks them again); message keys per field. */
export function checkUpload(draft: UploadDraft): Partial<Record<'file' | 'title' | 'description', MessageKey>> {
  const problems: Partial<Record<'file' | 'title' | 'description', MessageKey>> = {};
  if (!draft.file) problems.file = 'evidence.error.fileMissing';
  else if (draft.file.size === 0) problems.file = 'evidence.error.fileEmpty';
  else if (draft.file.size > MAX_FILE_BYTES) problems.file = 'evidence.error.fileTooLarge';
  if (draft.title.trim().length > TITLE_MAX) problems.title = 'evidence.error.titleTooLong';
  if (draft.description.length > DESCRIPTION_MAX) problems.description = 'evidence.error.descriptionTooLong';
  return problems;
}

export interface LinkDraft {
  title: string;
  url: string;
  description: string;
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function checkLink(draft: LinkDraft, requireUrl = true): Partial<Record<'title' | 'url' | 'description', MessageKey>> {
  const problems: Partial<Record<'title' | 'url' | 'description', MessageKey>> = {};
  const title = draft.title.trim();
  if (title === '') problems.title = 'evidence.error.titleMissing';
  else if (title.length > TITLE_MAX) problems.title = 'evidence.error.titleTooLong';
  if (requireUrl) {
    if (draft.url.trim() === '') problems.url = 'evidence.error.urlMissing';
    else if (draft.url.trim().length > URL_MAX) problems.url = 'evidence.error.urlTooLong';
    else if (!isHttpUrl(draft.url)) problems.url = 'evidence.error.urlInvalid';
  }
  if (draft.description.length > DESCRIPTION_MAX) problems.description = 'evidence.error.descriptionTooLong';
  return problems;
}

/** Error codes that are about the uploaded file itself, with the text shown when the server sends none. */
const FILE_ERRORS: Record<string, MessageKey> = {
  file_too_large: 'evidence.error.fileTooLarge',
  payload_too_large: 'evidence.error.fileTooLarge',
  file_type_not_allowed: 'evidence.error.fileType',
  unsupported_media_type: 'evidence.error.fileType',
  evidence_quota: 'evidence.error.quota',
};

/**
 * A failed request as messages per input id (the server's `fields`, mapped with `fieldIds`) plus a
 * general message when the fields do not say it all. A refused file (413, 415, 409 quota) is shown at
 * the file input (`fieldIds.file`) in the server's words (already in the user's language).
 */
export function evidenceErrors(
  t: Translate,
  error: unknown,
  fieldIds: Record<string, string>,
  language: Language,
): { fields: FieldErrors; general: string | null } {
  const own = (key: MessageKey) => t(key, { max: formatSize(MAX_FILE_BYTES, language) });
  const fields: FieldErrors = {};
  let unmatched = false;
  if (isApiError(error)) {
    for (const [name, message] of Object.entries(error.fields)) {
      const id = fieldIds[name];
      if (id) fields[id] = message;
      else unmatched = true;
    }
    const fileKey = FILE_ERRORS[error.code];
    const fileId = fieldIds.file;
    if (fileKey && fileId && !fields[fileId]) {
      fields[fileId] = error.message && error.message !== 'Payload Too Large' ? error.message : own(fileKey);
      return { fields, general: null };
    }
    if (fileKey && !fileId) return { fields, general: error.message || own(fileKey) };
  }
  const general =
    Object.keys(fields).length > 0 && !unmatched && isApiError(error, 'validation_failed') ? null : generalMessage(t, error);
  return { fields, general };
}

/** The share of the quota in use, 0…1 (1 when full or over). */
export function quotaShare(used: number, limit: number): number {
  if (!(limit > 0)) return 1;
  return Math.min(1, Math.max(0, used / limit));
}
