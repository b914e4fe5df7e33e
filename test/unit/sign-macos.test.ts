/**
 * The macOS signer on any system: Apple's tools are replaced by a recording fake that keeps every
 * call's arguments in order (and does what the real tool does to the file system: ditto copies,
 * codesign leaves its mark, productsign writes its output). The tests check the commands, the
 * inside-out order on a real bundle tree, the keychain's life from creation to deletion with the
 * search list restored, and that cleanup happens when signing fails.
 */
import { describe, expect, test } from '@jest/globals';
import { cpSync, existsSync, rmSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../src/kit/errors.js';
import { ToolError, type ToolOptions, type ToolResult } from '../../src/kit/exec.js';
import { removeLeftovers } from '../../src/sign/leftovers.js';
import type { AppleToolName, AppleTools } from '../../src/sign/macos/apple-tools.js';
import { deepestFirst, nestedCode } from '../../src/sign/macos/bundle.js';
import { parseIdentities, parseKeychainList, restoredSearchList } from '../../src/sign/macos/keychain.js';
import { chooseIdentity, MacosSigner, type MacosSignerOptions } from '../../src/sign/macos/macos.js';
import { tempDir } from '../harness/runner.js';

const APP_SHA = 'A1B2C3D4E5F60718293A4B5C6D7E8F9001122334';
const DEV_SHA = '1111111111111111111111111111111111111111';
const INSTALLER_SHA = 'B1B2C3D4E5F60718293A4B5C6D7E8F9001122335';
const APP_NAME = 'Developer ID Application: Example Ltd (AB12CD34EF)';
const INSTALLER_NAME = 'Developer ID Installer: Example Ltd (AB12CD34EF)';
const LOGIN = '/Users/runner/Library/Keychains/login.keychain-db';
const SYSTEM = '/Library/Keychains/System.keychain';
const P12_PASSWORD = 'p12 password';
const MACHO = Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00, 0x00, 0x01, ...Array(56).fill(0)]);
const FAT = Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x02, ...Array(56).fill(0)]);

/** A fake .p12: DER starts with a SEQUENCE. */
const p12 = (): string => Buffer.concat([Buffer.from([0x30, 0x82, 0x0a, 0x00]), Buffer.alloc(200, 9)]).toString('base64');

type Call = [AppleToolName, ...string[]];

interface FakeBehaviour {
  /** A result for a call, or undefined to do what the real tool would. */
  override?: (tool: AppleToolName, args: readonly string[]) => ToolResult | undefined;
  identities?: string;
  allIdentities?: string;
  spctl?: ToolResult;
}

const ok = (stdout = ''): ToolResult => ({ exitCode: 0, stdout, stderr: '' });

/** Records every call in order; acts on the file system like the real tools. */
class RecordingAppleTools implements AppleTools {
  readonly calls: Call[] = [];
  searchList = [LOGIN, SYSTEM];
  readonly keychains = new Set<string>();
  /** Modes of the .p12 file and its folder when security import read it. */
  readonly importedModes: Array<{ file: number; dir: number }> = [];
  behaviour: FakeBehaviour;

  constructor(behaviour: FakeBehaviour = {}) {
    this.behaviour = behaviour;
  }

