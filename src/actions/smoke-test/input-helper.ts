import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../kit/errors.js';
import { stringField, type InputSource } from '../../kit/inputs.js';
import { readTargetInput } from '../target-settings.js';
import { readSmokeInputs, resolveSmokeSettings, SMOKE_KEYS, type SmokeTestSettings } from '../../smoke/settings.js';

export type { SmokeTestSettings } from '../../smoke/settings.js';

/** Plain inputs: one smoke test, every setting an input (no release-kit.yml). */
export function getSmokeTestSettings(source: InputSource, workspace: string, runnerTemp: string): SmokeTestSettings {
  const version = stringField(source, 'version') || undefined;
  return resolveSmokeSettings(readSmokeInputs(source), { workspace, runnerTemp, ...(version ? { version } : {}), describe: (key) => source.describe(key), raw: (key) => source.read(key) });
}

/**
 * With `target` (and `config`): the target's smoke checks from release-kit.yml, each resolved against
 * the leg's release files; without: the plain inputs. Either way through the same schema and reader.
 */
export async function getSmokeRuns(source: InputSource, workspace: string, runnerTemp: (index: number) => string): Promise<SmokeTestSettings[]> {
  const leg = await readTargetInput(source, workspace);
  if (!leg) return [getSmokeTestSettings(source, workspace, runnerTemp(0))];
  const given = SMOKE_KEYS.filter((key) => source.read(key) !== '');
  if (given.length) throw new InputError(source.describe(given[0]!), source.read(given[0]!), `with target, the smoke settings come from the target's smoke: block in ${leg.configName}; set it there`);
  const { target, configName, legFolder } = leg;
  if (!target.smoke?.length) throw new InputError(source.describe('target'), target.id, `the target has no smoke: block in ${configName}`);
  const version = stringField(source, 'version', { required: true });
  const runs: SmokeTestSettings[] = [];
  for (const [index, smoke] of target.smoke.entries()) {
    const at = target.smoke.length > 1 ? `smoke[${index}]` : 'smoke';
    const scratch = path.join(workspace, '.release-kit', 'smoke', target.id, String(index));
    await mkdir(scratch, { recursive: true });
    runs.push(
      resolveSmokeSettings(smoke, {
        workspace,
        runnerTemp: runnerTemp(index),
        version,
        artifactsDir: legFolder,
        defaultWorkingDirectory: scratch,
        extraEnv: { RELEASE_KIT_ARTIFACTS: legFolder, RELEASE_KIT_VERSION: version },
        describe: (key) => `${configName}: target ${target.id}, ${at}.${key}`,
      }),
    );
  }
  return runs;
}
