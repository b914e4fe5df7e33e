/**
 * codesign and notarize with config + target: the non-secret settings from the target's block of
 * release-kit.yml (checked per signing method when the config is read), the secrets as inputs, the
 * files from the leg's release folder; plain inputs keep working through the same reader.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getCodesignRequest } from '../../src/actions/codesign/input-helper.js';
import { getNotarizeRequest } from '../../src/actions/notarize/input-helper.js';
import { parseReleaseKitConfig } from '../../src/plan/load-config.js';
import { configWarnings } from '../../src/plan/checks.js';
import { inputSource } from '../harness/input-source.js';
import { tempDir } from '../harness/runner.js';

const ISSUER = '69a6de70-03db-47e3-e053-5b8c7c11a4d1';
const target = (id: string, os: string, rest: string) => `  - id: ${id}\n    runner: r\n    os: ${os}\n    arch: x64\n    build: make\n${rest}`;
const config = (targets: string) => `product:\n  name: app\ntargets:\n${targets}`;
const TRUSTED = '    sign:\n      platform: windows\n      windows-method: azure-trusted-signing\n      azure-endpoint: https://weu.codesigning.azure.net\n      azure-account: octo\n      azure-certificate-profile: release\n      timestamp-urls: [http://timestamp.acs.microsoft.com]\n';

function workspaceWith(yaml: string, leg: string, files: string[]): string {
  const workspace = tempDir('target-settings-');
  writeFileSync(path.join(workspace, 'release-kit.yml'), yaml);
  const dir = path.join(workspace, '.release-kit/artifacts', leg);
  mkdirSync(dir, { recursive: true });
  for (const name of files) writeFileSync(path.join(dir, name), name.endsWith('.exe') ? 'MZ' : 'x');
  return workspace;
}

describe('sign: a checked union per method, read when the config is read', () => {
  const fails = (yaml: string) => {
    try {
      parseReleaseKitConfig(yaml, 'release-kit.yml');
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  test('each method requires its own keys and refuses another method\'s', () => {
    const win = (sign: string) => config(target('win', 'windows', `    artifacts: [dist/*.exe]\n${sign}`));
    expect(parseReleaseKitConfig(win(TRUSTED), 'release-kit.yml').targets[0]!.sign).toEqual({
      platform: 'windows',
      written: 'windows',
      settings: { 'windows-method': 'azure-trusted-signing', 'azure-endpoint': 'https://weu.codesigning.azure.net', 'azure-account': 'octo', 'azure-certificate-profile': 'release', 'timestamp-urls': 'http://timestamp.acs.microsoft.com' },
    });
    expect(fails(win(TRUSTED.replace('      azure-account: octo\n', '')))).toContain('targets[win].sign.azure-account: is required');
    expect(fails(win('    sign:\n      platform: windows\n      windows-method: pfx\n      pkcs11-module: /usr/lib/x.so\n'))).toContain('targets[win].sign.pkcs11-module: unknown key');
    expect(fails(win('    sign:\n      platform: windows\n      windows-method: pkcs11\n      pkcs11-modul: /usr/lib/x.so\n      pkcs11-key-id: k\n'))).toContain('targets[win].sign.pkcs11-modul: unknown key; did you mean `pkcs11-module`?');
    expect(fails(win('    sign: windws\n'))).toContain('targets[win].sign: must be one of: windows, macos, linux, gpg, none');
  });

  test('gpg still works as the old name of linux, with a warning', () => {
    const parsed = parseReleaseKitConfig(config(target('lin', 'linux', '    artifacts: [dist/*.deb]\n    sign: gpg\n')), 'release-kit.yml');
    expect(parsed.targets[0]!.sign.platform).toBe('linux');
    expect(configWarnings(parsed)).toEqual(['targets[lin].sign: gpg is now called linux (as the codesign action names it); gpg keeps working']);
  });
});

describe('codesign with config + target', () => {
  test('the leg\'s files the signer takes, the method and its settings from the block, the secrets as inputs', async () => {
    const workspace = workspaceWith(config(target('win', 'windows', `    artifacts: [dist/*.exe, dist/*.exe.blockmap, dist/*.msi]\n${TRUSTED}`)), 'win', ['app-1.0.0-windows-x64.exe', 'app-1.0.0-windows-x64.exe.blockmap', 'app-1.0.0-windows-x64.msi']);
    const source = inputSource({ target: 'win', 'azure-client-secret': 's3cret' });
    const settings = await getCodesignRequest(source, workspace);
    expect(settings.platform).toBe('windows');
    expect(settings.patterns.map((p) => path.basename(p))).toEqual(['app-1.0.0-windows-x64.exe', 'app-1.0.0-windows-x64.msi']);
    expect(settings.windows).toMatchObject({ method: 'azure-trusted-signing', timestampUrls: ['http://timestamp.acs.microsoft.com'], azure: { endpoint: 'https://weu.codesigning.azure.net', account: 'octo', certificateProfile: 'release', clientSecret: 's3cret' } });
    expect(source.masked).toEqual(['s3cret']);
    await expect(getCodesignRequest(inputSource({ target: 'win', 'windows-method': 'pfx' }), workspace)).rejects.toThrow(
      'Input "windows-method" has the value "pfx", but release-kit.yml: target win, sign: block sets it to "azure-trusted-signing"; set it in one place.',
    );
    await expect(getCodesignRequest(inputSource({ target: 'win', files: 'dist/*.exe' }), workspace)).rejects.toThrow('Input "files" has the value "dist/*.exe", but with target, the files and platform are the leg\'s release files its signer takes.');
  });

  test('the short form takes the method from the inputs (as before); a macOS leg signs its Mach-O binary', async () => {
    const workspace = workspaceWith(config(target('win', 'windows', '    artifacts: [dist/*.exe]\n    sign: windows\n')), 'win', ['app-1.0.0-windows-x64.exe']);
    const settings = await getCodesignRequest(inputSource({ target: 'win', certificate: 'cGZ4', 'certificate-password': 'pw' }), workspace);
    expect(settings.windows).toMatchObject({ method: 'pfx', certificate: 'cGZ4', certificatePassword: 'pw' });
    const mac = workspaceWith(config(target('mac', 'macos', "    artifacts: [target/release/hello]\n    artifact-name: '{name}-{version}-{os}-{arch}'\n    sign: macos\n")), 'mac', []);
    writeFileSync(path.join(mac, '.release-kit/artifacts/mac/hello-1.0.0-macos-arm64'), Buffer.from('cffaedfe07000001', 'hex'));
    expect((await getCodesignRequest(inputSource({ target: 'mac' }), mac)).patterns.map((p) => path.basename(p))).toEqual(['hello-1.0.0-macos-arm64']);
  });
});

describe('notarize with config + target', () => {
  test('the leg\'s .dmg/.zip with the block\'s wait settings; credentials as inputs', async () => {
    const yaml = config(target('mac', 'macos', '    artifacts: [dist/*.dmg, dist/*.zip, dist/*.blockmap]\n    sign: macos\n    notarize:\n      wait-timeout: 2h\n      poll-interval: 10\n      staple: false\n'));
    const workspace = workspaceWith(yaml, 'mac', ['app-1.0.0-macos-x64.dmg', 'app-1.0.0-macos-x64.zip', 'app-1.0.0-macos-x64.dmg.blockmap']);
    const settings = await getNotarizeRequest(inputSource({ target: 'mac', 'api-key': 'KEY', 'api-key-id': '2X9R4HXF34', 'api-issuer': ISSUER }), { workspace, runnerTemp: tempDir(), runnerOs: 'Linux' });
    expect(settings.patterns.map((p) => path.basename(p))).toEqual(['app-1.0.0-macos-x64.dmg', 'app-1.0.0-macos-x64.zip']);
    expect(settings).toMatchObject({ waitTimeoutMs: 7_200_000, pollIntervalMs: 10_000, staple: false, backend: 'rest' });
    expect(() => parseReleaseKitConfig(yaml.replace('wait-timeout: 2h', 'wait-timeout: 2d'), 'release-kit.yml')).toThrow('targets[mac].notarize.wait-timeout: it must be a duration from 1s to 24h: seconds (90) or with a unit (90s, 2m, 1h, 1h30m)');
  });
});
