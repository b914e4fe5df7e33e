/** Sample release folders for the update-feed tests: deterministic bytes, block maps, Tauri signatures. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';

/** `size` bytes derived from `seed`: the same every run. */
export function bytesFor(seed: string, size: number): Buffer {
  const out = Buffer.alloc(size);
  let block = createHash('sha512').update(seed).digest();
  for (let at = 0; at < size; at += block.length) {
    block.copy(out, at, 0, Math.min(block.length, size - at));
    block = createHash('sha512').update(block).digest();
  }
  return out;
}

/** An electron-builder style block map (JSON, version 2) describing `size` bytes in chunks. */
function blockMapJson(size: number): string {
  const sizes: number[] = [];
  for (let left = size; left > 0; left -= Math.min(left, 4096)) sizes.push(Math.min(left, 4096));
  return JSON.stringify({ version: '2', files: [{ name: 'file', offset: 0, checksums: sizes.map((_, i) => `c${i}`), sizes }] });
}

export function write(root: string, name: string, content: string | Buffer): string {
  const file = path.join(root, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** A file with a `.blockmap` beside it, as electron-builder writes for NSIS installers and mac zips/dmgs. */
function withBlockMap(root: string, name: string, size: number): void {
  write(root, name, bytesFor(name, size));
  write(root, `${name}.blockmap`, gzipSync(Buffer.from(blockMapJson(size)), { level: 9 }));
}

/** An AppImage with its block map embedded at the end (deflated JSON, then its length, big-endian). */
function appImage(root: string, name: string, size: number): void {
  const body = bytesFor(name, size);
  const map = deflateRawSync(Buffer.from(blockMapJson(size)), { level: 9 });
  const length = Buffer.alloc(4);
  length.writeUInt32BE(map.length);
  write(root, name, Buffer.concat([body, map, length]));
}

/** A multi-platform electron-builder release, as the aggregate job sees it after signing. */
export function electronRelease(root: string, version = '1.2.0'): void {
  withBlockMap(root, `My App Setup ${version}.exe`, 70_001);
  withBlockMap(root, `MyApp-${version}-mac.zip`, 50_003);
  withBlockMap(root, `MyApp-${version}-arm64-mac.zip`, 48_005);
  withBlockMap(root, `MyApp-${version}.dmg`, 52_007);
  withBlockMap(root, `MyApp-${version}-arm64.dmg`, 51_009);
  appImage(root, `MyApp-${version}.AppImage`, 60_011);
  appImage(root, `MyApp-${version}-arm64.AppImage`, 58_013);
  write(root, `myapp_${version}_amd64.deb`, bytesFor('deb', 40_015));
  write(root, `myapp_${version}_arm64.deb`, bytesFor('deb-arm', 39_017));
  write(root, `myapp-${version}.x86_64.rpm`, bytesFor('rpm', 41_019));
  write(root, `MyApp-${version}-win.zip`, bytesFor('portable zip', 1_000));
  write(root, 'SHA256SUMS', 'not part of any feed\n');
}

export const TAURI_BUNDLES = [
  'MyApp_aarch64.app.tar.gz',
  'MyApp_x64.app.tar.gz',
  'MyApp_1.2.0_amd64.AppImage',
  'MyApp_1.2.0_amd64.deb',
  'MyApp_1.2.0_aarch64.AppImage',
  'MyApp_1.2.0_x64-setup.exe',
  'MyApp_1.2.0_x64_en-US.msi',
  'MyApp_1.2.0_arm64-setup.exe',
];

/** A fixed, well-formed minisign signature text (not a valid signature), for golden files. */
export function fakeTauriSig(name: string): string {
  const digest = createHash('sha512').update(name).digest();
  const sig = Buffer.concat([Buffer.from('ED'), digest.subarray(0, 8), digest, digest.subarray(0, 0)]).toString('base64');
  const minisig = `untrusted comment: signature from tauri secret key\n${sig}\ntrusted comment: timestamp:1767225600\tfile:${name}\n${digest.toString('base64')}\n`;
  return Buffer.from(minisig).toString('base64');
}

/** A Tauri v2 release: updater bundles with `.sig` beside each, and a .dmg, which is no updater bundle. */
export function tauriRelease(root: string, sign: (file: string) => string = (file) => fakeTauriSig(path.basename(file))): void {
  for (const name of TAURI_BUNDLES) {
    const file = write(root, name, bytesFor(name, 20_000 + name.length));
    write(root, `${name}.sig`, sign(file));
  }
  write(root, 'MyApp_1.2.0_aarch64.dmg', bytesFor('dmg', 3_000));
}

export interface MinisignKey {
  dir: string;
  publicKeyFile: string;
  secretKeyFile: string;
  /** Tauri's form: base64 of the .pub file. */
  tauriPubkey: string;
}

/** A real minisign key pair without a password. */
export function minisignKey(dir: string): MinisignKey {
  mkdirSync(dir, { recursive: true });
  const publicKeyFile = path.join(dir, 'key.pub');
  const secretKeyFile = path.join(dir, 'key.sec');
  execFileSync('minisign', ['-G', '-W', '-f', '-p', publicKeyFile, '-s', secretKeyFile], { stdio: 'pipe' });
  return { dir, publicKeyFile, secretKeyFile, tauriPubkey: readFileSync(publicKeyFile).toString('base64') };
}

/** Signs like `tauri signer sign`: a minisign signature, stored as the base64 of the .minisig file. */
export function tauriSign(key: MinisignKey, file: string): string {
  const out = path.join(key.dir, `${path.basename(file)}.minisig`);
  execFileSync('minisign', ['-S', '-s', key.secretKeyFile, '-m', file, '-x', out, '-t', `file:${path.basename(file)}`], { stdio: 'pipe' });
  return readFileSync(out).toString('base64');
}
