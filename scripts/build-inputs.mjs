// What each bundle of dist/ was built from. scripts/build.mjs writes `dist/<name>/build-inputs.json` beside
// every bundle: the sha256 of each source file webpack put in it (read from ncc's stats), one digest over the
// node_modules files it put in it, the build's own inputs (build script, entries, tsconfig, package.json,
// lockfile) and the sha256 of every file the bundle folder holds. scripts/check-dist.mjs then rebuilds only
// the bundles whose manifest no longer matches the tree (and, with --full, every bundle).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './dist-compare.mjs';

export const MANIFEST = 'build-inputs.json';
/** Files every bundle depends on besides the modules in it. */
export const BUILD_FILES = ['scripts/build.mjs', 'scripts/entries.json', 'tsconfig.json', 'package.json', 'package-lock.json'];

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const posix = (relative) => relative.split(path.sep).join('/');

/**
 * The files of `root` webpack put in a bundle, relative with `/` separators, sorted, from ncc's
 * `--stats-out` JSON (concatenated modules included; externals and webpack's runtime left out).
 */
export function bundledFiles(stats, root) {
  const files = new Set();
  const walk = (modules) => {
    for (const module of modules ?? []) {
      if (typeof module.identifier === 'string') {
        const resource = module.identifier.split('!').pop().replace(/\|[0-9a-f]+$/, '').replace(/\?.*$/, '');
        if (path.isAbsolute(resource)) {
          const relative = path.relative(root, resource);
          if (relative.startsWith('..') || path.isAbsolute(relative)) throw new Error(`a bundle holds ${resource}, which is outside ${root}`);
          files.add(posix(relative));
        }
      }
      walk(module.modules);
    }
  };
  walk(stats.modules);
  return [...files].sort();
}

/** sha256 of a file of `root` by relative name; `null` when it is gone. Memoised per call site via `cache`. */
function hashOf(root, relative, cache) {
  if (!cache.has(relative)) {
    const file = path.join(root, relative);
    cache.set(relative, existsSync(file) ? sha256(readFileSync(file)) : null);
  }
  return cache.get(relative);
}

/** One digest over node_modules files (name and content), so the manifest stays small. */
function packagesDigest(root, files, cache) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0${hashOf(root, file, cache) ?? 'missing'}\n`);
  return hash.digest('hex');
}

/** The manifest of a bundle built from `bundled` (see bundledFiles) plus `extra` files (workers) into `bundleDir`. */
export function manifestFor(root, bundled, extra, bundleDir, cache = new Map()) {
  const all = [...new Set([...bundled, ...extra])].sort();
  const packages = all.filter((file) => file.startsWith('node_modules/'));
  const sources = {};
  for (const file of [...BUILD_FILES, ...all.filter((file) => !file.startsWith('node_modules/'))].sort()) sources[file] = hashOf(root, file, cache);
  const outputs = {};
  for (const file of listFiles(bundleDir).filter((name) => name !== MANIFEST)) outputs[file] = sha256(readFileSync(path.join(bundleDir, file)));
  return {
    about: 'What this bundle was built from (sha256 of each file) and what it holds; written by scripts/build.mjs, read by scripts/check-dist.mjs.',
    sources,
    packages: { files: packages, sha256: packagesDigest(root, packages, cache) },
    outputs,
  };
}

/**
 * Why the committed bundle `dist/<name>` may not be what the tree builds: each changed input and each
 * output that differs from its manifest, by name. Empty: the bundle was built from exactly these files and
 * is unchanged since, so a rebuild would make the same bytes (scripts/check-dist.mjs --full proves that).
 */
export function staleness(root, distDir, name, cache = new Map()) {
  const bundleDir = path.join(distDir, name);
  const manifestFile = path.join(bundleDir, MANIFEST);
  if (!existsSync(manifestFile)) return [`dist/${name}/${MANIFEST} is missing`];
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    return [`dist/${name}/${MANIFEST} is not JSON (${error.message})`];
  }
  const reasons = [];
  const sources = manifest.sources ?? {};
  for (const file of BUILD_FILES) if (!(file in sources)) reasons.push(`${file} is not recorded`);
  for (const [file, recorded] of Object.entries(sources)) {
    const now = hashOf(root, file, cache);
    if (now === null) reasons.push(`${file} is gone`);
    else if (now !== recorded) reasons.push(`${file} changed`);
  }
  const packages = manifest.packages ?? { files: [], sha256: '' };
  if (packagesDigest(root, packages.files ?? [], cache) !== packages.sha256) reasons.push(`node_modules differs from the build (${(packages.files ?? []).length} package files)`);
  const outputs = manifest.outputs ?? {};
  const present = existsSync(bundleDir) ? listFiles(bundleDir).filter((file) => file !== MANIFEST) : [];
  for (const file of present) {
    if (!(file in outputs)) reasons.push(`dist/${name}/${file} is not one the build made`);
    else if (sha256(readFileSync(path.join(bundleDir, file))) !== outputs[file]) reasons.push(`dist/${name}/${file} was changed after the build`);
  }
  for (const file of Object.keys(outputs)) if (!present.includes(file)) reasons.push(`dist/${name}/${file} is missing`);
  return reasons;
}
