/**
 * The package-manager manifests, checked by the tools and schemas of each project: `ruby -c` and a
 * stub of Homebrew's DSL reading back url/sha256/version per platform; Scoop and winget against their
 * own published JSON schemas (vendored in test/fixtures/schemas); `nuget pack` on the nuspec, and the
 * nupkg opened; the PKGBUILD through `bash -n` and sourced in a clean shell to match its .SRCINFO.
 */
import { describe, expect, test } from '@jest/globals';
import { Ajv, type AnySchema } from 'ajv';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { classify, type ClassifiedAsset } from '../../src/distribute/assets.js';
import { aurFiles } from '../../src/distribute/aur.js';
import { chocolateyFiles } from '../../src/distribute/chocolatey.js';
import type { ManifestContext, ManifestFile } from '../../src/distribute/context.js';
import { homebrewFiles } from '../../src/distribute/homebrew.js';
import { nugetPack } from '../../src/distribute/nuget-feed.js';
import { scoopFiles } from '../../src/distribute/scoop.js';
import { WINGET_MANIFEST_VERSION, wingetFiles } from '../../src/distribute/winget.js';
import { ROOT } from '../harness/runner.js';

const SCHEMAS = path.join(ROOT, 'test/fixtures/schemas');
const sha = (name: string): string => createHash('sha256').update(name).digest('hex');
const BASE = 'https://github.com/octo-org/octo/releases/download/v1.2.3';

function release(names: string[], version = '1.2.3', prerelease = false): ManifestContext['release'] {
  const assets: ClassifiedAsset[] = names.map((name, i) => classify({ id: i + 1, name, size: 1000 + i, url: `${BASE}/${name}`, sha256: sha(name) }));
  return { tag: `v${version}`, version, prerelease, htmlUrl: `https://github.com/octo-org/octo/releases/tag/v${version}`, assets };
}

/** A Rust CLI with MSI, dmg, archives, deb and completions — the shape of the user's product. */
const RUST_CLI = [
  'octo-1.2.3-macos-arm64.tar.gz',
  'octo-1.2.3-macos-x64.tar.gz',
  'octo-1.2.3-linux-x64.tar.gz',
  'octo-1.2.3-linux-arm64.tar.gz',
  'octo-1.2.3-windows-x64.zip',
  'octo-1.2.3-windows-arm64.zip',
  'octo-1.2.3-windows-x64.msi',
  'Octo-1.2.3-macos-universal.dmg',
  'octo_1.2.3_amd64.deb',
  'octo-1.2.3-x86_64.rpm',
  'SHA256SUMS',
];

const context = (names = RUST_CLI): ManifestContext => ({ release: release(names), product: 'octo', repository: 'octo-org/octo', description: 'Octo does things', license: 'MIT' });

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'rk-manifests-'));
}

function writeAll(dir: string, files: readonly ManifestFile[]): void {
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.content);
  }
}

function ajv(): Ajv {
  const validator = new Ajv({ strict: false, allErrors: true });
  validator.addFormat('uri', (value: string) => URL.canParse(value));
  validator.addFormat('regex', (value: string) => {
    try {
      new RegExp(value);
      return true;
    } catch {
      return false;
    }
  });
  validator.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  validator.addFormat('long', () => true);
  return validator;
}

