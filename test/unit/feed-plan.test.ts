import { describe, expect, test } from '@jest/globals';
import { getUpdateFeedSettings } from '../../src/actions/update-feed/input-helper.ts';
import { channelOfVersion, channelsToWrite, electronFeedName } from '../../src/feed/channels.ts';
import { planElectronFeeds } from '../../src/feed/electron.ts';
import { parsePublicKey, tauriSignature } from '../../src/feed/minisign.ts';
import { archOf, osMentioned } from '../../src/feed/platform.ts';
import { choosePlatforms, planTauriFeed } from '../../src/feed/tauri.ts';
import type { InputSource } from '../../src/kit/inputs.ts';

const named = (...names: string[]) => names.map((name) => ({ name, path: `/release/${name}` }));

describe('names: architecture and operating system', () => {
  test.each([
    ['MyApp-1.2.0-arm64-mac.zip', 'arm64'],
    ['MyApp_1.2.0_aarch64.AppImage', 'arm64'],
    ['myapp-1.2.0.x86_64.rpm', 'x64'],
    ['myapp_1.2.0_amd64.deb', 'x64'],
    ['MyApp_1.2.0_x64-setup.exe', 'x64'],
    ['MyApp_1.2.0_x86-setup.exe', 'ia32'],
    ['myapp-1.2.0.i686.rpm', 'ia32'],
    ['myapp_1.2.0_armhf.deb', 'arm'],
    ['MyApp-1.2.0-armv7l.AppImage', 'arm'],
    ['MyApp_universal.app.tar.gz', 'universal'],
    ['MyApp-1.2.0.dmg', undefined],
    ['MyApp-x64-arm64.zip', undefined],
    ['Charming-1.0.exe', undefined],
  ])('%s → %s', (name, arch) => expect(archOf(name)).toBe(arch));

  test('operating systems by whole words only', () => {
    expect(osMentioned('MyApp-1.2.0-mac.zip')).toBe('mac');
    expect(osMentioned('MyApp-1.2.0-win.zip')).toBe('windows');
    expect(osMentioned('Machine-1.2.0.zip')).toBeUndefined();
    expect(osMentioned('Darwinism-linux.zip')).toBe('linux');
  });
});

describe('channels', () => {
  test('from the version', () => {
    expect(channelOfVersion('1.2.0')).toBe('latest');
    expect(channelOfVersion('1.2.0-beta.3')).toBe('beta');
    expect(channelOfVersion('2.0.0-RC.1')).toBe('rc');
    expect(channelOfVersion('1.2.0-3')).toBeUndefined();
    expect(() => channelOfVersion('1.2')).toThrow('"1.2" is not a semantic version');
  });

  test('a release writes its own channel and every lower one', () => {
    expect(channelsToWrite('latest', ['alpha', 'beta'])).toEqual(['latest', 'alpha', 'beta']);
    expect(channelsToWrite('beta', ['alpha', 'beta'])).toEqual(['beta', 'alpha']);
    expect(channelsToWrite('alpha', ['alpha', 'beta'])).toEqual(['alpha']);
    expect(channelsToWrite('rc', ['alpha', 'beta', 'rc'])).toEqual(['rc', 'alpha', 'beta']);
    expect(channelsToWrite('nightly', ['alpha', 'beta'])).toEqual(['nightly']);
  });

  test('file names as electron-updater asks for them', () => {
    expect(electronFeedName('latest', 'windows')).toBe('latest.yml');
    expect(electronFeedName('beta', 'mac')).toBe('beta-mac.yml');
    expect(electronFeedName('latest', 'linux', 'x64')).toBe('latest-linux.yml');
    expect(electronFeedName('latest', 'linux', 'arm64')).toBe('latest-linux-arm64.yml');
    expect(electronFeedName('beta', 'linux', 'arm')).toBe('beta-linux-arm.yml');
  });
});

