// Our own typed nl/en dictionaries. `nl.json` is the reference: `MessageKey` is one of its keys, and
// `en.json` must have the same keys (a missing English key is a compile error below; i18n.test.ts
// also fails on a key that exists in one language only).
//
// The browser fetches only the active language, in two parts (made by the plugin in vite.config.ts):
// `core` at start-up (the frame and the log-in pages) and `rest` with the first other page (App.tsx's
// lazyPage). Switching language fetches the other language's parts before the page changes (the old
// language stays up meanwhile). Nothing renders before the core part is here.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type nl from './nl.json';
import type en from './en.json';
import { setRequestLanguage } from '../api/client';
import type { Language } from '../api/types';
import { Button } from '../components/Button';

export type Messages = typeof nl;
export type MessageKey = keyof Messages;
export type Params = Record<string, string | number>;

/**
 * A message that depends on a count: the dictionaries hold one form per plural category of
 * `Intl.PluralRules` (`key#one`, `key#other`; nl and en have no others), and `t(key, { count })`
 * picks the form. The base key itself is not in the dictionaries.
 */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}#other` ? Base : never }[MessageKey];
export type PluralParams = Params & { count: number };

// A key missing from en.json makes this line a type error.
const englishHasEveryKey: typeof en extends Messages ? true : never = true;
void englishHasEveryKey;

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const DEFAULT_LANGUAGE: Language = 'nl';
export const LANGUAGE_STORAGE_KEY = 'sk_language';

/** Shown while the first dictionary loads, before any translation exists. */
const LOADING_TEXT: Record<Language, string> = { nl: 'Bezig met laden…', en: 'Loading…' };
const LOAD_FAILED_TEXT: Record<Language, string> = {
  nl: 'De pagina kon niet geladen worden. Controleer je verbinding.',
  en: 'The page could not be loaded. Check your connection.',
};
const RETRY_TEXT: Record<Language, string> = { nl: 'Opnieuw proberen', en: 'Try again' };

/** `core`: the frame and the log-in, password and not-found pages; `rest`: every other page. */
export type DictionaryPart = 'core' | 'rest';

// One chunk per language and part (the split is made by the plugin in vite.config.ts).
const importers: Record<Language, Record<DictionaryPart, () => Promise<{ default: Record<string, string> }>>> = {
  nl: { core: () => import('virtual:sk-dictionary/nl-core'), rest: () => import('virtual:sk-dictionary/nl-rest') },
  en: { core: () => import('virtual:sk-dictionary/en-core'), rest: () => import('virtual:sk-dictionary/en-rest') },
};

const loaded: Record<Language, Partial<Messages>> = { nl: {}, en: {} };
const parts: Record<Language, Set<DictionaryPart>> = { nl: new Set(), en: new Set() };
const loading = new Map<string, Promise<void>>();

