import * as core from '@actions/core';
import { findMarkedProcesses, isAlive, killTree, readProc, type ProcInfo } from '../../smoke/process-tree.js';

/**
 * Runs after the job's steps, always: when the main step was killed outright (a timeout, a cancel that
 * came too fast), the app's processes may still run. They carry the marker saved by the main step.
 */
export async function main(): Promise<void> {
  const marker = core.getState('marker');
  const pgid = Number(core.getState('pgid')) || undefined;
  const xvfb = Number(core.getState('xvfb-pid')) || undefined;
  if (!marker) {
    core.info('The smoke test started no app: nothing to clean up.');
    return;
  }
  if (process.platform === 'win32') {
    core.info('On Windows the main step ends the tree with taskkill /T; nothing is left to find here.');
    return;
  }
  const outcome = await killTree(() => findMarkedProcesses(marker, pgid), pgid, { graceMs: 3000 });
  const stopped = [...outcome.found];
  // The Xvfb the main step started, only while that pid still is an Xvfb.
  const isOurXvfb = (): ProcInfo[] => {
    const info = xvfb ? readProc(xvfb) : undefined;
    return isAlive(info) && info.command === 'Xvfb' ? [info] : [];
  };
  if (isOurXvfb().length) stopped.push(...(await killTree(isOurXvfb, undefined, { graceMs: 2000 })).found);
  if (outcome.survivors.length) core.warning(`${outcome.survivors.length} processes of the smoke-tested app survived SIGKILL: ${outcome.survivors.join(', ')}.`);
  if (stopped.length) core.warning(`Stopped ${stopped.length} processes the smoke test left running (pids ${stopped.join(', ')}).`, { title: 'Smoke test cleanup' });
  else core.info('No process of the smoke-tested app was left running.');
}
