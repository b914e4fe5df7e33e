/**
 * publish against a GitHub that misbehaves (test/emulator/faults.ts): a release list that lags behind
 * writes, answers that never come or stop half-way, garbled bodies, errors before and after a request
 * was applied. Whatever happens: one release, every asset once, no stray draft, and no hang — a request
 * that never succeeds ends in one error naming it and the time it was tried.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { githubClient } from '../../src/kit/github.ts';
import { requestTimeouts } from '../../src/kit/http-timeouts.ts';
import { octokitReleaseApi } from '../../src/release/octokit-api.ts';
import { publishRelease, type LocalAsset, type PublishRequest } from '../../src/release/publish.ts';
import { Faults } from '../emulator/faults.ts';
import { GitHubEmulator } from '../emulator/github-emulator.ts';
import { tempDir } from '../harness/runner.ts';

let github: GitHubEmulator;
let faults: Faults;
let lines: string[];
beforeEach(async () => {
  github = await new GitHubEmulator().start();
  faults = new Faults(github);
  lines = [];
});
afterEach(async () => {
  await github.stop();
  expect(github.judge.violations).toEqual([]);
});

const FILES = { 'app-1.2.0-win-x64.exe': 'windows bytes', 'app-1.2.0-mac-arm64.dmg': 'mac bytes', 'app-1.2.0-linux-x64.AppImage': 'linux bytes' };

function product(): LocalAsset[] {
  const root = tempDir('publish-faults-');
  mkdirSync(path.join(root, 'dist'));
  return Object.entries(FILES).map(([name, content]) => {
    const file = path.join(root, 'dist', name);
    writeFileSync(file, content);
    return { path: file, name, size: Buffer.byteLength(content), sha256: createHash('sha256').update(content).digest('hex'), contentType: 'application/octet-stream' };
  });
}

let jobs = 0;

/**
 * One publisher as the action runs it, with short deadlines so a stall costs a fraction of a second.
 * Each is a job of its own with its own token, so GitHub's write spacing is per publisher, as in a run.
 */
function publisher(assets: LocalAsset[], timeoutMs = 400): Promise<unknown> {
  const log = (m: string): void => void lines.push(m);
  const token = `ghs_test_token_${++jobs}`;
  const client = githubClient({ token, baseUrl: github.url, log });
  const api = octokitReleaseApi(client, github.owner, github.repo, token, { timeouts: requestTimeouts(timeoutMs), retries: 3, backoffMs: () => 20, log });
  const request: PublishRequest = {
    tag: 'v1.2.0',
    assets,
    expected: [],
    draftOnly: false,
    prerelease: false,
    makeLatest: 'true',
    overwrite: false,
    retries: 3,
    backoffMs: () => 20,
    listLagDelayMs: () => 20,
  };
  return publishRelease(api, request, { info: log, warning: log });
}

/** The end state every scenario must reach: one published release, each asset once, no drafts. */
function expectOneRelease(): void {
  const forTag = github.releases.filter((r) => r.tag_name === 'v1.2.0');
  expect(forTag.map((r) => r.draft)).toEqual([false]);
  expect(forTag[0]!.assets.map((a) => `${a.name} ${a.state}`).sort()).toEqual(Object.keys(FILES).map((n) => `${n} uploaded`).sort());
}

describe('publish under a lagging release list', () => {
  test.each([1, 2, 3, 4, 5])('one publisher, lag of %i list reads: one release, no stray draft', async (lag) => {
    faults.listLag(lag);
    await publisher(product());
    expectOneRelease();
    expect(lines.join('\n')).toContain("GitHub's release list caught up");
  });

  test.each([1, 2, 3, 4, 5])('two concurrent publishers, lag of %i list reads: one release, every asset once', async (lag) => {
    faults.listLag(lag);
    github.latencyMs = 5;
    const assets = product();
    await Promise.all([publisher(assets), publisher(assets)]);
    expectOneRelease();
  });

  test('a re-run after a publisher died between create and upload adopts its draft', async () => {
    faults.listLag(3);
    // The first run dies right after creating its draft: every later request of it fails.
    faults.add('GET', /\/releases\/\d+$/, { kind: 'reset', when: 'before' }, 4);
    await expect(publisher(product())).rejects.toThrow(/GET \/repos\/octo-org\/octo-app\/releases\/\d+ failed 4 times over/);
    expect(github.releases.filter((r) => r.tag_name === 'v1.2.0').map((r) => r.draft)).toEqual([true]);
    await publisher(product());
    expectOneRelease();
  });

  test('a create that GitHub applied but answered 502 is retried; the extra draft is removed', async () => {
    faults.listLag(2).add('POST', /\/releases$/, { kind: 'status', status: 502, when: 'after' });
    await publisher(product());
    expectOneRelease();
    expect(github.calls('POST', /\/releases$/)).toHaveLength(2);
    expect(github.calls('DELETE', /\/releases\/\d+$/)).toHaveLength(1);
  });

  test('a lag past the bound is one clear error, nothing uploaded', async () => {
    faults.listLag(50);
    await expect(publisher(product())).rejects.toThrow("GitHub's release list still does not show the release for v1.2.0 after 10 reads");
    expect(github.calls('POST', /\/assets/)).toEqual([]);
  });
});