/** Fetches one part of one language's dictionary (once; a failed fetch may be retried). */
export function loadDictionary(language: Language, part: DictionaryPart = 'core'): Promise<void> {
  if (parts[language].has(part)) return Promise.resolve();
  const id = `${language}/${part}`;
  let pending = loading.get(id);
  if (!pending) {
    pending = importers[language][part]().then(
      (module) => {
        Object.assign(loaded[language], module.default);
        parts[language].add(part);
        loading.delete(id);
      },
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** Makes a whole dictionary available without fetching it (the unit tests import both JSON files). */
export function provideDictionary(language: Language, messages: Messages): void {
  Object.assign(loaded[language], messages);
  parts[language].add('core').add('rest');
}

/** Makes one part of a language's words available without fetching it (a page bundled them). */
export function provideDictionaryPart(language: Language, part: DictionaryPart, messages: Record<string, string>): void {
  Object.assign(loaded[language], messages);
  parts[language].add(part);
}

export function hasDictionary(language: Language, part: DictionaryPart = 'core'): boolean {
  return parts[language].has(part);
}

// The language on screen, for the page loader outside React (App.tsx's lazyPage).
let activeLanguage: Language = DEFAULT_LANGUAGE;

/** Fetches the rest of the active language's words: a page other than the core ones waits for it. */
export function loadPageDictionary(): Promise<void> {
  return loadDictionary(activeLanguage, 'rest');
}

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const pluralRules: Partial<Record<Language, Intl.PluralRules>> = {};
const numberFormats: Partial<Record<Language, Intl.NumberFormat>> = {};

/** The dictionary key of `key`'s form for `count` (`key#one`, `key#other`). */
export function pluralForm(language: Language, key: string, count: number): string {
  const rules = (pluralRules[language] ??= new Intl.PluralRules(language));
  return `${key}#${rules.select(count)}`;
}

/**
 * Needs the key's part of the dictionary loaded (see I18nProvider); without it, an empty string. A
 * plural key takes the form for `params.count`, written with the language's digit grouping (10.000).
 */
export function translate(language: Language, key: MessageKey | PluralKey, params?: Params): string {
  const messages = loaded[language] as Record<string, string | undefined>;
  const count = params?.count;
  if (typeof count !== 'number' || messages[key] !== undefined) {
    const message = messages[key];
    return message === undefined ? '' : format(message, params);
  }
  const message = messages[pluralForm(language, key, count)] ?? messages[`${key}#other`];
  if (message === undefined) return '';
  const grouping = (numberFormats[language] ??= new Intl.NumberFormat(language === 'nl' ? 'nl-BE' : 'en-GB'));
  return format(message, { ...params, count: grouping.format(count) });
}

/** `t` for one language outside React (unit tests, texts built before rendering). */
export function translator(language: Language): Translate {
  return ((key: MessageKey | PluralKey, params?: Params) => translate(language, key, params)) as Translate;
}

/** The language the user chose explicitly on this device, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}

export interface Translate {
  (key: PluralKey, params: PluralParams): string;
  (key: MessageKey, params?: Params): string;
}

interface I18nValue {
  language: Language;
  t: Translate;
  /** True when the user picked a language on this device (it then wins over the account's). */
  explicit: boolean;
  /** The user picks a language: it is remembered in localStorage. */
  chooseLanguage: (language: Language) => void;
  /** The signed-in account's language, used when no explicit choice was made on this device. */
  adoptAccountLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [explicit, setExplicit] = useState(() => storedLanguage() !== null);
  // The language on screen: only ever one whose words have loaded (or, at start-up, are loading).
  const [language, setLanguage] = useState<Language>(() => storedLanguage() ?? DEFAULT_LANGUAGE);
  const [ready, setReady] = useState(() => hasDictionary(language));
  const [failed, setFailed] = useState(false);
  // Bumped when more words arrive, so the pages that asked for them render again.
  const [words, setWords] = useState(0);
  // The latest language asked for: a slower earlier fetch must not win over it.
  const wanted = useRef(language);

  // Keep the API's Accept-Language and the page loader in step before any child effect runs.
  setRequestLanguage(language);
  activeLanguage = language;

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const show = useCallback((next: Language) => {
    wanted.current = next;
    // The new language needs the parts the current one has (the rest once a page other than log-in
    // has been shown), so the page does not switch half-translated.
    const needed: DictionaryPart[] = hasDictionary(activeLanguage, 'rest') ? ['core', 'rest'] : ['core'];
    const done = () => {
      setLanguage(next);
      setReady(true);
      setFailed(false);
    };
    if (needed.every((part) => hasDictionary(next, part))) {
      // Already here (a language shown before, or the unit tests'): switch in this render pass.
      done();
      return;
    }
    Promise.all(needed.map((part) => loadDictionary(next, part))).then(
      () => {
        if (wanted.current === next) done();
      },
      () => {
        if (wanted.current === next) setFailed(true);
      },
    );
  }, []);

  useEffect(() => {
    if (!ready && !failed) show(wanted.current);
  }, [ready, failed, show]);

  const chooseLanguage = useCallback(
    (next: Language) => {
      rememberLanguage(next);
      setExplicit(true);
      show(next);
    },
    [show],
  );

  const adoptAccountLanguage = useCallback(
    (next: Language) => {
      if (storedLanguage() === null && isLanguage(next)) show(next);
    },
    [show],
  );

  const value = useMemo<I18nValue>(
    () => ({
      language,
      explicit,
      t: ((key: MessageKey | PluralKey, params?: Params) => {
        if (!hasDictionary(language, 'rest') && !(key in loaded[language]) && !(`${key}#other` in loaded[language])) {
          // A core page used a word outside the core (vite.config.ts): fetch the rest, then render again.
          loadDictionary(language, 'rest').then(
            () => setWords((n) => n + 1),
            () => undefined,
          );
        }
        return translate(language, key, params);
      }) as Translate,
      chooseLanguage,
      adoptAccountLanguage,
    }),
    // `words`: a new value when more words arrived, so the components using `t` render again.
    [language, explicit, chooseLanguage, adoptAccountLanguage, words],
  );

  if (!ready) {
    // No dictionary yet: the few words needed here are written out in both languages.
    if (failed) {
      return (
        <div className="app-start" role="alert">
          <p>{LOAD_FAILED_TEXT[language]}</p>
          <Button onClick={() => setFailed(false)}>{RETRY_TEXT[language]}</Button>
        </div>
      );
    }
    return (
      <p className="app-start loading" role="status">
        {LOADING_TEXT[language]}
      </p>
    );
  }
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
