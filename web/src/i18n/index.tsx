// Our own typed nl/en dictionaries. `nl.json` is the reference: `MessageKey` is one of its keys, and
// `en.json` must have the same keys (a missing English key is a compile error below; i18n.test.ts
// also fails on a key that exists in one language only).

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import nl from './nl.json';
import en from './en.json';
import { setRequestLanguage } from '../api/client';
import type { Language } from '../api/types';

export type Messages = typeof nl;
export type MessageKey = keyof Messages;
export type Params = Record<string, string | number>;

const english: Messages = en;

export const dictionaries: Record<Language, Messages> = { nl, en: english };
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const DEFAULT_LANGUAGE: Language = 'nl';
export const LANGUAGE_STORAGE_KEY = 'sk_language';

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

export function translate(language: Language, key: MessageKey, params?: Params): string {
  return format(dictionaries[language][key], params);
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

export type Translate = (key: MessageKey, params?: Params) => string;

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
  const [language, setLanguage] = useState<Language>(() => storedLanguage() ?? DEFAULT_LANGUAGE);

  // Keep the API's Accept-Language in step before any child effect fires a request.
  setRequestLanguage(language);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const chooseLanguage = useCallback((next: Language) => {
    rememberLanguage(next);
    setExplicit(true);
    setLanguage(next);
  }, []);

  const adoptAccountLanguage = useCallback((next: Language) => {
    if (storedLanguage() === null && isLanguage(next)) setLanguage(next);
  }, []);

  const value = useMemo<I18nValue>(
    () => ({
      language,
      explicit,
      t: (key, params) => translate(language, key, params),
      chooseLanguage,
      adoptAccountLanguage,
    }),
    [language, explicit, chooseLanguage, adoptAccountLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
