import { statSync } from 'node:fs';
import path from 'node:path';
import { confinedPath } from '../../kit/confined-path.js';
import { InputError } from '../../kit/errors.js';
import { booleanField, choiceField, integerField, splitLines, stringField, type InputSource } from '../../kit/inputs.js';
import { parseBodyExpectation, type BodyExpectation } from '../../smoke/checks/health.js';
import { parsePortTarget, type PortTarget } from '../../smoke/checks/port.js';
import { INSTALLER_TYPES, installerTypeOf, UNINSTALLABLE, type InstallerType } from '../../smoke/installers.js';

/** The check inputs, in the order the checks run. */
export const CHECK_INPUTS = ['wait-for-port', 'health-url', 'expect-output', 'wait-for-window', 'screenshot', 'stay-alive', 'expect-exit-code'] as const;
export type CheckInput = (typeof CHECK_INPUTS)[number];

export interface SmokeTestSettings {
  run: string;
  workingDirectory: string;
  env: Record<string, string>;
  version?: string;
  install?: { file: string; type: InstallerType; installDir?: string; uninstall: boolean };
  waitForPort?: PortTarget;
  healthUrl?: { url: string; expectStatus: number; expectBody?: BodyExpectation };
  expectOutput?: { pattern: RegExp; source: string };
  waitForWindow?: { pattern: RegExp; source: string };
  /** Absolute path of the PNG, or 'default' for one in the run's folder. */
  screenshot?: string;
  /** Upload the screenshot as an artifact and link it from the summary. */
  uploadScreenshot: boolean;
  stayAliveSeconds?: number;
  expectExitCode?: number;
  /** Per check, in milliseconds. */
  timeouts: Record<CheckInput | 'install', number>;
  killGraceMs: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function regexField(source: InputSource, name: string, raw: string): RegExp {
  try {
    return new RegExp(raw, 'm');
  } catch (error) {
    throw new InputError(source.describe(name), raw, `it must be a valid JavaScript regular expression (${(error as Error).message})`);
  }
}

function parseEnv(source: InputSource): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of splitLines(source.read('env'))) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new InputError(source.describe('env'), line, 'each line must be NAME=value (NAME: letters, digits and _, not starting with a digit)');
    env[match[1]!] = match[2]!;
  }
  return env;
}

function parseTimeouts(source: InputSource, fallbackMs: number): SmokeTestSettings['timeouts'] {
  const names = [...CHECK_INPUTS, 'install'] as const;
  const timeouts = Object.fromEntries(names.map((name) => [name, fallbackMs])) as SmokeTestSettings['timeouts'];
  if (!source.read('install-timeout')) timeouts.install = Math.max(fallbackMs, 300_000);
  else timeouts.install = integerField(source, 'install-timeout', { min: 1, max: 7200 }) * 1000;
  for (const line of splitLines(source.read('timeouts'))) {
    const match = /^([a-z-]+)\s*[=:]\s*(\d+)$/.exec(line);
    const timed = CHECK_INPUTS.filter((name) => name !== 'stay-alive');
    if (!match || !(timed as readonly string[]).includes(match[1]!) || Number(match[2]) < 1 || Number(match[2]) > 3600) {
      throw new InputError(
        source.describe('timeouts'),
        line,
        `each line must be <check>=<seconds> (1 to 3600), the check one of: ${timed.join(', ')} (stay-alive waits the seconds it is given)`,
      );
    }
    timeouts[match[1] as CheckInput] = Number(match[2]) * 1000;
  }
  return timeouts;
}

