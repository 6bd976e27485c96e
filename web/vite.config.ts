import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The C++ server serves dist/ itself; in development the Vite server proxies the API to it.
const backend = process.env.SK_BACKEND ?? 'http://127.0.0.1:8080';

// The one setting of every test time limit, read as e2e/timeouts.ts reads it (Vite's config loader is to
// stop accepting imports without a file extension, so the config does not import that file).
const TEST_TIMEOUT = Number(process.env.SK_TEST_TIMEOUT ?? 30_000);

export default defineConfig({
  plugins: [react()],
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
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    // One setting for every time limit of the tests (e2e/timeouts.ts); findBy…/waitFor get a third.
    testTimeout: TEST_TIMEOUT,
    hookTimeout: TEST_TIMEOUT,
    setupFiles: ['src/testing/timeouts.ts'],
    // Vitest's default leaves one of the two cores idle; both: 40 s -> 30 s here.
    maxWorkers: 2,
  },
});
