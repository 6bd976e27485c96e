// The checks the forms make before sending: required fields only. Formats (instellingsnummer,
// postcode, numbers in range) are checked by the server, which answers with a message per field.

import type { FieldErrors } from '../../components/formErrors';
import type { MessageKey, Translate } from '../../i18n';
import type { MentorRegistration, SchoolRegistration } from '../../api';

const blank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

type Check<T> = [keyof T & string, MessageKey];

const SCHOOL_REQUIRED: Check<SchoolRegistration>[] = [
  ['schoolName', 'register.required.schoolName'],
  ['institutionNumber', 'register.required.institutionNumber'],
  ['street', 'register.required.street'],
  ['postcode', 'register.required.postcode'],
  ['municipality', 'register.required.municipality'],
  ['province', 'register.required.province'],
  ['network', 'register.required.network'],
  ['level', 'register.required.level'],
  ['pupils', 'register.required.pupils'],
  ['contactName', 'register.required.contactName'],
  ['contactFunction', 'register.required.contactFunction'],
  ['contactEmail', 'register.required.contactEmail'],
  ['contactPhone', 'register.required.contactPhone'],
  ['heardFrom', 'register.required.heardFrom'],
];

const MENTOR_REQUIRED: Check<MentorRegistration>[] = [
  ['companyName', 'register.required.companyName'],
  ['enterpriseNumber', 'register.required.enterpriseNumber'],
  ['sector', 'register.required.sector'],
  ['province', 'register.required.province'],
  ['companySize', 'register.required.companySize'],
  ['contactName', 'register.required.contactName'],
  ['contactFunction', 'register.required.contactFunction'],
  ['contactEmail', 'register.required.contactEmail'],
  ['contactPhone', 'register.required.contactPhone'],
  ['capacity', 'register.required.capacity'],
];

export function checkSchool(t: Translate, r: SchoolRegistration): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, key] of SCHOOL_REQUIRED) if (blank(r[field])) errors[field] = t(key);
  if (r.heardFrom === 'other' && blank(r.heardFromOther))
    errors.heardFromOther = t('register.required.heardFromOther');
  if (!r.consent) errors.consent = t('register.required.consent');
  return errors;
}

export function checkMentor(t: Translate, r: MentorRegistration): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, key] of MENTOR_REQUIRED) if (blank(r[field])) errors[field] = t(key);
  if (r.expertise.length === 0) errors.expertise = t('register.required.expertise');
  if (!r.consent) errors.consent = t('register.required.consent');
  return errors;
}

/** A whole number from a number field; null when empty (the server then says what is wrong). */
export function whole(value: string): number | null {
  const text = value.trim();
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
