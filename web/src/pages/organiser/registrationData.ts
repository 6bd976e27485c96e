// How the review queue shows the submitted data of a registration: known fields with their label and
// enumeration values translated, in form order; unknown fields as they come.

import type { Registration, RegistrationList } from '../../api';
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

/**
 * The loaded page after a decision on one of its rows, without asking the server again: the row is replaced
 * by the decision's answer, and the counts move as the server would count them now. Per status, the row
 * leaves its old status for the new one; per kind (counted with the status filter applied), it leaves its
 * kind when it no longer matches that filter. The row stays on the page (and in `total`) until the next fetch,
 * so a decided row does not vanish under the pointer.
 */
export function afterDecision(list: RegistrationList, statusFilter: string, decided: Registration): RegistrationList {
  const before = list.registrations.find((r) => r.id === decided.id);
  if (!before) return list;
  const status = { ...list.counts.status };
  const kind = { ...list.counts.kind };
  if (before.status !== decided.status) {
    status[before.status] = Math.max(0, (status[before.status] ?? 0) - 1);
    status[decided.status] = (status[decided.status] ?? 0) + 1;
    if (statusFilter === before.status) kind[before.kind] = Math.max(0, (kind[before.kind] ?? 0) - 1);
    if (statusFilter === decided.status) kind[decided.kind] = (kind[decided.kind] ?? 0) + 1;
  }
  return {
    ...list,
    registrations: list.registrations.map((r) => (r.id === decided.id ? decided : r)),
    counts: { status, kind },
  };
}