/** Reads and checks every input once; any problem is one InputError naming the input, the value and what is allowed. */
export function getSmokeTestSettings(source: InputSource, workspace: string, runnerTemp: string): SmokeTestSettings {
  const run = stringField(source, 'run', { required: true });
  const workingDirectory = confinedPath(source.describe('working-directory'), stringField(source, 'working-directory', { default: '.' }), { workspace });
  if (!statSync(workingDirectory, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(source.describe('working-directory'), source.read('working-directory'), 'it must name an existing folder (relative to the workspace)');
  }
  const env = parseEnv(source);
  const version = stringField(source, 'version') || undefined;
  const timeoutMs = integerField(source, 'timeout', { min: 1, max: 3600 }, { default: 60 }) * 1000;
  const settings: SmokeTestSettings = {
    run,
    workingDirectory,
    env,
    ...(version ? { version } : {}),
    timeouts: parseTimeouts(source, timeoutMs),
    killGraceMs: integerField(source, 'kill-grace', { min: 0, max: 300 }, { default: 5 }) * 1000,
    uploadScreenshot: booleanField(source, 'upload-screenshot', true),
  };

  const installInput = stringField(source, 'install');
  const uninstall = booleanField(source, 'uninstall', false);
  const typeInput = choiceField(source, 'install-type', ['auto', ...INSTALLER_TYPES] as const, { default: 'auto' });
  const installDirInput = stringField(source, 'install-dir');
  if (installInput) {
    const file = confinedPath(source.describe('install'), installInput, { workspace, runnerTemp });
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new InputError(source.describe('install'), installInput, 'it must name an existing installer file (relative to the workspace)');
    const type = typeInput === 'auto' ? installerTypeOf(file) : typeInput;
    if (!type) {
      throw new InputError(
        source.describe('install-type'),
        typeInput,
        `the type of ${path.basename(file)} cannot be told from its extension (.msi, .exe, .dmg, .pkg, .deb, .rpm, .AppImage, .tar.gz/.tgz/.tar.xz/.tar.bz2/.tar.zst); set install-type to one of: ${INSTALLER_TYPES.join(', ')}`,
      );
    }
    const installDir = installDirInput ? path.resolve(workspace, installDirInput) : type === 'appimage' || type === 'tarball' ? path.join(runnerTemp, 'install') : undefined;
    if (uninstall && !UNINSTALLABLE.includes(type)) throw new InputError(source.describe('uninstall'), 'true', `a ${type} has no uninstaller; set it to false`);
    if (uninstall && type === 'nsis' && !installDir) throw new InputError(source.describe('install-dir'), '', 'uninstalling an NSIS installer needs the folder it installs to (passed as /D=)');
    settings.install = { file, type, ...(installDir ? { installDir } : {}), uninstall };
  } else {
    if (uninstall) throw new InputError(source.describe('uninstall'), 'true', 'there is nothing to uninstall without install');
    if (typeInput !== 'auto') throw new InputError(source.describe('install-type'), typeInput, 'it is used only with install');
  }

  const port = stringField(source, 'wait-for-port');
  if (port) {
    const target = parsePortTarget(port);
    if (!target) throw new InputError(source.describe('wait-for-port'), port, 'it must be a port from 1 to 65535, optionally as host:port');
    settings.waitForPort = target;
  }

  const url = stringField(source, 'health-url');
  const status = stringField(source, 'expect-status');
  const body = stringField(source, 'expect-body');
  if (url) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) throw new InputError(source.describe('health-url'), url, 'it must be an http:// or https:// URL');
    if (parsed.port && (Number(parsed.port) < 1 || Number(parsed.port) > 65535)) throw new InputError(source.describe('health-url'), url, 'its port must be from 1 to 65535');
    const expectStatus = integerField(source, 'expect-status', { min: 100, max: 599 }, { default: 200 });
    let expectBody: BodyExpectation | undefined;
    if (body) {
      try {
        expectBody = parseBodyExpectation(substitute(source, 'expect-body', body, version, body.startsWith('json:') ? 'text' : 'regex'));
      } catch (error) {
        throw new InputError(source.describe('expect-body'), body, (error as Error).message);
      }
    }
    settings.healthUrl = { url, expectStatus, ...(expectBody ? { expectBody } : {}) };
  } else {
    if (status) throw new InputError(source.describe('expect-status'), status, 'it is used only with health-url');
    if (body) throw new InputError(source.describe('expect-body'), body, 'it is used only with health-url');
  }

  const output = stringField(source, 'expect-output');
  if (output) {
    const text = substitute(source, 'expect-output', output, version, 'regex');
    settings.expectOutput = { pattern: regexField(source, 'expect-output', text), source: text };
  }
  const window = stringField(source, 'wait-for-window');
  if (window) settings.waitForWindow = { pattern: regexField(source, 'wait-for-window', window), source: window };
  const screenshot = stringField(source, 'screenshot');
  if (screenshot && !['false', 'False', 'FALSE'].includes(screenshot)) {
    settings.screenshot = ['true', 'True', 'TRUE'].includes(screenshot) ? 'default' : confinedPath(source.describe('screenshot'), screenshot, { workspace, runnerTemp });
    if (settings.screenshot !== 'default' && !/\.png$/i.test(settings.screenshot)) throw new InputError(source.describe('screenshot'), screenshot, 'it must be true or a path ending in .png');
  }
  const stayAlive = source.read('stay-alive');
  if (stayAlive) settings.stayAliveSeconds = integerField(source, 'stay-alive', { min: 1, max: 3600 });
  const exitCode = source.read('expect-exit-code');
  if (exitCode) settings.expectExitCode = integerField(source, 'expect-exit-code', { min: 0, max: 255 });
  if (settings.stayAliveSeconds !== undefined && settings.expectExitCode !== undefined) {
    throw new InputError(source.describe('stay-alive'), stayAlive, 'it cannot be combined with expect-exit-code (one expects the app to keep running, the other to exit)');
  }

  const given = CHECK_INPUTS.filter((name) => source.read(name) !== '' && !(name === 'screenshot' && !settings.screenshot));
  if (given.length === 0) {
    throw new InputError('The check inputs', '', `at least one check must be given: ${CHECK_INPUTS.join(', ')}`);
  }
  return settings;
}

/**
 * `{version}` → the version input without a leading `v` (a tag `v1.2.3` stands for `1.2.3`); an error when
 * the placeholder is used without one. In a regex the version is escaped and the `v` optional, so it
 * matches an app printing either `1.2.3` or `v1.2.3`.
 */
export function substitute(source: InputSource, name: string, text: string, version: string | undefined, kind: 'regex' | 'text'): string {
  if (!text.includes('{version}')) return text;
  if (!version) throw new InputError(source.describe(name), text, 'it uses {version}, so the version input must be set');
  const bare = version.replace(/^v(?=\d)/, '');
  return text.split('{version}').join(kind === 'regex' ? `v?${escapeRegExp(bare)}` : bare);
}
