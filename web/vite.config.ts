import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The C++ server serves dist/ itself; in development the Vite server proxies the API to it.
const backend = process.env.SK_BACKEND ?? 'http://127.0.0.1:8080';

// The one setting of every test time limit, read as e2e/timeouts.ts reads it (Vite's config loader is to
// stop accepting imports without a file extension, so the config does not import that file).
const TEST_TIMEOUT = Number(process.env.SK_TEST_TIMEOUT ?? 30_000);

// Each dictionary (src/i18n/{nl,en}.json, one file per language as the tests and translators see it)
// is served in two parts: `core`, what the frame and the log-in, password and not-found pages say, and
// `rest`, the other pages' words. The app imports `virtual:sk-dictionary/{nl,en}-{core,rest}`; the
// log-in page then fetches a few kilobytes of words instead of 30 KB (gzip). The prefixes below are
// the core (a key used by a core page but missing here still works: the rest is then fetched).
const CORE_PREFIXES = [
  'app', 'common', 'errors', 'field', 'footer', 'forgot', 'header', 'login', 'nav', 'notFound',
  'setPassword', 'validation',
];
const CORE_KEYS = ['playbook.nav', 'resources.link'];
const isCoreKey = (key: string) => CORE_KEYS.includes(key) || CORE_PREFIXES.includes(key.split('.')[0]!);

function dictionaryParts(): Plugin {
  const pattern = /^\0?virtual:sk-dictionary\/(nl|en)-(core|rest)$/;
  return {
    name: 'sk-dictionary-parts',
    resolveId: (id) => (pattern.test(id) ? `\0${id}` : undefined),
    load(id) {
      const match = pattern.exec(id);
      if (!match) return undefined;
      const file = new URL(`./src/i18n/${match[1]}.json`, import.meta.url);
      this.addWatchFile(file.pathname);
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      const core = match[2] === 'core';
      const part = Object.fromEntries(Object.entries(all).filter(([key]) => isCoreKey(key) === core));
      // JSON.parse of a string literal: parsed faster than the same object as JavaScript.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`;
    },
  };
}

export default defineConfig({
  plugins: [react(), dictionaryParts()],
  server: {
    proxy: {
      '/api': backend,
      '/healthz': backend,
      // The private calendar feed (/ical/{token}.ics) is served by the back-end too.
      '/ical': backend,
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // The server's CSP forbids inline scripts and styles: keep every asset a file.
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: which chunks each page needs (scripts/bundle-size.mjs reads it).
    manifest: true,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    // One setting for every time limit of the tests (e2e/timeouts.ts); findBy…/waitFor get a third.
    testTimeout: TEST_TIMEOUT,
    hookTimeout: TEST_TIMEOUT,
    setupFiles: ['src/testing/timeouts.ts', 'src/testing/dictionaries.ts'],
    // Vitest's default leaves one of the two cores idle; both: 40 s -> 30 s here.
    maxWorkers: 2,
  },
});