describe('electron plan', () => {
  test('Windows: x64 first, then arm64; a portable .exe beside the installer is left out; uninstallers never listed', () => {
    const plan = planElectronFeeds(named('App-Setup-1.0.0-arm64.exe', 'App-Setup-1.0.0-x64.exe', 'App-1.0.0-x64.exe', '__uninstaller-nsis-app.exe'));
    expect(plan.problems).toEqual([]);
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0]!.entries.map((e) => e.name)).toEqual(['App-Setup-1.0.0-x64.exe', 'App-Setup-1.0.0-arm64.exe']);
    expect(plan.skipped.map((s) => s.name).sort()).toEqual(['App-1.0.0-x64.exe', '__uninstaller-nsis-app.exe']);
  });

  test('an Apple silicon zip named aarch64 is an error: Intel Macs would take it', () => {
    const plan = planElectronFeeds(named('App-1.0.0-mac.zip', 'App-1.0.0-aarch64-mac.zip'));
    expect(plan.problems).toEqual([expect.stringContaining('App-1.0.0-aarch64-mac.zip is an Apple silicon build, but electron-updater tells them from Intel builds only by "arm64"')]);
  });

  test('a macOS feed without a zip, two installers for one architecture, and ambiguous Windows installers are errors', () => {
    expect(planElectronFeeds(named('App-1.0.0.dmg')).problems).toEqual([expect.stringContaining('The macOS feed has no .zip')]);
    expect(planElectronFeeds(named('App-1.0.0.AppImage', 'Other-1.0.0.AppImage')).problems).toEqual([
      expect.stringContaining('are both the x64 .AppImage for linux'),
    ]);
    expect(planElectronFeeds(named('A Setup 1.0.exe', 'B Setup 1.0.exe')).problems).toEqual([expect.stringContaining('Several Windows installers for all architectures')]);
  });

  test('a Windows installer whose name lacks the architecture electron-updater looks for is a warning', () => {
    const plan = planElectronFeeds(named('App-Setup-1.0.0-x64.exe', 'App-Setup-1.0.0-aarch64.exe'));
    expect(plan.warnings).toEqual([expect.stringContaining('App-Setup-1.0.0-aarch64.exe: electron-updater picks the Windows installer whose name contains "arm64"')]);
  });

  test('support files are ignored; a zip that names no OS is reported', () => {
    const plan = planElectronFeeds(named('App-1.0.0-mac.zip', 'App-1.0.0-mac.zip.blockmap', 'latest-mac.yml', 'SHA256SUMS', 'App-1.0.0.zip', 'notes.txt'));
    expect(plan.groups[0]!.entries.map((e) => e.name)).toEqual(['App-1.0.0-mac.zip']);
    expect(plan.skipped.map((s) => s.name)).toEqual(['App-1.0.0.zip', 'notes.txt']);
  });
});

describe('Tauri plan', () => {
  const signed = () => true;

  test('a bundle without an architecture in its name is an error naming it', () => {
    const plan = planTauriFeed(named('MyApp.app.tar.gz'), signed);
    expect(plan.problems).toEqual([expect.stringContaining('MyApp.app.tar.gz does not say its architecture')]);
  });

  test('v1 archives serve the plain key, v2 bundles the installer keys', () => {
    const plan = planTauriFeed(named('App_1.0.0_amd64.AppImage', 'App_1.0.0_amd64.AppImage.tar.gz', 'App_1.0.0_x64-setup.exe', 'App_1.0.0_x64-setup.nsis.zip'), signed);
    const { choices } = choosePlatforms(plan.bundles, 'nsis');
    expect(Object.fromEntries(choices.map((c) => [c.key, c.bundle.name]))).toEqual({
      'linux-x86_64': 'App_1.0.0_amd64.AppImage.tar.gz',
      'linux-x86_64-appimage': 'App_1.0.0_amd64.AppImage',
      'windows-x86_64': 'App_1.0.0_x64-setup.nsis.zip',
      'windows-x86_64-nsis': 'App_1.0.0_x64-setup.exe',
    });
  });

  test('two bundles for one key (MSIs in two languages) are an error naming both', () => {
    const plan = planTauriFeed(named('App_1.0.0_x64_en-US.msi', 'App_1.0.0_x64_de-DE.msi'), signed);
    expect(choosePlatforms(plan.bundles, 'msi').problems).toEqual([
      'App_1.0.0_x64_en-US.msi and App_1.0.0_x64_de-DE.msi are both the windows x86_64 msi bundle; latest.json can name one. Leave the other out of files with a "!" pattern (e.g. one MSI language).',
    ]);
  });

  test('unsigned .deb is left out; unsigned installers are one error', () => {
    const plan = planTauriFeed(named('App_1.0.0_amd64.deb', 'App_1.0.0_x64_en-US.msi', 'App_aarch64.app.tar.gz'), () => false);
    expect(plan.skipped).toEqual([{ name: 'App_1.0.0_amd64.deb', reason: expect.stringContaining('no App_1.0.0_amd64.deb.sig') }]);
    expect(plan.problems).toEqual([expect.stringMatching(/^No signature beside App_1\.0\.0_x64_en-US\.msi, App_aarch64\.app\.tar\.gz:/)]);
  });
});

