/**
 * AUR delivery: clone the package's git remote, write PKGBUILD and .SRCINFO, and push one commit when
 * they changed (a re-run finds them equal and pushes nothing). An SSH key, when given, is written to a
 * private temporary file used through GIT_SSH_COMMAND and removed afterwards.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runTool } from '../kit/exec.js';
import { writePrivateFile } from '../sign/private-files.js';
import type { ManifestFile } from './context.js';

export interface AurPush {
  remote: string;
  files: readonly ManifestFile[];
  message: string;
  sshKey?: string;
  /** Where the temporary clone goes (RUNNER_TEMP); default: the system temp folder. */
  tempRoot?: string;
}

export async function pushToAur(push: AurPush): Promise<{ outcome: 'unchanged' | 'committed'; commit?: string }> {
  const work = await mkdtemp(path.join(push.tempRoot ?? os.tmpdir(), 'release-kit-aur-'));
  try {
    const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0' };
    if (push.sshKey) {
      const key = path.join(work, 'key');
      await writePrivateFile(key, push.sshKey.endsWith('\n') ? push.sshKey : `${push.sshKey}\n`);
      env.GIT_SSH_COMMAND = `ssh -i ${key} -o IdentitiesOnly=yes -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=${path.join(work, 'known_hosts')}`;
    }
    const clone = path.join(work, 'package');
    const git = (...args: string[]) => runTool('git', ['-c', 'user.name=release-kit', '-c', 'user.email=release-kit@users.noreply.github.com', '-c', 'init.defaultBranch=master', ...args], { cwd: clone, env, ...(push.sshKey ? { secrets: [push.sshKey] } : {}) });
    await runTool('git', ['clone', '--quiet', push.remote, clone], { env, timeoutMs: 120_000 });
    for (const file of push.files) await writeFile(path.join(clone, file.path), file.content);
    await git('add', '--', ...push.files.map((f) => f.path));
    const diff = await runTool('git', ['diff', '--cached', '--quiet'], { cwd: clone, allowFailure: true });
    if (diff.exitCode === 0) return { outcome: 'unchanged' };
    await git('commit', '--quiet', '-m', push.message);
    await git('push', '--quiet', 'origin', 'HEAD:master');
    const commit = (await git('rev-parse', 'HEAD')).stdout.trim();
    return { outcome: 'committed', commit };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
