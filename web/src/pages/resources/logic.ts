// The resource filters live in the URL query (?q=&element=&criterion=&kind=) so a filtered list can be shared.
import type { ResourceFilter } from '../../api/network';

const KEYS = ['q', 'element', 'criterion', 'kind'] as const;

export function filterFromSearch(search: URLSearchParams): ResourceFilter {
  const filter: ResourceFilter = {};
  for (const key of KEYS) {
    const value = search.get(key)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

/** The query of a filter, leaving out empty values (stable key order). */
export function searchFromFilter(filter: ResourceFilter): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key]?.trim();
    if (value) search.set(key, value);
  }
  return search;
}

/** A changed filter: picking an element clears a criterion of another element. */
export function withFilter(
  filter: ResourceFilter,
  key: keyof ResourceFilter,
  value: string,
  elementOf: (criterionId: string) => string | null,
): ResourceFilter {
  const next: ResourceFilter = { ...filter, [key]: value };
  if (key === 'element' && value && next.criterion && elementOf(next.criterion) !== value) delete next.criterion;
  if (!value) delete next[key];
  return next;
}

/** A URL the resource form accepts: http(s) only. */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\/\S+\.\S+/i.test(value.trim());
}
