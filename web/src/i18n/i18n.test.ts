import { describe, expect, it } from 'vitest';
import nl from './nl.json';
import en from './en.json';
import { format, translate, translator } from './index';

const dictionaries: Record<string, Record<string, string>> = { nl, en };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys in nl and en', () => {
    const nlKeys = Object.keys(nl).sort();
    const enKeys = Object.keys(en).sort();
    expect(nlKeys.filter((k) => !enKeys.includes(k)), 'keys only in nl.json').toEqual([]);
    expect(enKeys.filter((k) => !nlKeys.includes(k)), 'keys only in en.json').toEqual([]);
  });

  it('have no empty strings', () => {
    for (const [language, dictionary] of Object.entries(dictionaries)) {
      for (const [key, value] of Object.entries(dictionary)) {
        expect(typeof value === 'string' && value.trim() !== '', `${language}: ${key}`).toBe(true);
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('Welkom, {name}', { name: 'An' })).toBe('Welkom, An');
    expect(format('{a} en {b}', { a: 1 })).toBe('1 en {b}');
    expect(translate('en', 'home.welcome', { name: 'An' })).toBe('Welcome, An');
  });
});

describe('every key', () => {
  it('is used in the code (as a quoted literal)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const root = fileURLToPath(new URL('..', import.meta.url));
    let source = '';
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) source += readFileSync(path, 'utf8');
      }
    };
    walk(root);
    // A plural form (`key#one`) is used through its base key.
    const used = (key: string) => source.includes(`'${key.split('#')[0]}'`);
    expect(Object.keys(nl).filter((key) => !used(key)), 'unused keys').toEqual([]);
  });
});

describe('plurals', () => {
  const categories = (language: string) => new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('give every plural key a form for each category of both languages, and a {count}', () => {
    const bases = new Set(Object.keys(nl).filter((k) => k.includes('#')).map((k) => k.split('#')[0]));
    expect(bases.size).toBeGreaterThan(20);
    for (const base of bases) {
      expect(Object.keys(nl), `${base} is also a plain key`).not.toContain(base);
      for (const [language, dictionary] of Object.entries(dictionaries)) {
        for (const category of categories(language)) {
          expect(dictionary[`${base}#${category}`], `${language}: ${base}#${category}`).toBeDefined();
        }
        expect(dictionary[`${base}#other`], `${language}: ${base}#other`).toContain('{count}');
      }
    }
  });

  it('are used for every count next to a word that changes with it', () => {
    // "{count}" outside a plural form only where no word depends on it: "Uitnodigingen ({count})",
    // "Aantal gebeurtenissen: {count}", "nu {count}" (characters typed).
    const neutral = /\(\+?\{count\}[^)]*\)|: \{count\}|nu \{count\}|now \{count\}/;
    for (const [language, dictionary] of Object.entries(dictionaries)) {
      const offenders = Object.entries(dictionary)
        .filter(([key, text]) => !key.includes('#') && text.includes('{count}') && !neutral.test(text))
        .map(([key, text]) => `${language}: ${key} = ${text}`);
      expect(offenders).toEqual([]);
    }
  });

  it('pick the form by the count and group its digits', () => {
    const nlT = translator('nl');
    const enT = translator('en');
    expect(nlT('showcase.count', { count: 1 })).toBe('1 school gevonden.');
    expect(nlT('showcase.count', { count: 0 })).toBe('0 scholen gevonden.');
    expect(nlT('showcase.count', { count: 10000 })).toBe('10.000 scholen gevonden.');
    expect(enT('showcase.count', { count: 1 })).toBe('1 school found.');
    expect(enT('showcase.count', { count: 2500 })).toBe('2,500 schools found.');
    expect(nlT('matching.summary.unmatched', { count: 1 })).toBe('1 school zonder mentor');
  });
});
