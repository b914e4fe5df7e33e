import path from 'node:path';
import { storedAssetName } from '../kit/asset-name.js';
import { UserError } from '../kit/errors.js';

export interface NamedFile {
  path: string;
  /** The name the asset gets on the release (what GitHub stores). */
  name: string;
  /** The file's own name, when GitHub changes it. */
  originalName?: string;
}

/**
 * Names every file as GitHub will store it, so outputs, checksums and manifests use names that exist.
 * Names GitHub would mangle beyond recognition (leading or trailing dots) and two files that end up
 * with one name are refused.
 */
export function nameAssets(files: readonly string[]): NamedFile[] {
  const byName = new Map<string, string>();
  return files.map((file) => {
    const original = path.basename(file);
    const name = storedAssetName(original);
    if (name.startsWith('.') || name.endsWith('.')) {
      throw new UserError(`The asset ${JSON.stringify(original)} (${file}) starts or ends with a dot (or a character GitHub turns into one); GitHub renames such files unpredictably. Rename it.`);
    }
    const clash = byName.get(name);
    if (clash) throw new UserError(`${clash} and ${file} would both be stored as ${JSON.stringify(name)} on the release; give them distinct names.`);
    byName.set(name, file);
    return { path: file, name, ...(name !== original ? { originalName: original } : {}) };
  });
}
