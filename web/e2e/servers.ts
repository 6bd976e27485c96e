// One server per Playwright worker: worker `index` (TEST_PARALLEL_INDEX, 0…workers-1, kept when a worker
// is replaced after a failure) talks to the server on SK_E2E_PORT + index, whose database, mail folder
// and saved sessions live in their own folders.
//
// Pair mode (SK_E2E_PAIR=1, e2e/start-pair.mjs): one worker, whose "server" on SK_E2E_PORT is an nginx
// spreading requests round-robin over two server processes on SK_E2E_PORT + 1 and + 2, which share one
// PostgreSQL database but each have a data folder of their own.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** True in pair mode: two servers behind nginx on one PostgreSQL database. */
export function pairMode(): boolean {
  return process.env.SK_E2E_PAIR === '1';
}

/** The port of worker `index`'s server (in pair mode: nginx's). */
export function serverPort(index: number): number {
  return Number(process.env.SK_E2E_PORT ?? 18471) + index;
}

/** The run folder of worker `index`'s server: its database, and `data/mail/*.eml` (the mails it sent). */
export function serverRunDir(index: number): string {
  const root = process.env.SK_E2E_RUN_DIR ?? fileURLToPath(new URL('./.run/', import.meta.url));
  return join(root, String(index));
}

/** In pair mode, the two server processes behind nginx: their own ports and run folders. */
export function pairBackends(): { port: number; runDir: string }[] {
  return [1, 2].map((n) => ({ port: serverPort(0) + n, runDir: join(serverRunDir(0), `server-${n}`) }));
}

/**
 * The folders where worker `index`'s server writes e-mails as .eml files. In pair mode, both processes':
 * whichever one's mail worker claims a message writes it into its own data folder.
 */
export function mailFolders(index: number): string[] {
  const runDirs = pairMode() ? pairBackends().map((b) => b.runDir) : [serverRunDir(index)];
  return runDirs.map((dir) => join(dir, 'data', 'mail'));
}

/** This worker's index (0 outside a worker, e.g. in the set-up run by the main process). */
export function ownIndex(): number {
  return Number(process.env.TEST_PARALLEL_INDEX ?? 0);
}

/** How many servers (workers) this run has: one pair counts as one. */
export function serverCount(): number {
  return pairMode() ? 1 : Number(process.env.SK_E2E_WORKERS ?? 2);
}
