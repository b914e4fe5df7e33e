import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml } from './toml-version.js';
import { UserError } from '../kit/errors.js';
import type { VERSION_SOURCES } from './config.js';

export type VersionSource = (typeof VERSION_SOURCES)[number];

function field(value: unknown, ...keys: string[]): unknown {
  let at = value;
  for (const key of keys) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

/**
 * The version a product's own files declare: package.json `version`, Cargo.toml `[package] version`
 * (or `[workspace.package]`), pyproject.toml `[project] version` (or `[tool.poetry]`), tauri.conf.json
 * `version` (or the package.json it points to).
 */
export async function versionFromFile(source: Exclude<VersionSource, 'tag'>, root: string, file?: string): Promise<{ version: string; file: string }> {
  const at = path.resolve(root, file ?? (source === 'tauri.conf.json' ? 'src-tauri/tauri.conf.json' : source));
  const text = await readFile(at, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`product.version-from is ${source}, but ${path.relative(root, at) || at} cannot be read (${error.code === 'ENOENT' ? 'it does not exist; set product.version-file' : error.message}).`);
  });
  let version: unknown;
  try {
    if (source === 'package.json') version = field(JSON.parse(text), 'version');
    else if (source === 'tauri.conf.json') {
      version = field(JSON.parse(text), 'version');
      if (typeof version === 'string' && version.endsWith('.json')) return versionFromFile('package.json', path.dirname(at), version);
    } else if (source === 'Cargo.toml') {
      const toml = parseToml(text);
      version = field(toml, 'package', 'version') ?? field(toml, 'workspace', 'package', 'version');
    } else {
      const toml = parseToml(text);
      version = field(toml, 'project', 'version') ?? field(toml, 'tool', 'poetry', 'version');
    }
  } catch (error) {
    throw new UserError(`${path.relative(root, at)}: cannot be parsed: ${(error as Error).message}`);
  }
  if (typeof version !== 'string' || !version) throw new UserError(`${path.relative(root, at)} declares no version.`);
  return { version, file: at };
}
