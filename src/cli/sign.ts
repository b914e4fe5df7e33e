import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getCodesignSettings, type CodesignSettings } from '../actions/codesign/input-helper.js';
import { kindOf } from '../audit/formats.js';
import { buildJobs } from '../actions/codesign/signers.js';
import { InputError, UserError } from '../kit/errors.js';
import { blockSource, readTargetInput } from '../actions/target-settings.js';
import type { InputSource } from '../kit/inputs.js';
import { groupByPlatform, runnerOs } from '../sign/select.js';
import { authenticodeFormatOf } from '../sign/windows/file-types.js';
import type { RunnerOs } from '../sign/windows/index.js';
import { LeftoverBook, signFiles } from '../sign/sign-files.js';
import { defineCommand, UsageError, type Values } from './command.js';

/** The codesign settings that are secrets: read from the environment only, never from the command line. */
export const SECRET_SETTINGS = [
  'certificate',
  'certificate-password',
  'azure-client-secret',
  'macos-certificate',
  'macos-certificate-password',
  'macos-installer-certificate',
  'macos-installer-certificate-password',
  'gpg-private-key',
  'gpg-passphrase',
  'minisign-key',
  'minisign-password',
] as const;

/** Every other codesign setting: an option, or the same RELEASE_KIT_* variable (a build tool's hook passes none). */
export const PLAIN_SETTINGS = [
  'config',
  'target',
  'platform',
  'allow-empty',
  'concurrency',
  'windows-method',
  'ca-file',
  'timestamp',
  'timestamp-urls',
  'skip-signed',
  'dual-sign',
  'description',
  'description-url',
  'signtool-path',
  'azure-endpoint',
  'azure-account',
  'azure-certificate-profile',
  'azure-dlib',
  'azure-correlation-id',
  'azure-key-vault-url',
  'azure-key-vault-certificate',
  'azure-client-id',
  'azure-tenant-id',
  'azure-managed-identity',
  'pkcs11-module',
  'pkcs11-key-id',
  'sign-command',
  'macos-identity',
  'macos-installer-identity',
  'entitlements',
  'hardened-runtime',
  'linux-method',
  'gpg-key-id',
  'tauri-signature',
] as const;

/** `certificate-password` → `RELEASE_KIT_CERTIFICATE_PASSWORD`. */
export function settingVariable(name: string): string {
  return `RELEASE_KIT_${name.toUpperCase().replace(/-/g, '_')}`;
}

const SECRETS: ReadonlySet<string> = new Set(SECRET_SETTINGS);

/** Options first, then RELEASE_KIT_* variables; secrets from the variables only. */
export function signSource(values: Values, env: NodeJS.ProcessEnv, files: readonly string[]): InputSource {
  return {
    read: (name) => {
      if (name === 'files') return files.join('\n');
      const option = SECRETS.has(name) ? undefined : values[name];
      const value = option ?? env[settingVariable(name)];
      return typeof value === 'boolean' ? String(value) : (value ?? '').trim();
    },
    describe: (name) => (SECRETS.has(name) || values[name] === undefined ? `Variable ${settingVariable(name)}` : `Option --${name}`),
    mask: () => undefined,
  };
}

/** With a target (--target or RELEASE_KIT_TARGET): its signer and the settings of its sign: block, as the codesign action reads them. */
async function targetSource(source: InputSource, cwd: string): Promise<InputSource> {
  const leg = await readTargetInput(source, cwd);
  if (!leg) return source;
  const { target, configName } = leg;
  if (target.sign.platform === 'none') throw new InputError(source.describe('target'), target.id, `the target has sign: none in ${configName}: nothing to sign with`);
  return blockSource(source, target.sign.settings, `${configName}: target ${target.id}, sign: block`, { platform: target.sign.platform }, "with a target, the platform is the target's signer");
}

async function regularFile(given: string): Promise<string> {
  const file = path.resolve(given);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UserError(`${given} ${info ? 'is not a regular file' : 'does not exist'}; give the files to sign.`);
  return file;
}