  async #call(tool: AppleToolName, args: readonly string[], options: ToolOptions, act: () => ToolResult): Promise<ToolResult> {
    this.calls.push([tool, ...args]);
    const result = this.behaviour.override?.(tool, args) ?? act();
    if (result.exitCode !== 0 && !options.allowFailure) throw new ToolError(`${tool} ${args.join(' ')} failed (exit ${result.exitCode}):\n${result.stderr}`, result);
    return result;
  }

  security(args: readonly string[], options: ToolOptions = {}): Promise<ToolResult> {
    return this.#call('security', args, options, () => {
      switch (args[0]) {
        case 'list-keychains': {
          const s = args.indexOf('-s');
          if (s >= 0) this.searchList = args.slice(s + 1);
          return ok(this.searchList.map((k) => `    "${k}"\n`).join(''));
        }
        case 'create-keychain':
          this.keychains.add(args[args.length - 1]!);
          writeFileSync(args[args.length - 1]!, 'keychain');
          return ok();
        case 'delete-keychain': {
          const keychain = args[1]!;
          if (!this.keychains.delete(keychain)) return { exitCode: 50, stdout: '', stderr: 'security: SecKeychainOpen: The specified keychain could not be found.' };
          this.searchList = this.searchList.filter((k) => k !== keychain);
          rmSync(keychain, { force: true });
          return ok();
        }
        case 'import':
          this.importedModes.push({ file: statSync(args[1]!).mode & 0o777, dir: statSync(path.dirname(args[1]!)).mode & 0o777 });
          return ok('1 identity imported.');
        case 'find-identity':
          return ok(
            args.includes('codesigning')
              ? (this.behaviour.identities ?? `  1) ${APP_SHA} "${APP_NAME}"\n     1 valid identities found\n`)
              : (this.behaviour.allIdentities ?? `  1) ${APP_SHA} "${APP_NAME}"\n  2) ${INSTALLER_SHA} "${INSTALLER_NAME}"\n     2 valid identities found\n`),
          );
        default:
          return ok();
      }
    });
  }

  codesign(args: readonly string[], options: ToolOptions = {}): Promise<ToolResult> {
    return this.#call('codesign', args, options, () => {
      if (args[0] === '--verify') return { exitCode: 0, stdout: '', stderr: `${args[args.length - 1]}: valid on disk\n${args[args.length - 1]}: satisfies its Designated Requirement` };
      const target = args[args.length - 1]!;
      // Leave a mark where the real codesign writes its signature.
      if (statSync(target).isDirectory()) {
        const where = existsSync(path.join(target, 'Contents')) ? path.join(target, 'Contents', '_CodeSignature') : path.join(target, '_CodeSignature');
        mkdirSync(where, { recursive: true });
        writeFileSync(path.join(where, 'CodeResources'), 'signed');
      } else {
        writeFileSync(target, Buffer.concat([readFileSync(target), Buffer.from('SIGNED')]));
      }
      return ok();
    });
  }

  productsign(args: readonly string[], options: ToolOptions = {}): Promise<ToolResult> {
    return this.#call('productsign', args, options, () => {
      const [input, output] = args.slice(-2) as [string, string];
      writeFileSync(output, Buffer.concat([readFileSync(input), Buffer.from('SIGNED')]));
      return ok('productsign: signing product with identity');
    });
  }

  spctl(args: readonly string[], options: ToolOptions = {}): Promise<ToolResult> {
    return this.#call('spctl', args, options, () => this.behaviour.spctl ?? { exitCode: 3, stdout: '', stderr: `${args[args.length - 1]}: rejected\nsource=Unnotarized Developer ID\norigin=${APP_NAME}` });
  }

  ditto(args: readonly string[], options: ToolOptions = {}): Promise<ToolResult> {
    return this.#call('ditto', args, options, () => {
      cpSync(args[0]!, args[1]!, { recursive: true, verbatimSymlinks: true });
      return ok();
    });
  }

  /** The calls of one tool, or of all. */
  of(tool: AppleToolName): string[][] {
    return this.calls.filter((c) => c[0] === tool).map((c) => c.slice(1));
  }
}

