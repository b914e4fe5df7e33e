import { UserError } from '../../kit/errors.js';
import { ToolError } from '../../kit/exec.js';
import type { SignMethod } from '../signer.js';
import { TimestampServerError } from '../timestamp.js';
import { WindowsSigner, type WindowsSignerOptions } from './base.js';
import type { AuthenticodeFormat } from './file-types.js';
import { findSigntool } from './signtool.js';
import { SigntoolVerifier, type AuthenticodeVerifier } from './verify.js';
import path from 'node:path';

export interface KeyVaultSettings {
  /** https://<vault>.vault.azure.net */
  vaultUrl: string;
  certificateName: string;
  /** Service principal; without a client secret the Azure CLI login (azure/login, OIDC) supplies a token. */
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  /** Use the runner's managed identity (self-hosted runners in Azure). */
  managedIdentity?: boolean;
}

export interface AzureKeyVaultSignerOptions extends WindowsSignerOptions {
  keyVault: KeyVaultSettings;
  /** AzureSignTool executable (dotnet tool install --global AzureSignTool). */
  azureSignTool?: string;
  /** Sets up the pinned AzureSignTool when none is given (a runner: dotnet tool install into the tool cache). */
  setupAzureSignTool?: () => Promise<string>;
  signtool?: string;
  windowsKits?: string;
}

/**
 * Authenticode with a certificate whose key stays in Azure Key Vault, through AzureSignTool (Windows
 * runners). Auth: a service principal secret, the managed identity, or an access token from the Azure
 * CLI session that azure/login (OIDC) left on the runner. Verified with signtool afterwards.
 */
export class AzureKeyVaultSigner extends WindowsSigner {
  readonly method: SignMethod = 'azure-key-vault';
  private readonly keyVault: KeyVaultSettings;
  private tool: string;
  private authArgs: string[] = [];
  private secrets: string[] = [];
  private signtool: string;
  private verifierInstance: SigntoolVerifier | undefined;
  /** Told of the access token obtained from the Azure CLI, so the caller can mask it. */
  onSecret: (value: string) => void = () => undefined;

  constructor(options: AzureKeyVaultSignerOptions) {
    super(options);
    this.keyVault = options.keyVault;
    this.tool = options.azureSignTool ?? 'AzureSignTool';
    this.signtool = options.signtool ?? '';
  }

  protected get verifier(): AuthenticodeVerifier {
    this.verifierInstance ??= new SigntoolVerifier({ run: this.run, signtool: () => this.signtool });
    return this.verifierInstance;
  }

  async prepare(): Promise<void> {
    const options = this.options as AzureKeyVaultSignerOptions;
    if (!options.azureSignTool && options.setupAzureSignTool) this.tool = await options.setupAzureSignTool();
    await this.run(this.tool, ['--help'], { allowFailure: true, timeoutMs: 60_000 }).catch(() => {
      throw new UserError(`${this.tool} is needed for windows-method: azure-key-vault and was not found on PATH; install it with: dotnet tool install --global AzureSignTool.`);
    });
    if (!this.signtool) this.signtool = await findSigntool(this.run, options.windowsKits ?? path.join(process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'Windows Kits', '10'));
    const kv = this.keyVault;
    if (kv.clientSecret) {
      if (!kv.clientId || !kv.tenantId) throw new UserError('Input "azure-client-secret" needs "azure-client-id" and "azure-tenant-id" too.');
      this.authArgs = ['-kvi', kv.clientId, '-kvs', kv.clientSecret, '-kvt', kv.tenantId];
      this.secrets = [kv.clientSecret];
    } else if (kv.managedIdentity) {
      this.authArgs = ['-kvm'];
    } else {
      const token = await this.run('az', ['account', 'get-access-token', '--resource', 'https://vault.azure.net', '--query', 'accessToken', '--output', 'tsv'], { timeoutMs: 120_000 }).then(
        (result) => result.stdout.trim(),
        (error: unknown) => {
          throw new UserError(
            `No Azure credentials for Key Vault: give azure-client-id, azure-tenant-id and azure-client-secret, set azure-managed-identity: true, or log in first with azure/login (az account get-access-token failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
          );
        },
      );
      if (!token) throw new UserError('az account get-access-token returned no token; log in with azure/login before this step.');
      this.onSecret(token);
      this.authArgs = ['-kva', token];
      this.secrets = [token];
    }
    if (this.options.skipSigned) this.log.warning('skip-signed needs the certificate before signing, which Key Vault does not hand out here: every file is signed.');
    if (this.options.timestamp === undefined) this.log.warning('Signing without a timestamp (timestamp: false): the signatures stop being valid when the certificate expires.');
  }

  /** The arguments of one `AzureSignTool sign` run: exposed for tests of the command line. */
  signArguments(target: string, hash: 'sha1' | 'sha256', append: boolean, timestampUrl: string | undefined): string[] {
    return [
      'sign',
      '-kvu', this.keyVault.vaultUrl,
      '-kvc', this.keyVault.certificateName,
      ...this.authArgs,
      '-fd', hash,
      ...(append ? ['-as'] : []),
      ...(timestampUrl ? ['-tr', timestampUrl, '-td', hash] : []),
      ...(this.options.description ? ['-d', this.options.description] : []),
      ...(this.options.descriptionUrl ? ['-du', this.options.descriptionUrl] : []),
      '-v',
      target,
    ];
  }

  private async signOnce(target: string, hash: 'sha1' | 'sha256', append: boolean, url: string | undefined): Promise<void> {
    try {
      await this.run(this.tool, this.signArguments(target, hash, append, url), { timeoutMs: this.signTimeoutMs(url), secrets: this.secrets });
    } catch (error) {
      const hung = this.timedOutOnTimestamp(error, url);
      if (hung) throw hung;
      const said = error instanceof ToolError ? `${error.result.stdout}\n${error.result.stderr}` : '';
      if (url && /timestamp/i.test(said)) throw new TimestampServerError(said.split(/\r?\n/).find((line) => /timestamp/i.test(line))!.trim());
      if (error instanceof ToolError) throw new UserError(`Signing ${target} failed; the original was left unchanged.\n${error.message}`);
      throw error;
    }
  }

  protected signCopy(source: string, target: string, _format: AuthenticodeFormat): Promise<string | undefined> {
    return this.signInPlace(source, target, (file, hash, append, url) => this.signOnce(file, hash, append, url));
  }
}
