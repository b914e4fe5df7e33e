/**
 * The codesign post step (built bundle): whatever the main step left in its state is removed — key
 * material in RUNNER_TEMP, staging folders next to the files, a GNUPGHOME with its agent — also when
 * the main step was killed half-way through signing.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBuiltAction, tempDir } from '../harness/runner.js';
import { buildPe, makePki, startTimestampServer, type Pki, type TimestampServer } from '../fixtures/sign/pki.js';
import { makeGpgKey } from '../harness/sign-keys.js';

/** The built action running in `cwd` and every process below it (gpg, its agent's clients), by /proc. */
function actionProcessTree(cwd: string, bundle: string): number[] {
  const all = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  const parentOf = new Map<number, number>();
  const roots: number[] = [];
  for (const pid of all) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parentOf.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(bundle) && readlinkSync(`/proc/${pid}/cwd`) === cwd) roots.push(pid);
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parentOf) if (tree.has(parent) && !tree.has(pid)) grew = tree.add(pid) !== undefined;
  }
  return [...tree];
}

let pki: Pki;
let pe: string;
const servers: TimestampServer[] = [];

beforeAll(() => {
  pki = makePki(tempDir('pki-'));
  pe = buildPe(tempDir('pe-'));
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

interface Leftover {
  kind: string;
  path: string;
}

describe('codesign post step', () => {
  test('a main step killed while signing leaves its key material in the state; post removes it all', async () => {
    const hanging = await startTimestampServer(pki, { hang: true });
    servers.push(hanging);
    const root = tempDir('ws-');
    mkdirSync(path.join(root, 'dist'));
    copyFileSync(pe, path.join(root, 'dist', 'app.exe'));
    const runnerTemp = tempDir('runner-temp-');
    // The timestamp server never answers, so the main step is still signing when the runner kills it.
    const main = await runBuiltAction('codesign', {
      workspace: root,
      inputs: { files: 'dist/app.exe', certificate: pki.pfxBase64, 'certificate-password': pki.password, 'timestamp-urls': hanging.url },
      env: { RUNNER_TEMP: runnerTemp },
      timeoutMs: 6000,
    });
    expect(main.signal).toBe('SIGKILL');
    expect(hanging.requests).toBeGreaterThan(0);
    const leftovers = JSON.parse(main.state.leftovers!) as Leftover[];
    const keyDir = leftovers.find((l) => l.path.startsWith(runnerTemp))!;
    const staging = leftovers.find((l) => l.path.startsWith(path.join(root, 'dist')))!;
    // Real leftovers: the .pfx and its password, private to this user, and the half-signed copy's folder.
    expect(readdirSync(keyDir.path).sort()).toEqual(['certificate-password', 'certificate.pfx']);
    expect(statSync(keyDir.path).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(keyDir.path, 'certificate.pfx')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(keyDir.path, 'certificate-password')).mode & 0o777).toBe(0o600);
    expect(existsSync(staging.path)).toBe(true);

    const post = await runBuiltAction('codesign', { workspace: root, entry: 'post', state: main.state });
    expect(post.errors).toEqual([]);
    expect(post.exitCode).toBe(0);
    expect(existsSync(keyDir.path)).toBe(false);
    expect(existsSync(staging.path)).toBe(false);
    expect(readdirSync(path.join(root, 'dist'))).toEqual(['app.exe']);
    expect(post.stdout).toContain(`Cleaned up ${leftovers.length} leftover(s)`);
    expect(post.stdout).not.toContain(pki.password);

    // Safe to run twice.
    const again = await runBuiltAction('codesign', { workspace: root, entry: 'post', state: main.state });
    expect(again.exitCode).toBe(0);
  });

  test('GPG killed mid-sign: the .asc being written was in the state before it existed; post removes it and checksum dist/* lists only artifacts', async () => {
    const key = await makeGpgKey('Kill Test <kill@example.com>', 'kill-pass');
    const root = tempDir('ws-');
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'dist', 'app.bin'), '');
    truncateSync(path.join(root, 'dist', 'app.bin'), 400 * 1024 * 1024); // takes gpg seconds to hash
    const runnerTemp = tempDir('runner-temp-');
    const main = runBuiltAction('codesign', {
      workspace: root,
      inputs: { files: 'dist/*', platform: 'linux', 'gpg-private-key': key.secret, 'gpg-passphrase': 'kill-pass' },
      env: { RUNNER_TEMP: runnerTemp },
      timeoutMs: 120_000,
    });
    // Wait until gpg is writing the signature next to the file, then kill the step and its children.
    let temp: string | undefined;
    for (let i = 0; i < 1200 && !temp; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      temp = readdirSync(path.join(root, 'dist')).find((name) => /^\.app\.bin\.asc\./.test(name));
    }
    expect(temp).toBeDefined();
    for (const pid of actionProcessTree(root, 'dist/codesign/index.js')) process.kill(pid, 'SIGKILL');
    const killed = await main;
    expect(killed.signal).toBe('SIGKILL');
    const recorded = (JSON.parse(killed.state.leftovers!) as Leftover[]).map((l) => l.path);
    expect(recorded).toContain(path.join(root, 'dist', temp!));

    const post = await runBuiltAction('codesign', { workspace: root, entry: 'post', state: killed.state });
    expect(post.errors).toEqual([]);
    expect(post.exitCode).toBe(0);
    expect(readdirSync(path.join(root, 'dist'))).toEqual(['app.bin']);
    expect(readdirSync(runnerTemp)).toEqual([]);

    const sums = await runBuiltAction('checksum', { workspace: root, inputs: { files: 'dist/*', 'base-dir': 'dist' } });
    expect(sums.exitCode).toBe(0);
    expect(readFileSync(path.join(root, 'dist', 'SHA256SUMS'), 'utf8').trim().split('\n').map((line) => line.split(/\s+\*?/)[1])).toEqual(['app.bin']);
  }, 180_000);

  test('a main step that failed has already cleaned up; post finds nothing left', async () => {
    const root = tempDir('ws-');
    mkdirSync(path.join(root, 'dist'));
    copyFileSync(pe, path.join(root, 'dist', 'app.exe'));
    const runnerTemp = tempDir('runner-temp-');
    const main = await runBuiltAction('codesign', {
      workspace: root,
      // No ca-file: the private test CA is not trusted, so verification fails after the key was written.
      inputs: { files: 'dist/app.exe', certificate: pki.pfxBase64, 'certificate-password': pki.password, timestamp: 'false' },
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect(main.exitCode).toBe(1);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(JSON.parse(main.state.leftovers!)).toEqual([]);
    const post = await runBuiltAction('codesign', { workspace: root, entry: 'post', state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('Nothing to clean up');
  });

  test('a GNUPGHOME with a running agent and a key folder from the state are removed', async () => {
    const root = tempDir('ws-');
    const home = path.join(tempDir('gnupg-'), 'home');
    mkdirSync(home, { mode: 0o700 });
    execFileSync('gpgconf', ['--homedir', home, '--launch', 'gpg-agent']);
    const agentSocket = execFileSync('gpgconf', ['--homedir', home, '--list-dirs', 'agent-socket'], { encoding: 'utf8' }).trim();
    expect(existsSync(agentSocket)).toBe(true);
    const keys = tempDir('keys-');
    writeFileSync(path.join(keys, 'secret.pfx'), 'key material', { mode: 0o600 });
    const state = { leftovers: JSON.stringify([{ kind: 'path', path: keys }, { kind: 'gpg-home', path: home }]) };
    const post = await runBuiltAction('codesign', { workspace: root, entry: 'post', state });
    expect(post.errors).toEqual([]);
    expect(post.exitCode).toBe(0);
    expect(existsSync(keys)).toBe(false);
    expect(existsSync(home)).toBe(false);
    expect(existsSync(agentSocket)).toBe(false);
  });

  test('a state that is not a list of leftovers is one clear error', async () => {
    const root = tempDir('ws-');
    const post = await runBuiltAction('codesign', { workspace: root, entry: 'post', state: { leftovers: '{"kind":"path"}' } });
    expect(post.exitCode).toBe(1);
    expect(post.errors).toEqual(['The codesign state "leftovers" is not a list of leftovers; nothing was removed.']);
  });
});
