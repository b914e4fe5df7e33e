import * as core from '@actions/core';
import { rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Removes the API key file the main step wrote for notarytool, whatever became of that step (failed,
 * cancelled, killed). Only a folder under RUNNER_TEMP is ever removed.
 */
export async function main(): Promise<void> {
  const dir = core.getState('key-dir');
  if (!dir) return;
  const temp = path.resolve(process.env.RUNNER_TEMP || '');
  const target = path.resolve(dir);
  if (!process.env.RUNNER_TEMP || path.dirname(target) !== temp || !path.basename(target).startsWith('notarize-key-')) {
    core.warning(`Not removing ${dir}: it is not a key folder of this action under RUNNER_TEMP.`, { title: 'Notarize' });
    return;
  }
  await rm(target, { recursive: true, force: true });
  core.info(`Removed the API key folder ${target}.`);
}
