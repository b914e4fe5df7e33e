import path from 'node:path';
import { InputError } from '../../kit/errors.js';
import { booleanField, choiceField, integerField, linesField, secretField, splitList, stringField, type InputSource } from '../../kit/inputs.js';
import { PLATFORMS, type PlatformSetting } from '../../sign/select.js';
import { signableFiles, signerTakesInWords } from '../../sign/settings.js';
import { blockSource, readTargetInput } from '../target-settings.js';
import { DEFAULT_TIMESTAMP_URLS } from '../../sign/timestamp.js';
import { WINDOWS_METHODS, type WindowsSettings } from '../../sign/windows/index.js';

export const LINUX_METHODS = ['gpg', 'minisign', 'both'] as const;

export interface MacosSettings {
  certificate: string;
  certificatePassword: string;
  installerCertificate: string;
  installerCertificatePassword: string;
  identity?: string;
  installerIdentity?: string;
  entitlements?: string;
  hardenedRuntime: boolean;
}

export interface LinuxSettings {
  method: (typeof LINUX_METHODS)[number];
  gpgPrivateKey: string;
  gpgPassphrase: string;
  gpgKeyId?: string;
  minisignKey: string;
  minisignPassword: string;
  tauriSignature: boolean;
}

export interface CodesignSettings {
  workspace: string;
  patterns: string[];
  platform: PlatformSetting;
  allowEmpty: boolean;
  timestamp: boolean;
  windows: WindowsSettings;
  macos: MacosSettings;
  linux: LinuxSettings;
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function pathInput(source: InputSource, name: string, workspace: string): string | undefined {
  const value = stringField(source, name);
  return value ? path.resolve(workspace, value) : undefined;
}

function timestampUrls(source: InputSource): string[] {
  const raw = source.read('timestamp-urls');
  const urls = splitList(raw);
  for (const url of urls) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      throw new InputError(source.describe('timestamp-urls'), raw, `${JSON.stringify(url)} is not an http(s) URL; give RFC 3161 server URLs, one a line`);
    }
  }
  return urls.length ? urls : [...DEFAULT_TIMESTAMP_URLS];
}

/** `{ key: value }` when the value is set, `{}` otherwise: optional fields stay absent, not undefined. */
function present<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Reads and checks every input once, into one typed settings object. Secrets are masked first. */
export function getCodesignSettings(source: InputSource, workspace: string): CodesignSettings {
  const text = (name: string): string | undefined => optional(stringField(source, name));
  const secret = (name: string): string => secretField(source, name);
  const file = (name: string): string | undefined => pathInput(source, name, workspace);
  const patterns = linesField(source, 'files', { required: true });
  const platform = choiceField(source, 'platform', PLATFORMS, { default: 'auto' });
  const timestamp = booleanField(source, 'timestamp', true);
  const urls = timestampUrls(source);
  const concurrency = integerField(source, 'concurrency', { min: 1, max: 32 }, { default: 4 });
  const windows: WindowsSettings = {
    method: choiceField(source, 'windows-method', WINDOWS_METHODS, { default: 'pfx' }),
    certificate: secret('certificate'),
    certificatePassword: secret('certificate-password'),
    ...present('caFile', file('ca-file')),
    timestamp,
    timestampUrls: urls,
    skipSigned: booleanField(source, 'skip-signed', false),
    dualSign: booleanField(source, 'dual-sign', false),
    concurrency,
    ...present('description', text('description')),
    ...present('descriptionUrl', text('description-url')),
    azure: {
      ...present('endpoint', text('azure-endpoint')),
      ...present('account', text('azure-account')),
      ...present('certificateProfile', text('azure-certificate-profile')),
      ...present('dlib', file('azure-dlib')),
      ...present('correlationId', text('azure-correlation-id')),
      ...present('vaultUrl', text('azure-key-vault-url')),
      ...present('vaultCertificate', text('azure-key-vault-certificate')),
      ...present('clientId', text('azure-client-id')),
      ...present('clientSecret', optional(secret('azure-client-secret'))),
      ...present('tenantId', text('azure-tenant-id')),
      managedIdentity: booleanField(source, 'azure-managed-identity', false),
    },
    ...present('pkcs11Module', file('pkcs11-module')),
    ...present('pkcs11KeyId', text('pkcs11-key-id')),
    ...present('signCommand', text('sign-command')),
    ...present('signtoolPath', text('signtool-path')),
  };
  const macos: MacosSettings = {
    certificate: secret('macos-certificate'),
    certificatePassword: secret('macos-certificate-password'),
    installerCertificate: secret('macos-installer-certificate'),
    installerCertificatePassword: secret('macos-installer-certificate-password'),
    ...present('identity', text('macos-identity')),
    ...present('installerIdentity', text('macos-installer-identity')),
    ...present('entitlements', file('entitlements')),
    hardenedRuntime: booleanField(source, 'hardened-runtime', true),
  };
  const linux: LinuxSettings = {
    method: choiceField(source, 'linux-method', LINUX_METHODS, { default: 'gpg' }),
    gpgPrivateKey: secret('gpg-private-key'),
    gpgPassphrase: secret('gpg-passphrase'),
    ...present('gpgKeyId', text('gpg-key-id')),
    minisignKey: secret('minisign-key'),
    minisignPassword: secret('minisign-password'),
    tauriSignature: booleanField(source, 'tauri-signature', false),
  };
  return { workspace, patterns, platform, allowEmpty: booleanField(source, 'allow-empty', false), timestamp, windows, macos, linux };
}

/**
 * With `target` (and `config`): the leg's release files the target's signer takes, its platform and
 * the non-secret settings of its `sign:` block from release-kit.yml; secrets stay inputs. Without:
 * the plain inputs. Either way through getCodesignSettings.
 */
export async function getCodesignRequest(source: InputSource, workspace: string): Promise<CodesignSettings> {
  const leg = await readTargetInput(source, workspace);
  if (!leg) return getCodesignSettings(source, workspace);
  const { target, configName } = leg;
  const platform = target.sign.platform;
  if (platform === 'none') throw new InputError(source.describe('target'), target.id, `the target has sign: none in ${configName}: nothing to sign`);
  const files = await signableFiles(platform, (await leg.files()).map((file) => ({ path: file, name: path.basename(file) })));
  if (files.length === 0) {
    throw new InputError(source.describe('target'), target.id, `sign: ${target.sign.written} can sign none of its files in ${path.relative(workspace, leg.legFolder) || '.'}: ${signerTakesInWords(platform)} (did matrix-build run?)`);
  }
  const where = `${configName}: target ${target.id}, sign: block`;
  const fixed = { files: files.map((f) => f.path).join('\n'), platform };
  return getCodesignSettings(blockSource(source, target.sign.settings, where, fixed, 'with target, the files and platform are the leg\'s release files its signer takes'), workspace);
}
