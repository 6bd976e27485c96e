// Labelled form controls beside FormField: select, text area, checkbox, a group of checkboxes and the
// honeypot. Hints and errors are linked with `aria-describedby`, like in FormField.

import type { ChangeEvent, ReactNode } from 'react';

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
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
    </>
  );
}

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  /** The text of the empty first option; without it there is none. */
  placeholder?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  inline?: boolean;
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  placeholder,
  hint,
  error,
  required = false,
  inline = false,
}: SelectFieldProps) {
  const classes = ['field', inline ? 'field--inline' : '', error ? 'field--error' : ''].filter(Boolean);
  return (
    <div className={classes.join(' ')}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={id}
        value={value}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  lang?: string;
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  required = false,
  rows = 4,
  maxLength,
  lang,
}: TextAreaFieldProps) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={id}
        value={value}
        rows={rows}
        maxLength={maxLength}
        lang={lang}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
      />
    </div>
  );
}

export interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
  required?: boolean;
}

export function CheckboxField({ id, label, checked, onChange, hint, error, required = false }: CheckboxFieldProps) {
  return (
    <div className={error ? 'field field--check field--error' : 'field field--check'}>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="check">
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          required={required}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

export interface CheckboxGroupProps {
  /** The id of the fieldset; the first checkbox gets `${id}-${first value}`. */
  id: string;
  legend: string;
  values: string[];
  onChange: (values: string[]) => void;
  options: { value: string; label: string }[];
  hint?: string;
  error?: string;
}

/**
 * A fieldset of checkboxes. The error summary links to `id`, which is the first checkbox's id so the
 * link moves the focus into the group.
 */
export function CheckboxGroup({ id, legend, values, onChange, options, hint, error }: CheckboxGroupProps) {
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...values, value] : values.filter((v) => v !== value);
    // Keep the order of the options.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset
      className={error ? 'field fieldset field--error' : 'field fieldset'}
      aria-describedby={describedBy(`${id}-group`, hint, error)}
    >
      <legend>{legend}</legend>
      <HintAndError id={`${id}-group`} hint={hint} error={error} />
      {options.map((o, i) => {
        const inputId = i === 0 ? id : `${id}-${o.value}`;
        return (
          <div className="check" key={o.value}>
            <input
              id={inputId}
              name={id}
              type="checkbox"
              value={o.value}
              checked={values.includes(o.value)}
              aria-invalid={error ? true : undefined}
              onChange={(e: ChangeEvent<HTMLInputElement>) => toggle(o.value, e.target.checked)}
            />
            <label htmlFor={inputId}>{o.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * A field only robots fill in. It is off-screen, hidden from assistive technology (`aria-hidden` on
 * its container) and cannot be reached with the keyboard (`tabIndex=-1`), so no person fills it.
 */
export function Honeypot({ value, onChange, label }: { value: string; onChange: (v: string) => void; label: string }) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="website">{label}</label>
      <input
        id="website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      />
    </div>
  );
}
