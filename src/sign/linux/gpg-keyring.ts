import { constants as fsConstants } from 'node:fs';
import { access, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError, UserError, errorMessage } from '../../kit/errors.js';
import { runTool, type ToolResult } from '../../kit/exec.js';
import { createPrivateDir, decodeBase64, privateDirPath, writePrivateFile } from '../private-files.js';
import type { Leftover } from '../signer.js';

/** The names of the inputs a GPG key comes from, as the error messages should call them. */
export interface GpgInputNames {
  privateKey?: string;
  passphrase?: string;
  keyId?: string;
}

/** Where a GPG-based signer (gpg, rpmsign, debsigs) gets its key. */
export interface GpgKeyOptions {
  /**
   * The private key: ASCII-armored (`-----BEGIN PGP PRIVATE KEY BLOCK-----`, as `gpg --armor
   * --export-secret-keys` prints it), or base64 of the armored or binary export.
   */
  privateKey: string;
  /** The key's passphrase; empty or absent for a key without one. */
  passphrase?: string;
  /** Which key to sign with when the export holds several: fingerprint, key id, or part of the user id. */
  keyId?: string;
  /** Folder for the temporary GNUPGHOME (RUNNER_TEMP in a workflow); it is created 0700 under it. */
  tempRoot: string;
  /** Input names used in error messages (defaults: gpg-private-key, gpg-passphrase, gpg-key-id). */
  inputNames?: GpgInputNames;
  /** The gpg command (default `gpg` from PATH). */
  gpg?: string;
}

export interface GpgKey {
  /** Primary key fingerprint (40 hex digits for v4 keys), upper case. */
  fingerprint: string;
  /** Long key id: the last 16 hex digits of the fingerprint. */
  keyId: string;
  /** First user id, e.g. `Release Bot <release@example.com>`. */
  userId: string;
}

const names = (given: GpgInputNames | undefined): Required<GpgInputNames> => ({
  privateKey: given?.privateKey ?? 'gpg-private-key',
  passphrase: given?.passphrase ?? 'gpg-passphrase',
  keyId: given?.keyId ?? 'gpg-key-id',
});

/** Undoes gpg's C-style escapes in --with-colons fields (`\x3a` for a colon, UTF-8 bytes as they are). */
function unescapeColons(field: string): string {
  const bytes: number[] = [];
  const raw = Buffer.from(field, 'utf8');
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === 0x5c && raw[i + 1] === 0x78 && i + 3 < raw.length) {
      const hex = raw.subarray(i + 2, i + 4).toString('latin1');
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 3;
        continue;
      }
    }
    bytes.push(raw[i]!);
  }
  return Buffer.from(bytes).toString('utf8');
}

interface ListedKey extends GpgKey {
  /** Capabilities of the whole key (upper-case letters of field 12): S = can sign. */
  capabilities: string;
  keyIds: string[];
  fingerprints: string[];
  userIds: string[];
}

/** Parses `gpg --with-colons --list-secret-keys` output. */
export function parseSecretKeys(colons: string): ListedKey[] {
  const keys: ListedKey[] = [];
  let current: ListedKey | undefined;
  let lastRecord = '';
  for (const line of colons.split('\n')) {
    const f = line.split(':');
    const type = f[0];
    if (type === 'sec') {
      current = { fingerprint: '', keyId: (f[4] ?? '').toUpperCase(), userId: '', capabilities: f[11] ?? '', keyIds: [(f[4] ?? '').toUpperCase()], fingerprints: [], userIds: [] };
      keys.push(current);
    } else if (type === 'ssb' && current) {
      current.keyIds.push((f[4] ?? '').toUpperCase());
    } else if (type === 'fpr' && current) {
      const fpr = (f[9] ?? '').toUpperCase();
      if (lastRecord === 'sec') current.fingerprint = fpr;
      current.fingerprints.push(fpr);
    } else if (type === 'uid' && current) {
      const uid = unescapeColons(f[9] ?? '');
      current.userIds.push(uid);
      if (!current.userId) current.userId = uid;
    }
    if (type && type !== 'grp') lastRecord = type === 'fpr' ? lastRecord : type;
  }
  return keys;
}