function schemaErrors(schemaFile: string, data: unknown): string[] {
  const validator = ajv();
  const validate = validator.compile(JSON.parse(readFileSync(path.join(SCHEMAS, schemaFile), 'utf8')) as AnySchema);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function brew(file: string): { urls: Record<string, { url: string; sha256: string }>; install: Array<[string, string[]]>; version: string; class?: string; cask?: string; app?: string; test?: boolean } {
  execFileSync('ruby', ['-c', file], { stdio: 'pipe' });
  return JSON.parse(execFileSync('ruby', [path.join(ROOT, 'test/fixtures/distribute/formula-dsl.rb'), file], { encoding: 'utf8' }));
}

describe('Homebrew', () => {
  test('the formula parses with ruby -c, and the DSL reads back url and sha256 per os/arch, the version, bin.install and completions', () => {
    const dir = tempDir();
    const files = homebrewFiles(context(), { tap: 'octo-org/homebrew-tap', bin: ['octo'], completions: { bash: 'completions/octo.bash', zsh: 'completions/_octo', fish: 'completions/octo.fish' }, prerelease: false });
    expect(files.map((f) => f.path)).toEqual(['Formula/octo.rb']);
    writeAll(dir, files);
    const formula = brew(path.join(dir, 'Formula/octo.rb'));
    expect(formula.class).toBe('Octo');
    expect(formula.version).toBe('1.2.3');
    expect(formula.urls).toEqual({
      'macos-arm': { url: `${BASE}/octo-1.2.3-macos-arm64.tar.gz`, sha256: sha('octo-1.2.3-macos-arm64.tar.gz') },
      'macos-intel': { url: `${BASE}/octo-1.2.3-macos-x64.tar.gz`, sha256: sha('octo-1.2.3-macos-x64.tar.gz') },
      'linux-arm': { url: `${BASE}/octo-1.2.3-linux-arm64.tar.gz`, sha256: sha('octo-1.2.3-linux-arm64.tar.gz') },
      'linux-intel': { url: `${BASE}/octo-1.2.3-linux-x64.tar.gz`, sha256: sha('octo-1.2.3-linux-x64.tar.gz') },
    });
    expect(formula.install).toEqual([
      ['bin', ['octo']],
      ['bash_completion', ['completions/octo.bash', 'octo']],
      ['zsh_completion', ['completions/_octo', '_octo']],
      ['fish_completion', ['completions/octo.fish', 'octo.fish']],
    ]);
    expect(formula.test).toBe(true);
  });

  test('the cask of the universal dmg has one url for both architectures and the app; hostile text stays a Ruby string', () => {
    const dir = tempDir();
    const ctx = { ...context(), description: 'Says "hi" #{`rm -rf /`} \\ done' };
    const files = homebrewFiles(ctx, { tap: 'octo-org/homebrew-tap', cask: { app: 'Octo.app' }, prerelease: false });
    expect(files.map((f) => f.path)).toEqual(['Formula/octo.rb', 'Casks/octo.rb']);
    writeAll(dir, files);
    const cask = brew(path.join(dir, 'Casks/octo.rb'));
    expect(cask).toMatchObject({ cask: 'octo', version: '1.2.3', app: 'Octo.app', desc: 'Says "hi" #{`rm -rf /`} \\ done' });
    expect(cask.urls).toEqual({ 'any-any': { url: `${BASE}/Octo-1.2.3-macos-universal.dmg`, sha256: sha('Octo-1.2.3-macos-universal.dmg') } });
  });

  test('a release without macOS or Linux archives is refused with the asset list', () => {
    expect(() => homebrewFiles(context(['octo-1.2.3-windows-x64.msi']), { tap: 'o/t', prerelease: false })).toThrow(/Homebrew: release v1\.2\.3 has no macOS or Linux CLI archive.*octo-1\.2\.3-windows-x64\.msi/);
  });
});

describe('Scoop', () => {
  test('the manifest is valid against Scoop\'s schema.json, with architecture, hash, bin, checkver and autoupdate', () => {
    const [file] = scoopFiles(context(), { bucket: 'octo-org/scoop-bucket', prerelease: false });
    expect(file!.path).toBe('bucket/octo.json');
    const manifest = JSON.parse(file!.content);
    expect(schemaErrors('scoop/schema.json', manifest)).toEqual([]);
    expect(manifest.architecture).toEqual({
      '64bit': { url: `${BASE}/octo-1.2.3-windows-x64.zip`, hash: sha('octo-1.2.3-windows-x64.zip') },
      arm64: { url: `${BASE}/octo-1.2.3-windows-arm64.zip`, hash: sha('octo-1.2.3-windows-arm64.zip') },
    });
    expect(manifest.bin).toEqual(['octo.exe']);
    expect(manifest.checkver).toEqual({ github: 'https://github.com/octo-org/octo' });
    expect(manifest.autoupdate.architecture['64bit'].url).toBe('https://github.com/octo-org/octo/releases/download/v$version/octo-$version-windows-x64.zip');
  });

  test('the schema validator is not a rubber stamp: a manifest without a licence fails it', () => {
    const [file] = scoopFiles(context(), { bucket: 'o/b', prerelease: false });
    const manifest = JSON.parse(file!.content);
    delete manifest.license;
    expect(schemaErrors('scoop/schema.json', manifest)).toContain(" must have required property 'license'");
  });
});

describe('winget', () => {
  test(`the version, installer and defaultLocale manifests are valid against the ${WINGET_MANIFEST_VERSION} schemas, in winget-pkgs' folder layout`, () => {
    const files = wingetFiles(context(), { 'package-identifier': 'OctoOrg.Octo', publisher: 'Octo Org', repository: 'microsoft/winget-pkgs', fork: true, prerelease: false });
    expect(files.map((f) => f.path)).toEqual([
      'manifests/o/OctoOrg/Octo/1.2.3/OctoOrg.Octo.yaml',
      'manifests/o/OctoOrg/Octo/1.2.3/OctoOrg.Octo.installer.yaml',
      'manifests/o/OctoOrg/Octo/1.2.3/OctoOrg.Octo.locale.en-US.yaml',
    ]);
    const [version, installer, locale] = files.map((f) => parseYaml(f.content));
    expect(schemaErrors(`winget-1.28.0/manifest.version.${WINGET_MANIFEST_VERSION}.json`, version)).toEqual([]);
    expect(schemaErrors(`winget-1.28.0/manifest.installer.${WINGET_MANIFEST_VERSION}.json`, installer)).toEqual([]);
    expect(schemaErrors(`winget-1.28.0/manifest.defaultLocale.${WINGET_MANIFEST_VERSION}.json`, locale)).toEqual([]);
    expect(installer).toMatchObject({ InstallerType: 'msi', Installers: [{ Architecture: 'x64', InstallerUrl: `${BASE}/octo-1.2.3-windows-x64.msi`, InstallerSha256: sha('octo-1.2.3-windows-x64.msi').toUpperCase() }] });
    expect(files[0]!.content).toContain(`# yaml-language-server: $schema=https://aka.ms/winget-manifest.version.${WINGET_MANIFEST_VERSION}.schema.json`);
  });

  test('an NSIS installer is listed as nullsoft (winget knows its silent switch); the schema rejects a wrong InstallerType', () => {
    const files = wingetFiles(context(['octo-setup-1.2.3-windows-x64.exe']), { 'package-identifier': 'OctoOrg.Octo', publisher: 'Octo Org', repository: 'microsoft/winget-pkgs', fork: true, prerelease: false });
    const installer = parseYaml(files[1]!.content);
    expect(installer).toMatchObject({ InstallerType: 'nullsoft' });
    expect(installer.InstallerSwitches).toBeUndefined();
    expect(schemaErrors(`winget-1.28.0/manifest.installer.${WINGET_MANIFEST_VERSION}.json`, installer)).toEqual([]);
    expect(schemaErrors(`winget-1.28.0/manifest.installer.${WINGET_MANIFEST_VERSION}.json`, { ...installer, InstallerType: 'nsis' })).not.toEqual([]);
  });
});

describe('Chocolatey', () => {
  test('nuget pack packs the nuspec; the nupkg holds the id, version and an install script with the MSI url, sha256 and /qn', async () => {
    const dir = tempDir();
    const files = chocolateyFiles(context(), { authors: 'Octo Org', feed: 'https://push.chocolatey.org/', tags: ['cli', 'octo'], prerelease: false });
    writeAll(path.join(dir, 'package'), files);
    const nupkg = await nugetPack(path.join(dir, 'package'), files[0]!.path, path.join(dir, 'out'));
    expect(path.basename(nupkg)).toBe('octo.1.2.3.nupkg');
    const list = execFileSync('unzip', ['-Z1', nupkg], { encoding: 'utf8' }).split('\n');
    expect(list).toEqual(expect.arrayContaining(['octo.nuspec', 'tools/chocolateyinstall.ps1']));
    const nuspec = execFileSync('unzip', ['-p', nupkg, 'octo.nuspec'], { encoding: 'utf8' });
    expect(nuspec).toMatch(/<id>octo<\/id>/);
    expect(nuspec).toMatch(/<version>1\.2\.3<\/version>/);
    expect(nuspec).toMatch(/<tags>cli octo<\/tags>/);
    const script = execFileSync('unzip', ['-p', nupkg, 'tools/chocolateyinstall.ps1'], { encoding: 'utf8' });
    expect(script).toContain(`url64bit       = '${BASE}/octo-1.2.3-windows-x64.msi'`);
    expect(script).toContain(`checksum64     = '${sha('octo-1.2.3-windows-x64.msi')}'`);
    expect(script).toContain("fileType       = 'msi'");
    expect(script).toContain("silentArgs     = '/qn /norestart'");
    expect(script).toContain('Install-ChocolateyPackage @packageArgs');
  });

  test('an NSIS installer runs with /S; a prerelease version becomes SemVer 1 for the feed', async () => {
    const ctx = { ...context(['octo-setup-1.3.0-beta.1-windows-x64.exe']), release: release(['octo-setup-1.3.0-beta.1-windows-x64.exe'], '1.3.0-beta.1', true) };
    const files = chocolateyFiles(ctx, { authors: 'Octo Org', feed: 'https://push.chocolatey.org/', prerelease: true });
    expect(files[1]!.content).toContain("silentArgs     = '/S'");
    expect(files[1]!.content).toContain("fileType       = 'exe'");
    const dir = tempDir();
    writeAll(path.join(dir, 'package'), files);
    expect(path.basename(await nugetPack(path.join(dir, 'package'), files[0]!.path, path.join(dir, 'out')))).toBe('octo.1.3.0-beta1.nupkg');
  });
});

describe('AUR', () => {
  test('the PKGBUILD passes bash -n, and sourcing it in a clean shell gives exactly the .SRCINFO fields', () => {
    const dir = tempDir();
    const files = aurFiles({ ...context(), description: "Octo's tool" }, { remote: 'ssh://aur@aur.archlinux.org/octo-bin.git', maintainer: 'Octo Org <dev@octo.example>', depends: ['glibc'], prerelease: false });
    writeAll(dir, files);
    execFileSync('bash', ['-n', path.join(dir, 'PKGBUILD')]);
    const script = `set -eu; source ./PKGBUILD
      printf 'pkgbase = %s\\n' "$pkgname"; printf 'pkgdesc = %s\\n' "$pkgdesc"; printf 'pkgver = %s\\n' "$pkgver"; printf 'pkgrel = %s\\n' "$pkgrel"; printf 'url = %s\\n' "$url"
      for a in "\${arch[@]}"; do printf 'arch = %s\\n' "$a"; done
      for l in "\${license[@]}"; do printf 'license = %s\\n' "$l"; done
      for d in "\${depends[@]}"; do printf 'depends = %s\\n' "$d"; done
      for p in "\${provides[@]}"; do printf 'provides = %s\\n' "$p"; done
      for c in "\${conflicts[@]}"; do printf 'conflicts = %s\\n' "$c"; done
      for a in "\${arch[@]}"; do
        eval 'for s in "\${source_'"$a"'[@]}"; do printf "source_%s = %s\\n" "$a" "$s"; done'
        eval 'for s in "\${sha256sums_'"$a"'[@]}"; do printf "sha256sums_%s = %s\\n" "$a" "$s"; done'
      done
      printf 'pkgname = %s\\n' "$pkgname"`;
    const sourced = execFileSync('env', ['-i', 'bash', '--noprofile', '--norc', '-c', script], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
    const srcinfo = readFileSync(path.join(dir, '.SRCINFO'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    expect(sourced).toEqual(srcinfo);
    expect(srcinfo).toContain(`source_x86_64 = ${BASE}/octo-1.2.3-linux-x64.tar.gz`);
    expect(srcinfo).toContain(`sha256sums_aarch64 = ${sha('octo-1.2.3-linux-arm64.tar.gz')}`);
    expect(srcinfo).toContain("pkgdesc = Octo's tool");
  });
});
