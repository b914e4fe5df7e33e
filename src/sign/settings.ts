import path from 'node:path';
import { z } from 'zod';
import { isMachO, isSignatureFile, MACOS_EXTENSIONS } from './select.js';
import { authenticodeFormatOf, WINDOWS_EXTENSIONS } from './windows/file-types.js';

/** Which signer takes a target's files. */
export const SIGN_PLATFORMS = ['windows', 'macos', 'linux', 'none'] as const;
export type SignPlatform = (typeof SIGN_PLATFORMS)[number];

/** A target's `sign:` once read: the signer, and the codesign action's non-secret inputs it sets (by input name). */
export interface TargetSigning {
  platform: SignPlatform;
  /** As written in release-kit.yml (`gpg` is the old name of `linux`). */
  written: string;
  settings: Record<string, string>;
}

const text = z.string().min(1);
const url = z.url({ protocol: /^https?$/ });
const flag = z.boolean();
const WINDOWS_COMMON = {
  platform: z.literal('windows'),
  timestamp: flag.optional().describe('Timestamp the signatures (default true).'),
  'timestamp-urls': z.array(url).min(1).optional().describe('RFC 3161 timestamp servers, tried in order.'),
  'skip-signed': flag.optional(),
  'dual-sign': flag.optional(),
  concurrency: z.number().int().min(1).max(32).optional(),
  description: text.optional(),
  'description-url': url.optional(),
  'signtool-path': text.optional(),
};
const windowsMethod = <M extends string, S extends z.ZodRawShape>(method: M, shape: S) => z.object({ ...WINDOWS_COMMON, 'windows-method': z.literal(method), ...shape }).strict();

/**
 * The block form of `sign:`: one shape per signer and, on Windows, per method, each with the keys it
 * needs required and no key of another method allowed. Keys are the codesign action's input names;
 * secrets (certificates, passwords, keys) stay workflow secrets and are never written here.
 */
const SignBlockSchema = z.discriminatedUnion('platform', [
  z.discriminatedUnion('windows-method', [
    windowsMethod('pfx', { 'ca-file': text.optional() }),
    windowsMethod('azure-trusted-signing', { 'azure-endpoint': url, 'azure-account': text, 'azure-certificate-profile': text, 'azure-dlib': text.optional(), 'azure-correlation-id': text.optional() }),
    windowsMethod('azure-key-vault', { 'azure-key-vault-url': url, 'azure-key-vault-certificate': text, 'azure-client-id': text.optional(), 'azure-tenant-id': text.optional(), 'azure-managed-identity': flag.optional() }),
    windowsMethod('pkcs11', { 'pkcs11-module': text, 'pkcs11-key-id': text }),
    windowsMethod('command', { 'sign-command': text }),
  ]),
  z.object({ platform: z.literal('macos'), 'macos-identity': text.optional(), 'macos-installer-identity': text.optional(), entitlements: text.optional(), 'hardened-runtime': flag.optional() }).strict(),
  z.object({ platform: z.enum(['linux', 'gpg']), 'linux-method': z.enum(['gpg', 'minisign', 'both']).optional(), 'gpg-key-id': text.optional(), 'tauri-signature': flag.optional() }).strict(),
]);

function readSigning(value: string | z.output<typeof SignBlockSchema>): TargetSigning {
  const platform = (p: string): SignPlatform => (p === 'gpg' ? 'linux' : (p as SignPlatform));
  if (typeof value === 'string') return { platform: platform(value), written: value, settings: {} };
  const { platform: written, ...rest } = value;
  const settings = Object.fromEntries(Object.entries(rest).map(([key, v]) => [key, Array.isArray(v) ? v.join('\n') : String(v)]));
  return { platform: platform(written), written, settings };
}

/** A target's `sign:`: a signer's name (windows, macos, linux, none; gpg is linux's old name), or a block with its settings. */
export const SignConfigSchema = z
  .union([z.enum(['windows', 'macos', 'linux', 'gpg', 'none']), SignBlockSchema])
  .default('none')
  .transform(readSigning)
  .describe('Signer for the artifacts of this leg: windows, macos, linux or none; or a block with platform, its method and settings (the codesign action\'s input names).');

const WILDCARD = /[*?[\]{}]/;

/**
 * Whether the signer takes a file, by its name: true, false, or undefined when the name cannot tell
 * (an extension a glob leaves open, or an extensionless file a macOS signer takes when it is a Mach-O
 * binary). The same rule for `release-kit check` (on planned names) and for the leg (on built files).
 */
export function signerTakes(sign: SignPlatform, name: string): boolean | undefined {
  if (sign === 'none') return false;
  const found = path.extname(name).toLowerCase();
  // A release name without extension ends in the version and platform, not in an extension.
  const ext = /^\.(?=[a-z0-9]*[a-z])[a-z0-9]+$/.test(found) || WILDCARD.test(found) ? found : '';
  if (WILDCARD.test(ext) || (ext === '' && WILDCARD.test(name))) return undefined;
  if (sign === 'windows') return authenticodeFormatOf(name) !== undefined;
  if (sign === 'macos') return MACOS_EXTENSIONS.includes(ext) ? true : ext === '' ? undefined : false;
  return !isSignatureFile(name);
}

/** A leg's release files the target's signer takes: by name, and an extensionless file by its Mach-O header. */
export async function signableFiles<F extends { path: string; name: string }>(sign: SignPlatform, files: readonly F[]): Promise<F[]> {
  const taken: F[] = [];
  for (const file of files) {
    const takes = signerTakes(sign, file.name);
    if (takes === true || (takes === undefined && sign === 'macos' && (await isMachO(file.path)))) taken.push(file);
  }
  return taken;
}

/** What a signer takes, in words, for an error that says why none of a target's files can be signed. */
export function signerTakesInWords(sign: Exclude<SignPlatform, 'none'>): string {
  if (sign === 'windows') return `Authenticode signs ${WINDOWS_EXTENSIONS.join(' ')} files`;
  if (sign === 'macos') return `codesign/productsign sign ${MACOS_EXTENSIONS.join(' ')} files and Mach-O binaries (files without an extension)`;
  return 'Linux signatures (GPG, minisign) take any file but a detached signature';
}
