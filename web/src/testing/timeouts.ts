// Vitest set-up: testing-library's findBy…/waitFor give up after a third of a test's time limit
// (SK_TEST_TIMEOUT, e2e/timeouts.ts) instead of its default 1 s, which a busy machine can exceed.
import { configure } from '@testing-library/dom';
import { EXPECT_TIMEOUT } from '../../e2e/timeouts';

configure({ asyncUtilTimeout: EXPECT_TIMEOUT });
