import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../kit/errors.js';
import { ToolError } from '../../kit/exec.js';
import type { SignMethod } from '../signer.js';
import { TimestampServerError } from '../timestamp.js';
import { WindowsSigner, type WindowsSignerOptions } from './base.js';
import type { AuthenticodeFormat } from './file-types.js';
import { loadPfx } from './osslsigncode.js';
import { subjectOf, thumbprintOf } from './certificate.js';
import { SigntoolVerifier, type AuthenticodeVerifier, type ToolRunner } from './verify.js';

/** Azure Trusted Signing: the account and profile, and the dlib that talks to it. */
export interface TrustedSigningSettings {
  endpoint: string;
  account: string;
  certificateProfile: string;
  /** Azure.CodeSigning.Dlib.dll (from the Microsoft.Trusted.Signing.Client package). */
  dlib: string;
  correlationId?: string;
}

export type SigntoolKey =
  | { kind: 'pfx'; certificateBase64: string; password: string }
  | { kind: 'azure-trusted-signing'; settings: TrustedSigningSettings };

export interface SigntoolSignerOptions extends WindowsSignerOptions {
  key: SigntoolKey;
  /** signtool.exe to use; found on PATH or in the Windows SDK when not given. */
  signtool?: string;
  /** Where the Windows SDK lives (tests point it elsewhere). */
  windowsKits?: string;
}

const SIGNTOOL_TIMESTAMP_FAILURE = /timestamp server|time stamp server|timestamping|SignerTimeStamp/i;

function versionKey(name: string): number[] {
  return name.split('.').map((part) => Number(part) || 0);
}

/** The newest x64 signtool.exe of the Windows 10/11 SDK, as GitHub's Windows images install it. */
export async function findSigntool(run: ToolRunner, kits: string): Promise<string> {
  const onPath = await run('signtool.exe', ['/?'], { allowFailure: true, timeoutMs: 30_000 }).then(
    () => true,
    () => false,
  );
  if (onPath) return 'signtool.exe';
  const bin = path.join(kits, 'bin');
  const versions = (await readdir(bin).catch(() => [] as string[])).filter((name) => /^\d+\.\d+\.\d+\.\d+$/.test(name));
  versions.sort((a, b) => {
    const [x, y] = [versionKey(a), versionKey(b)];
    for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return y[i]! - x[i]!;
    return 0;
  });
  for (const version of versions) {
    const candidate = path.join(bin, version, 'x64', 'signtool.exe');
    if ((await stat(candidate).catch(() => undefined))?.isFile()) return candidate;
  }
  throw new UserError(`signtool.exe was not found on PATH nor under ${bin}; install the Windows SDK or give its path in signtool-path.`);
}

/** Authenticode with signtool on Windows runners: a .pfx, or Azure Trusted Signing through its dlib. */
export class SigntoolSigner extends WindowsSigner {
  readonly method: SignMethod;
  private readonly key: SigntoolKey;
  private signtool: string;
  private keyArgs: string[] = [];
  private secrets: string[] = [];
  private verifierInstance: SigntoolVerifier | undefined;

  constructor(options: SigntoolSignerOptions) {
    super(options);
    this.key = options.key;
    this.method = options.key.kind;
    this.signtool = options.signtool ?? '';
  }

  protected get verifier(): AuthenticodeVerifier {
    this.verifierInstance ??= new SigntoolVerifier({ run: this.run, signtool: () => this.signtool });
    return this.verifierInstance;
  }

  async prepare(): Promise<void> {
    const options = this.options as SigntoolSignerOptions;
    if (!this.signtool) this.signtool = await findSigntool(this.run, options.windowsKits ?? path.join(process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'Windows Kits', '10'));
    if (this.key.kind === 'pfx') {
      const writer = { writeSecret: (name: string, content: string | Buffer) => this.writeSecretFile(name, content) };
      const { pfx, certificate } = await loadPfx(writer, this.run, this.key.certificateBase64, this.key.password);
      this.certificate = { subject: subjectOf(certificate), thumbprint: thumbprintOf(certificate) };
      // signtool takes the password only on its command line; it is masked and hidden from every error.
      this.keyArgs = ['/f', pfx, '/p', this.key.password];
      this.secrets = [this.key.password];
    } else {
      const settings = this.key.settings;
      if (!(await stat(settings.dlib).catch(() => undefined))?.isFile()) {
        throw new UserError(
          `Input "azure-dlib" names ${settings.dlib}, which is not a file; give the path of Azure.CodeSigning.Dlib.dll (NuGet package Microsoft.Trusted.Signing.Client, bin/x64).`,
        );
      }
      const metadata = path.join(await this.keyDir(), 'trusted-signing-metadata.json');
      await writeFile(metadata, JSON.stringify(trustedSigningMetadata(settings), null, 2), { mode: 0o600 });
      this.keyArgs = ['/dlib', settings.dlib, '/dmdf', metadata];
      if (this.options.skipSigned) this.log.warning('skip-signed needs the certificate before signing, which Trusted Signing only issues while signing: every file is signed.');
    }
    if (this.options.timestamp === undefined) this.log.warning('Signing without a timestamp (timestamp: false): the signatures stop being valid when the certificate expires.');
  }

  /** The arguments of one `signtool sign` run: exposed for tests of the command line. */
  signArguments(target: string, hash: 'sha1' | 'sha256', append: boolean, timestampUrl: string | undefined): string[] {
    return [
      'sign',
      '/v',
      '/fd', hash,
      ...(append ? ['/as'] : []),
      ...(timestampUrl ? ['/tr', timestampUrl, '/td', hash] : []),
      ...(this.options.description ? ['/d', this.options.description] : []),
      ...(this.options.descriptionUrl ? ['/du', this.options.descriptionUrl] : []),
      ...this.keyArgs,
      target,
    ];
  }

  private async signOnce(target: string, hash: 'sha1' | 'sha256', append: boolean, url: string | undefined): Promise<void> {
    try {
      await this.run(this.signtool, this.signArguments(target, hash, append, url), { timeoutMs: this.signTimeoutMs(url), secrets: this.secrets });
    } catch (error) {
      const hung = this.timedOutOnTimestamp(error, url);
      if (hung) throw hung;
      if (url && error instanceof ToolError && SIGNTOOL_TIMESTAMP_FAILURE.test(`${error.result.stdout}\n${error.result.stderr}`)) {
        const said = `${error.result.stderr}\n${error.result.stdout}`.split(/\r?\n/).find((line) => /error/i.test(line)) ?? 'no usable answer';
        throw new TimestampServerError(said.trim());
      }
      if (error instanceof ToolError) throw new UserError(`Signing ${target} failed; the original was left unchanged.\n${error.message}`);
      throw error;
    }
  }

  protected signCopy(source: string, target: string, _format: AuthenticodeFormat): Promise<string | undefined> {
    return this.signInPlace(source, target, (file, hash, append, url) => this.signOnce(file, hash, append, url));
  }
}

/** The metadata.json signtool's Trusted Signing dlib reads (/dmdf). */
export function trustedSigningMetadata(settings: TrustedSigningSettings): Record<string, string> {
  return {
    Endpoint: settings.endpoint,
    CodeSigningAccountName: settings.account,
    CertificateProfileName: settings.certificateProfile,
    ...(settings.correlationId ? { CorrelationId: settings.correlationId } : {}),
  };
}
