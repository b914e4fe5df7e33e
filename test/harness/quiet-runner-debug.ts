/**
 * Jest setup: code under test that uses `@actions/glob` or `@actions/core` in-process writes the
 * runner's `::debug::` lines to stdout; the runner would hide them, and so does the test run (the
 * same filter as the CLI's). Everything else passes through; RELEASE_KIT_DEBUG=1 shows them.
 */
import { hideRunnerDebugLines } from '../../src/kit/runner-debug.js';

hideRunnerDebugLines();
