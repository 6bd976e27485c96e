// A server of its own on the big demo set (issue 18): `stemkompas demo --schools 2000` in a temporary
// folder, started by the same e2e/start-server.mjs as the workers' servers, once per worker that runs a
// spec using it, and signed in as the demo organiser once. The workers' servers hold the small demo,
// which every other spec counts on; this one is started and removed by the spec itself, so it runs the
// same under `make test` (scripts/run-tests.sh) and stand-alone (`npx playwright test e2e/region.spec.ts`).
import { test as base, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO, PASSWORD } from './helpers';
import { testTimes } from './timeouts';

export const REGION_SCHOOLS = 2000;
export const REGION_PROGRAMME = 'Regio Vlaanderen 2026-2027 (demo)';

export interface RegionServer {
  url: string;
  /** The regional programme's id, from the organiser's `GET /api/me`. */
  programmeId: number;
  /** The organiser's signed-in session (a storage state file). */
  organiser: string;
}

/** A port nothing listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Waits until `url` answers 200, or fails with the server's output when it exits first. */
async function healthy(url: string, child: ChildProcess, output: () => string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the region server exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the region server did not answer ${url} within ${timeout} ms:\n${output()}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  // start-server.mjs stops the server on SIGTERM; a hung one is killed rather than left behind.
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * `test` whose pages talk to the region server (`baseURL`) signed in as its organiser (`storageState`);
 * `region` says where and which programme.
 */
/**
 * Waits (a few seconds at most) until nothing answers `url`: start-server.mjs exits as soon as it has
 * signalled the server, which then finishes its requests and closes the database it has in the folder.
 */
async function closed(url: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const test = base.extend<object, { region: RegionServer }>({
  baseURL: async ({ region }, use) => use(region.url),
  storageState: async ({ region }, use) => use(region.organiser),
  region: [
    async ({ playwright }, use) => {
      const folder = mkdtempSync(join(tmpdir(), 'sk-region-'));
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      let log = '';
      const child = spawn(process.execPath, [fileURLToPath(new URL('./start-server.mjs', import.meta.url))], {
        env: {
          ...process.env,
          SK_E2E_PORT: String(port),
          SK_E2E_RUN_DIR: join(folder, 'run'),
          SK_E2E_SCHOOLS: String(REGION_SCHOOLS),
          // Its standard input is this worker's pipe: should the worker be killed outright, the pipe
          // closes and the server stops, where a signal handler here would never run.
          SK_E2E_STDIN_LIFE: '1',
          SK_E2E_REMOVE: folder,
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      // Kept for the error message should the server not come up; the tail is enough.
      const keep = (chunk: Buffer) => {
        log = (log + chunk.toString()).slice(-8000);
      };
      child.stdout?.on('data', keep);
      child.stderr?.on('data', keep);
      try {
        await healthy(`${url}/healthz`, child, () => log, testTimes(2));

        const request = await playwright.request.newContext({ baseURL: url });
        await request.get('/api/me'); // sets the CSRF cookie
        const csrf = (await request.storageState()).cookies.find((c) => c.name === 'sk_csrf')?.value ?? '';
        const login = await request.post('/api/auth/login', {
          data: { email: DEMO.organiser, password: PASSWORD },
          headers: { 'X-CSRF-Token': csrf },
        });
        expect(login.status(), 'the organiser signs in on the region server').toBe(200);
        const me = (await login.json()) as { programmes: { id: number; name: string }[] };
        const programme = me.programmes.find((p) => p.name === REGION_PROGRAMME);
        expect(programme, `the organiser runs "${REGION_PROGRAMME}"`).toBeTruthy();
        const organiser = join(folder, 'organiser.json');
        await request.storageState({ path: organiser });
        await request.dispose();

        await use({ url, programmeId: programme!.id, organiser });
      } finally {
        await stop(child);
        await closed(`${url}/healthz`);
        rmSync(folder, { recursive: true, force: true });
      }
    },
    // Building 2,000 schools takes ~5 s with the sanitizer build, the server a second more.
    { scope: 'worker', timeout: testTimes(3) },
  ],
});

export { expect };