/** Signs the files with the codesign action's signers, in this process; every temporary key is removed before it returns. */
async function sign(source: InputSource, given: string[], cwd: string): Promise<void> {
  const settings = getCodesignSettings(source, cwd);
  const os = runnerOs();
  const tempRoot = path.resolve(process.env.RUNNER_TEMP || tmpdir());
  // makensis hands !uninstfinalize a temporary uninstaller without an extension: a PE is signed as the .exe it is.
  const staging = await mkdtemp(path.join(tempRoot, 'release-kit-sign-cli-'));
  try {
    const staged = new Map<string, string>();
    const files: string[] = [];
    for (const [index, file] of given.entries()) {
      if (settings.platform !== 'windows' && settings.platform !== 'auto') files.push(file);
      else if (authenticodeFormatOf(file) || kindOf(file).kind !== 'pe') files.push(file);
      else {
        const copy = path.join(staging, String(index), `${path.basename(file)}.exe`);
        await mkdir(path.dirname(copy));
        await copyFile(file, copy);
        staged.set(copy, file);
        files.push(copy);
      }
    }
    await signStaged(settings, os, tempRoot, files, staged, cwd);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function signStaged(settings: CodesignSettings, os: RunnerOs, tempRoot: string, files: string[], staged: Map<string, string>, cwd: string): Promise<void> {
  const groups = await groupByPlatform(files, settings.platform, os);
  const book = new LeftoverBook(() => undefined);
  const jobs = buildJobs(groups, settings, {
    runnerOs: os,
    tempRoot,
    log: { info: (message) => console.error(message), warning: (message) => console.error(`warning: ${message}`) },
    declare: (leftover) => book.add(leftover),
    release: (leftover) => book.remove(leftover),
    mask: () => undefined,
  });
  const { records } = await signFiles(jobs, book, { warn: (message) => console.error(`warning: ${message}`) });
  for (const [copy, original] of staged) await copyFile(copy, original);
  for (const signed of records) {
    const record = { ...signed, file: staged.get(signed.file) ?? signed.file };
    const what = record.skipped ? 'already signed' : `signed (${record.method})`;
    const by = [record.subject, record.thumbprint && `thumbprint ${record.thumbprint}`, record.timestampServer && `timestamp ${record.timestampServer}`].filter(Boolean).join(', ');
    console.log(`${what}: ${path.relative(cwd, record.file) || record.file}${by ? ` — ${by}` : ''}${record.verified ? ', verified' : ''}`);
  }
}

const PLAIN_HELP: Partial<Record<(typeof PLAIN_SETTINGS)[number], [string, string]>> = {
  config: ['FILE', 'release-kit.yml (with --target; default release-kit.yml)'],
  target: ['ID', "a target of release-kit.yml: its signer and its sign: block's settings"],
  platform: ['NAME', 'windows, macos, linux or auto (by each file\'s type)'],
  'windows-method': ['METHOD', 'pfx, azure-trusted-signing, azure-key-vault, pkcs11 or command'],
  'ca-file': ['FILE', 'extra CA certificates (PEM) the signature must chain to'],
  'timestamp-urls': ['URLS', 'RFC 3161 timestamp servers, tried in order (comma- or newline-separated)'],
  'sign-command': ['CMD', 'the command that signs one file ({file}), for windows-method command'],
};

export const signCommand = defineCommand({
  name: 'sign',
  synopsis: '[options] <file>...',
  summary: "Sign files with the codesign action's signers (a build tool's sign hook: electron-builder, Tauri's signCommand, makensis !finalize).",
  options: [
    ...PLAIN_SETTINGS.map((name) => {
      const [value, help] = PLAIN_HELP[name] ?? ['VALUE', `the codesign input ${name}`];
      return { name, type: 'string' as const, value, help: `${help} (or ${settingVariable(name)})` };
    }),
    // Named so that a secret given on the command line gets a clear refusal, not "unknown option".
    ...SECRET_SETTINGS.map((name) => ({ name, type: 'string' as const, value: 'never', help: `refused: a secret comes from ${settingVariable(name)} only` })),
  ],
  epilogue: `Every setting may come from its RELEASE_KIT_<NAME> variable instead (a build tool's hook passes no options);\nsecrets only from the environment: ${SECRET_SETTINGS.map(settingVariable).join(', ')}.`,
  async run(values, positionals) {
    const onArgv = SECRET_SETTINGS.filter((name) => values[name] !== undefined);
    if (onArgv.length) {
      throw new UsageError(
        `--${onArgv[0]} would put a secret on the command line, where process lists and build logs show it; set ${onArgv.map(settingVariable).join(', ')} in the environment instead.`,
        signCommand,
      );
    }
    if (positionals.length === 0) throw new UsageError('sign needs the files to sign (the build tool passes the path: %1 for Tauri, the hook for electron-builder)', signCommand);
    const files = await Promise.all(positionals.map(regularFile));
    const cwd = process.cwd();
    const source = await targetSource(signSource(values, process.env, files), cwd);
    try {
      await sign(source, files, cwd);
    } catch (error) {
      // The signers name settings as the action's inputs; here they are options or variables.
      if (error instanceof UserError) {
        throw new UserError(
          error.message.replace(/\b([Ii])nput "([a-z0-9-]+)"/g, (_, initial: string, name: string) => {
            const said = source.describe(name);
            return initial === 'i' ? said[0]!.toLowerCase() + said.slice(1) : said;
          }),
        );
      }
      throw error;
    }
  },
});
