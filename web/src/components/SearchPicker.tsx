import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useI18n } from '../i18n';
import { formatCount } from './PagedTable';
import { SEARCH_DELAY_MS } from './usePagedList';

export interface PickerOption {
  value: string;
  /** What the option says, e.g. "Demotech NV (2 of 3 free)". */
  label: string;
  /** The plain name put in the box once chosen; `label` when absent. */
  name?: string;
}

/** One answer of the server to a search: the first matches and how many there are in all. */
export interface PickerAnswer {
  options: PickerOption[];
  total: number;
}

/**
 * Choosing one of many rows the server holds (1,000 companies, say) without loading them: a combobox
 * (WAI-ARIA 1.2, list autocomplete) that asks `search` with the text typed, a moment after the last key,
 * and shows the first matches as a listbox. Keyboard: ↓/↑ open the list and move through it, Enter
 * chooses, Escape closes (a second Escape clears), Tab leaves. How many matched is announced politely;
 * when more matched than shown, the list says to type more. `onChoose` gets the option, or null when the
 * text no longer names the chosen one.
 */
export function SearchPicker({
  id,
  label,
  hideLabel = false,
  search,
  chosen,
  onChoose,
  hint,
}: {
  id: string;
  label: string;
  hideLabel?: boolean;
  search: (q: string) => Promise<PickerAnswer>;
  chosen: PickerOption | null;
  onChoose: (option: PickerOption | null) => void;
  hint?: string;
}) {
  const { t, language } = useI18n();
  const [text, setText] = useState(chosen ? (chosen.name ?? chosen.label) : '');
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState<PickerAnswer | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(-1);
  const [asked, setAsked] = useState<string | null>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => () => clearTimeout(timer.current), []);

  const ask = (q: string) => {
    const ticket = ++latest.current;
    setAsked(q);
    search(q).then(
      (found) => {
        if (ticket !== latest.current) return;
        setAnswer(found);
        setFailed(false);
        setActive(-1);
      },
      () => ticket === latest.current && setFailed(true),
    );
  };
  const askSoon = (q: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => ask(q), SEARCH_DELAY_MS);
  };

  const openList = () => {
    setOpen(true);
    const q = chosen && text === (chosen.name ?? chosen.label) ? '' : text.trim();
    if (asked !== q) ask(q);
  };
  const choose = (option: PickerOption) => {
    setText(option.name ?? option.label);
    setOpen(false);
    setActive(-1);
    onChoose(option);
  };

  const options = answer?.options ?? [];
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        openList();
        return;
      }
      if (options.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i < 0 ? (step > 0 ? 0 : options.length - 1) : (i + step + options.length) % options.length));
    } else if (e.key === 'Enter') {
      if (open && active >= 0 && options[active]) {
        e.preventDefault();
        choose(options[active]);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text !== '') {
        e.preventDefault();
        setText('');
        onChoose(null);
      }
    }
  };

  let status = '';
  if (open && failed) status = t('picker.failed');
  else if (open && answer) {
    status =
      answer.total === 0
        ? t('picker.none')
        : answer.total > options.length
          ? t('picker.more', { shown: formatCount(language, options.length), total: formatCount(language, answer.total) })
          : t('picker.count', { count: answer.total });
  }

  return (
    <div className="picker">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={[hint ? `${id}-hint` : '', `${id}-status`].filter(Boolean).join(' ')}
        value={text}
        maxLength={200}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          if (chosen) onChoose(null);
          askSoon(e.target.value.trim());
        }}
        onKeyDown={onKeyDown}
        onClick={() => (open ? setOpen(false) : openList())}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={label} className="picker__list" hidden={!open || options.length === 0}>
        {options.map((o, i) => (
          <li
            key={o.value}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`picker__option${i === active ? ' picker__option--active' : ''}`}
            // Chosen before the input's blur closes the list.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            {o.label}
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className={open ? 'picker__status' : 'visually-hidden'} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