/** The key material as gpg --import takes it: armored text as is, base64 decoded. */
function keyMaterial(value: string, input: string): string | Buffer {
  const text = value.trim();
  if (text === '') throw new UserError(`Input "${input}" is empty; give an ASCII-armored private key (gpg --armor --export-secret-keys).`);
  if (text.includes('-----BEGIN PGP')) return `${text}\n`;
  const decoded = decodeBase64(text, `Input "${input}"`);
  const asText = decoded.toString('utf8');
  if (asText.includes('-----BEGIN PGP')) return asText;
  // A binary OpenPGP packet starts with a byte whose high bit is set.
  if (decoded.length > 0 && (decoded[0]! & 0x80) !== 0) return decoded;
  throw new UserError(`Input "${input}" is neither an ASCII-armored OpenPGP private key nor base64 of one.`);
}

/** The gpg error code in a `FAILURE`/`ERROR` status line (the low 16 bits of gpg-error's value). */
function gpgErrorCodes(status: string): number[] {
  const codes: number[] = [];
  for (const match of status.matchAll(/^\[GNUPG:\] (?:FAILURE|ERROR) \S+ (\d+)/gm)) codes.push(Number(match[1]) & 0xffff);
  return codes;
}

const GPG_ERR_BAD_PASSPHRASE = 11;
const GPG_ERR_NO_PASSPHRASE = 67;
const GPG_ERR_CANCELED = 99;

/** Searches PATH like a shell does: rpm runs gpg by absolute path only. */
export async function resolveOnPath(command: string): Promise<string | undefined> {
  if (command.includes('/')) return path.resolve(command);
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      await access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** gpg-agent processes started for this home (Linux: read from /proc; elsewhere none can be found). */
export async function agentPids(home: string): Promise<number[]> {
  const pids: number[] = [];
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return pids;
  }
  const wanted = path.resolve(home);
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let argv: string[];
    try {
      argv = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0');
    } catch {
      continue;
    }
    const program = path.basename(argv[0] ?? '');
    if (!['gpg-agent', 'scdaemon', 'keyboxd', 'dirmngr'].includes(program)) continue;
    const i = argv.indexOf('--homedir');
    const dir = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--homedir='))?.slice('--homedir='.length);
    if (dir && path.resolve(dir) === wanted) pids.push(Number(entry));
  }
  return pids;
}

/**
 * Stops every daemon gpg started for `home` (gpg-agent, and scdaemon/dirmngr if any), removes its
 * socket folder under /run/user, and removes the home. Returns what could not be done.
 */
