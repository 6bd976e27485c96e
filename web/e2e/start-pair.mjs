// Pair mode of the browser tests (SK_E2E_PAIR=1, playwright.config.ts): two real STEMkompas servers on
// one fresh PostgreSQL database, each with a data folder of its own, behind an nginx doing plain
// round-robin, so the specs' uploads, downloads, label snapshots and session attachments go through
// both processes, as on several machines behind a load balancer (docs/operations.md).
//
//   SK_TEST_PG_URL  PostgreSQL admin URL (scripts/pg-test-cluster.sh url); a database is created there
//                   for the run and dropped at the end
//   SK_E2E_PORT     nginx's port; the servers listen on the next two (e2e/servers.ts)
//   SK_E2E_RUN_DIR  the run folder: server-1/data and server-2/data (each server's mail), nginx/
//   SK_BINARY, SK_FRAMEWORKS_DIR as for e2e/start-server.mjs; NGINX as for e2e/nginx-proxy.mjs
//
// Runs until Playwright stops it (SIGTERM), then stops nginx and both servers and drops the database;
// when any of them ends on its own, it stops the others and exits non-zero.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distDir, serveArgs, serverBinary, serverEnv } from './server-command.mjs';
import { nginxArgs, nginxBinary } from './nginx-proxy.mjs';

const port = Number(process.env.SK_E2E_PORT ?? 18471);
const runDir = resolve(process.env.SK_E2E_RUN_DIR ?? 'e2e/.run/0');
const adminUrl = process.env.SK_TEST_PG_URL;
const binary = serverBinary();

function log(message) {
  console.log(`[e2e pair] ${message}`);
}

/** Runs `command` to its end with the output shown; false (and says so) when it failed. */
function run(command, args, what) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: serverEnv() });
  if (result.status === 0) return true;
  log(`${what} failed (${result.error?.message ?? `status ${result.status}`})`);
  return false;
}

const problems = [
  !adminUrl && 'SK_TEST_PG_URL is not set (scripts/pg-test-cluster.sh url)',
  !existsSync(join(distDir, 'index.html')) && `no ${distDir}/index.html: run npm run build first`,
  !existsSync(binary) && `server binary not found: ${binary} (set SK_BINARY)`,
  !existsSync(nginxBinary) && `${nginxBinary} not found (apt-get install nginx, or set NGINX)`,
].filter(Boolean);
if (problems.length) {
  for (const problem of problems) log(problem);
  process.exit(1);
}

// A name of its own, so two runs on one cluster never meet.
const dbName = `sk_e2e_pair_${process.pid}_${Date.now()}`;
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${dbName}`;
const psql = (sql, what) => run('psql', [adminUrl, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', sql], what);

const children = [];
let dbCreated = false;
let stopping = false;

/** Ends `child` (SIGTERM, SIGKILL after 10 s) and resolves once it has exited. */
function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  // nginx first, so that nothing new reaches the servers while they close.
  for (const child of [...children].reverse()) await stop(child);
  if (dbCreated) psql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`, `dropping database ${dbName}`);
  process.exit(code);
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => shutdown(0));
// Should this script die without shutdown(), the processes it started do not outlive it.
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts `command` as part of the pair; its ending on its own ends the run. */
function start(name, command, args) {
  const child = spawn(command, args, { stdio: 'inherit', env: serverEnv() });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    log(`${name} exited (${signal ?? code}); stopping the others`);
    shutdown(1);
  });
  children.push(child);
  return child;
}

/** Waits until GET `url` answers 200 (at most `ms`). */
async function healthy(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end && !stopping) {
    try {
      if ((await fetch(url)).status === 200) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

rmSync(runDir, { recursive: true, force: true });
mkdirSync(runDir, { recursive: true });

if (!psql(`CREATE DATABASE "${dbName}"`, `creating database ${dbName}`)) process.exit(1);
dbCreated = true;
log(`loading demo data into ${dbName}`);
if (!run(binary, ['demo', '--db', dbUrl.href], 'stemkompas demo')) await shutdown(1);

const proxyUrl = `http://127.0.0.1:${port}`;
const backendPorts = [port + 1, port + 2];
backendPorts.forEach((backendPort, i) => {
  const dataDir = join(runDir, `server-${i + 1}`, 'data');
  mkdirSync(dataDir, { recursive: true });
  log(`server ${i + 1} on 127.0.0.1:${backendPort}, data folder ${dataDir}`);
  const args = serveArgs({
    binary,
    db: dbUrl.href,
    port: backendPort,
    dataDir,
    // E-mailed links point at nginx, as on machines behind a load balancer.
    baseUrl: proxyUrl,
    // Per-address limits count the browser, which nginx names in X-Forwarded-For, not nginx.
    extra: ['--trusted-proxy', '127.0.0.1/32'],
  });
  start(`server ${i + 1}`, binary, args);
});
for (const backendPort of backendPorts) {
  if (!(await healthy(`http://127.0.0.1:${backendPort}/healthz`, 120_000))) {
    log(`the server on port ${backendPort} did not come up`);
    await shutdown(1);
  }
}

log(`nginx on ${proxyUrl}, round-robin over ports ${backendPorts.join(' and ')}`);
start('nginx', nginxBinary, nginxArgs(join(runDir, 'nginx'), port, backendPorts));
