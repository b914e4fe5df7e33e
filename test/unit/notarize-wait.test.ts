import { describe, expect, test } from '@jest/globals';
import type { NotaryBackend, SubmissionInfo } from '../../src/notarize/backend.js';
import { waitForVerdicts, WaitTimeout } from '../../src/notarize/wait.js';

/** A backend answering scripted statuses (or errors) per id, on a fake clock the fake sleep advances. */
function scripted(script: Record<string, Array<string | Error>>) {
  let clock = 0;
  const sleeps: number[] = [];
  const polls: string[] = [];
  const backend: NotaryBackend = {
    name: 'rest',
    submit: () => Promise.reject(new Error('not used')),
    log: () => Promise.reject(new Error('not used')),
    info: async (id): Promise<SubmissionInfo> => {
      polls.push(id);
      const steps = script[id]!;
      const next = steps.length > 1 ? steps.shift()! : steps[0]!;
      if (next instanceof Error) throw next;
      return { id, status: next };
    },
  };
  const lines: string[] = [];
  const warnings: string[] = [];
  const options = {
    log: (m: string) => lines.push(m),
    warn: (m: string) => warnings.push(m),
    now: () => clock,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
    },
  };
  return { backend, sleeps, polls, lines, warnings, options };
}

describe('waitForVerdicts', () => {
  test('backs off from the first interval, doubling up to the 60 s cap, one log line a poll with elapsed time and status', async () => {
    const s = scripted({ a: [...Array(9).fill('In Progress'), 'Accepted'] });
    const verdicts = await waitForVerdicts(s.backend, [{ id: 'a', label: 'App.dmg' }], { ...s.options, timeoutMs: 30 * 60_000, initialDelayMs: 5000 });
    expect(verdicts.get('a')).toBe('Accepted');
    expect(s.sleeps).toEqual([5000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000, 60_000, 60_000]);
    expect(s.lines).toHaveLength(10);
    expect(s.lines[0]).toBe('App.dmg: In Progress after 0 ms (submission a).');
    expect(s.lines[5]).toBe('App.dmg: In Progress after 2m 15s (submission a).');
    expect(s.lines[9]).toBe('App.dmg: Accepted after 6m 15s (submission a).');
    // Never more than a minute without a line.
    expect(Math.max(...s.sleeps)).toBeLessThanOrEqual(60_000);
  });

  test('ends at the deadline with a WaitTimeout carrying every pending id and the resume instruction; the last sleep is cut to the deadline', async () => {
    const s = scripted({ a: ['In Progress'], b: ['In Progress', 'Invalid'] });
    const wait = waitForVerdicts(
      s.backend,
      [
        { id: 'a', label: 'A.dmg' },
        { id: 'b', label: 'B.pkg' },
      ],
      { ...s.options, timeoutMs: 90_000, initialDelayMs: 5000 },
    );
    const error = (await wait.catch((e: unknown) => e)) as WaitTimeout;
    expect(error).toBeInstanceOf(WaitTimeout);
    expect(error.pending).toEqual([{ id: 'a', label: 'A.dmg', status: 'In Progress' }]);
    expect(error.elapsedMs).toBe(90_000);
    expect(error.message).toBe(
      'Notarization is not finished after 1m 30s: A.dmg (submission a) is In Progress. Nothing was resubmitted or lost: re-run this job with `submission-id: a` to continue waiting for it.',
    );
    expect(s.sleeps).toEqual([5000, 10_000, 20_000, 40_000, 15_000]);
    // b got its verdict on the second poll and was not asked again.
    expect(s.polls.filter((id) => id === 'b')).toHaveLength(2);
  });

  test('a few failed polls are tolerated with a warning; too many in a row end the wait with the last error', async () => {
    const flaky = scripted({ a: [new Error('HTTP 502'), new Error('HTTP 503'), 'In Progress', 'Accepted'] });
    expect((await waitForVerdicts(flaky.backend, [{ id: 'a', label: 'A' }], { ...flaky.options, timeoutMs: 600_000, initialDelayMs: 1000 })).get('a')).toBe('Accepted');
    expect(flaky.warnings).toEqual([
      'Status of A (submission a) not read, 1 of 4 tolerated failures: HTTP 502',
      'Status of A (submission a) not read, 2 of 4 tolerated failures: HTTP 503',
    ]);
    const down = scripted({ a: [new Error('no answer from the Notary API (ECONNREFUSED)')] });
    await expect(waitForVerdicts(down.backend, [{ id: 'a', label: 'A' }], { ...down.options, timeoutMs: 600_000, initialDelayMs: 1000 })).rejects.toThrow('ECONNREFUSED');
    expect(down.polls).toHaveLength(5);
  });

  test('an unknown status is logged and waited on, not taken as success', async () => {
    const s = scripted({ a: ['Queued', 'Accepted'] });
    const verdicts = await waitForVerdicts(s.backend, [{ id: 'a', label: 'A' }], { ...s.options, timeoutMs: 600_000, initialDelayMs: 1000 });
    expect(verdicts.get('a')).toBe('Accepted');
    expect(s.lines[0]).toBe('A: Queued after 0 ms (submission a).');
  });

  test('a status request that hangs still gets a log line every heartbeat', async () => {
    const lines: string[] = [];
    let heard: () => void = () => undefined;
    const heartbeatLogged = new Promise<void>((resolve) => (heard = resolve));
    const backend: NotaryBackend = {
      name: 'notarytool',
      submit: () => Promise.reject(new Error('not used')),
      log: () => Promise.reject(new Error('not used')),
      // Answers only once the wait has logged a heartbeat while this request was pending.
      info: async (id) => {
        await heartbeatLogged;
        return { id, status: 'Accepted' };
      },
    };
    const verdicts = await waitForVerdicts(backend, [{ id: 'a', label: 'A.pkg' }], {
      timeoutMs: 600_000,
      initialDelayMs: 1000,
      heartbeatMs: 50,
      warn: () => undefined,
      log: (m) => {
        lines.push(m);
        if (m.startsWith('Still waiting')) heard();
      },
    });
    expect(verdicts.get('a')).toBe('Accepted');
    expect(lines[0]).toMatch(/^Still waiting after .*: A\.pkg In Progress\.$/);
  });
});

describe('waitForVerdicts bounded by wait-timeout', () => {
  test('a status request that never answers ends the wait at the deadline, not never', async () => {
    let calls = 0;
    const backend: NotaryBackend = {
      name: 'rest',
      submit: () => Promise.reject(new Error('not used')),
      log: () => Promise.reject(new Error('not used')),
      // The first poll answers; the second hangs forever (a stalled connection).
      info: (id) => (++calls === 1 ? Promise.resolve({ id, status: 'In Progress' }) : new Promise<SubmissionInfo>(() => undefined)),
    };
    const error = await waitForVerdicts(backend, [{ id: 'a', label: 'App.dmg' }], { timeoutMs: 400, initialDelayMs: 50, log: () => undefined, warn: () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeout);
    expect((error as WaitTimeout).pending).toEqual([{ id: 'a', label: 'App.dmg', status: 'In Progress' }]);
    expect(calls).toBe(2);
  });
});
