import { lstat, open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Folder extensions that are code bundles: each gets its own signature, after everything inside it. */
export const BUNDLE_EXTENSIONS = new Set([
  '.app',
  '.framework',
  '.xpc',
  '.appex',
  '.bundle',
  '.plugin',
  '.kext',
  '.systemextension',
  '.dext',
  '.qlgenerator',
  '.mdimporter',
  '.saver',
  '.prefpane',
]);

export const isBundlePath = (p: string): boolean => BUNDLE_EXTENSIONS.has(path.extname(p).toLowerCase());

/** Mach-O (thin, either byte order, 32/64-bit) or a universal binary. */
export async function isMachO(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    if (bytesRead < 4) return false;
    const magic = head.readUInt32BE(0);
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic)) return true;
    // A universal binary shares 0xCAFEBABE with Java class files: there the next word is a class
    // file version (45 or more), here the number of architectures (a handful).
    if (magic === 0xcafebabe || magic === 0xcafebabf) return bytesRead === 8 && head.readUInt32BE(4) > 0 && head.readUInt32BE(4) < 40;
    return false;
  } finally {
    await handle.close();
  }
}

/** CFBundleExecutable from an XML Info.plist; undefined for a binary plist or when absent. */
export function bundleExecutableFromPlist(xml: string): string | undefined {
  const match = /<key>\s*CFBundleExecutable\s*<\/key>\s*<string>([^<]+)<\/string>/.exec(xml);
  return match?.[1]?.trim();
}

async function readPlistExecutable(plist: string): Promise<string | undefined> {
  try {
    const text = await readFile(plist, 'utf8');
    return text.startsWith('bplist') ? undefined : bundleExecutableFromPlist(text);
  } catch {
    return undefined;
  }
}

/**
 * The main executables of a bundle: signed as part of the bundle itself, not on their own.
 * `Contents/MacOS/<CFBundleExecutable>` for apps and the like, `Versions/<v>/<name>` for a framework.
 */
export async function mainExecutables(bundle: string): Promise<string[]> {
  const stem = path.basename(bundle, path.extname(bundle));
  if (path.extname(bundle).toLowerCase() === '.framework') {
    const found = [path.join(bundle, stem)];
    const versions = await readdir(path.join(bundle, 'Versions')).catch(() => [] as string[]);
    for (const version of versions) {
      const name = (await readPlistExecutable(path.join(bundle, 'Versions', version, 'Resources', 'Info.plist'))) ?? stem;
      found.push(path.join(bundle, 'Versions', version, name));
    }
    // A shallow framework (iOS style) keeps its binary at the top.
    const shallow = await readPlistExecutable(path.join(bundle, 'Info.plist'));
    if (shallow) found.push(path.join(bundle, shallow));
    return found;
  }
  const name = (await readPlistExecutable(path.join(bundle, 'Contents', 'Info.plist'))) ?? stem;
  return [path.join(bundle, 'Contents', 'MacOS', name)];
}

async function walk(dir: string, skip: ReadonlySet<string>, out: string[]): Promise<void> {
  const entries = (await readdir(dir)).sort();
  for (const entry of entries) {
    if (entry === '_CodeSignature' || entry === 'CodeResources') continue;
    const full = path.join(dir, entry);
    const info = await lstat(full);
    // Symbolic links (Versions/Current, a framework's top-level links) point at code signed through its real path.
    if (info.isSymbolicLink()) continue;
    if (info.isDirectory()) {
      if (isBundlePath(full)) await walkBundle(full, out);
      else await walk(full, skip, out);
    } else if (info.isFile() && !skip.has(full) && (await isMachO(full))) {
      out.push(full);
    }
  }
}

async function walkBundle(bundle: string, out: string[]): Promise<void> {
  await walk(bundle, new Set(await mainExecutables(bundle)), out);
  out.push(bundle);
}

/**
 * Everything inside a bundle that needs its own signature, in the order to sign it: nested
 * bundles (frameworks, helper apps, login items, XPC services, plug-ins) after their own content,
 * and loose Mach-O files (dylibs, helper executables, Python extension modules) — every item
 * before the bundle that contains it. The bundle itself is not in the list; it is signed last.
 */
export async function nestedCode(bundle: string): Promise<string[]> {
  const out: string[] = [];
  await walk(bundle, new Set(await mainExecutables(bundle)), out);
  return out;
}

/** `nestedCode` sorted deepest first (ties by path), which keeps every item before its container. */
export function deepestFirst(paths: readonly string[]): string[] {
  const depth = (p: string): number => p.split(path.sep).length;
  return [...paths].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : a > b ? 1 : 0));
}
