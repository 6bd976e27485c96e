// Starts the real STEMkompas server for the browser tests (Playwright's `webServer`).
//
//   SK_BINARY          the server binary (default ../build/debug/stemkompas, relative to web/)
//   SK_E2E_PORT        port to listen on (default 18471)
//   SK_FRAMEWORKS_DIR  framework definitions (default: data/frameworks of the binary's checkout, i.e.
//                      <repo>/data/frameworks for <repo>/build/debug/stemkompas, else ../data/frameworks)
//   SK_E2E_RUN_DIR     the run folder (default web/e2e/.run): database, and the data folder where the
//                      server writes e-mails as .eml files (the tests read links from them);
//                      playwright.config.ts starts one server per worker, each in .run/<worker index>
//   SK_E2E_SCHOOLS     when set, the demo data also gets the regional programme of that many schools
//                      (`stemkompas demo --schools N`; region.spec.ts starts its own server with 2000)
//   SK_E2E_STDIN_LIFE  when 1, the server stops when standard input closes: a spec that starts this
//                      script with a pipe there takes the server along however its worker ends
//   SK_E2E_REMOVE      a folder to remove when this script ends (such a spec's temporary folder)
//
// It serves web/dist (playwright.config.ts builds it once for all servers), empties the run folder,
// loads the demo data into a fresh SQLite file (`stemkompas demo --db …`) and runs `stemkompas serve …` until Playwright stops it (SIGTERM).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distDir, frameworksDir, serveArgs, serverBinary, serverEnv, webDir } from './server-command.mjs';

const port = process.env.SK_E2E_PORT ?? '18471';

function log(message) {
  console.log(`[e2e server] ${message}`);
}

if (!existsSync(join(distDir, 'index.html'))) {
  log(`no ${distDir}/index.html: run npm run build first`);
  process.exit(1);
}

// Kept after the run (for a look at the mails or the database); emptied at the next start.
const runDir = resolve(process.env.SK_E2E_RUN_DIR ?? join(webDir, 'e2e', '.run'));
rmSync(runDir, { recursive: true, force: true });
mkdirSync(runDir, { recursive: true });
let child = null;
let cleaned = false;

function cleanup() {
  if (cleaned) return;
  cleaned = true;
  if (child && child.exitCode === null) child.kill('SIGTERM');
  // The server may still be closing its database in there; on Linux the files go once it has.
  if (process.env.SK_E2E_REMOVE) rmSync(process.env.SK_E2E_REMOVE, { recursive: true, force: true });
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => {
    cleanup();
    process.exit(0);
  });
}
process.on('exit', cleanup);
if (process.env.SK_E2E_STDIN_LIFE === '1') {
  process.stdin.on('close', () => {
    cleanup();
    process.exit(0);
  });
  process.stdin.resume();
}

{
  const binary = serverBinary();
  if (!existsSync(binary)) {
    log(`server binary not found: ${binary} (set SK_BINARY)`);
    process.exit(1);
  }
  const db = join(runDir, 'stemkompas.db');
  const dataDir = join(runDir, 'data');
  mkdirSync(dataDir);

  const schools = process.env.SK_E2E_SCHOOLS ? ['--schools', process.env.SK_E2E_SCHOOLS] : [];
  log(`loading demo data into ${db}`);
  const demo = spawnSync(binary, ['demo', '--db', db, ...schools], { stdio: 'inherit' });
  if (demo.status !== 0) {
    log(`"${binary} demo" failed with status ${demo.status}`);
    cleanup();
    process.exit(1);
  }

  log(`serving on http://127.0.0.1:${port} (frameworks: ${frameworksDir(binary)})`);
  child = spawn(binary, serveArgs({ binary, db, port, dataDir, baseUrl: `http://127.0.0.1:${port}` }), {
    stdio: 'inherit',
    env: serverEnv(),
  });
}

child.on('exit', (code, signal) => {
  log(`server exited (${signal ?? code})`);
  cleanup();
  process.exit(code ?? 1);
});
