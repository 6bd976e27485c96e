import { describe, expect, it } from 'vitest';
import nl from './nl.json';
import en from './en.json';
import { format, translate } from './index';

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
    expect(Object.keys(nl).filter((key) => !source.includes(`'${key}'`)), 'unused keys').toEqual([]);
  });
});
