// The answer options of a statement. The server sends the scale in the respondent's language; its
// exact form is read leniently (strings in order 1..5 then "don't know", or `{value,label}` objects),
// and any option it does not word gets our own text.

export type OptionValue = '1' | '2' | '3' | '4' | '5' | 'dontknow';
export const OPTION_VALUES: readonly OptionValue[] = ['1', '2', '3', '4', '5', 'dontknow'];

export interface ScaleOption {
  value: OptionValue;
  label: string;
}

function textOf(item: Record<string, unknown>): string | null {
  for (const key of ['label', 'text', 'name']) {
    const value = item[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

function valueOf(item: Record<string, unknown>, index: number): OptionValue | null {
  const raw = 'value' in item ? item.value : 'score' in item ? item.score : undefined;
  if (raw === null) return 'dontknow';
  if (raw === undefined) return index < 5 ? (String(index + 1) as OptionValue) : 'dontknow';
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? (String(n) as OptionValue) : null;
}

/** The six options in order 1..5, "don't know"; `fallback` gives the text for a value the server left out. */
export function scaleOptions(scale: unknown, fallback: (value: OptionValue) => string): ScaleOption[] {
  const found = new Map<OptionValue, string>();
  if (Array.isArray(scale)) {
    scale.forEach((item, index) => {
      if (typeof item === 'string') {
        if (item.trim() === '') return;
        const value: OptionValue = index < 5 ? (String(index + 1) as OptionValue) : 'dontknow';
        if (!found.has(value)) found.set(value, item);
      } else if (item && typeof item === 'object') {
        const value = valueOf(item as Record<string, unknown>, index);
        const text = textOf(item as Record<string, unknown>);
        if (value && text && !found.has(value)) found.set(value, text);
      }
    });
  }
  return OPTION_VALUES.map((value) => ({ value, label: found.get(value) ?? fallback(value) }));
}
