import type { ChangeEvent } from 'react';
import { useI18n } from '../../i18n';
import type { Framework } from '../framework/normalise';
import { pick } from '../framework/normalise';

/** A criterion's label: its id (C01) and its name in the UI language. */
export function criterionLabel(framework: Framework | null, criterionId: string, language: 'nl' | 'en'): string {
  for (const element of framework?.elements ?? []) {
    const found = element.criteria.find((c) => c.id === criterionId);
    if (found) return `${found.id} ${pick(found.name, language)}`;
  }
  return criterionId;
}

/**
 * The framework's criteria as checkboxes, one group per key element. The error summary links to `id`,
 * the first checkbox, so following it puts the focus in the list.
 */
export function CriteriaPicker({
  id,
  legend,
  framework,
  values,
  onChange,
  error,
  hint,
}: {
  id: string;
  legend: string;
  framework: Framework;
  values: string[];
  onChange: (values: string[]) => void;
  error?: string;
  hint?: string;
}) {
  const { language } = useI18n();
  const order = framework.elements.flatMap((e) => e.criteria.map((c) => c.id));
  const toggle = (criterionId: string, on: boolean) => {
    const next = on ? [...values, criterionId] : values.filter((v) => v !== criterionId);
    onChange(order.filter((c) => next.includes(c)));
  };
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  let first = true;
  return (
    <fieldset className={error ? 'field fieldset criteria-picker field--error' : 'field fieldset criteria-picker'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <div className="criteria-picker__groups">
        {framework.elements.map((element) => (
          <fieldset key={element.id} className="criteria-picker__element">
            <legend>
              {element.code}. {pick(element.name, language)}
            </legend>
            {element.criteria.map((criterion) => {
              const inputId = first ? id : `${id}-${criterion.id}`;
              first = false;
              return (
                <div className="check" key={criterion.id}>
                  <input
                    id={inputId}
                    type="checkbox"
                    name={id}
                    value={criterion.id}
                    checked={values.includes(criterion.id)}
                    aria-invalid={error ? true : undefined}
                    onChange={(e: ChangeEvent<HTMLInputElement>) => toggle(criterion.id, e.target.checked)}
                  />
                  <label htmlFor={inputId}>
                    {criterion.id} {pick(criterion.name, language)}
                  </label>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
