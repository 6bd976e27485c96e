import type { ChangeEvent } from 'react';
import type { SurveyScore } from '../../api/surveys';
import type { ScaleOption } from './scale';

/**
 * One statement as a radio group: the fieldset's legend is the statement, the options are the
 * agreement scale and "don't know". The first radio carries `id`, so the error summary's link moves
 * the focus into the group. Each option is a whole-row touch target of at least 44px.
 */
export function StatementField({
  id,
  statement,
  options,
  value,
  error,
  onChange,
  focusable = false,
}: {
  id: string;
  statement: string;
  options: ScaleOption[];
  value: SurveyScore | undefined;
  error?: string;
  onChange: (value: string) => void;
  /** The group itself can take the focus (one statement per screen: each step focuses its statement). */
  focusable?: boolean;
}) {
  const current = value === undefined ? '' : value === null ? 'dontknow' : String(value);
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={error ? 'statement statement--error' : 'statement'}
      aria-describedby={error ? errorId : undefined}
      data-statement={id}
      tabIndex={focusable ? -1 : undefined}
      data-step-focus={focusable || undefined}
    >
      <legend className="statement__text">{statement}</legend>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <div className="statement__options">
        {options.map((option, i) => {
          const inputId = i === 0 ? id : `${id}-${option.value}`;
          return (
            <div
              key={option.value}
              className={option.value === 'dontknow' ? 'statement__option statement__option--dontknow' : 'statement__option'}
            >
              <input
                id={inputId}
                type="radio"
                name={id}
                value={option.value}
                checked={current === option.value}
                aria-invalid={error ? true : undefined}
                onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
              />
              <label htmlFor={inputId}>
                {option.value !== 'dontknow' && (
                  <span className="statement__number" aria-hidden="true">
                    {option.value}
                  </span>
                )}
                <span>{option.label}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
