// One server per Playwright worker: worker `index` (TEST_PARALLEL_INDEX, 0…workers-1, kept when a worker
// is replaced after a failure) talks to the server on SK_E2E_PORT + index, whose database, mail folder
// and saved sessions live in their own folders.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The port of worker `index`'s server. */
export function serverPort(index: number): number {
  return Number(process.env.SK_E2E_PORT ?? 18471) + index;
}

/** The run folder of worker `index`'s server: its database, and `data/mail/*.eml` (the mails it sent). */
export function serverRunDir(index: number): string {
  const root = process.env.SK_E2E_RUN_DIR ?? fileURLToPath(new URL('./.run/', import.meta.url));
  return join(root, String(index));
}

/** This worker's index (0 outside a worker, e.g. in the set-up run by the main process). */
export function ownIndex(): number {
  return Number(process.env.TEST_PARALLEL_INDEX ?? 0);
}

/** How many servers (workers) this run has. */
export function serverCount(): number {
  return Number(process.env.SK_E2E_WORKERS ?? 2);
}
