import { describe, expect, it } from 'vitest';
import nl from './nl.json';
import en from './en.json';
import nlCore from 'virtual:sk-dictionary/nl-core';
import nlRest from 'virtual:sk-dictionary/nl-rest';
import enCore from 'virtual:sk-dictionary/en-core';
import enRest from 'virtual:sk-dictionary/en-rest';

// The files whose words must be in the core part: the frame and the pages App.tsx loads with
// `'core'` words only (log-in, forgot and set password, not found), with the components they use.
const CORE_FILES = [
  'App.tsx',
  'components/Layout.tsx',
  'components/LanguageSwitch.tsx',
  'components/Loading.tsx',
  'components/PageLoading.tsx',
  'components/RequireAuth.tsx',
  'components/ErrorSummary.tsx',
  'components/FormField.tsx',
  'components/PageHeading.tsx',
  'components/formErrors.ts',
  'session/index.tsx',
  'pages/login/LoginPage.tsx',
  'pages/forgot-password/ForgotPasswordPage.tsx',
  'pages/set-password/SetPasswordPage.tsx',
  'pages/not-found/NotFoundPage.tsx',
];

describe('the dictionary parts (vite.config.ts)', () => {
  it('split each language into two parts that together are the whole file', () => {
    for (const [whole, core, rest] of [
      [nl, nlCore, nlRest],
      [en, enCore, enRest],
    ] as const) {
      expect(Object.keys(core).filter((key) => key in rest)).toEqual([]);
      expect({ ...core, ...rest }).toEqual(whole);
    }
    expect(Object.keys(enCore).sort()).toEqual(Object.keys(nlCore).sort());
  });

  it('have in the core every word of the frame and the log-in pages', async () => {
    const { readFileSync } = await import('node:fs');
    const root = new URL('../', import.meta.url);
    const missing: string[] = [];
    for (const file of CORE_FILES) {
      const source = readFileSync(new URL(file, root), 'utf8');
      for (const key of Object.keys(nl)) if (source.includes(`'${key}'`) && !(key in nlCore)) missing.push(`${file}: ${key}`);
    }
    expect(missing, 'add their prefix to CORE_PREFIXES in vite.config.ts').toEqual([]);
  });
});
