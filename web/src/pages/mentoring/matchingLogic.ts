// The matching page's rules that need no rendering: the "why" of a pair in words, the companies to
// choose from with their free places, and what a confirmation would do. Pure, table-tested.

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

/** Every company of the programme, for the company choice of a row: the paged list read page by page. */
export async function allCompanies(
  fetchPage: (params: Record<string, string | number>) => Promise<{ companies: MatchingCompany[]; pages: number }>,
): Promise<MatchingCompany[]> {
  const out: MatchingCompany[] = [];
  for (let page = 1; ; page++) {
    const answer = await fetchPage({ page, size: 200, sort: 'name' });
    out.push(...answer.companies);
    if (page >= answer.pages) return out;
  }
}

/** The companies after `pair` replaced the school's pair with `before` (or none): one place moves. */
export function movePlace(companies: MatchingCompany[], before: Id | null, after: Id | null): MatchingCompany[] {
  return companies.map((c) => {
    const id = String(c.organisationId);
    const used = c.used + (after !== null && id === String(after) ? 1 : 0) - (before !== null && id === String(before) ? 1 : 0);
    return used === c.used ? c : { ...c, used };
  });
}
