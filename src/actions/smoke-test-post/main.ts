import * as core from '@actions/core';
import { descendantsOf, findMarkedProcesses, isAlive, killTree, readProc, type ProcInfo } from '../../smoke/process-tree.js';

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
  // On Linux the group leader is the app's supervisor (a subreaper): normally gone by now, having ended
  // everything below it; while it runs, every descendant of the app is below it whatever it did.
  const supervised = core.getState('supervised') === 'true';
  const find = (): ProcInfo[] => {
    const found = new Map(findMarkedProcesses(marker, pgid).map((p) => [p.pid, p]));
    if (supervised && pgid) for (const p of descendantsOf(pgid)) found.set(p.pid, p);
    return [...found.values()];
  };
  const outcome = await killTree(find, pgid, { graceMs: 3000, contained: supervised });
  const stopped = [...outcome.found];
  // The Xvfb the main step started, only while that pid still is an Xvfb.
  const isOurXvfb = (): ProcInfo[] => {
    const info = xvfb ? readProc(xvfb) : undefined;
    return isAlive(info) && info.command === 'Xvfb' ? [info] : [];
  };
  if (isOurXvfb().length) stopped.push(...(await killTree(isOurXvfb, undefined, { graceMs: 2000 })).found);
  if (outcome.survivors.length) core.warning(`${outcome.survivors.length} processes of the smoke-tested app survived SIGKILL: ${outcome.survivors.join(', ')}.`);
  if (stopped.length) core.warning(`Stopped ${stopped.length} processes the smoke test left running (pids ${stopped.join(', ')}).`, { title: 'Smoke test cleanup' });
  else if (supervised) core.info("No process of the smoke-tested app was left running: it ran under a subreaper supervisor, which ends every descendant with the smoke test, and nothing carries the app's marker or is in its process group.");
  else core.info("No process carrying the smoke-tested app's marker or in its process group was left running (a process that left the group and cleared its environment cannot be told apart here).");
}
