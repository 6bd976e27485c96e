// Every time limit of the browser tests, and of the Vitest tests (vite.config.ts), comes from one
// setting: SK_TEST_TIMEOUT (ms, default 30 s, an ordinary test's budget). Tests wait on conditions
// (locators, expect.poll, findBy…), never on fixed sleeps, so a busy machine only makes them slower;
// should a machine be slower still, raise the one setting and every limit follows.

/** The time limit of an ordinary test, in ms. */
export const TEST_TIMEOUT = Number(process.env.SK_TEST_TIMEOUT ?? 30_000);

/** The limit of one `expect` (a locator to appear, a poll to succeed): a third of a test's. */
export const EXPECT_TIMEOUT = Math.round(TEST_TIMEOUT / 3);

/** The limit for a test that walks a long flow: `n` ordinary tests' worth. */
export function testTimes(n: number): number {
  return n * TEST_TIMEOUT;
}
