import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { algorithmForSumsFileName } from '../checksum/algorithms.js';
import { parseSums } from '../checksum/sums-format.js';
import { storedAssetName } from '../kit/asset-name.js';
import type { LocalAsset } from './publish.js';

const SUMS_NAME = /(SUMS|checksums?)(\.(txt|json|asc))?$/i;

/**
 * A sums file on a release must name the release's assets as GitHub stores them and carry their
 * final digests; otherwise every download fails its check. Returns the problems, before anything is
 * created.
 */
export async function checkSumsFiles(assets: readonly LocalAsset[]): Promise<string[]> {
  const byName = new Map(assets.map((a) => [a.name, a]));
  const problems: string[] = [];
  for (const sums of assets.filter((a) => SUMS_NAME.test(a.name) && a.size < 16 * 1024 * 1024)) {
    let listed;
    try {
      listed = parseSums(await readFile(sums.path, 'utf8'), sums.name, algorithmForSumsFileName(sums.name) ?? 'sha256');
    } catch {
      continue; // not a sums file after all
    }
    for (const entry of listed) {
      const asset = byName.get(entry.name);
      if (!asset) {
        const stored = storedAssetName(path.posix.basename(entry.name));
        problems.push(
          `${sums.name} lists ${JSON.stringify(entry.name)}, which is not an asset of this release` +
            (byName.has(stored) ? ` (GitHub stores it as ${JSON.stringify(stored)}: write the sums with asset-names: github).` : '.'),
        );
      } else if (entry.algorithm === 'sha256' && entry.hex !== asset.sha256) {
        problems.push(`${sums.name} gives ${entry.name} the sha256 ${entry.hex}, but the file's is ${asset.sha256}: the sums were computed before the file changed (before signing?).`);
      }
    }
  }
  return problems;
}
