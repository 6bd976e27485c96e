import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

// The public survey page (survey.html, built with `--mode survey`) has its own two parts: `survey`, the
// words of the respondent's pages (pages/respond and the components they use), and `surveyRest`, never
// fetched unless a key is missing from the first. In that build the `core`/`rest` the i18n module asks
// for are these two.
const SURVEY_PREFIXES = ['respond', 'errors'];
const SURVEY_KEYS = ['app.name', 'app.skipToContent', 'common.loading', 'common.retry', 'header.language', 'notFound.title'];
const isSurveyKey = (key: string) => SURVEY_KEYS.includes(key) || SURVEY_PREFIXES.includes(key.split('.')[0]!);

type Part = 'core' | 'rest' | 'survey' | 'surveyRest';
const IN_PART: Record<Part, (key: string) => boolean> = {
  core: isCoreKey,
  rest: (key) => !isCoreKey(key),
  survey: isSurveyKey,
  surveyRest: (key) => !isSurveyKey(key),
};

function dictionaryParts(survey: boolean): Plugin {
  const pattern = /^\0?virtual:sk-dictionary\/(nl|en)-(core|rest|survey|surveyRest)$/;
  const surveyPart: Record<string, Part> = { core: 'survey', rest: 'surveyRest' };
  return {
    name: 'sk-dictionary-parts',
    resolveId(id) {
      const match = pattern.exec(id);
      if (!match) return undefined;
      const part = survey ? (surveyPart[match[2]!] ?? match[2]!) : match[2]!;
      return `\0virtual:sk-dictionary/${match[1]}-${part}`;
    },
    load(id) {
      const match = pattern.exec(id);
      if (!match) return undefined;
      const file = new URL(`./src/i18n/${match[1]}.json`, import.meta.url);
      this.addWatchFile(file.pathname);
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      const inPart = IN_PART[match[2] as Part];
      const part = Object.fromEntries(Object.entries(all).filter(([key]) => inPart(key)));
      // JSON.parse of a string literal: parsed faster than the same object as JavaScript.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`;
    },
  };
}

// The log-in page is the app's first page for most visits, and its code comes on demand: the entry runs,
// the Dutch core words load, then the page's chunk. Announcing those chunks in index.html lets the browser
// fetch them beside the entry, one round trip instead of three (on a phone network each costs ~150 ms+).
// The chunks are small (~6 KB gzip, mostly components every page uses); Lighthouse in web/../bench.
const PRELOADED_MODULES = ['src/pages/login/LoginPage.tsx', '\0virtual:sk-dictionary/nl-core'];

function preloadFirstPage(): Plugin {
  return {
    name: 'sk-preload-first-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return html;
        const chunks = Object.values(ctx.bundle).filter((item) => item.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const files = new Set<string>();
        const add = (fileName: string) => {
          const chunk = byFile.get(fileName);
          if (!chunk || chunk.isEntry || files.has(fileName)) return;
          // Vite announces the entry's own imports already.
          if (html.includes(`/${fileName}"`)) return;
          files.add(fileName);
          chunk.imports.forEach(add);
        };
        for (const id of PRELOADED_MODULES) {
          const chunk = chunks.find((c) => c.facadeModuleId === id || c.facadeModuleId?.endsWith(`/${id}`));
          if (chunk) add(chunk.fileName);
          else console.warn(`sk-preload-first-page: no chunk for ${id}`);
        }
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// `vite build --mode survey` (after the app's build, into the same dist/): the public survey page,
// survey.html, with Preact behind React's names. The respondent's pages are the app's own components
// (pages/respond), written against React; preact/compat runs them in 4 % of React's size (web/README.md,
// "The survey page"). The app's build keeps React; only this entry is aliased.
const SURVEY_ALIASES = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
];

export default defineConfig(({ mode }) => {
  const survey = mode === 'survey';
  return {
    plugins: [react(), dictionaryParts(survey), ...(survey ? [] : [preloadFirstPage()])],
    resolve: survey ? { alias: SURVEY_ALIASES } : {},
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
      // dist/.vite/manifest.json (the survey page's: survey-manifest.json): which chunks each page
      // needs (scripts/bundle-size.mjs reads them).
      manifest: survey ? '.vite/survey-manifest.json' : true,
      ...(survey
        ? {
            // Added to the app's build: keep its files; its public/ files are there already.
            emptyOutDir: false,
            copyPublicDir: false,
            rollupOptions: {
              input: { survey: fileURLToPath(new URL('./survey.html', import.meta.url)) },
              onwarn(warning, warn) {
                // main.tsx bundles the Dutch words on purpose; the i18n module's import of them stays dynamic.
                if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && warning.message.includes('sk-dictionary/nl-')) return;
                warn(warning);
              },
            },
          }
        : {}),
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
  };
});
