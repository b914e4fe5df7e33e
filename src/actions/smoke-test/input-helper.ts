import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../kit/errors.js';
import { stringField, type InputSource } from '../../kit/inputs.js';
import { loadReleaseKitConfig, type Target } from '../../plan/config.js';
import { readSmokeInputs, resolveSmokeSettings, SMOKE_KEYS, type SmokeTestSettings } from '../../smoke/settings.js';

export type { SmokeTestSettings } from '../../smoke/settings.js';

/** Plain inputs: one smoke test, every setting an input (no release-kit.yml). */
export function getSmokeTestSettings(source: InputSource, workspace: string, runnerTemp: string): SmokeTestSettings {
  const version = stringField(source, 'version') || undefined;
  return resolveSmokeSettings(readSmokeInputs(source), { workspace, runnerTemp, ...(version ? { version } : {}), describe: (key) => source.describe(key) });
}

/** The leg's release files: where matrix-build put them for this target. */
export const artifactsDirOf = (workspace: string, target: string): string => path.join(workspace, '.release-kit', 'artifacts', target);

/**
 * With `target` (and `config`): the target's smoke checks from release-kit.yml, each resolved against
 * the leg's release files; without: the plain inputs. Either way through the same schema and reader.
 */
export async function getSmokeRuns(source: InputSource, workspace: string, runnerTemp: (index: number) => string): Promise<SmokeTestSettings[]> {
  const id = stringField(source, 'target');
  if (!id) return [getSmokeTestSettings(source, workspace, runnerTemp(0))];
  const given = SMOKE_KEYS.filter((key) => source.read(key) !== '');
  if (given.length) throw new InputError(source.describe(given[0]!), source.read(given[0]!), 'with target, the smoke settings come from the target\'s smoke: block in release-kit.yml; set it there');
  const configInput = stringField(source, 'config', { default: 'release-kit.yml' });
  const configFile = path.resolve(workspace, configInput);
  const config = await loadReleaseKitConfig(configFile, path.relative(workspace, configFile));
  const target: Target | undefined = config.targets.find((t) => t.id === id);
  if (!target) throw new InputError(source.describe('target'), id, `it must be the id of a target in ${configInput} (${config.targets.map((t) => t.id).join(', ')})`);
  if (!target.smoke?.length) throw new InputError(source.describe('target'), id, `the target has no smoke: block in ${configInput}`);
  const version = stringField(source, 'version', { required: true });
  const artifactsDir = path.resolve(workspace, stringField(source, 'artifacts-dir', { default: path.relative(workspace, artifactsDirOf(workspace, id)) }));
  const runs: SmokeTestSettings[] = [];
  for (const [index, smoke] of target.smoke.entries()) {
    const at = target.smoke.length > 1 ? `smoke[${index}]` : 'smoke';
    const scratch = path.join(workspace, '.release-kit', 'smoke', id, String(index));
    await mkdir(scratch, { recursive: true });
    runs.push(
      resolveSmokeSettings(smoke, {
        workspace,
        runnerTemp: runnerTemp(index),
        version,
        artifactsDir,
        defaultWorkingDirectory: scratch,
        extraEnv: { RELEASE_KIT_ARTIFACTS: artifactsDir, RELEASE_KIT_VERSION: version },
        describe: (key) => `${configInput}: target ${id}, ${at}.${key}`,
      }),
    );
  }
  return runs;
}
