/**
 * The smoke test's settings: one schema for a target's `smoke:` block in release-kit.yml, the
 * smoke-test action's inputs and `release-kit smoke`'s options, and one reader. Each field accepts
 * its YAML form (90, true, a map) and its text form ("90", "true", NAME=value lines), with one
 * description of what is allowed, so the three places accept the same values with the same ranges.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { durationAllowed, durationIn, type DurationRange } from '../kit/duration.js';
import { confinedPath } from '../kit/confined-path.js';
import { InputError } from '../kit/errors.js';
import { field, splitLines, type InputSource } from '../kit/inputs.js';
import { parseBodyExpectation, type BodyExpectation } from './checks/health.js';
import { parsePortTarget, type PortTarget } from './checks/port.js';
import { INSTALLER_TYPES, installerTypeOf, UNINSTALLABLE, type InstallerType } from './installers.js';

/** The checks, in the order they run. */
export const CHECK_INPUTS = ['wait-for-port', 'health-url', 'expect-output', 'wait-for-window', 'screenshot', 'stay-alive', 'expect-exit-code'] as const;
export type CheckInput = (typeof CHECK_INPUTS)[number];
const TIMED = CHECK_INPUTS.filter((name) => name !== 'stay-alive');

const CHECK_TIMEOUT: DurationRange = { min: 1000, max: 3_600_000 };
const INSTALL_TIMEOUT: DurationRange = { min: 1000, max: 7_200_000 };
const KILL_GRACE: DurationRange = { min: 0, max: 300_000 };
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Field<T> {
  schema: z.ZodType<T>;
  /** What is allowed, in words: the end of every error about this field. */
  allowed: string;
  description: string;
}

const fieldOf = <T,>(schema: z.ZodType<T>, allowed: string, description: string): Field<T> => ({ schema: schema.describe(description), allowed, description });

const refined = <T,>(base: z.ZodType, allowed: string, parse: (value: never) => T | undefined): z.ZodType<T> =>
  base.transform((value, ctx) => {
    const parsed = parse(value as never);
    if (parsed === undefined) {
      ctx.addIssue({ code: 'custom', message: allowed });
      return z.NEVER;
    }
    return parsed;
  }) as unknown as z.ZodType<T>;

const text = (description: string, allowed = 'it must be non-empty text') => fieldOf(z.string().min(1), allowed, description);

const flag = (description: string) => {
  const allowed = 'it must be true or false';
  return fieldOf(refined(z.union([z.boolean(), z.string()]), allowed, (v: boolean | string) => (typeof v === 'boolean' ? v : TRUE.includes(v) ? true : FALSE.includes(v) ? false : undefined)), allowed, description);
};

const whole = (min: number, max: number, description: string) => {
  const allowed = `it must be a whole number from ${min} to ${max}`;
  return fieldOf(
    refined(z.union([z.number(), z.string()]), allowed, (v: number | string) => {
      const n = typeof v === 'number' ? v : /^[+-]?\d+$/.test(v) ? Number(v) : NaN;
      return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
    }),
    allowed,
    description,
  );
};

const duration = (range: DurationRange, description: string) => {
  const allowed = durationAllowed(range);
  return fieldOf(refined(z.union([z.number(), z.string()]), allowed, (v: number | string) => durationIn(v, range)), allowed, description);
};

/** NAME=value lines (an input, an option) or a map (release-kit.yml). */
function envOf(value: string | Record<string, string | number | boolean>): Record<string, string> | undefined {
  const entries = typeof value === 'string' ? splitLines(value).map((line) => /^([^=]*)=(.*)$/.exec(line)).map((m) => (m ? [m[1]!, m[2]!] : undefined)) : Object.entries(value).map(([k, v]) => [k, String(v)]);
  if (entries.some((entry) => !entry || !ENV_NAME.test(entry[0]!))) return undefined;
  return Object.fromEntries(entries as Array<[string, string]>);
}

/** `check=duration` lines (an input, an option) or a map of check → duration (release-kit.yml). */
function timeoutsOf(value: string | Record<string, string | number>): Partial<Record<CheckInput, number>> | undefined {
  const entries = typeof value === 'string' ? splitLines(value).map((line) => /^([a-z-]+)\s*[=:]\s*(.+)$/.exec(line)).map((m) => (m ? [m[1]!, m[2]!.trim()] : undefined)) : Object.entries(value);
  const out: Partial<Record<CheckInput, number>> = {};
  for (const entry of entries) {
    if (!entry || !(TIMED as readonly string[]).includes(entry[0] as string)) return undefined;
    const ms = durationIn(entry[1], CHECK_TIMEOUT);
    if (ms === undefined) return undefined;
    out[entry[0] as CheckInput] = ms;
  }
  return out;
}

function httpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return value;
  } catch {
    return undefined;
  }
}

export type Screenshot = false | true | string;

/** Every smoke setting: the key in release-kit.yml is the name of the action input and of the CLI option. */
export const SMOKE_FIELDS = {
  run: text('Command line that starts the app, backend or CLI (run by /bin/sh -c, or cmd.exe on Windows).'),
  'working-directory': text('Folder to run it in, relative to the workspace (default: a scratch folder of the leg).'),
  env: fieldOf(
    refined(z.union([z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))]), 'each line must be NAME=value (NAME: letters, digits and _, not starting with a digit)', envOf),
    'each line must be NAME=value (NAME: letters, digits and _, not starting with a digit)',
    'Extra environment variables for the app: NAME=value lines (a map in release-kit.yml).',
  ),
  install: text(
    'Installer to install first, the way a user would: a glob of the leg\'s release files (*.exe, *.msi) or a path in the workspace. .msi, .exe (NSIS, or Squirrel with install-type), .dmg, .pkg, .deb, .rpm, .AppImage, .tar.gz/.tgz/.tar.xz/.tar.bz2/.tar.zst.',
  ),
  'install-type': fieldOf(z.enum(['auto', ...INSTALLER_TYPES]), `it must be one of: auto, ${INSTALLER_TYPES.join(', ')}`, 'auto (from the extension; .exe means NSIS), msi, nsis, squirrel, dmg, pkg, deb, rpm, appimage or tarball.'),
  'install-dir': text('Where to install or extract: /D= for NSIS, INSTALLDIR= for MSI, the target of .dmg apps; AppImage and tarballs default to a folder under RUNNER_TEMP. The app sees it as RELEASE_KIT_INSTALL_DIR.'),
  uninstall: flag('Uninstall after the checks and fail when that fails.'),
  'install-timeout': duration(INSTALL_TIMEOUT, 'Time the installer may take (default: 5m, or timeout when longer).'),
  'expect-exit-code': whole(0, 255, 'The app must exit with this code (a CLI).'),
  'expect-output': text('Regular expression the output must match; {version} is the version.'),
  'wait-for-port': fieldOf(
    refined(z.union([z.number(), z.string()]), 'it must be a port from 1 to 65535, optionally as host:port', (v: number | string) => parsePortTarget(String(v))),
    'it must be a port from 1 to 65535, optionally as host:port',
    'A TCP port (or host:port) that must accept connections.',
  ),
  'health-url': fieldOf(refined(z.string(), 'it must be an http:// or https:// URL with a port from 1 to 65535', httpUrl), 'it must be an http:// or https:// URL with a port from 1 to 65535', 'URL that must answer expect-status.'),
  'expect-status': whole(100, 599, 'HTTP status health-url must answer (default 200).'),
  'expect-body': text('Regular expression, or json:<path>=<value>, the health-url body must match; {version} is the version.'),
  'wait-for-window': text('Regular expression a top-level window title must match (X11; Xvfb is started when there is no display).'),
  screenshot: fieldOf(
    refined(z.union([z.boolean(), z.string()]), 'it must be true or a path ending in .png', (v: boolean | string): Screenshot | undefined =>
      typeof v === 'boolean' ? v : TRUE.includes(v) ? true : FALSE.includes(v) ? false : /\.png$/i.test(v) ? v : undefined,
    ),
    'it must be true or a path ending in .png',
    'Take a screenshot of the display and check it is not blank: true, or the .png path to write.',
  ),
  'upload-screenshot': flag('Upload the screenshot as an artifact and link it from the summary (default true).'),
  'stay-alive': duration(CHECK_TIMEOUT, 'The app must still run after this long (a GUI app or a server).'),
  timeout: duration(CHECK_TIMEOUT, 'Time each check may take (default 60s).'),
  timeouts: fieldOf(
    refined(z.union([z.string(), z.record(z.string(), z.union([z.number(), z.string()]))]), `each line must be <check>=<duration> (1s to 1h), the check one of: ${TIMED.join(', ')} (stay-alive waits the time it is given)`, timeoutsOf),
    `each line must be <check>=<duration> (1s to 1h), the check one of: ${TIMED.join(', ')} (stay-alive waits the time it is given)`,
    'Per-check time limits: <check>=<duration> lines (a map in release-kit.yml).',
  ),
  'kill-grace': duration(KILL_GRACE, 'Time between asking the app to stop and killing it (default 5s).'),
};

