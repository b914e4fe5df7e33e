import { describeExit } from '../app.js';
import { NotYet, type SmokeCheck } from '../check.js';

/** Passes when the app exits with this code (a CLI's `--version`, say) before the timeout. */
export function exitCodeCheck(expected: number, timeoutMs: number): SmokeCheck {
  return {
    name: 'expect-exit-code',
    describe: `exits with code ${expected}`,
    timeoutMs,
    needsRunningApp: false,
    async attempt(context) {
      const exit = await context.app.exited;
      if (exit.code === expected) return `exited with code ${expected} after ${((Date.now() - context.app.startedAt) / 1000).toFixed(1)} s`;
      throw new Error(`the app ${describeExit(exit)}, expected code ${expected}`);
    },
  };
}

/** Passes once stdout or stderr holds a match; fails at once when the app exited without printing one. */
export function outputCheck(pattern: RegExp, source: string, timeoutMs: number): SmokeCheck {
  return {
    name: 'expect-output',
    describe: `output matches /${source}/`,
    timeoutMs,
    needsRunningApp: false,
    async attempt(context) {
      const exitedBefore = !context.app.running;
      if (exitedBefore) await context.app.settled();
      const match = pattern.exec(context.app.output());
      if (match) return `matched ${JSON.stringify(match[0].length > 120 ? `${match[0].slice(0, 120)}…` : match[0])}`;
      if (exitedBefore) throw new Error(`the app ${describeExit(context.app.exitInfo!)} without printing a match for /${source}/`);
      throw new NotYet(`no match yet in ${context.app.output().length} characters of output`);
    },
  };
}

/** Passes when the app is still running `seconds` after it started: catches a crash on start. */
export function stayAliveCheck(seconds: number): SmokeCheck {
  const ms = seconds * 1000;
  return {
    name: 'stay-alive',
    describe: `still running after ${seconds} s`,
    // The wait itself, plus room for the last look.
    timeoutMs: ms + 5000,
    needsRunningApp: true,
    async attempt(context) {
      const left = context.app.startedAt + ms - Date.now();
      if (left > 0) {
        await Promise.race([context.app.exited, new Promise((resolve) => setTimeout(resolve, left))]);
      }
      if (!context.app.running) throw new Error(`the app ${describeExit(context.app.exitInfo!)} after ${((Date.now() - context.app.startedAt) / 1000).toFixed(1)} s`);
      return `running after ${((Date.now() - context.app.startedAt) / 1000).toFixed(1)} s`;
    },
  };
}
