import { glob, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { confinePattern, GLOB_CHARS } from '../kit/glob.js';
import { kindOf } from './archive.js';


/**
 * What to notarize, from newline-separated paths or globs relative to the workspace: .dmg, .pkg and
 * .zip files, and .app folders (matched as folders; files inside a matched .app are not separate
 * targets). Anything else matched is an error naming it, as is a pattern that matches nothing.
 */
export async function resolveTargets(patterns: readonly string[], workspace: string, inputName: string): Promise<string[]> {
  const found = new Set<string>();
  const unsupported: string[] = [];
  for (const pattern of patterns) {
    const absolute = confinePattern(pattern, workspace, inputName);
    if (absolute.startsWith('!')) throw new UserError(`${inputName} has the pattern ${JSON.stringify(pattern)}: exclusions are not supported here; name the files to notarize.`);
    const matches: string[] = [];
    if (GLOB_CHARS.test(absolute)) {
      for await (const match of glob(absolute)) matches.push(path.resolve(match));
    } else if (await stat(absolute).catch(() => undefined)) {
      matches.push(absolute);
    }
    if (matches.length === 0) throw new UserError(`${inputName} has the pattern ${JSON.stringify(pattern)}, which matched nothing in ${workspace}; check that the build produced it.`);
    for (const match of matches.sort()) {
      const info = await stat(match);
      const kind = kindOf(match);
      if (kind === 'app' && info.isDirectory()) found.add(match);
      else if (kind && kind !== 'app' && info.isFile()) found.add(match);
      else unsupported.push(match);
    }
  }
  const apps = [...found].filter((file) => kindOf(file) === 'app');
  const inside = (file: string): boolean => apps.some((app) => file !== app && file.startsWith(app + path.sep));
  const outside = unsupported.filter((file) => !inside(file));
  if (outside.length) {
    throw new UserError(
      `${inputName} matched ${outside.map((f) => path.relative(workspace, f) || f).join(', ')}, which the notary service does not take: ` +
        'give .dmg, .pkg or .zip files, or .app folders (zipped for you).',
    );
  }
  return [...found].filter((file) => !inside(file)).sort();
}
