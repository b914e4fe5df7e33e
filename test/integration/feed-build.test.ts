/**
 * Update feeds built from sample releases: compared with golden files, read back the way the updaters
 * read them (electron-updater: its own parseUpdateInfo and resolveFiles into builder-util-runtime's UpdateInfo, downloads
 * checked by builder-util-runtime's DigestTransform; Tauri: `minisign -V` on every bundle), and
 * checked by verifyFeed, which catches a file changed after the feed was built.
 */
import { describe, expect, test } from '@jest/globals';
import { DigestTransform, type UpdateInfo } from 'builder-util-runtime';
import { execFileSync } from 'node:child_process';
import { appendFileSync, createReadStream, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { buildFeeds, type FeedRequest } from '../../src/feed/build.ts';
import { parsePublicKey } from '../../src/feed/minisign.ts';
import { verifyFeed } from '../../src/feed/verify.ts';
import { storedAssetName } from '../../src/kit/asset-name.ts';
import { ROOT, tempDir } from '../harness/runner.ts';
import { electronRelease, minisignKey, tauriRelease, tauriSign, TAURI_BUNDLES } from './feed-fixtures.ts';
import { createRequire } from 'node:module';

/** electron-updater's own feed reading: parseUpdateInfo (js-yaml `load`) and resolveFiles (URLs against the provider's base). */
const provider = createRequire(import.meta.url)('electron-updater/out/providers/Provider.js') as {
  parseUpdateInfo(raw: string, channelFile: string, url: URL): UpdateInfo;
  resolveFiles(info: UpdateInfo, baseUrl: URL): Array<{ url: URL; info: UpdateInfo['files'][number] }>;
};
const jsYaml = { safeLoad: (text: string, name = 'latest.yml'): UpdateInfo => provider.parseUpdateInfo(text, name, new URL(name, BASE)) };
const GOLDEN = path.join(ROOT, 'test/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const BASE = 'https://github.com/octo-org/octo-app/releases/download/v1.2.0/';

function release(kind: 'electron' | 'tauri', fill: (root: string) => void): { root: string; files: string[] } {
  const root = tempDir(`feed-${kind}-`);
  fill(root);
  return { root, files: readdirSync(root).map((name) => path.join(root, name)) };
}

function request(files: string[], root: string, extra: Partial<FeedRequest> = {}): FeedRequest {
  return {
    files,
    version: '1.2.0',
    electron: false,
    tauri: false,
    outputDir: path.join(root, 'feeds'),
    releaseDate: '2026-05-01T12:00:00.000Z',
    tauriBaseUrl: BASE,
    channel: 'latest',
    knownChannels: ['alpha', 'beta'],
    notes: 'Faster start-up; fixes the tray icon on Linux.',
    tauriPlatforms: [],
    tauriWindowsInstaller: 'nsis',
    ...extra,
  };
}

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (UPDATE) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** Streams a file through electron-updater's own download check. */
async function digestCheck(file: string, sha512: string): Promise<void> {
  await pipeline(createReadStream(file), new DigestTransform(sha512), new Writable({ write: (_chunk, _encoding, done) => done() }));
}

describe('electron-updater feeds', () => {
  test('one feed per OS (Linux per architecture), x64 and arm64 Macs in one file, every channel: as the golden files', async () => {
    const { root, files } = release('electron', (dir) => electronRelease(dir));
    const result = await buildFeeds(request(files, root, { electron: true, stagingPercentage: 25 }));
    const written = readdirSync(path.join(root, 'feeds')).sort();
    expect(written).toEqual(
      ['', '-linux', '-linux-arm64', '-mac'].flatMap((suffix) => ['alpha', 'beta', 'latest'].map((channel) => `${channel}${suffix}.yml`)).sort(),
    );
    for (const name of ['latest.yml', 'latest-mac.yml', 'latest-linux.yml', 'latest-linux-arm64.yml']) {
      const content = readFileSync(path.join(root, 'feeds', name), 'utf8');
      golden(`feed-${name}`, content);
      // A stable release writes the same feed for every channel, so beta and alpha users get it too.
      for (const channel of ['alpha', 'beta']) expect(readFileSync(path.join(root, 'feeds', name.replace('latest', channel)), 'utf8')).toBe(content);
    }
    expect(result.skipped).toEqual([expect.objectContaining({ name: 'MyApp-1.2.0-win.zip' })]);
    expect(result.warnings).toEqual([]);
  });

  test('electron-updater reads every feed (its parseUpdateInfo and resolveFiles), and DigestTransform accepts every file', async () => {
    const { root, files } = release('electron', (dir) => electronRelease(dir));
    await buildFeeds(request(files, root, { electron: true }));
    const byStoredName = new Map(files.map((file) => [storedAssetName(path.basename(file)), file]));
    let checked = 0;
    for (const name of ['latest.yml', 'latest-mac.yml', 'latest-linux.yml', 'latest-linux-arm64.yml']) {
      const info = jsYaml.safeLoad(readFileSync(path.join(root, 'feeds', name), 'utf8')) as UpdateInfo;
      expect(info.version).toBe('1.2.0');
      expect(typeof info.releaseDate).toBe('string');
      expect(new Date(info.releaseDate).toISOString()).toBe('2026-05-01T12:00:00.000Z');
      expect(info.path).toBe(info.files[0]!.url);
      expect(info.sha512).toBe(info.files[0]!.sha512);
      for (const { url, info: file } of provider.resolveFiles(info, new URL(BASE))) {
        // electron-updater resolves each url against the release's download URL (newUrlFromBase).
        const local = byStoredName.get(decodeURIComponent(url.pathname.split('/').pop()!));
        expect(local).toBeDefined();
        expect(file.size).toBe(readFileSync(local!).length);
        await digestCheck(local!, file.sha512);
        checked++;
      }
    }
    expect(checked).toBe(10);
    // The name GitHub stores is what the feed names: a space would break the download.
    expect(readFileSync(path.join(root, 'feeds/latest.yml'), 'utf8')).toContain('url: My.App.Setup.1.2.0.exe\n');
    // MacUpdater keeps the files with "arm64" in the URL for Apple silicon and the others for Intel, then takes the zip.
    const mac = jsYaml.safeLoad(readFileSync(path.join(root, 'feeds/latest-mac.yml'), 'utf8')) as UpdateInfo;
    expect(mac.files.filter((f) => f.url.includes('arm64')).map((f) => f.url)).toEqual(['MyApp-1.2.0-arm64-mac.zip', 'MyApp-1.2.0-arm64.dmg']);
    expect(mac.files.filter((f) => !f.url.includes('arm64')).map((f) => f.url)).toEqual(['MyApp-1.2.0-mac.zip', 'MyApp-1.2.0.dmg']);
    // A tampered download fails electron-updater's check.
    const tampered = path.join(root, 'tampered.zip');
    writeFileSync(tampered, Buffer.concat([readFileSync(byStoredName.get('MyApp-1.2.0-mac.zip')!), Buffer.from('x')]));
    await expect(digestCheck(tampered, mac.files[0]!.sha512)).rejects.toThrow(/sha512 checksum mismatch/);
  });

  test('block map sizes: the .blockmap beside an installer, the block map embedded in an AppImage', async () => {
    const { root, files } = release('electron', (dir) => electronRelease(dir));
    await buildFeeds(request(files, root, { electron: true }));
    const windows = jsYaml.safeLoad(readFileSync(path.join(root, 'feeds/latest.yml'), 'utf8')) as UpdateInfo;
    expect(windows.files[0]!.blockMapSize).toBe(readFileSync(path.join(root, 'My App Setup 1.2.0.exe.blockmap')).length);
    const linux = jsYaml.safeLoad(readFileSync(path.join(root, 'feeds/latest-linux.yml'), 'utf8')) as UpdateInfo;
    const appImage = readFileSync(path.join(root, 'MyApp-1.2.0.AppImage'));
    expect(linux.files[0]!.blockMapSize).toBe(appImage.readUInt32BE(appImage.length - 4));
    expect(linux.files[1]!.blockMapSize).toBeUndefined();
  });

  test('a block map made before signing is a warning; a .blockmap left out of the files too', async () => {
    const { root, files } = release('electron', (dir) => electronRelease(dir));
    appendFileSync(path.join(root, 'MyApp-1.2.0-mac.zip'), Buffer.alloc(512, 1));
    const result = await buildFeeds(request(files.filter((file) => !file.endsWith('MyApp-1.2.0.dmg.blockmap')), root, { electron: true }));
    expect(result.warnings).toEqual([
      expect.stringMatching(/^MyApp-1\.2\.0\.dmg\.blockmap is not among the files/),
      expect.stringMatching(/^The block map of MyApp-1\.2\.0-mac\.zip describes 50003 bytes but the file has 50515: it was made before the file changed/),
    ]);
  });

  test('a beta writes beta and alpha feeds, never latest; an rc outside the known channels only its own', async () => {
    const beta = release('electron', (dir) => electronRelease(dir, '1.3.0-beta.2'));
    await buildFeeds(request(beta.files, beta.root, { electron: true, version: '1.3.0-beta.2', channel: 'beta' }));
    expect(readdirSync(path.join(beta.root, 'feeds')).sort()).toEqual(
      ['alpha-linux-arm64.yml', 'alpha-linux.yml', 'alpha-mac.yml', 'alpha.yml', 'beta-linux-arm64.yml', 'beta-linux.yml', 'beta-mac.yml', 'beta.yml'],
    );
    const rc = release('electron', (dir) => electronRelease(dir, '1.3.0-rc.1'));
    await buildFeeds(request(rc.files, rc.root, { electron: true, version: '1.3.0-rc.1', channel: 'rc' }));
    expect(readdirSync(path.join(rc.root, 'feeds')).sort()).toEqual(['rc-linux-arm64.yml', 'rc-linux.yml', 'rc-mac.yml', 'rc.yml']);
  });

  test('with base-url the urls are absolute', async () => {
    const { root, files } = release('electron', (dir) => electronRelease(dir));
    await buildFeeds(request(files, root, { electron: true, electronBaseUrl: 'https://downloads.example.com/app/1.2.0/' }));
    const info = jsYaml.safeLoad(readFileSync(path.join(root, 'feeds/latest.yml'), 'utf8')) as UpdateInfo;
    expect(info.files[0]!.url).toBe('https://downloads.example.com/app/1.2.0/My.App.Setup.1.2.0.exe');
  });

  test('stale feed: a file signed again after the feed was built fails verifyFeed, naming the file', async () => {
    const { root, files } = release('electron', (dir) => electronRelease(dir));
    await buildFeeds(request(files, root, { electron: true }));
    const feed = path.join(root, 'feeds/latest-mac.yml');
    const ok = await verifyFeed({ feedFile: feed, dir: root });
    expect(ok.problems).toEqual([]);
    expect(ok.checks.map((c) => c.entry)).toEqual(['MyApp-1.2.0-mac.zip', 'MyApp-1.2.0-arm64-mac.zip', 'MyApp-1.2.0.dmg', 'MyApp-1.2.0-arm64.dmg']);
    // Re-signing rewrites bytes in place (same size here), as codesign/notarization stapling does.
    const zip = path.join(root, 'MyApp-1.2.0-arm64-mac.zip');
    const bytes = readFileSync(zip);
    bytes[100] = bytes[100]! ^ 0xff;
    writeFileSync(zip, bytes);
    const stale = await verifyFeed({ feedFile: feed, dir: root });
    expect(stale.problems).toHaveLength(1);
    expect(stale.problems[0]!.problem).toMatch(/^MyApp-1\.2\.0-arm64-mac\.zip: sha512 is \S+, but latest-mac\.yml lists \S+: the file changed after the feed was built/);
    // A size change is named as such; a missing file too.
    appendFileSync(path.join(root, 'MyApp-1.2.0.dmg'), 'signature');
    rmSync(path.join(root, 'MyApp-1.2.0-mac.zip'));
    const worse = await verifyFeed({ feedFile: feed, dir: root });
    expect(worse.problems.map((p) => p.problem)).toEqual([
      expect.stringMatching(/^MyApp-1\.2\.0-mac\.zip is missing/),
      expect.stringMatching(/^MyApp-1\.2\.0-arm64-mac\.zip: sha512 is/),
      expect.stringMatching(/^MyApp-1\.2\.0\.dmg: size is 52016, but latest-mac\.yml lists 52007/),
    ]);
  });

  test('verifyFeed downloads from a base URL: every file checked, a 404 named', async () => {
    const { root, files } = release('electron', (dir) => electronRelease(dir));
    await buildFeeds(request(files, root, { electron: true }));
    const byStored = new Map(files.map((file) => [storedAssetName(path.basename(file)), file]));
    const requested: string[] = [];
    const server = createServer((req, res) => {
      const name = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
      requested.push(name);
      const file = byStored.get(name);
      if (!file || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/releases/download/v1.2.0/`;
      const ok = await verifyFeed({ feedFile: path.join(root, 'feeds/latest-linux.yml'), baseUrl });
      expect(ok.problems).toEqual([]);
      expect(ok.checks.every((check) => check.source.startsWith(baseUrl))).toBe(true);
      expect(requested.sort()).toEqual(['MyApp-1.2.0.AppImage', 'myapp-1.2.0.x86_64.rpm', 'myapp_1.2.0_amd64.deb']);
      rmSync(path.join(root, 'myapp_1.2.0_amd64.deb'));
      const missing = await verifyFeed({ feedFile: path.join(root, 'feeds/latest-linux.yml'), baseUrl });
      expect(missing.problems.map((p) => p.problem)).toEqual([expect.stringMatching(/^myapp_1\.2\.0_amd64\.deb cannot be downloaded \(HTTP 404/)]);
    } finally {
      server.close();
    }
  });
});

describe('Tauri latest.json', () => {
  test('every platform and installer key, the .sig content, the stored names: as the golden file', async () => {
    const { root, files } = release('tauri', (dir) => tauriRelease(dir));
    const result = await buildFeeds(request(files, root, { tauri: true, tauriPlatforms: ['darwin-aarch64', 'darwin-x86_64', 'linux-x86_64', 'windows-x86_64'] }));
    golden('feed-latest.json', readFileSync(path.join(root, 'feeds/latest.json'), 'utf8'));
    expect(result.skipped).toEqual([{ name: 'MyApp_1.2.0_aarch64.dmg', reason: expect.stringContaining('not a Tauri updater bundle') }]);
  });

  test('windows-<arch> follows tauri-windows-installer; a universal Mac bundle serves both Mac keys', async () => {
    const { root, files } = release('tauri', (dir) => {
      tauriRelease(dir);
      for (const name of ['MyApp_aarch64.app.tar.gz', 'MyApp_x64.app.tar.gz']) {
        rmSync(path.join(dir, name));
        rmSync(path.join(dir, `${name}.sig`));
      }
      writeFileSync(path.join(dir, 'MyApp_universal.app.tar.gz'), 'universal');
      writeFileSync(path.join(dir, 'MyApp_universal.app.tar.gz.sig'), readFileSync(path.join(dir, 'MyApp_1.2.0_amd64.deb.sig')));
    });
    await buildFeeds(request(files, root, { tauri: true, tauriWindowsInstaller: 'msi' }));
    const manifest = JSON.parse(readFileSync(path.join(root, 'feeds/latest.json'), 'utf8')) as { platforms: Record<string, { url: string }> };
    expect(manifest.platforms['windows-x86_64']!.url).toBe(`${BASE}MyApp_1.2.0_x64_en-US.msi`);
    expect(manifest.platforms['windows-aarch64']!.url).toBe(`${BASE}MyApp_1.2.0_arm64-setup.exe`);
    for (const key of ['darwin-x86_64', 'darwin-aarch64', 'darwin-x86_64-app', 'darwin-aarch64-app']) {
      expect(manifest.platforms[key]!.url).toBe(`${BASE}MyApp_universal.app.tar.gz`);
    }
  });

  test('real minisign signatures: each platform verifies with minisign -V after converting the .sig; verifyFeed agrees', async () => {
    const keyDir = tempDir('minisign-');
    const key = minisignKey(keyDir);
    const { root, files } = release('tauri', (dir) => tauriRelease(dir, (file) => tauriSign(key, file)));
    await buildFeeds(request(files, root, { tauri: true, tauriPublicKey: readFileSync(key.publicKeyFile, 'utf8').trim().split('\n')[1]! }));
    const manifest = JSON.parse(readFileSync(path.join(root, 'feeds/latest.json'), 'utf8')) as { platforms: Record<string, { url: string; signature: string }> };
    expect(Object.keys(manifest.platforms)).toHaveLength(14);
    for (const [platform, entry] of Object.entries(manifest.platforms)) {
      const file = path.join(root, entry.url.slice(BASE.length));
      const sigFile = path.join(keyDir, `${platform}.minisig`);
      writeFileSync(sigFile, Buffer.from(entry.signature, 'base64'));
      const out = execFileSync('minisign', ['-V', '-p', key.publicKeyFile, '-m', file, '-x', sigFile], { encoding: 'utf8' });
      expect(out).toContain('Signature and comment signature verified');
    }
    const report = await verifyFeed({ feedFile: path.join(root, 'feeds/latest.json'), dir: root, publicKey: parsePublicKey(key.tauriPubkey)! });
    expect(report.problems).toEqual([]);
    expect(report.checks).toHaveLength(14);
  });

  test('stale: a bundle rebuilt and signed again after latest.json was built fails verifyFeed, naming it; build with public-key refuses a bundle newer than its .sig', async () => {
    const keyDir = tempDir('minisign-');
    const key = minisignKey(keyDir);
    const keyLine = readFileSync(key.publicKeyFile, 'utf8').trim().split('\n')[1]!;
    const { root, files } = release('tauri', (dir) => tauriRelease(dir, (file) => tauriSign(key, file)));
    await buildFeeds(request(files, root, { tauri: true }));
    const bundle = path.join(root, 'MyApp_1.2.0_x64-setup.exe');
    appendFileSync(bundle, 'signed again');
    writeFileSync(`${bundle}.sig`, tauriSign(key, bundle));
    const report = await verifyFeed({ feedFile: path.join(root, 'feeds/latest.json'), dir: root, publicKey: keyLine });
    expect(report.problems.map((p) => p.entry).sort()).toEqual(['windows-x86_64', 'windows-x86_64-nsis']);
    expect(report.problems[0]!.problem).toMatch(/MyApp_1\.2\.0_x64-setup\.exe does not match its signature in latest\.json/);
    // The other way round: the bundle changed but its .sig is the old one.
    appendFileSync(path.join(root, 'MyApp_aarch64.app.tar.gz'), 'stapled');
    await expect(buildFeeds(request(files, root, { tauri: true, tauriPublicKey: keyLine }))).rejects.toThrow(/do not match their \.sig under public-key[^]*- MyApp_aarch64\.app\.tar\.gz: /);
  });

  test('missing platforms are one error listing them; a bundle without its .sig is an error', async () => {
    const { root, files } = release('tauri', (dir) => tauriRelease(dir));
    const withoutLinuxArm = files.filter((file) => !path.basename(file).startsWith('MyApp_1.2.0_aarch64.AppImage'));
    await expect(buildFeeds(request(withoutLinuxArm, root, { tauri: true, tauriPlatforms: ['linux-aarch64', 'darwin-aarch64', 'windows-aarch64-msi'] }))).rejects.toThrow(
      'latest.json would lack the platforms linux-aarch64, windows-aarch64-msi required by tauri-platforms (it has: darwin-aarch64, darwin-aarch64-app',
    );
    rmSync(path.join(root, 'MyApp_1.2.0_x64_en-US.msi.sig'));
    await expect(buildFeeds(request(files, root, { tauri: true }))).rejects.toThrow(/^No signature beside MyApp_1\.2\.0_x64_en-US\.msi: Tauri writes/);
    expect(existsSync(path.join(root, 'feeds'))).toBe(false);
  });

  test('verifyFeed refuses URLs of a draft release ("untagged-…"), which break once it is published', async () => {
    const key = minisignKey(tempDir('minisign-'));
    const { root, files } = release('tauri', (dir) => tauriRelease(dir, (file) => tauriSign(key, file)));
    await buildFeeds(request(files, root, { tauri: true, tauriBaseUrl: 'https://github.com/octo-org/octo-app/releases/download/untagged-4f2a9c/' }));
    const report = await verifyFeed({ feedFile: path.join(root, 'feeds/latest.json'), dir: root, publicKey: parsePublicKey(key.tauriPubkey)! });
    expect(report.problems).toHaveLength(14);
    expect(report.problems[0]!.problem).toBe('darwin-aarch64: the URL points to a draft release ("untagged-…"), which stops working when the release is published; use the tag in the URL');
  });

  test('verifyFeed on latest.json needs the public key', async () => {
    const { root, files } = release('tauri', (dir) => tauriRelease(dir));
    await buildFeeds(request(files, root, { tauri: true }));
    await expect(verifyFeed({ feedFile: path.join(root, 'feeds/latest.json'), dir: root })).rejects.toThrow(/needs the updater's public key/);
    expect(TAURI_BUNDLES.length).toBe(8);
  });
});
