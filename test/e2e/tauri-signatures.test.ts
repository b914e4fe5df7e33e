/**
 * Tauri updater signatures stay true through Authenticode signing: a real NSIS installer (makensis) and
 * MSI (wixl) with the `.sig` a Tauri build writes (real minisign key), then the codesign action bundle
 * signs them with the test certificate. Without tauri-signature the `.sig` goes stale and update-feed,
 * given the updater public key, refuses the release; with it the `.sig` is made again and verifies.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runBuiltAction, tempDir } from '../harness/runner.js';
import { makePki, osslVerify, type Pki } from '../fixtures/sign/pki.js';
import { msiInstaller, nsisInstaller, windowsProgram } from '../fixtures/audit/artifacts.js';
import { minisignKey, tauriSign, type MinisignKey } from '../integration/feed-fixtures.js';

const TAG = { GITHUB_REF: 'refs/tags/v1.2.0', GITHUB_REF_NAME: 'v1.2.0', GITHUB_REPOSITORY: 'octo-org/octo-app', GITHUB_SERVER_URL: 'https://github.com' };
const NSIS = 'Octo_1.2.0_x64-setup.exe';
const MSI = 'Octo_1.2.0_x64_en-US.msi';

let pki: Pki;
let key: MinisignKey;
let built: { nsis: string; msi: string };

beforeAll(() => {
  pki = makePki(tempDir('tauri-pki-'));
  key = minisignKey(tempDir('tauri-key-'));
  const dir = tempDir('tauri-build-');
  const exe = windowsProgram(dir, 'octo.exe');
  built = { nsis: nsisInstaller(dir, NSIS, ['octo.exe']), msi: msiInstaller(dir, MSI, exe) };
});

/** What `tauri build` leaves in bundle/: the installers and their updater signatures. */
function tauriBundles(): string {
  const root = tempDir('ws-tauri-');
  const bundles = path.join(root, 'bundles');
  mkdirSync(bundles);
  for (const file of [built.nsis, built.msi]) {
    const copy = path.join(bundles, path.basename(file));
    copyFileSync(file, copy);
    writeFileSync(`${copy}.sig`, tauriSign(key, copy));
  }
  return root;
}

function codesignInputs(extra: Record<string, string> = {}): Record<string, string> {
  return { files: 'bundles/*', certificate: pki.pfxBase64, 'certificate-password': pki.password, 'ca-file': pki.caPem, timestamp: 'false', ...extra };
}

function feedInputs(): Record<string, string> {
  return { files: 'bundles/*', feeds: 'tauri', 'tauri-platforms': 'windows-x86_64, windows-x86_64-msi', 'public-key': key.tauriPubkey, 'output-dir': 'feeds' };
}

/** minisign -V of a Tauri .sig (base64 of a .minisig file) against the public key, outside the kit. */
function minisignVerifies(file: string): boolean {
  const minisig = path.join(key.dir, `${path.basename(file)}.check.minisig`);
  writeFileSync(minisig, Buffer.from(readFileSync(`${file}.sig`, 'utf8'), 'base64'));
  try {
    execFileSync('minisign', ['-V', '-q', '-p', key.publicKeyFile, '-m', file, '-x', minisig], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('Tauri updater signatures after Authenticode signing', () => {
  test('without tauri-signature the .sig goes stale, and update-feed with the public key refuses it', async () => {
    const root = tauriBundles();
    const signed = await runBuiltAction('codesign', { workspace: root, inputs: codesignInputs() });
    expect(signed.errors).toEqual([]);
    expect(osslVerify(pki, path.join(root, 'bundles', NSIS)).ok).toBe(true);
    expect(minisignVerifies(path.join(root, 'bundles', NSIS))).toBe(false);
    const feed = await runBuiltAction('update-feed', { workspace: root, env: TAG, inputs: feedInputs() });
    expect(feed.exitCode).toBe(1);
    expect(feed.errors[0]).toMatch(/These bundles do not match their \.sig under public-key/);
    expect(feed.errors[0]).toContain(NSIS);
    expect(feed.errors[0]).toContain(MSI);
    expect(existsSync(path.join(root, 'feeds', 'latest.json'))).toBe(false);
  });

  test('with tauri-signature and the Tauri key the .sig is made again over the signed bytes; the feed verifies', async () => {
    const root = tauriBundles();
    const secret = readFileSync(key.secretKeyFile, 'utf8');
    const signed = await runBuiltAction('codesign', { workspace: root, inputs: codesignInputs({ 'tauri-signature': 'true', 'minisign-key': Buffer.from(secret).toString('base64') }) });
    expect(signed.errors).toEqual([]);
    expect(signed.exitCode).toBe(0);
    const records = JSON.parse(signed.outputs.signed!) as Array<{ file: string; method: string; signatureFiles?: string[] }>;
    expect(records.map((r) => [path.basename(r.file), r.method]).sort()).toEqual([
      [NSIS, 'minisign'],
      [NSIS, 'pfx'],
      [MSI, 'minisign'],
      [MSI, 'pfx'],
    ]);
    expect(signed.summary).toContain('Tauri updater .sig (made again after signing)');
    for (const name of [NSIS, MSI]) {
      const file = path.join(root, 'bundles', name);
      expect(osslVerify(pki, file).ok).toBe(true);
      expect(minisignVerifies(file)).toBe(true);
      // Only the Tauri .sig: no .minisig asset appears next to the installer.
      expect(existsSync(`${file}.minisig`)).toBe(false);
    }
    const feed = await runBuiltAction('update-feed', { workspace: root, env: TAG, inputs: feedInputs() });
    expect(feed.errors).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(root, 'feeds', 'latest.json'), 'utf8')) as { platforms: Record<string, { signature: string }> };
    expect(manifest.platforms['windows-x86_64']!.signature).toBe(readFileSync(path.join(root, 'bundles', `${NSIS}.sig`), 'utf8'));
  });

  test('tauri-signature without the key is one error before anything is signed', async () => {
    const root = tauriBundles();
    const before = readFileSync(path.join(root, 'bundles', NSIS));
    const run = await runBuiltAction('codesign', { workspace: root, inputs: codesignInputs({ 'tauri-signature': 'true' }) });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(/have a Tauri updater \.sig that signing makes stale; tauri-signature is true, so give minisign-key \(the Tauri signing private key\) and minisign-password to make it again\.$/),
    ]);
    expect(readFileSync(path.join(root, 'bundles', NSIS)).equals(before)).toBe(true);
  });
});
