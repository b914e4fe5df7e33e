import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { runTool } from '../kit/exec.js';

export type NotarizeKind = 'app' | 'dmg' | 'pkg' | 'zip';

/** What the notary service takes, by file name; undefined for anything else. */
export function kindOf(file: string): NotarizeKind | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.app') return 'app';
  if (ext === '.dmg') return 'dmg';
  if (ext === '.pkg' || ext === '.mpkg') return 'pkg';
  if (ext === '.zip') return 'zip';
  return undefined;
}

/** A zip can be notarized but not stapled; apps, disk images and installer packages can. */
export const canStaple = (kind: NotarizeKind): boolean => kind !== 'zip';

async function onPath(tool: string): Promise<boolean> {
  const result = await runTool('which', [tool], { allowFailure: true }).catch(() => undefined);
  return result?.exitCode === 0;
}

/**
 * Zips an .app the way `ditto -c -k --keepParent` does: the .app folder is the top entry, symbolic
 * links stay links (frameworks rely on them) and executable bits are kept. On macOS it is ditto
 * itself; elsewhere Info-ZIP `zip -r -y`. Returns the zip's path, inside a new folder under `tempDir`.
 */
export async function zipApp(app: string, tempDir: string, platform: 'macos' | 'other'): Promise<string> {
  const dir = await mkdtemp(path.join(tempDir, 'notarize-zip-'));
  const zip = path.join(dir, `${path.basename(app, '.app')}.zip`);
  if (platform === 'macos') {
    await runTool('ditto', ['-c', '-k', '--sequesterRsrc', '--keepParent', app, zip]);
    return zip;
  }
  if (!(await onPath('zip'))) {
    throw new UserError(
      `${app} must be zipped for notarization and Info-ZIP "zip" is not installed on this runner (apt-get install zip); ` +
        'or pass a .zip, .dmg or .pkg you built yourself.',
    );
  }
  await runTool('zip', ['-r', '-y', '-q', '-X', zip, path.basename(app)], { cwd: path.dirname(app) });
  return zip;
}