describe('publish never hangs', () => {
  test('an API answer that never comes is retried, and publishing completes', async () => {
    faults.add('GET', /\/releases\?/, { kind: 'stall-headers' }).add('PATCH', /\/releases\/\d+$/, { kind: 'stall-headers' });
    await publisher(product());
    expectOneRelease();
    expect(faults.injected.map((f) => f.fault)).toEqual(['stall-headers', 'stall-headers']);
    expect(lines).toContain('GET /repos/octo-org/octo-app/releases: no response within 400 ms; retry 1 of 3 in 20 ms.');
  });

  test('an answer whose body stops half-way, and a garbled body, are retried', async () => {
    faults.add('GET', /\/releases\?/, { kind: 'stall-body' }).add('GET', /\/releases\/\d+$/, { kind: 'garbage' });
    await publisher(product());
    expectOneRelease();
    expect(lines).toContain('GET /repos/octo-org/octo-app/releases: the body stalled: nothing moved within 400 ms; retry 1 of 3 in 20 ms.');
    expect(lines.some((l) => l.startsWith('GET /repos/octo-org/octo-app/releases/') && l.includes('the answer is not what GitHub sends'))).toBe(true);
  });

  test('an upload that stalls mid-body is abandoned after the idle deadline and uploaded again', async () => {
    github.inject('POST', /mac-arm64\.dmg/, { kind: 'stall-mid-upload', afterBytes: 0 });
    await publisher(product());
    expectOneRelease();
    expect(lines.join('\n')).toMatch(/Upload of app-1\.2\.0-mac-arm64\.dmg failed \(POST \/uploads\/repos\/octo-org\/octo-app\/releases\/\d+\/assets \(app-1\.2\.0-mac-arm64\.dmg\): no response within 400 ms\)/);
  });

  test('an API that never answers ends in one error naming the request and the time waited', async () => {
    faults.add('GET', /\/releases\?/, { kind: 'stall-headers' }, 99);
    await expect(publisher(product())).rejects.toThrow(
      /^GET \/repos\/octo-org\/octo-app\/releases failed 4 times over \d+s; last: no response within 400 ms\. GitHub may be having trouble/,
    );
    // Each attempt was a stalled answer given up at its deadline: four, then the error (no fifth wait).
    expect(faults.injected.map((f) => f.fault)).toEqual(['stall-headers', 'stall-headers', 'stall-headers', 'stall-headers']);
    expect(github.releases).toEqual([]);
  });
});

describe('errors before and after a request was applied', () => {
  test('5xx, 429, secondary rate limits and resets, each before or after applying: one release, every asset once', async () => {
    faults
      .add('GET', /\/releases\?/, { kind: 'status', status: 503, when: 'before' })
      .add('POST', /\/releases$/, { kind: 'reset', when: 'after' })
      .add('POST', /win-x64\.exe/, { kind: 'status', status: 500, when: 'after' })
      .add('POST', /linux-x64\.AppImage/, { kind: 'reset', when: 'before' })
      .add('POST', /mac-arm64\.dmg/, { kind: '429', retryAfter: 0, when: 'before' })
      .add('PATCH', /\/releases\/\d+$/, { kind: 'status', status: 502, when: 'after' })
      .add('GET', /\/releases\/\d+$/, { kind: '403-secondary', retryAfter: 1, when: 'before' });
    faults.listLag(1);
    await publisher(product());
    expectOneRelease();
    expect(faults.injected).toHaveLength(7);
  }, 30_000);
});