describe('signatures and keys', () => {
  const minisig = 'untrusted comment: signature from minisign secret key\nRUSyLHcUbEQyxdXJn1sW16oVCGHAkyke4Sdja3z5WJNBIyXujCmQ08ym2MmyuAn97o8R0kCiLXRtN11mSgaY2G+9wLpRUXKenQI=\ntrusted comment: timestamp:1795313659\tfile:f\thashed\nwAqHF9qL6adeCKZtu+93JkyHkuEH/9s3PukGZ4Mtf3KXM3VGUF28JYrlxYGtbCzPyxMI6zrgW868MxQDk52QAg==\n';
  const pub = 'untrusted comment: minisign public key C532446C14772CB2\nRWSyLHcUbEQyxY1XzI5cfgrRb+8LjFpydRTJnYN12Q++fRpigXmu5svb\n';

  test('a .sig in Tauri form is kept; a plain .minisig is converted; anything else is an error', () => {
    const tauri = Buffer.from(minisig).toString('base64');
    expect(tauriSignature(`${tauri}\n`, 'a.sig')).toBe(tauri);
    expect(tauriSignature(minisig, 'a.sig')).toBe(tauri);
    expect(() => tauriSignature('hello', 'a.sig')).toThrow('a.sig is not a Tauri updater signature');
  });

  test('public keys in the three forms users hold', () => {
    const line = 'RWSyLHcUbEQyxY1XzI5cfgrRb+8LjFpydRTJnYN12Q++fRpigXmu5svb';
    expect(parsePublicKey(line)).toBe(line);
    expect(parsePublicKey(pub)).toBe(line);
    expect(parsePublicKey(Buffer.from(pub).toString('base64'))).toBe(line);
    expect(parsePublicKey('RWnotakey')).toBeUndefined();
  });
});

describe('update-feed inputs', () => {
  const source = (inputs: Record<string, string>): InputSource => ({
    read: (name) => (inputs[name] ?? '').trim(),
    describe: (name) => `Input "${name}"`,
    mask: () => undefined,
  });
  const env = { workspace: '/tmp', ref: 'refs/tags/v1.2.0-beta.3', repository: 'octo-org/octo-app', now: () => new Date('2026-05-01T12:00:00Z') };

  test('defaults: version and channel from the tag, base URL of the release, the clock for the date', () => {
    const settings = getUpdateFeedSettings(source({ files: 'dist/*', feeds: 'both' }), env);
    expect(settings).toMatchObject({
      version: '1.2.0-beta.3',
      channel: 'beta',
      knownChannels: ['alpha', 'beta'],
      electron: true,
      tauri: true,
      defaultBaseUrl: 'https://github.com/octo-org/octo-app/releases/download/v1.2.0-beta.3/',
      releaseDate: '2026-05-01T12:00:00.000Z',
      tauriWindowsInstaller: 'nsis',
    });
    expect(settings.baseUrl).toBeUndefined();
  });

  test.each([
    [{ feeds: 'sparkle' }, 'Input "feeds" has the value "sparkle", but \"sparkle\" is not allowed; each item must be one of: electron, tauri, both.'],
    [{ 'staging-percentage': '150' }, 'Input "staging-percentage" has the value "150", but it must be a whole number from 0 to 100.'],
    [{ version: '1.2' }, 'Input "version" has the value "1.2", but it must be a semantic version such as 1.2.0 or 1.2.0-beta.3.'],
    [{ version: '1.2.0-7' }, 'Input "channel" has the value "", but it is required: the version 1.2.0-7 has no channel name in its prerelease part (as in 1.2.0-beta.3).'],
    [{ 'tauri-platforms': 'darwin-aarch64, macos-arm64' }, 'Input "tauri-platforms" has the value "darwin-aarch64, macos-arm64", but "macos-arm64" is not a Tauri platform key'],
    [{ 'base-url': 'downloads/' }, 'Input "base-url" has the value "downloads/", but it must be an absolute http(s) URL'],
    [{ 'base-url': 'https://github.com/o/r/releases/download/untagged-0a1b2c/' }, 'but it points to a draft release ("untagged-…")'],
    [{ channels: 'alpha, latest' }, 'Input "channels" has the value "alpha, latest", but "latest" is not allowed'],
    [{ 'release-date': 'yesterday' }, 'Input "release-date" has the value "yesterday", but it must be an ISO 8601 date and time with a zone'],
    [{ 'public-key': 'not a key' }, 'Input "public-key" has the value "not a key", but it must be a minisign public key'],
    [{ 'output-dir': '../elsewhere' }, 'Input "output-dir" has the value "../elsewhere", but it must be a folder inside the workspace.'],
  ])('%j is refused', (inputs, message) => {
    expect(() => getUpdateFeedSettings(source({ files: 'dist/*', feeds: 'electron', ...inputs }), env)).toThrow(message);
  });

  test('without a tag, version is required', () => {
    expect(() => getUpdateFeedSettings(source({ files: 'dist/*', feeds: 'electron' }), { workspace: '/tmp', ref: 'refs/heads/main' })).toThrow(
      'Input "version" has the value "", but it is required when the workflow was not started by a tag push (or give tag).',
    );
  });
});
