// The matching page's rules that need no rendering: the "why" of a pair in words and the companies to
// choose from with their free places. Pure, table-tested.

import type { MatchingCompany, Pair } from '../../api/mentoring';
import type { Id } from '../../api/plan';
import type { MessageKey, Translate } from '../../i18n';

export const PROVINCE_MATCH_TEXT: Record<Pair['explanation']['province'], MessageKey> = {
  same: 'matching.province.same',
  neighbouring: 'matching.province.neighbouring',
  other: 'matching.province.other',
};

/** Free places of a company (never below zero). */
export function freePlaces(company: MatchingCompany): number {
  return Math.max(0, company.capacity - company.used);
}

/** "Same province (+40); covers 2 of 3 focus criteria: C01, C02 (+40)". */
export function explain(t: Translate, pair: Pair, name: (criterionId: string) => string = (id) => id): string {
  const e = pair.explanation;
  const province = t('matching.why.province', { province: t(PROVINCE_MATCH_TEXT[e.province]), points: e.provincePoints });
  const expertise =
    e.focusCriteria.length === 0
      ? t('matching.why.noFocus')
      : t('matching.why.expertise', {
          covered: e.coveredCriteria.length,
          focus: e.focusCriteria.length,
          points: e.expertisePoints,
          criteria: e.coveredCriteria.length > 0 ? e.coveredCriteria.map(name).join(', ') : '–',
        });
  return `${province}; ${expertise}`;
}

/**
 * The companies a school can be given, by name: "Demotech NV (2 of 3 free)". The current company is
 * always there; a full company is marked full (the server refuses it with capacity_full).
 */
export function companyOptions(t: Translate, companies: MatchingCompany[], current: Id | null): { value: string; label: string }[] {
  return [...companies]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => {
      const free = freePlaces(c);
      const isCurrent = current !== null && String(c.organisationId) === String(current);
      const label = isCurrent
        ? t('matching.option.current', { name: c.name })
        : free === 0
          ? t('matching.option.full', { name: c.name })
          : t('matching.option.free', { name: c.name, free, capacity: c.capacity });
      return { value: String(c.organisationId), label };
    });
}
