import { configProblems } from './checks.js';
import { parseWithSchema, readConfig, ReleaseKitConfigSchema, type ReleaseKitConfig } from './config.js';

/**
 * release-kit.yml as every reader takes it: the schema, then every check the run would make that
 * needs no built file (names, collisions, signers, feeds, smoke settings). Any error names the file,
 * line and column, and the key path.
 */
export function parseReleaseKitConfig(text: string, file: string): ReleaseKitConfig {
  return parseWithSchema(ReleaseKitConfigSchema, text, file, configProblems);
}

export async function loadReleaseKitConfig(file: string, shownAs = file): Promise<ReleaseKitConfig> {
  return parseReleaseKitConfig(await readConfig(file), shownAs);
}
