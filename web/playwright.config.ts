import { defineConfig } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { EXPECT_TIMEOUT, TEST_TIMEOUT } from './e2e/timeouts';
import { pairMode, serverPort, serverRunDir } from './e2e/servers';

// Browser tests against the real C++ server (see e2e/start-server.mjs), driving Debian's Chromium.
// Never run `npx playwright install`: no browser is downloaded.
//
// Each worker has a server and a database of its own (e2e/servers.ts), so two workers never see each
// other's data and a spec owns what it makes; this file is loaded again in every worker process, which
// is how each finds its server (TEST_PARALLEL_INDEX).

// Pair mode (SK_E2E_PAIR=1, with SK_TEST_PG_URL): the specs that store and serve files run once, in one
// worker, against two servers on one PostgreSQL database behind a round-robin nginx (e2e/start-pair.mjs);
// e2e/pair-check.ts then checks that both servers had their share of the requests.
const pair = pairMode();
const PAIR_SPECS = /\/(evidence|label|network)\.spec\.ts$/;

const workers = pair ? 1 : Number(process.env.SK_E2E_WORKERS ?? 2);
// nginx and its two servers in pair mode; one server per worker otherwise.
const portsNeeded = pair ? 3 : workers;

/** True when `port` can be listened on now (nothing else holds it). */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const probe = createServer();
    probe.once('error', () => resolvePromise(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePromise(true)));
  });
}

// The main process picks the first port, once; the workers it starts inherit it. Without SK_E2E_PORT it
// finds a run of free ports, so two suites on one machine (two clones) do not collide. The search starts
// at a place that depends on the process id: two suites starting in the same second would otherwise both
// find the same ports free, and the server listens with SO_REUSEPORT, so both would share them.
if (!process.env.SK_E2E_PORT) {
  const slots = 400;
  const start = process.pid % slots;
  for (let k = 0; k < slots; k++) {
    const first = 18471 + ((start + k) % slots) * portsNeeded;
    const free = await Promise.all(Array.from({ length: portsNeeded }, (_, i) => portFree(first + i)));
    if (free.every(Boolean)) {
      process.env.SK_E2E_PORT = String(first);
      break;
    }
  }
  if (!process.env.SK_E2E_PORT) throw new Error('no free ports for the test servers; set SK_E2E_PORT');
}

// Build web/dist once here, before the servers start side by side.
if (process.env.SK_E2E_SKIP_BUILD !== '1' && !process.env.TEST_WORKER_INDEX) {
  const vite = fileURLToPath(new URL('./node_modules/.bin/vite', import.meta.url));
  // The app, then the survey page (survey.html) into the same dist/ (vite.config.ts).
  for (const mode of ['production', 'survey']) {
    const build = spawnSync(vite, ['build', '--logLevel', 'warn', '--mode', mode], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`vite build --mode ${mode} failed`);
  }
  process.env.SK_E2E_SKIP_BUILD = '1';
}

const ownIndex = Number(process.env.TEST_PARALLEL_INDEX ?? 0);

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  // Two workers keep both cores busy (one worker left ~30 % idle: the browser waits for the server and
  // the other way round); each has its own server, so the order of spec files does not matter.
  workers,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: TEST_TIMEOUT,
  expect: { timeout: EXPECT_TIMEOUT },
  reporter: process.env.CI ? [['line']] : [['list']],
  globalTeardown: pair ? './e2e/pair-check.ts' : undefined,
  use: {
    baseURL: `http://127.0.0.1:${serverPort(ownIndex)}`,
    browserName: 'chromium',
    headless: true,
    actionTimeout: EXPECT_TIMEOUT,
    navigationTimeout: EXPECT_TIMEOUT,
    launchOptions: {
      // Debian's chromium-headless-shell: the same Chromium build without the desktop browser around it,
      // which halves the suite's time here (71 specs: 86 s with /usr/bin/chromium --headless, 47 s).
      // SK_CHROMIUM=/usr/bin/chromium (apt install chromium) to watch a run with --headed.
      executablePath: process.env.SK_CHROMIUM ?? '/usr/bin/chromium-headless-shell',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    // Recording a trace for every test doubles the run time on this machine: opt in.
    trace: process.env.SK_E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Signs in each demo user once on every server and saves the sessions (fewer log-ins: the server
    // rate-limits them).
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    pair
      ? { name: 'chromium', testMatch: PAIR_SPECS, dependencies: ['setup'] }
      : { name: 'chromium', testIgnore: [/.*\.setup\.ts/, /region\.spec\.ts/], dependencies: ['setup'] },
    // The organiser's pages on 2,000 schools: the spec starts a server of its own on that data
    // (e2e/region-server.ts) and signs in there, so it needs neither the set-up nor the workers' servers.
    ...(pair ? [] : [{ name: 'region', testMatch: /region\.spec\.ts/ }]),
  ],
  webServer: Array.from({ length: workers }, (_, index) => ({
    command: pair ? 'node e2e/start-pair.mjs' : 'node e2e/start-server.mjs',
    url: `http://127.0.0.1:${serverPort(index)}/healthz`,
    env: { SK_E2E_PORT: String(serverPort(index)), SK_E2E_RUN_DIR: serverRunDir(index) },
    timeout: 6 * TEST_TIMEOUT,
    reuseExistingServer: false,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    // The pair stops three processes and then drops its database.
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: pair ? 30_000 : 5_000 },
  })),
});