export type SmokeKey = keyof typeof SMOKE_FIELDS;
export const SMOKE_KEYS = Object.keys(SMOKE_FIELDS) as SmokeKey[];
export type SmokeValues = { [K in SmokeKey]?: z.output<(typeof SMOKE_FIELDS)[K]['schema']> };

/** One smoke check of a target in release-kit.yml: the same fields as the action's inputs. */
export const SmokeConfigSchema = z
  .object(Object.fromEntries(SMOKE_KEYS.map((key) => [key, key === 'run' ? SMOKE_FIELDS.run.schema : SMOKE_FIELDS[key].schema.optional()])))
  .strict() as unknown as z.ZodType<SmokeValues & { run: string }>;

/** What is allowed for a smoke setting, in words (for config errors). */
export const smokeAllowed = (key: string): string | undefined => (SMOKE_FIELDS as Record<string, Field<unknown>>)[key]?.allowed;

/** Reads the smoke inputs (or options) through the same field schemas; '' is unset. */
export function readSmokeInputs(source: InputSource, keys: readonly SmokeKey[] = SMOKE_KEYS): SmokeValues {
  const values: Record<string, unknown> = {};
  for (const key of keys) {
    if (source.read(key) === '') continue;
    const { schema, allowed } = SMOKE_FIELDS[key] as Field<unknown>;
    values[key] = field(source, key, schema, allowed);
  }
  return values as SmokeValues;
}

export interface SmokeProblem {
  key: SmokeKey | 'checks';
  value: string;
  allowed: string;
}

const shown = (values: SmokeValues, key: SmokeKey): string => {
  const value = values[key];
  return value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
};
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `{version}` → the version without a leading `v`. In a regex the version is escaped and the `v`
 * optional, so it matches an app printing either `1.2.3` or `v1.2.3`.
 */
export function withVersion(text: string, version: string, kind: 'regex' | 'text'): string {
  const bare = version.replace(/^v(?=\d)/, '');
  return text.split('{version}').join(kind === 'regex' ? `v?${escapeRegExp(bare)}` : bare);
}

function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source, 'm');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The installer type of the install setting: the given type, or the one its extension names (undefined when a glob leaves it open). */
function installTypeOf(values: SmokeValues): InstallerType | 'unknown' | undefined {
  if (values['install-type'] && values['install-type'] !== 'auto') return values['install-type'];
  if (!values.install) return undefined;
  if (/[*?[\]{}]$/.test(values.install) || /\*$/.test(values.install)) return undefined;
  return installerTypeOf(values.install) ?? 'unknown';
}

/**
 * The rules between settings, without touching a file: what `release-kit check` reports for a
 * target's smoke block and what the action refuses before it starts anything. `version` stands in
 * for {version} (undefined: none is known, so {version} is a problem).
 */
