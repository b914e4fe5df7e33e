import { setupAzureSignTool } from './azure-sign-tool.js';
import { runTool } from '../../kit/exec.js';
import { UserError } from '../../kit/errors.js';
import type { Leftover } from '../signer.js';
import { TimestampFailover } from '../timestamp.js';
import { AzureKeyVaultSigner } from './azure-key-vault.js';
import type { SignLog, WindowsSigner, WindowsSignerOptions } from './base.js';
import { CommandSigner } from './command.js';
import { OsslsigncodeSigner } from './osslsigncode.js';
import { SigntoolSigner } from './signtool.js';
import type { ToolRunner } from './verify.js';

export const WINDOWS_METHODS = ['pfx', 'azure-trusted-signing', 'azure-key-vault', 'pkcs11', 'command'] as const;
export type WindowsMethod = (typeof WINDOWS_METHODS)[number];

export type RunnerOs = 'Linux' | 'Windows' | 'macOS';

/** Every setting of Windows signing, as the codesign inputs (or CLI options) give them. */
export interface WindowsSettings {
  method: WindowsMethod;
  /** pfx: base64 .pfx; pkcs11: the certificate (PEM or base64 DER). */
  certificate: string;
  /** pfx: its password; pkcs11: the token PIN. */
  certificatePassword: string;
  caFile?: string;
  timestamp: boolean;
  timestampUrls: string[];
  skipSigned: boolean;
  dualSign: boolean;
  concurrency: number;
  description?: string;
  descriptionUrl?: string;
  azure: {
    endpoint?: string;
    account?: string;
    certificateProfile?: string;
    dlib?: string;
    correlationId?: string;
    vaultUrl?: string;
    vaultCertificate?: string;
    clientId?: string;
    clientSecret?: string;
    tenantId?: string;
    managedIdentity: boolean;
  };
  pkcs11Module?: string;
  pkcs11KeyId?: string;
  signCommand?: string;
  signtoolPath?: string;
}

export interface WindowsContext {
  runnerOs: RunnerOs;
  tempRoot: string;
  run?: ToolRunner;
  log?: SignLog;
  declare?: (leftover: Leftover) => void;
  release?: (leftover: Leftover) => void;
  /** Registers a value obtained while signing (an access token) as a secret. */
  mask?: (value: string) => void;
  /** The runner's tool cache (RUNNER_TOOL_CACHE) and architecture: tools the kit sets up (AzureSignTool) go there. */
  toolCache?: { folder: string; arch: string };
  /** Timestamp retry tuning (tests). */
  timestampDelayMs?: number;
  windowsKits?: string;
}

function need(value: string | undefined, input: string, method: string, example: string): string {
  if (!value) throw new UserError(`windows-method: ${method} needs input "${input}" (${example}).`);
  return value;
}

