import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * `release-kit` for the build's own commands (a sign hook: `release-kit sign …`): a folder holding a
 * `release-kit` script (and `release-kit.cmd` for cmd.exe and PowerShell) that runs the kit's CLI bundle
 * with the Node running the action, so a build signs with the kit version its workflow pins and needs
 * no install of its own. The folder goes first on the build's PATH; `remove` deletes it.
 */
export async function kitCommandFolder(cliBundle: string, node: string, tempRoot: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tempRoot, 'release-kit-bin-'));
  const sh = (text: string): string => `'${text.replaceAll("'", "'\\''")}'`;
  await writeFile(path.join(dir, 'release-kit'), `#!/bin/sh\nexec ${sh(node)} ${sh(cliBundle)} "$@"\n`);
  await chmod(path.join(dir, 'release-kit'), 0o755);
  await writeFile(path.join(dir, 'release-kit.cmd'), `@"${node}" "${cliBundle}" %*\r\n`);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** `env` with `dir` first on its PATH (whatever the case of the variable's name, as on Windows). */
export function withFirstOnPath(env: Record<string, string>, dir: string): Record<string, string> {
  const key = Object.keys(env).find((name) => name.toUpperCase() === 'PATH') ?? 'PATH';
  return { ...env, [key]: env[key] ? `${dir}${path.delimiter}${env[key]}` : dir };
}
