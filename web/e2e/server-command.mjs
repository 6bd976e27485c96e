// How the browser tests run the STEMkompas binary: which binary, which frameworks, and the `serve`
// options every test server gets. Shared by e2e/start-server.mjs (one server on SQLite) and
// e2e/start-pair.mjs (two servers on PostgreSQL behind nginx).

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = join(webDir, 'dist');

/** The server binary: SK_BINARY (relative to web/), default ../build/debug/stemkompas. */
export function serverBinary() {
  return resolve(webDir, process.env.SK_BINARY ?? '../build/debug/stemkompas');
}

/** SK_FRAMEWORKS_DIR, else data/frameworks of the binary's checkout, else that of this checkout. */
export function frameworksDir(binary) {
  const besideBinary = resolve(dirname(binary), '..', '..', 'data', 'frameworks');
  return resolve(
    process.env.SK_FRAMEWORKS_DIR ?? (existsSync(besideBinary) ? besideBinary : join(webDir, '..', 'data', 'frameworks')),
  );
}

/** The arguments of `stemkompas serve` for a test server; `extra` are appended. */
export function serveArgs({ binary, db, port, dataDir, baseUrl, extra = [] }) {
  return [
    'serve',
    '--db', db,
    '--port', String(port),
    '--address', '127.0.0.1',
    '--web-dir', distDir,
    '--data-dir', dataDir,
    '--base-url', baseUrl,
    '--frameworks-dir', frameworksDir(binary),
    '--threads', '2',
    '--access-log', 'false',
    // Every spec registers from 127.0.0.1; the limit itself is covered by the API tests.
    '--registration-limit', '1000',
    ...extra,
  ];
}

/** The environment of a test server process. */
export function serverEnv() {
  // The sanitizer build reports the font caches Fontconfig and Pango keep on purpose; see the file.
  return {
    ...process.env,
    LSAN_OPTIONS: `suppressions=${join(webDir, '..', 'tests', 'support', 'lsan.supp')}:print_suppressions=0`,
  };
}
