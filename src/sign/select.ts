import { open } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import type { SignPlatform } from './signer.js';
import { authenticodeFormatOf, WINDOWS_EXTENSIONS } from './windows/file-types.js';
import type { RunnerOs } from './windows/index.js';

export const PLATFORMS = ['auto', 'windows', 'macos', 'linux'] as const;
export type PlatformSetting = (typeof PLATFORMS)[number];

/** Files only Apple's tools sign. */
export const MACOS_EXTENSIONS: readonly string[] = ['.app', '.dmg', '.pkg', '.mpkg', '.dylib', '.framework', '.bundle', '.kext', '.appex', '.xpc'];

const MACH_O = new Set(['feedfacf', 'cffaedfe', 'feedface', 'cefaedfe', 'cafebabe', 'bebafeca']);

/** The runner's OS: RUNNER_OS on a runner, the Node platform elsewhere. */
export function runnerOs(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): RunnerOs {
  const os = env.RUNNER_OS;
  if (os === 'Windows' || os === 'macOS' || os === 'Linux') return os;
  return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux';
}

export async function isMachO(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && MACH_O.has(head.toString('hex'));
  } finally {
    await handle.close();
  }
}

/**
 * Which platform signs a file under `platform: auto`: Windows formats (PE, MSI, MSIX, CAT, CAB)
 * get Authenticode, Apple formats and Mach-O binaries on a macOS runner get codesign/productsign,
 * everything else (archives, .deb, .rpm, AppImage, sums files) a Linux signature.
 */
export async function platformOf(file: string, os: RunnerOs): Promise<SignPlatform> {
  if (authenticodeFormatOf(file)) return 'windows';
  const ext = path.extname(file).toLowerCase();
  if (MACOS_EXTENSIONS.includes(ext)) return 'macos';
  if (os === 'macOS' && ext === '' && (await isMachO(file))) return 'macos';
  return 'linux';
}

/** Files grouped by the platform that signs them, in the order given; `platform` other than auto takes every file. */
export async function groupByPlatform(files: readonly string[], platform: PlatformSetting, os: RunnerOs): Promise<Map<SignPlatform, string[]>> {
  const groups = new Map<SignPlatform, string[]>();
  for (const file of files) {
    const chosen = platform === 'auto' ? await platformOf(file, os) : platform;
    if (chosen === 'windows' && !authenticodeFormatOf(file)) {
      throw new UserError(
        `platform: windows cannot sign ${file}: Authenticode signs ${WINDOWS_EXTENSIONS.join(', ')} files only. Leave platform at auto to sign each file with the platform its type belongs to.`,
      );
    }
    const list = groups.get(chosen) ?? [];
    list.push(file);
    groups.set(chosen, list);
  }
  return groups;
}

/** Folders Apple signs as one unit (listed by a glob as the files inside them). */
const BUNDLE_EXTENSIONS = ['.app', '.framework', '.bundle', '.kext', '.appex', '.xpc'];

/**
 * Replaces every file inside an Apple bundle by the outermost bundle folder (`dist/Octo.app/Contents/…`
 * → `dist/Octo.app`), once, in the order first seen: a bundle is signed as a whole, inside out, by
 * the macOS signer — never file by file.
 */
export function collapseBundles(files: readonly string[], root: string): string[] {
  const seen = new Set<string>();
  for (const file of files) {
    const relative = path.relative(root, file);
    const segments = relative.split(path.sep);
    const at = relative.startsWith('..') ? -1 : segments.findIndex((segment, i) => i < segments.length - 1 && BUNDLE_EXTENSIONS.includes(path.extname(segment).toLowerCase()));
    seen.add(at === -1 ? file : path.join(root, ...segments.slice(0, at + 1)));
  }
  return [...seen];
}

/** Detached signatures this action writes: never signed themselves when a glob picks them up again. */
export const SIGNATURE_EXTENSIONS: readonly string[] = ['.asc', '.minisig', '.sig'];

export function isSignatureFile(file: string): boolean {
  return SIGNATURE_EXTENSIONS.includes(path.extname(file).toLowerCase());
}
