// Starts the real STEMkompas server for the browser tests (Playwright's `webServer`).
//
//   SK_BINARY          the server binary (default ../build/debug/stemkompas, relative to web/)
//   SK_E2E_PORT        port to listen on (default 18471)
//   SK_E2E_SKIP_BUILD  set to 1 to serve the existing web/dist instead of running `vite build` first
//   SK_E2E_MOCK        set to 1 to run e2e/mock-server.mjs instead (front-end work without the binary)
//
// It builds web/dist, creates a temporary folder, loads the demo data into a fresh SQLite file
// (`stemkompas demo --db …`) and runs `stemkompas serve …` until Playwright stops it (SIGTERM), then
// removes the temporary folder.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.SK_E2E_PORT ?? '18471';
const distDir = join(webDir, 'dist');

function log(message) {
  console.log(`[e2e server] ${message}`);
}

if (process.env.SK_E2E_SKIP_BUILD !== '1') {
  log('building web/dist');
  const build = spawnSync(join(webDir, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: webDir,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    log('vite build failed');
    process.exit(1);
  }
}
if (!existsSync(join(distDir, 'index.html'))) {
  log(`no ${distDir}/index.html: run npm run build first`);
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'sk-e2e-'));
let child = null;
let cleaned = false;

function cleanup() {
  if (cleaned) return;
  cleaned = true;
  if (child && child.exitCode === null) child.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => {
    cleanup();
    process.exit(0);
  });
}
process.on('exit', cleanup);

if (process.env.SK_E2E_MOCK === '1') {
  log('SK_E2E_MOCK=1: serving the mock API, not the real server');
  child = spawn(process.execPath, [join(webDir, 'e2e', 'mock-server.mjs'), port, distDir], {
    stdio: 'inherit',
  });
} else {
  const binary = resolve(webDir, process.env.SK_BINARY ?? '../build/debug/stemkompas');
  if (!existsSync(binary)) {
    log(`server binary not found: ${binary} (set SK_BINARY)`);
    process.exit(1);
  }
  const db = join(tmp, 'stemkompas.db');
  const dataDir = join(tmp, 'data');
  mkdirSync(dataDir);

  log(`loading demo data into ${db}`);
  const demo = spawnSync(binary, ['demo', '--db', db], { stdio: 'inherit' });
  if (demo.status !== 0) {
    log(`"${binary} demo" failed with status ${demo.status}`);
    cleanup();
    process.exit(1);
  }

  log(`serving on http://127.0.0.1:${port}`);
  child = spawn(
    binary,
    [
      'serve',
      '--db', db,
      '--port', port,
      '--address', '127.0.0.1',
      '--web-dir', distDir,
      '--data-dir', dataDir,
      '--base-url', `http://127.0.0.1:${port}`,
    ],
    { stdio: 'inherit' },
  );
}

child.on('exit', (code, signal) => {
  log(`server exited (${signal ?? code})`);
  cleanup();
  process.exit(code ?? 1);
});