function infoPlist(executable: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>CFBundleExecutable</key>\n\t<string>${executable}</string>\n</dict>\n</plist>\n`;
}

function write(file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** An Electron-like app with the nested code a real one has. */
function makeApp(dir: string): string {
  const app = path.join(dir, 'Demo.app');
  const c = path.join(app, 'Contents');
  write(path.join(c, 'Info.plist'), infoPlist('Demo'));
  write(path.join(c, 'MacOS', 'Demo'), MACHO);
  write(path.join(c, 'MacOS', 'demo-backend'), FAT); // a sidecar (PyInstaller, Tauri)
  write(path.join(c, 'MacOS', 'launch.sh'), '#!/bin/sh\n'); // not code
  const fw = path.join(c, 'Frameworks', 'Electron Framework.framework');
  write(path.join(fw, 'Versions', 'A', 'Electron Framework'), MACHO);
  write(path.join(fw, 'Versions', 'A', 'Resources', 'Info.plist'), infoPlist('Electron Framework'));
  write(path.join(fw, 'Versions', 'A', 'Libraries', 'libffmpeg.dylib'), MACHO);
  write(path.join(fw, 'Versions', 'A', 'Helpers', 'chrome_crashpad_handler'), MACHO);
  symlinkSync('A', path.join(fw, 'Versions', 'Current'));
  symlinkSync('Versions/Current/Electron Framework', path.join(fw, 'Electron Framework'));
  symlinkSync('Versions/Current/Resources', path.join(fw, 'Resources'));
  for (const helper of ['Demo Helper', 'Demo Helper (GPU)']) {
    write(path.join(c, 'Frameworks', `${helper}.app`, 'Contents', 'Info.plist'), infoPlist(helper));
    write(path.join(c, 'Frameworks', `${helper}.app`, 'Contents', 'MacOS', helper), MACHO);
  }
  write(path.join(c, 'Frameworks', 'libnode.dylib'), MACHO);
  // No Info.plist: the main executable is named after the bundle.
  write(path.join(c, 'Library', 'LoginItems', 'Launcher.app', 'Contents', 'MacOS', 'Launcher'), MACHO);
  write(path.join(c, 'XPCServices', 'Fetcher.xpc', 'Contents', 'Info.plist'), infoPlist('Fetcher'));
  write(path.join(c, 'XPCServices', 'Fetcher.xpc', 'Contents', 'MacOS', 'Fetcher'), MACHO);
  write(path.join(c, 'Resources', 'app.asar'), 'not code');
  write(path.join(c, 'Resources', 'backend', '_internal', 'pydantic_core.cpython-312-darwin.so'), MACHO);
  write(path.join(c, 'Resources', 'Demo.class'), Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x41])); // Java, not Mach-O
  return app;
}

/** Inside-out order of the app above, relative to the bundle. */
const INSIDE_OUT = [
  'Contents/Frameworks/Electron Framework.framework/Versions/A/Helpers/chrome_crashpad_handler',
  'Contents/Frameworks/Electron Framework.framework/Versions/A/Libraries/libffmpeg.dylib',
  'Contents/Resources/backend/_internal/pydantic_core.cpython-312-darwin.so',
  'Contents/Library/LoginItems/Launcher.app',
  'Contents/Frameworks/Demo Helper (GPU).app',
  'Contents/Frameworks/Demo Helper.app',
  'Contents/Frameworks/Electron Framework.framework',
  'Contents/Frameworks/libnode.dylib',
  'Contents/MacOS/demo-backend',
  'Contents/XPCServices/Fetcher.xpc',
];

function options(tools: AppleTools, extra: Partial<MacosSignerOptions> = {}): MacosSignerOptions {
  return { certificate: p12(), certificatePassword: P12_PASSWORD, tempRoot: tempDir('rk-mac-root-'), tools, ...extra };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('bundle walking', () => {
  test('nested code, deepest first: frameworks, helper apps, login items, XPC services, dylibs and sidecars before the bundle; no main executable, symlink or non-Mach-O', async () => {
    const app = makeApp(tempDir('rk-mac-tree-'));
    const order = deepestFirst(await nestedCode(app)).map((p) => path.relative(app, p));
    expect(order).toEqual(INSIDE_OUT);
    // Every item comes before anything that contains it.
    order.forEach((item, i) => order.slice(0, i).forEach((earlier) => expect(item.startsWith(`${earlier}/`)).toBe(false)));
  });
});

describe('MacosSigner with recording tools', () => {
  test('keychain lifecycle, inside-out signing of an app, productsign for the pkg, the dmg last; every original replaced by its verified signed copy', async () => {
    const dir = tempDir('rk-mac-files-');
    const app = makeApp(dir);
    const pkg = path.join(dir, 'Demo-1.0.pkg');
    const dmg = path.join(dir, 'Demo-1.0.dmg');
    const tool = path.join(dir, 'demo-cli');
    writeFileSync(pkg, 'xar!pkg');
    writeFileSync(dmg, 'koly dmg');
    writeFileSync(tool, MACHO);
    const entitlements = path.join(dir, 'entitlements.plist');
    const inherit = path.join(dir, 'entitlements.inherit.plist');
    const tools = new RecordingAppleTools();
    const masked: string[] = [];
    const signer = new MacosSigner(
      options(tools, { installerCertificate: p12(), installerCertificatePassword: 'installer pw', entitlements, nestedEntitlements: inherit, mask: (secret) => masked.push(secret) }),
    );

    await signer.prepare();
    const { path: keychain, password } = signer.keychain;
    expect(masked).toEqual([password]);
    expect(path.dirname(keychain)).toBe(signer.options.tempRoot);
    expect(keychain).toMatch(/release-kit-[0-9a-f]{12}\.keychain-db$/);
    expect(password.length).toBeGreaterThanOrEqual(32);
    const imports = tools.of('security').filter((c) => c[0] === 'import');
    expect(tools.of('security')).toEqual([
      ['list-keychains', '-d', 'user'],
      ['create-keychain', '-p', password, keychain],
      ['set-keychain-settings', keychain],
      ['unlock-keychain', '-p', password, keychain],
      ['import', imports[0]![1]!, '-k', keychain, '-f', 'pkcs12', '-P', P12_PASSWORD, '-T', '/usr/bin/codesign', '-T', '/usr/bin/productsign'],
      ['import', imports[1]![1]!, '-k', keychain, '-f', 'pkcs12', '-P', 'installer pw', '-T', '/usr/bin/codesign', '-T', '/usr/bin/productsign'],
      ['set-key-partition-list', '-S', 'apple-tool:,apple:,codesign:', '-s', '-k', password, keychain],
      ['list-keychains', '-d', 'user', '-s', keychain, LOGIN, SYSTEM],
      ['find-identity', '-v', '-p', 'codesigning', keychain],
      ['find-identity', '-v', keychain],
    ]);
    // The .p12 files were private while imported and are gone after.
    expect(tools.importedModes).toEqual([
      { file: 0o600, dir: 0o700 },
      { file: 0o600, dir: 0o700 },
    ]);
    for (const [, file] of imports) expect(existsSync(file!)).toBe(false);
    expect(signer.leftovers()).toEqual([
      { kind: 'path', path: path.dirname(imports[0]![1]!) },
      { kind: 'keychain', path: keychain, searchList: [LOGIN, SYSTEM] },
    ]);
    expect(tools.searchList).toEqual([keychain, LOGIN, SYSTEM]);

    tools.calls.length = 0;
    const records = await signer.signAll([dmg, pkg, app, tool]);
    const stamp = { timestampServer: 'timestamp.apple.com', verified: true };
    expect(records).toEqual([
      { file: dmg, method: 'codesign', subject: APP_NAME, thumbprint: APP_SHA, ...stamp },
      { file: pkg, method: 'productsign', subject: INSTALLER_NAME, thumbprint: INSTALLER_SHA, ...stamp },
      { file: app, method: 'codesign', subject: APP_NAME, thumbprint: APP_SHA, ...stamp },
      { file: tool, method: 'codesign', subject: APP_NAME, thumbprint: APP_SHA, ...stamp },
    ]);

    // The calls, with the temporary copy's folder written as <copy>.
    const copyDirs = new Set<string>();
    const shown = tools.calls.map((call) =>
      call.map((arg) => {
        const match = /^(.*\/\.release-kit-sign-[0-9a-f]{12})(\/.*)$/.exec(arg);
        if (!match) return arg;
        copyDirs.add(match[1]!);
        return `<copy>${match[2]}`;
      }),
    );
    const sign = (target: string, entitlementsFile?: string): Call => [
      'codesign',
      '--force',
      '--timestamp',
      '--options',
      'runtime',
      ...(entitlementsFile ? ['--entitlements', entitlementsFile] : []),
      '--keychain',
      keychain,
      '--sign',
      APP_SHA,
      target,
    ];
    expect(shown).toEqual([
      // Apps and binaries first, in the order given: the app inside-out…
      ['ditto', app, '<copy>/Demo.app'],
      ...INSIDE_OUT.map((item) => sign(`<copy>/Demo.app/${item}`, inherit)),
      sign('<copy>/Demo.app', entitlements),
      ['codesign', '--verify', '--deep', '--strict', '--verbose=2', '<copy>/Demo.app'],
      ['spctl', '-a', '-vv', '-t', 'execute', '<copy>/Demo.app'],
      // …a bare binary (Gatekeeper does not assess those)…
      ['ditto', tool, '<copy>/demo-cli'],
      sign('<copy>/demo-cli', entitlements),
      ['codesign', '--verify', '--deep', '--strict', '--verbose=2', '<copy>/demo-cli'],
      // …then the installer…
      ['productsign', '--sign', INSTALLER_SHA, '--keychain', keychain, '--timestamp', pkg, '<copy>/Demo-1.0.pkg'],
      ['spctl', '-a', '-vv', '-t', 'install', '<copy>/Demo-1.0.pkg'],
      // …and the disk image last, without the hardened runtime (it is not code).
      ['ditto', dmg, '<copy>/Demo-1.0.dmg'],
      ['codesign', '--force', '--timestamp', '--keychain', keychain, '--sign', APP_SHA, '<copy>/Demo-1.0.dmg'],
      ['codesign', '--verify', '--deep', '--strict', '--verbose=2', '<copy>/Demo-1.0.dmg'],
      ['spctl', '-a', '-vv', '-t', 'open', '--context', 'context:primary-signature', '<copy>/Demo-1.0.dmg'],
    ]);
    // One fresh copy per file, each next to its original, none left.
    expect(copyDirs.size).toBe(4);
    for (const copyDir of copyDirs) {
      expect(path.dirname(copyDir)).toBe(dir);
      expect(existsSync(copyDir)).toBe(false);
    }
    // The originals are the signed copies now.
    expect(readFileSync(path.join(app, 'Contents', '_CodeSignature', 'CodeResources'), 'utf8')).toBe('signed');
    expect(readFileSync(path.join(app, 'Contents', 'Frameworks', 'Demo Helper.app', 'Contents', '_CodeSignature', 'CodeResources'), 'utf8')).toBe('signed');
    expect(readFileSync(path.join(app, 'Contents', 'MacOS', 'demo-backend')).subarray(-6).toString()).toBe('SIGNED');
    expect(readFileSync(path.join(app, 'Contents', 'MacOS', 'launch.sh'), 'utf8')).toBe('#!/bin/sh\n');
    expect(readFileSync(pkg, 'utf8')).toBe('xar!pkgSIGNED');
    expect(readFileSync(tool).subarray(-6).toString()).toBe('SIGNED');
    expect(readdirSync(dir).sort()).toEqual(['Demo-1.0.dmg', 'Demo-1.0.pkg', 'Demo.app', 'demo-cli']);
    expect(signer.assessments().map((a) => [path.basename(a.file), a.outcome])).toEqual([
      ['Demo.app', 'unnotarized'],
      ['demo-cli', 'not-assessed'],
      ['Demo-1.0.pkg', 'unnotarized'],
      ['Demo-1.0.dmg', 'unnotarized'],
    ]);

    tools.calls.length = 0;
    // Someone else's keychain added during the job stays on the list.
    tools.searchList = [keychain, LOGIN, '/Users/runner/other.keychain-db', SYSTEM];
    await signer.cleanup();
    expect(tools.calls).toEqual([
      ['security', 'delete-keychain', keychain],
      ['security', 'list-keychains', '-d', 'user'],
      ['security', 'list-keychains', '-d', 'user', '-s', LOGIN, SYSTEM, '/Users/runner/other.keychain-db'],
    ]);
    expect(tools.keychains.size).toBe(0);
    expect(readdirSync(signer.options.tempRoot)).toEqual([]);
    await signer.cleanup(); // a second time is harmless
  });

  test('when codesign fails on nested code, the app is left untouched, no copy remains, and cleanup still deletes the keychain and restores the list', async () => {
    const dir = tempDir('rk-mac-fail-');
    const app = makeApp(dir);
    const tools = new RecordingAppleTools({
      override: (tool, args) =>
        tool === 'codesign' && args[args.length - 1]!.endsWith('libnode.dylib')
          ? { exitCode: 1, stdout: '', stderr: 'libnode.dylib: errSecInternalComponent' }
          : undefined,
    });
    const signer = new MacosSigner(options(tools));
    await signer.prepare();
    const keychain = signer.keychain.path;
    const error = await failure(signer.signAll([app]));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('errSecInternalComponent');
    expect(existsSync(path.join(app, 'Contents', '_CodeSignature'))).toBe(false);
    expect(readFileSync(path.join(app, 'Contents', 'MacOS', 'demo-backend')).equals(FAT)).toBe(true);
    expect(readdirSync(dir)).toEqual(['Demo.app']);
    // Signing stopped at the failure: nothing after it ran.
    expect(tools.calls[tools.calls.length - 1]![0]).toBe('codesign');

    tools.calls.length = 0;
    await signer.cleanup();
    expect(tools.calls).toEqual([
      ['security', 'delete-keychain', keychain],
      ['security', 'list-keychains', '-d', 'user'],
      ['security', 'list-keychains', '-d', 'user', '-s', LOGIN, SYSTEM],
    ]);
    expect(tools.searchList).toEqual([LOGIN, SYSTEM]);
  });

  test('the post step removes the keychain from the saved leftovers alone (the signing process died)', async () => {
    const tools = new RecordingAppleTools();
    const signer = new MacosSigner(options(tools));
    await signer.prepare();
    const saved = JSON.parse(JSON.stringify(signer.leftovers()));
    tools.calls.length = 0;
    expect(await removeLeftovers(saved, { apple: tools })).toEqual([]);
    expect(tools.calls.map((c) => c.slice(0, 2))).toEqual([
      ['security', 'delete-keychain'],
      ['security', 'list-keychains'],
      ['security', 'list-keychains'],
    ]);
    expect(tools.searchList).toEqual([LOGIN, SYSTEM]);
    // Run again (the job's own cleanup had already run): a keychain already gone is not a problem.
    expect(await removeLeftovers(saved, { apple: tools })).toEqual([]);
    expect(readdirSync(signer.options.tempRoot)).toEqual([]);
  });

  test('a wrong .p12 password: one error naming the input; the keychain made so far is removed by cleanup', async () => {
    const tools = new RecordingAppleTools({
      override: (tool, args) =>
        tool === 'security' && args[0] === 'import'
          ? { exitCode: 1, stdout: '', stderr: 'security: SecKeychainItemImport: MAC verification failed during PKCS12 import (wrong password?)' }
          : undefined,
    });
    const signer = new MacosSigner(options(tools));
    const error = await failure(signer.prepare());
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe('Input "macos-certificate-password" is not the password of the .p12 certificate in input "macos-certificate".');
    const imported = tools.of('security').find((c) => c[0] === 'import')![1]!;
    expect(existsSync(imported)).toBe(false);
    expect(signer.leftovers().map((l) => l.kind)).toEqual(['path', 'keychain']);
    await signer.cleanup();
    expect(tools.keychains.size).toBe(0);
    expect(tools.searchList).toEqual([LOGIN, SYSTEM]);
    expect(readdirSync(signer.options.tempRoot)).toEqual([]);
  });

  test('corrupt base64, or base64 of something that is not a .p12, fails before any tool runs', async () => {
    for (const certificate of ['not base64 at all!', Buffer.from('hello, this is a text file and not a certificate at all, really not one').toString('base64')]) {
      const tools = new RecordingAppleTools();
      const signer = new MacosSigner(options(tools, { certificate }));
      const error = await failure(signer.prepare());
      expect(error).toBeInstanceOf(UserError);
      expect(error.message).toMatch(/^Input "macos-certificate" is (not valid base64|base64, but not of a \.p12)/);
      expect(tools.calls).toEqual([]);
      expect(signer.leftovers()).toEqual([]);
    }
  });

  test('Gatekeeper rejecting for another reason than notarization fails the file; the original stays', async () => {
    const dir = tempDir('rk-mac-spctl-');
    const app = makeApp(dir);
    const tools = new RecordingAppleTools({ spctl: { exitCode: 3, stdout: '', stderr: 'Demo.app: rejected\nsource=no usable signature' } });
    const signer = new MacosSigner(options(tools));
    await signer.prepare();
    const error = await failure(signer.signAll([app]));
    expect(error.message).toMatch(/^Gatekeeper rejects .*Demo\.app \(spctl -a -vv -t execute\): .*no usable signature/);
    expect(existsSync(path.join(app, 'Contents', '_CodeSignature'))).toBe(false);
    await signer.cleanup();
  });

  test('options: no timestamp, no hardened runtime, no assessment; a .pkg without an installer identity is refused before signing', async () => {
    const dir = tempDir('rk-mac-opts-');
    const tool = path.join(dir, 'cli');
    writeFileSync(tool, MACHO);
    const tools = new RecordingAppleTools({ allIdentities: `  1) ${APP_SHA} "${APP_NAME}"\n     1 valid identities found\n` });
    const signer = new MacosSigner(options(tools, { timestamp: false, hardenedRuntime: false, assess: false }));
    await signer.prepare();
    const keychain = signer.keychain.path;
    tools.calls.length = 0;
    const [record] = await signer.signAll([tool]);
    expect(record).toEqual({ file: tool, method: 'codesign', subject: APP_NAME, thumbprint: APP_SHA, verified: true });
    expect(tools.calls[1]).toEqual(['codesign', '--force', '--timestamp=none', '--keychain', keychain, '--sign', APP_SHA, expect.stringMatching(/\/cli$/)]);

    const pkg = path.join(dir, 'a.pkg');
    writeFileSync(pkg, 'xar!');
    tools.calls.length = 0;
    const error = await failure(signer.signAll([tool, pkg]));
    expect(error.message).toMatch(/no valid installer identity/);
    expect(tools.calls).toEqual([]);
    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'x');
    expect((await failure(signer.signAll([text]))).message).toMatch(/notes\.txt is not something macOS signs/);
    await signer.cleanup();
  });
});

describe('the real tools', () => {
  test('off macOS, the signer says a macOS runner is needed before doing anything', async () => {
    if (process.platform === 'darwin') return;
    const root = tempDir('rk-mac-real-');
    const signer = new MacosSigner({ certificate: p12(), certificatePassword: 'x', tempRoot: root });
    const error = await failure(signer.prepare());
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^macOS signing needs a macOS runner/);
    expect(signer.leftovers()).toEqual([]);
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('parsers and choices', () => {
  test('security output', () => {
    expect(parseKeychainList(`    "${LOGIN}"\n    "/Library/Keychains/System.keychain"\n`)).toEqual([LOGIN, SYSTEM]);
    expect(
      parseIdentities(`Policy: Code Signing\n  Matching identities\n  1) ${APP_SHA} "${APP_NAME}"\n  2) ${DEV_SHA} "Apple Development: Jo (XYZ)" (CSSMERR_TP_CERT_REVOKED)\n     2 identities found\n\n  Valid identities only\n  1) ${APP_SHA} "${APP_NAME}"\n     1 valid identities found\n`),
    ).toEqual([
      { sha1: APP_SHA, name: APP_NAME },
      { sha1: DEV_SHA, name: 'Apple Development: Jo (XYZ)' },
    ]);
    expect(restoredSearchList([LOGIN], ['/t/release-kit-1.keychain-db', LOGIN, '/other.keychain-db'], '/t/release-kit-1.keychain-db')).toEqual([LOGIN, '/other.keychain-db']);
  });

  test('identity choice: the Developer ID one by default, by name part or SHA-1 when asked, an error when ambiguous', () => {
    const both = [
      { sha1: DEV_SHA, name: 'Apple Development: Jo (XYZ)' },
      { sha1: APP_SHA, name: APP_NAME },
    ];
    expect(chooseIdentity(both, undefined, /^Developer ID Application:/, 'code signing', 'macos-identity').sha1).toBe(APP_SHA);
    expect(chooseIdentity(both, 'apple development', /^Developer ID Application:/, 'code signing', 'macos-identity').sha1).toBe(DEV_SHA);
    expect(chooseIdentity(both, DEV_SHA.toLowerCase(), /^Developer ID Application:/, 'code signing', 'macos-identity').sha1).toBe(DEV_SHA);
    expect(() => chooseIdentity(both, 'Nobody', /^Developer ID Application:/, 'code signing', 'macos-identity')).toThrow(/^Input "macos-identity" has the value "Nobody", but no code signing identity/);
    const two = [both[0]!, { sha1: INSTALLER_SHA, name: 'Apple Development: Al (QQQ)' }];
    expect(() => chooseIdentity(two, undefined, /^Developer ID Application:/, 'code signing', 'macos-identity')).toThrow(/hold 2 code signing identities .* choose one with input "macos-identity"/);
  });
});
