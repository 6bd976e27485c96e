// How the review queue shows the submitted data of a registration: known fields with their label and
// enumeration values translated, in form order; unknown fields as they come.

import type { MessageKey, Translate } from '../../i18n';
import {
  COMPANY_SIZE_TEXT,
  HEARD_FROM_TEXT,
  label,
  LEVEL_TEXT,
  NETWORK_TEXT,
  PROVINCE_TEXT,
} from '../../components/enumLabels';

const FIELDS: [string, MessageKey][] = [
  ['schoolName', 'register.schoolName'],
  ['institutionNumber', 'register.institutionNumber'],
  ['companyName', 'register.companyName'],
  ['enterpriseNumber', 'register.enterpriseNumber'],
  ['sector', 'register.sector'],
  ['companySize', 'register.companySize'],
  ['street', 'register.street'],
  ['postcode', 'register.postcode'],
  ['municipality', 'register.municipality'],
  ['province', 'register.province'],
  ['network', 'register.network'],
  ['level', 'register.level'],
  ['pupils', 'register.pupils'],
  ['contactName', 'register.contactName'],
  ['contactFunction', 'register.contactFunction'],
  ['contactEmail', 'register.contactEmail'],
  ['contactPhone', 'register.contactPhone'],
  ['expertise', 'register.expertise'],
  ['capacity', 'register.capacity'],
  ['heardFrom', 'register.heardFrom'],
  ['heardFromOther', 'register.heardFromOther'],
  ['language', 'review.language'],
];

/** Fields not worth showing: the consent is always true, the honeypot always empty. */
const HIDDEN = new Set(['consent', 'website']);

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function describeData(t: Translate, data: Record<string, unknown>): { key: string; label: string; value: string }[] {
  const rows: { key: string; label: string; value: string }[] = [];
  const value = (key: string, raw: unknown): string => {
    const v = text(raw);
    switch (key) {
      case 'province':
        return label(t, PROVINCE_TEXT, v);
      case 'network':
        return label(t, NETWORK_TEXT, v);
      case 'level':
        return label(t, LEVEL_TEXT, v);
      case 'heardFrom':
        return label(t, HEARD_FROM_TEXT, v);
      case 'companySize':
        return label(t, COMPANY_SIZE_TEXT, v);
      case 'language':
        return v === 'nl' ? 'Nederlands' : v === 'en' ? 'English' : v;
      default:
        return v;
    }
  };
  for (const [key, text] of FIELDS) {
    if (key in data && data[key] !== '' && data[key] !== null) rows.push({ key, label: t(text), value: value(key, data[key]) });
  }
  const known = new Set(FIELDS.map(([k]) => k));
  for (const [key, raw] of Object.entries(data)) {
    if (known.has(key) || HIDDEN.has(key) || raw === '' || raw === null) continue;
    rows.push({ key, label: key, value: value(key, raw) });
  }
  return rows;
}

/** Pending registrations first; within a status the server's order (oldest first) is kept. */
export function pendingFirst<T extends { status: string }>(list: T[]): T[] {
  return [...list.filter((r) => r.status === 'pending'), ...list.filter((r) => r.status !== 'pending')];
}