export async function removeGpgHome(home: string, gpgconf = 'gpgconf'): Promise<string[]> {
  const problems: string[] = [];
  let gpgconfProblem: string | undefined;
  const exists = await access(home).then(
    () => true,
    () => false,
  );
  if (exists) {
    for (const args of [['--kill', 'all'], ['--remove-socketdir']]) {
      try {
        await runTool(gpgconf, ['--homedir', home, ...args], { allowFailure: true, timeoutMs: 30_000, env: { GNUPGHOME: home } });
      } catch (error) {
        // gpgconf missing: the agent is stopped below by its process id.
        gpgconfProblem ??= `gpgconf ${args.join(' ')} for ${home}: ${errorMessage(error)}`;
      }
    }
  }
  // gpgconf asks the agent to stop and returns; wait for it so nothing keeps the key in memory,
  // and stop it by signal when it does not go (or gpgconf could not ask it).
  for (let attempt = 0; attempt < 50; attempt++) {
    const pids = await agentPids(home);
    if (pids.length === 0) break;
    if (attempt === 20 || attempt === 40) {
      for (const pid of pids) {
        try {
          process.kill(pid, attempt === 40 ? 'SIGKILL' : 'SIGTERM');
        } catch {
          // already gone
        }
      }
    }
    await sleep(100);
  }
  const still = await agentPids(home);
  if (still.length > 0) {
    problems.push(`gpg-agent for ${home} is still running (process ${still.join(', ')})${gpgconfProblem ? `; ${gpgconfProblem}` : ''}.`);
  }
  try {
    await rm(home, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    problems.push(`Cannot remove ${home}: ${errorMessage(error)}`);
  }
  return problems;
}

/**
 * A temporary GNUPGHOME holding one imported signing key. Every gpg started with `env()` — by
 * this code, rpmsign or debsigs — runs in batch mode with loopback pinentry and reads the
 * passphrase from a 0600 file in the home, so nothing ever asks a terminal.
 */
export class GpgKeyring {
  readonly options: GpgKeyOptions;
  readonly gpg: string;
  #home: string | undefined;
  #key: GpgKey | undefined;
  #leftovers: Leftover[] = [];

  constructor(options: GpgKeyOptions) {
    this.options = options;
    this.gpg = options.gpg ?? 'gpg';
  }

  get home(): string {
    if (!this.#home) throw new Error('GpgKeyring used before prepare()');
    return this.#home;
  }

  get key(): GpgKey {
    if (!this.#key) throw new Error('GpgKeyring used before prepare()');
    return this.#key;
  }

  leftovers(): Leftover[] {
    return [...this.#leftovers];
  }

  /** Environment for every process that must use this keyring. */
  env(): Record<string, string> {
    // GPG_TTY set (even empty) stops rpmsign's "Could not set GPG_TTY to stdin: Inappropriate ioctl for device".
    return { GNUPGHOME: this.home, GPG_TTY: '', LC_ALL: 'C' };
  }

  async run(args: readonly string[], options: { input?: string | Buffer; allowFailure?: boolean } = {}): Promise<ToolResult> {
    return runTool(this.gpg, ['--homedir', this.home, ...args], {
      env: this.env(),
      timeoutMs: 120_000,
      ...options,
      secrets: this.options.passphrase ? [this.options.passphrase] : [],
    });
  }

  async prepare(): Promise<void> {
    const input = names(this.options.inputNames);
    const material = keyMaterial(this.options.privateKey, input.privateKey);
    await runTool(this.gpg, ['--version'], { timeoutMs: 30_000 });

    const home = privateDirPath(this.options.tempRoot, 'release-kit-gnupg-');
    this.#leftovers.push({ kind: 'gpg-home', path: home });
    await createPrivateDir(home);
    this.#home = home;

    // s2k-count: how hard the agent protects the key in this throwaway home (the passphrase sits
    // next to it anyway); the default is calibrated at start-up and costs about a second per signature.
    await writePrivateFile(path.join(home, 'gpg-agent.conf'), 'allow-loopback-pinentry\ns2k-count 65536\n');
    const conf = ['batch', 'no-tty', 'pinentry-mode loopback', 'no-auto-key-retrieve'];
    // A secret pasted with its final line break still means the same passphrase.
    const passphrase = (this.options.passphrase ?? '').replace(/\r?\n$/, '');
    if (passphrase !== '') {
      const file = path.join(home, 'passphrase');
      // gpg reads the first line of the file: a passphrase with a line break cannot be given this way.
      if (/[\r\n]/.test(passphrase)) throw new UserError(`Input "${input.passphrase}" holds a line break; a GPG passphrase is one line.`);
      await writePrivateFile(file, passphrase);
      conf.push(`passphrase-file ${file}`);
    }
    await writePrivateFile(path.join(home, 'gpg.conf'), `${conf.join('\n')}\n`);

    const imported = await this.run(['--status-fd', '1', '--import'], { input: material, allowFailure: true });
    if (!/^\[GNUPG:\] IMPORT_OK/m.test(imported.stdout)) {
      const said = imported.stderr.split('\n').find((line) => line.startsWith('gpg: ') && !/Total number|processed/.test(line));
      throw new UserError(`Input "${input.privateKey}" could not be imported as an OpenPGP private key${said ? ` (${said.replace(/^gpg: /, '').trim()})` : ''}.`);
    }
    const listed = parseSecretKeys((await this.run(['--with-colons', '--fixed-list-mode', '--list-secret-keys'])).stdout);
    if (listed.length === 0) {
      throw new UserError(`Input "${input.privateKey}" holds a public key only; export the private key with gpg --armor --export-secret-keys.`);
    }
    const key = this.#choose(listed, input);
    if (!key.capabilities.includes('S')) {
      throw new UserError(`GPG key ${key.fingerprint} (${key.userId}) has no key that can sign (capabilities "${key.capabilities}").`);
    }
    this.#key = { fingerprint: key.fingerprint, keyId: key.fingerprint.slice(-16), userId: key.userId };
    await this.#checkPassphrase(input);
  }

  #choose(listed: ListedKey[], input: Required<GpgInputNames>): ListedKey {
    const wanted = this.options.keyId?.trim();
    if (wanted) {
      const hex = wanted.replace(/^0x/i, '').replace(/\s+/g, '').toUpperCase();
      const matches = listed.filter(
        (key) =>
          key.fingerprints.some((f) => /^[0-9A-F]{8,}$/.test(hex) && f.endsWith(hex)) ||
          key.keyIds.some((id) => /^[0-9A-F]{8,}$/.test(hex) && id.endsWith(hex)) ||
          key.userIds.some((uid) => uid.toLowerCase().includes(wanted.toLowerCase())),
      );
      if (matches.length === 1) return matches[0]!;
      const have = listed.map((key) => `${key.fingerprint} (${key.userId})`).join(', ');
      throw new InputError(`Input "${input.keyId}"`, wanted, matches.length === 0 ? `no private key matches it; the key holds ${have}` : `it matches ${matches.length} keys: ${have}; give a fingerprint`);
    }
    if (listed.length > 1) {
      const have = listed.map((key) => `${key.fingerprint} (${key.userId})`).join(', ');
      throw new UserError(`Input "${input.privateKey}" holds ${listed.length} private keys (${have}); name the one to sign with in input "${input.keyId}".`);
    }
    return listed[0]!;
  }

  /** Signs a few bytes: a wrong or missing passphrase fails here, before any file is touched. */
  async #checkPassphrase(input: Required<GpgInputNames>): Promise<void> {
    const out = path.join(this.home, 'passphrase-check.sig');
    const result = await this.run(['--status-fd', '1', '--local-user', this.key.fingerprint, '--detach-sign', '--output', out], {
      input: 'release-kit: passphrase check\n',
      allowFailure: true,
    });
    await rm(out, { force: true });
    if (result.exitCode === 0) return;
    const codes = gpgErrorCodes(result.stdout);
    const hasPassphrase = (this.options.passphrase ?? '') !== '';
    if (codes.includes(GPG_ERR_BAD_PASSPHRASE)) {
      throw new UserError(`Input "${input.passphrase}" is not the passphrase of GPG key ${this.key.fingerprint} (${this.key.userId}).`);
    }
    if (!hasPassphrase && (codes.includes(GPG_ERR_NO_PASSPHRASE) || codes.includes(GPG_ERR_CANCELED) || /NEED_PASSPHRASE|can't get input/.test(result.stdout + result.stderr))) {
      throw new UserError(`GPG key ${this.key.fingerprint} (${this.key.userId}) is protected by a passphrase, but input "${input.passphrase}" is empty.`);
    }
    throw new UserError(`GPG key ${this.key.fingerprint} cannot sign: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  }

  /** `gpg --armor --detach-sign` of `file` into `output`. */
  async signDetached(file: string, output: string): Promise<void> {
    await this.run(['--local-user', this.key.fingerprint, '--armor', '--detach-sign', '--output', output, '--', file]);
  }

  /**
   * Checks a detached signature over `files` (concatenated, as gpg does) and that it was made by
   * this key; returns gpg's words when it fails, undefined when it is good.
   */
  async verifyDetached(signature: string, files: readonly string[]): Promise<string | undefined> {
    const result = await this.run(['--status-fd', '1', '--verify', '--', signature, ...files], { allowFailure: true });
    const valid = /^\[GNUPG:\] VALIDSIG (.*)$/m.exec(result.stdout);
    const fields = valid?.[1]?.trim().split(/\s+/) ?? [];
    const primary = (fields[fields.length - 1] ?? '').toUpperCase();
    if (result.exitCode === 0 && valid && /^\[GNUPG:\] GOODSIG /m.test(result.stdout) && primary === this.key.fingerprint) return undefined;
    if (valid && primary !== this.key.fingerprint) return `signed by ${primary}, not by ${this.key.fingerprint}`;
    return result.stderr.trim().split('\n').filter((line) => !/WARNING|no indication/.test(line)).slice(-2).join(' ') || `gpg --verify exit ${result.exitCode}`;
  }

  /** The public key, armored. */
  async exportPublicKey(): Promise<string> {
    return (await this.run(['--armor', '--export', this.key.fingerprint])).stdout;
  }

  async cleanup(): Promise<void> {
    const problems: string[] = [];
    for (const leftover of this.#leftovers) {
      if (leftover.kind === 'gpg-home') problems.push(...(await removeGpgHome(leftover.path)));
    }
    this.#leftovers = [];
    if (problems.length > 0) throw new UserError(`Cleaning up the GPG keyring: ${problems.join('; ')}`);
  }
}

