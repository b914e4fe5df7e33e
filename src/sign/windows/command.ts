import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../kit/errors.js';
import { ToolError } from '../../kit/exec.js';
import type { SignMethod } from '../signer.js';
import { WindowsSigner, type WindowsSignerOptions } from './base.js';
import type { AuthenticodeFormat } from './file-types.js';
import { requireTool } from './osslsigncode.js';
import { findSigntool } from './signtool.js';
import { caBundleText, OsslsigncodeVerifier, SigntoolVerifier, type AuthenticodeVerifier } from './verify.js';

export interface CommandSignerOptions extends WindowsSignerOptions {
  /** The user's command, e.g. `jsign --storetype AZUREKEYVAULT --keystore myvault --storepass {token} {file}`. */
  template: string;
  /** Verify with signtool (Windows runners) or osslsigncode (elsewhere). */
  verifyWith: 'signtool' | 'osslsigncode';
  signtool?: string;
  windowsKits?: string;
  /** Secrets the command may print (hidden from errors). */
  secrets?: readonly string[];
}

/**
 * Splits a command template into arguments at whitespace, without running a shell: single quotes keep
 * everything, double quotes keep spaces (with \" and \\ escapes inside them). A backslash outside quotes
 * is an ordinary character, so Windows paths (C:\tools\sign.exe) work as written. No expansion of any
 * kind happens ($VAR, `cmd`, globs and ; are passed on as they are).
 */
export function splitCommand(template: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < template.length; i++) {
    const char = template[i]!;
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && (template[i + 1] === '"' || template[i + 1] === '\\')) word += template[++i];
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote) throw new UserError(`Input "sign-command" has an unclosed ${quote} quote: ${template}`);
  if (inWord) words.push(word);
  return words;
}

/** The user's own signing command, run once per file without a shell, its result verified like every other method's. */
export class CommandSigner extends WindowsSigner {
  readonly method: SignMethod = 'command';
  private readonly words: string[];
  private verifierInstance: AuthenticodeVerifier | undefined;
  private caBundle: string | undefined;
  private signtool: string;

  constructor(options: CommandSignerOptions) {
    super(options);
    this.words = splitCommand(options.template);
    if (this.words.length === 0) throw new UserError('Input "sign-command" is empty; give a command such as: jsign --keystore … {file}.');
    if (!this.words.some((word) => word.includes('{file}'))) {
      throw new UserError(`Input "sign-command" has the value ${JSON.stringify(options.template)}, but it must contain {file} (replaced by the path of the file to sign).`);
    }
    this.signtool = options.signtool ?? '';
  }

  protected get verifier(): AuthenticodeVerifier {
    const options = this.options as CommandSignerOptions;
    this.verifierInstance ??=
      options.verifyWith === 'signtool'
        ? new SigntoolVerifier({ run: this.run, signtool: () => this.signtool })
        : new OsslsigncodeVerifier({ run: this.run, ...(this.caBundle ? { caBundle: this.caBundle } : {}), workDir: () => this.workDirSync() });
    return this.verifierInstance;
  }

  async prepare(): Promise<void> {
    const options = this.options as CommandSignerOptions;
    await this.keyDir();
    if (options.verifyWith === 'signtool') {
      if (!this.signtool) this.signtool = await findSigntool(this.run, options.windowsKits ?? path.join(process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'Windows Kits', '10'));
    } else {
      await requireTool(this.run, 'osslsigncode', ['--version'], 'It verifies what sign-command produced; on Debian/Ubuntu: sudo apt-get install -y osslsigncode.');
      if (this.options.caFile) {
        this.caBundle = path.join(await this.keyDir(), 'ca-bundle.pem');
        await writeFile(this.caBundle, await caBundleText(this.options.caFile), { mode: 0o600 });
      }
    }
    if (this.options.skipSigned) this.log.warning('skip-signed needs to know the certificate before signing, which sign-command does not tell: every file is signed.');
    if (this.options.dualSign) this.log.warning('dual-sign is up to sign-command itself; the verification below requires two signatures on every file.');
  }

  /** The command line for one file (the copy being signed). */
  commandFor(file: string): { command: string; args: string[] } {
    const [command, ...args] = this.words.map((word) => word.split('{file}').join(file));
    return { command: command!, args };
  }

  protected async signCopy(source: string, target: string, _format: AuthenticodeFormat): Promise<string | undefined> {
    await this.copyForSigning(source, target);
    const { command, args } = this.commandFor(target);
    try {
      await this.run(command, args, { timeoutMs: 600_000, secrets: (this.options as CommandSignerOptions).secrets ?? [] });
    } catch (error) {
      if (error instanceof ToolError || error instanceof UserError) throw new UserError(`sign-command failed for ${source}; the original was left unchanged.\n${error.message}`);
      throw error;
    }
    return undefined;
  }
}
