import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../kit/errors.js';
import { stringField, type InputSource } from '../kit/inputs.js';
import type { ReleaseKitConfig, Target } from '../plan/config.js';
import { loadReleaseKitConfig } from '../plan/load-config.js';

/** The leg's release files: where matrix-build puts them for a target. */
export const legFolderOf = (workspace: string, target: string): string => path.join(workspace, '.release-kit', 'artifacts', target);

export interface TargetInput {
  config: ReleaseKitConfig;
  target: Target;
  /** The config file as the user named it (for messages). */
  configName: string;
  /** Absolute folder of the leg's release files (artifacts-dir, or where matrix-build put them). */
  legFolder: string;
  /** The leg's release files, absolute, sorted. */
  files: () => Promise<string[]>;
}

/**
 * `config` + `target` inputs: the target's block of release-kit.yml, for the actions that act on one
 * target (matrix-build, codesign, notarize, smoke-test). Undefined when `target` is not given.
 */
export async function readTargetInput(source: InputSource, workspace: string): Promise<TargetInput | undefined> {
  const id = stringField(source, 'target');
  if (!id) return undefined;
  const configName = stringField(source, 'config', { default: 'release-kit.yml' });
  const configFile = path.resolve(workspace, configName);
  const config = await loadReleaseKitConfig(configFile, path.relative(workspace, configFile));
  const target = config.targets.find((t) => t.id === id);
  if (!target) throw new InputError(source.describe('target'), id, `it must be the id of a target in ${configName} (${config.targets.map((t) => t.id).join(', ')})`);
  const legFolder = path.resolve(workspace, stringField(source, 'artifacts-dir', { default: path.relative(workspace, legFolderOf(workspace, id)) }));
  const files = async () => (await readdir(legFolder, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).map((entry) => path.join(legFolder, entry.name)).sort();
  return { config, target, configName, legFolder, files };
}

/**
 * Inputs over a target's block: a key the block sets comes from there (and the input may not say
 * otherwise), `fixed` values are the leg's own (files, platform), the rest — secrets above all — stay inputs.
 */
export function blockSource(source: InputSource, block: Record<string, string>, where: string, fixed: Record<string, string>, fixedWhy: string): InputSource {
  for (const [name, value] of Object.entries(block)) {
    const given = source.read(name);
    if (given && given !== value) throw new InputError(source.describe(name), given, `${where} sets it to ${JSON.stringify(value)}; set it in one place`);
  }
  for (const name of Object.keys(fixed)) {
    if (source.read(name)) throw new InputError(source.describe(name), source.read(name), fixedWhy);
  }
  return {
    read: (name) => fixed[name] ?? block[name] ?? source.read(name),
    describe: (name) => (name in block ? `${where.replace(/ block$/, '')}.${name}` : source.describe(name)),
    mask: (value) => source.mask(value),
  };
}
