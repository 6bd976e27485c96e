import { useI18n } from '../i18n';
import { SelectField } from './fields';
import { formatCount } from './PagedTable';

/**
 * One filter of a paged list (usePagedList) as a select whose options say how many rows each would give,
 * from the answer's `counts` of that filter: "All (120)", "Submitted (40)", … (docs/api.md, "Paging,
 * sorting and search"). `options` are the filter's values with their texts; "all" is the empty value.
 */
export function CountedFilter({
  id,
  label,
  value,
  onChange,
  counts,
  options,
  total,
  allLabel,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  counts: Record<string, number>;
  options: { value: string; label: string }[];
  /** The rows of "all"; by default the sum of `counts` (give it when an option overlaps others). */
  total?: number;
  /** The text of "all" without a count, where the filter's values overlap (a school in several states). */
  allLabel?: string;
  hint?: string;
}) {
  const { t, language } = useI18n();
  const withCount = (text: string, n: number) => t('paging.optionCount', { option: text, count: formatCount(language, n) });
  const all = total ?? Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <SelectField
      id={id}
      inline
      label={label}
      hint={hint}
      value={value}
      onChange={onChange}
      options={[
        { value: '', label: allLabel ?? withCount(t('paging.all'), all) },
        ...options.map((o) => ({ value: o.value, label: withCount(o.label, counts[o.value] ?? 0) })),
      ]}
    />
  );
}