export function smokeProblems(values: SmokeValues, version: string | undefined, raw?: (key: SmokeKey) => string): SmokeProblem[] {
  const problems: SmokeProblem[] = [];
  const valueOf = (key: SmokeKey): string => (key === 'install-type' ? (values['install-type'] ?? 'auto') : (raw?.(key) ?? shown(values, key)));
  const add = (key: SmokeProblem['key'], allowed: string): void => void problems.push({ key, value: key === 'checks' ? '' : valueOf(key), allowed });
  if (values['stay-alive'] !== undefined && values['expect-exit-code'] !== undefined) add('stay-alive', 'it cannot be combined with expect-exit-code (one expects the app to keep running, the other to exit)');
  if (!values['health-url']) {
    if (values['expect-status'] !== undefined) add('expect-status', 'it is used only with health-url');
    if (values['expect-body'] !== undefined) add('expect-body', 'it is used only with health-url');
  }
  const type = installTypeOf(values);
  if (!values.install) {
    if (values.uninstall) add('uninstall', 'there is nothing to uninstall without install');
    if (values['install-type'] && values['install-type'] !== 'auto') add('install-type', 'it is used only with install');
  } else if (type === 'unknown') {
    add('install-type', `the type of ${values.install} cannot be told from its extension (.msi, .exe, .dmg, .pkg, .deb, .rpm, .AppImage, .tar.gz/.tgz/.tar.xz/.tar.bz2/.tar.zst); set install-type to one of: ${INSTALLER_TYPES.join(', ')}`);
  } else if (values.uninstall && type && !UNINSTALLABLE.includes(type)) {
    add('uninstall', `a ${type} has no uninstaller; set it to false`);
  } else if (values.uninstall && type === 'nsis' && !values['install-dir']) {
    add('uninstall', 'uninstalling an NSIS installer needs install-dir too: the folder it installs to (passed as /D=)');
  }
  for (const key of ['expect-output', 'expect-body'] as const) {
    const raw = values[key];
    if (raw === undefined || !raw.includes('{version}') || version) continue;
    add(key, 'it uses {version}, so version must be set too (the version input; --version on the command line)');
  }
  const sample = version ?? '1.0.0';
  if (values['expect-output'] !== undefined) {
    const problem = regexProblem(withVersion(values['expect-output'], sample, 'regex'));
    if (problem) add('expect-output', `it must be a valid JavaScript regular expression (${problem})`);
  }
  if (values['wait-for-window'] !== undefined) {
    const problem = regexProblem(values['wait-for-window']);
    if (problem) add('wait-for-window', `it must be a valid JavaScript regular expression (${problem})`);
  }
  if (values['expect-body'] !== undefined) {
    try {
      parseBodyExpectation(withVersion(values['expect-body'], sample, values['expect-body'].startsWith('json:') ? 'text' : 'regex'));
    } catch (error) {
      add('expect-body', (error as Error).message);
    }
  }
  const given = CHECK_INPUTS.filter((name) => values[name] !== undefined && !(name === 'screenshot' && values.screenshot === false));
  if (given.length === 0) add('checks', `at least one check must be given: ${CHECK_INPUTS.join(', ')}`);
  return problems;
}

/** The smoke test as it runs: every path resolved, every check with its time limit. */
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

export interface SmokeContext {
  workspace: string;
  runnerTemp: string;
  version?: string;
  /** The leg's release files: `install` is a glob over their names first. */
  artifactsDir?: string;
  /** Used when working-directory is not set (the workspace otherwise). */
  defaultWorkingDirectory?: string;
  /** Set for the app on top of `env`. */
  extraEnv?: Record<string, string>;
  /** How the user names a setting in an error (`Input "timeout"`, `release-kit.yml: target linux-x64, smoke.timeout`). */
  describe: (key: string) => string;
  /** The setting as the user wrote it, for an error (the parsed value otherwise). */
  raw?: (key: SmokeKey) => string;
}

const COMPANION = /\.(sig|asc|minisig|blockmap)$/i;

