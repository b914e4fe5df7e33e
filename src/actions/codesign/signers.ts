import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../kit/errors.js';
import { DebsigsSigner } from '../../sign/linux/debsigs.js';
import type { GpgKeyOptions } from '../../sign/linux/gpg-keyring.js';
import { GpgSigner } from '../../sign/linux/gpg.js';
import { MinisignSigner } from '../../sign/linux/minisign.js';
import { RpmSigner } from '../../sign/linux/rpm.js';
import { MacosSigner } from '../../sign/macos/macos.js';
import type { Leftover, SignPlatform } from '../../sign/signer.js';
import type { SignJob } from '../../sign/sign-files.js';
import type { SignLog } from '../../sign/windows/base.js';
import { createWindowsSigner, type RunnerOs } from '../../sign/windows/index.js';
import type { CodesignSettings } from './input-helper.js';

export interface SignerContext {
  runnerOs: RunnerOs;
  tempRoot: string;
  log: SignLog;
  declare: (leftover: Leftover) => void;
  release: (leftover: Leftover) => void;
  mask: (value: string) => void;
  /** The runner's tool cache, where the kit sets up the tools a method needs (AzureSignTool). */
  toolCache?: { folder: string; arch: string };
}

function listed(files: readonly string[]): string {
  return files.slice(0, 3).join(', ') + (files.length > 3 ? `, … (${files.length} in all)` : '');
}

/**
 * One job per signer the files need, in the order they must run: signatures inside a file (rpmsign,
 * debsigs) before detached ones over its final bytes (gpg .asc, minisign).
 */
export function buildJobs(groups: Map<SignPlatform, string[]>, settings: CodesignSettings, context: SignerContext): SignJob[] {
  const jobs: SignJob[] = [];
  for (const [platform, files] of groups) {
    if (platform === 'windows') {
      const signer = createWindowsSigner(settings.windows, context);
      const method = settings.windows.method;
      const tool = method === 'pfx' ? (context.runnerOs === 'Windows' ? 'signtool' : 'osslsigncode') : method === 'pkcs11' ? 'osslsigncode' : undefined;
      jobs.push({ label: `Authenticode (${method}${tool ? `, ${tool}` : ''})`, signer, files });
    } else if (platform === 'macos') {
      jobs.push(macosJob(files, settings, context));
    } else {
      jobs.push(...linuxJobs(files, settings, context));
    }
  }
  const resign = tauriResignJob(groups, settings, context);
  if (resign) jobs.push(resign);
  return jobs;
}

/**
 * Authenticode and Apple signatures change a Tauri bundle's bytes after the Tauri build wrote its updater
 * `.sig`: with tauri-signature, each such file that has a `.sig` beside it gets the `.sig` made again
 * over its final bytes (with the Tauri/minisign key), last, so clients accept the update.
 */
function tauriResignJob(groups: Map<SignPlatform, string[]>, settings: CodesignSettings, context: SignerContext): SignJob | undefined {
  if (!settings.linux.tauriSignature) return undefined;
  const files = [...(groups.get('windows') ?? []), ...(groups.get('macos') ?? [])].filter((file) => existsSync(`${file}.sig`));
  if (files.length === 0) return undefined;
  if (!settings.linux.minisignKey) {
    throw new UserError(`${listed(files)} have a Tauri updater .sig that signing makes stale; tauri-signature is true, so give minisign-key (the Tauri signing private key) and minisign-password to make it again.`);
  }
  const signer = new MinisignSigner({
    secretKey: settings.linux.minisignKey,
    ...(settings.linux.minisignPassword ? { password: settings.linux.minisignPassword } : {}),
    tempRoot: context.tempRoot,
    tauriSignature: true,
    minisigFile: false,
  });
  return { label: 'Tauri updater .sig (made again after signing)', signer, files };
}

function macosJob(files: string[], settings: CodesignSettings, context: SignerContext): SignJob {
  if (context.runnerOs !== 'macOS') {
    throw new UserError(`${listed(files)} need Apple's codesign/productsign, which only run on a macOS runner (runs-on: macos-latest); this runner is ${context.runnerOs}.`);
  }
  const m = settings.macos;
  if (!m.certificate && !m.installerCertificate) {
    throw new UserError(`${listed(files)} need a macOS signature: give macos-certificate (Developer ID Application .p12 as base64) and macos-certificate-password.`);
  }
  const signer = new MacosSigner({
    ...(m.certificate ? { certificate: m.certificate, certificatePassword: m.certificatePassword } : {}),
    ...(m.installerCertificate ? { installerCertificate: m.installerCertificate, installerCertificatePassword: m.installerCertificatePassword } : {}),
    ...(m.identity ? { identity: m.identity } : {}),
    ...(m.installerIdentity ? { installerIdentity: m.installerIdentity } : {}),
    ...(m.entitlements ? { entitlements: m.entitlements } : {}),
    hardenedRuntime: m.hardenedRuntime,
    timestamp: settings.timestamp,
    tempRoot: context.tempRoot,
    // The temporary keychain's random password is a secret too.
    mask: context.mask,
  });
  return { label: 'macOS (codesign, productsign)', signer, files };
}

function linuxJobs(files: string[], settings: CodesignSettings, context: SignerContext): SignJob[] {
  const l = settings.linux;
  const gpg = l.method === 'gpg' || l.method === 'both';
  const minisign = l.method === 'minisign' || l.method === 'both';
  const jobs: SignJob[] = [];
  if (gpg) {
    if (!l.gpgPrivateKey) {
      throw new UserError(`${listed(files)} get a Linux signature with linux-method: ${l.method}, which needs gpg-private-key (an ASCII-armored private key); or set linux-method: minisign.`);
    }
    const key: GpgKeyOptions = {
      privateKey: l.gpgPrivateKey,
      ...(l.gpgPassphrase ? { passphrase: l.gpgPassphrase } : {}),
      ...(l.gpgKeyId ? { keyId: l.gpgKeyId } : {}),
      tempRoot: context.tempRoot,
    };
    const rpms = files.filter((file) => path.extname(file).toLowerCase() === '.rpm');
    const debs = files.filter((file) => path.extname(file).toLowerCase() === '.deb');
    const others = files.filter((file) => !rpms.includes(file) && !debs.includes(file));
    if (rpms.length) jobs.push({ label: 'rpmsign (GPG)', signer: new RpmSigner({ ...key, digestAlgorithm: 'sha256' }), files: rpms });
    if (debs.length) jobs.push({ label: 'debsigs (GPG)', signer: new DebsigsSigner(key), files: debs });
    if (others.length) jobs.push({ label: 'GPG (.asc)', signer: new GpgSigner(key), files: others });
  }
  if (minisign) {
    if (!l.minisignKey) throw new UserError(`${listed(files)} get a minisign signature with linux-method: ${l.method}, which needs minisign-key.`);
    const signer = new MinisignSigner({
      secretKey: l.minisignKey,
      ...(l.minisignPassword ? { password: l.minisignPassword } : {}),
      tempRoot: context.tempRoot,
      tauriSignature: l.tauriSignature,
    });
    jobs.push({ label: l.tauriSignature ? 'minisign (.minisig, Tauri .sig)' : 'minisign (.minisig)', signer, files });
  } else if (l.tauriSignature) {
    throw new UserError('Input "tauri-signature" is true, but the Tauri .sig is made with minisign: set linux-method: minisign or both, and minisign-key.');
  }
  return jobs;
}