/** The Windows signer for the method and runner: signtool on Windows runners, osslsigncode elsewhere. */
export function createWindowsSigner(settings: WindowsSettings, context: WindowsContext): WindowsSigner {
  const log = context.log;
  const timestamp =
    settings.timestamp && settings.method !== 'command'
      ? new TimestampFailover({
          urls: settings.timestampUrls,
          ...(context.timestampDelayMs !== undefined ? { initialDelayMs: context.timestampDelayMs } : {}),
          onFailure: (url, answer, attempt, willRetry) =>
            willRetry
              ? log?.info(`Timestamp server ${url} failed (attempt ${attempt}): ${answer}; retrying.`)
              : log?.warning(`Timestamp server ${url} failed ${attempt} times (last answer: ${answer}); using the next server from now on.`),
        })
      : undefined;
  const common: WindowsSignerOptions = {
    ...(timestamp ? { timestamp } : {}),
    requireTimestamp: settings.timestamp,
    dualSign: settings.dualSign,
    skipSigned: settings.skipSigned,
    concurrency: settings.concurrency,
    tempRoot: context.tempRoot,
    ...(settings.caFile ? { caFile: settings.caFile } : {}),
    ...(settings.description ? { description: settings.description } : {}),
    ...(settings.descriptionUrl ? { descriptionUrl: settings.descriptionUrl } : {}),
    ...(context.run ? { run: context.run } : {}),
    ...(log ? { log } : {}),
    ...(context.declare ? { declare: context.declare } : {}),
    ...(context.release ? { release: context.release } : {}),
  };
  const onWindows = context.runnerOs === 'Windows';
  const tools = { ...(settings.signtoolPath ? { signtool: settings.signtoolPath } : {}), ...(context.windowsKits ? { windowsKits: context.windowsKits } : {}) };
  switch (settings.method) {
    case 'pfx': {
      need(settings.certificate, 'certificate', 'pfx', 'the .pfx as base64');
      const key = { kind: 'pfx' as const, certificateBase64: settings.certificate, password: settings.certificatePassword };
      return onWindows ? new SigntoolSigner({ ...common, ...tools, key }) : new OsslsigncodeSigner({ ...common, key });
    }
    case 'pkcs11':
      return new OsslsigncodeSigner({
        ...common,
        key: {
          kind: 'pkcs11',
          module: need(settings.pkcs11Module, 'pkcs11-module', 'pkcs11', 'the path of the PKCS#11 library'),
          keyId: need(settings.pkcs11KeyId, 'pkcs11-key-id', 'pkcs11', 'a pkcs11: URI or key id'),
          certificate: need(settings.certificate, 'certificate', 'pkcs11', 'the certificate of the token key, PEM or base64'),
          ...(settings.certificatePassword ? { pin: settings.certificatePassword } : {}),
        },
      });
    case 'azure-trusted-signing': {
      if (!onWindows) throw new UserError('windows-method: azure-trusted-signing runs signtool with the Trusted Signing dlib, which needs a Windows runner (runs-on: windows-latest).');
      const a = settings.azure;
      return new SigntoolSigner({
        ...common,
        ...tools,
        key: {
          kind: 'azure-trusted-signing',
          settings: {
            endpoint: need(a.endpoint, 'azure-endpoint', 'azure-trusted-signing', 'e.g. https://eus.codesigning.azure.net'),
            account: need(a.account, 'azure-account', 'azure-trusted-signing', 'the Trusted Signing account name'),
            certificateProfile: need(a.certificateProfile, 'azure-certificate-profile', 'azure-trusted-signing', 'the certificate profile name'),
            dlib: need(a.dlib, 'azure-dlib', 'azure-trusted-signing', 'the path of Azure.CodeSigning.Dlib.dll'),
            ...(a.correlationId ? { correlationId: a.correlationId } : {}),
          },
        },
      });
    }
    case 'azure-key-vault': {
      if (!onWindows) throw new UserError('windows-method: azure-key-vault runs AzureSignTool, which needs a Windows runner (runs-on: windows-latest); on Linux use windows-method: command with jsign.');
      const a = settings.azure;
      const signer = new AzureKeyVaultSigner({
        ...common,
        ...tools,
        keyVault: {
          vaultUrl: need(a.vaultUrl, 'azure-key-vault-url', 'azure-key-vault', 'e.g. https://my-vault.vault.azure.net'),
          certificateName: need(a.vaultCertificate, 'azure-key-vault-certificate', 'azure-key-vault', 'the certificate name in the vault'),
          ...(a.clientId ? { clientId: a.clientId } : {}),
          ...(a.clientSecret ? { clientSecret: a.clientSecret } : {}),
          ...(a.tenantId ? { tenantId: a.tenantId } : {}),
          managedIdentity: a.managedIdentity,
        },
        ...(context.toolCache
          ? { setupAzureSignTool: () => setupAzureSignTool({ run: context.run ?? runTool, toolCache: context.toolCache!.folder, arch: context.toolCache!.arch, windows: onWindows, ...(log ? { log } : {}) }) }
          : {}),
      });
      if (context.mask) signer.onSecret = context.mask;
      return signer;
    }
    case 'command':
      return new CommandSigner({
        ...common,
        ...tools,
        template: need(settings.signCommand, 'sign-command', 'command', 'a command with {file}, e.g. jsign --keystore … {file}'),
        verifyWith: onWindows ? 'signtool' : 'osslsigncode',
        secrets: [settings.certificatePassword, settings.azure.clientSecret ?? ''].filter(Boolean),
      });
  }
}