/** The installer `install` names: one of the leg's release files its glob matches, or a file of the workspace. */
function resolveInstall(install: string, context: SmokeContext): string {
  if (context.artifactsDir && !install.includes('/') && !install.includes('\\')) {
    const names = (statSync(context.artifactsDir, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(context.artifactsDir) : []).filter((name) => !COMPANION.test(name));
    const matched = names.filter((name) => path.matchesGlob(name, install));
    if (matched.length === 1) return path.join(context.artifactsDir, matched[0]!);
    if (matched.length > 1) {
      throw new InputError(context.describe('install'), install, `it must match one release file of the leg, but it matches ${matched.length}: ${matched.join(', ')}; narrow it (or add a smoke check per installer)`);
    }
    const direct = confinedPath(context.describe('install'), install, { workspace: context.workspace, runnerTemp: context.runnerTemp });
    if (statSync(direct, { throwIfNoEntry: false })?.isFile()) return direct;
    throw new InputError(context.describe('install'), install, `it must match one of the leg's release files (${names.join(', ') || 'none'})`);
  }
  const file = confinedPath(context.describe('install'), install, { workspace: context.workspace, runnerTemp: context.runnerTemp });
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new InputError(context.describe('install'), install, 'it must name an existing installer file (relative to the workspace)');
  return file;
}

/** From checked values to the run: the first problem is one InputError naming the setting, its value and what is allowed. */
export function resolveSmokeSettings(given: SmokeValues, context: SmokeContext): SmokeTestSettings {
  // {version} in the command, paths and URL: the version as text.
  const values: SmokeValues = { ...given };
  if (context.version) {
    for (const key of ['run', 'install', 'working-directory', 'install-dir', 'health-url'] as const) {
      if (values[key] !== undefined) values[key] = withVersion(values[key], context.version, 'text');
    }
    if (values.env) values.env = Object.fromEntries(Object.entries(values.env).map(([name, value]) => [name, withVersion(value, context.version!, 'text')]));
  }
  const [problem] = smokeProblems(values, context.version, context.raw);
  if (problem) throw new InputError(problem.key === 'checks' ? 'The check inputs' : context.describe(problem.key), problem.value, problem.allowed);
  if (!values.run) throw new InputError(context.describe('run'), '', 'it is required: the command that starts the program');
  const workingDirectory = values['working-directory'] ? confinedPath(context.describe('working-directory'), values['working-directory'], { workspace: context.workspace }) : (context.defaultWorkingDirectory ?? context.workspace);
  if (!statSync(workingDirectory, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(context.describe('working-directory'), values['working-directory'] ?? '', 'it must name an existing folder (relative to the workspace)');
  }
  const version = context.version;
  const timeoutMs = values.timeout ?? 60_000;
  const timeouts = Object.fromEntries([...CHECK_INPUTS, 'install'].map((name) => [name, timeoutMs])) as SmokeTestSettings['timeouts'];
  timeouts.install = values['install-timeout'] ?? Math.max(timeoutMs, 300_000);
  Object.assign(timeouts, values.timeouts ?? {});
  const settings: SmokeTestSettings = {
    run: values.run,
    workingDirectory,
    env: { ...(values.env ?? {}), ...(context.extraEnv ?? {}) },
    ...(version ? { version } : {}),
    timeouts,
    killGraceMs: values['kill-grace'] ?? 5000,
    uploadScreenshot: values['upload-screenshot'] ?? true,
  };
  if (values.install) {
    const file = resolveInstall(values.install, context);
    const given = values['install-type'] ?? 'auto';
    const type = given === 'auto' ? installerTypeOf(file) : given;
    if (!type) {
      throw new InputError(
        context.describe('install-type'),
        given,
        `the type of ${path.basename(file)} cannot be told from its extension (.msi, .exe, .dmg, .pkg, .deb, .rpm, .AppImage, .tar.gz/.tgz/.tar.xz/.tar.bz2/.tar.zst); set install-type to one of: ${INSTALLER_TYPES.join(', ')}`,
      );
    }
    const uninstall = values.uninstall ?? false;
    if (uninstall && !UNINSTALLABLE.includes(type)) throw new InputError(context.describe('uninstall'), 'true', `a ${type} has no uninstaller; set it to false`);
    const installDir = values['install-dir'] ? path.resolve(context.workspace, values['install-dir']) : type === 'appimage' || type === 'tarball' ? path.join(context.runnerTemp, 'install') : undefined;
    if (uninstall && type === 'nsis' && !installDir) throw new InputError(context.describe('install-dir'), '', 'uninstalling an NSIS installer needs the folder it installs to (passed as /D=)');
    settings.install = { file, type, ...(installDir ? { installDir } : {}), uninstall };
  }
  if (values['wait-for-port']) settings.waitForPort = values['wait-for-port'];
  if (values['health-url']) {
    const body = values['expect-body'];
    settings.healthUrl = {
      url: values['health-url'],
      expectStatus: values['expect-status'] ?? 200,
      ...(body ? { expectBody: parseBodyExpectation(version ? withVersion(body, version, body.startsWith('json:') ? 'text' : 'regex') : body) } : {}),
    };
  }
  if (values['expect-output']) {
    const source = version ? withVersion(values['expect-output'], version, 'regex') : values['expect-output'];
    settings.expectOutput = { pattern: new RegExp(source, 'm'), source };
  }
  if (values['wait-for-window']) settings.waitForWindow = { pattern: new RegExp(values['wait-for-window'], 'm'), source: values['wait-for-window'] };
  if (values.screenshot) {
    settings.screenshot = values.screenshot === true ? 'default' : confinedPath(context.describe('screenshot'), values.screenshot, { workspace: context.workspace, runnerTemp: context.runnerTemp });
  }
  if (values['stay-alive'] !== undefined) settings.stayAliveSeconds = values['stay-alive'] / 1000;
  if (values['expect-exit-code'] !== undefined) settings.expectExitCode = values['expect-exit-code'];
  return settings;
}
