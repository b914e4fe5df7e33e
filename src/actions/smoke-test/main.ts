import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { actionInputs } from '../../kit/action-inputs.js';
import { UserError } from '../../kit/errors.js';
import { writeSummary } from '../../kit/summary.js';
import type { RunningApp } from '../../smoke/app.js';
import { runSmokeTest, type SmokeReport } from '../../smoke/smoke.js';
import type { VirtualDisplay } from '../../smoke/xvfb.js';
import { getSmokeRuns } from './input-helper.js';
import { smokeFailure, smokeRunOf } from './smoke-run.js';
import { reportJson, smokeSummary } from './report.js';

/** What a cancel (SIGINT, then SIGTERM from the runner) must stop before the process exits. */
const running: { app?: RunningApp; display?: VirtualDisplay; graceMs: number; stopping?: Promise<void> } = { graceMs: 2000 };

function onCancel(signal: NodeJS.Signals): void {
  running.stopping ??= (async () => {
    core.info(`Received ${signal}: stopping the app's process tree.`);
    const outcome = await running.app?.stop({ graceMs: Math.min(running.graceMs, 2000) });
    await running.display?.stop();
    core.error(`The smoke test was cancelled (${signal}); ${outcome ? `stopped ${outcome.found.length} processes of the app` : 'the app had not started'}.`, { title: 'Smoke test cancelled' });
    process.exit(1);
  })();
}

/**
 * Uploads the screenshot as an artifact so the summary can link it (a job summary cannot show a file
 * from the runner). Outside GitHub Actions, or when the upload fails, the summary shows the path.
 */
async function uploadScreenshot(file: string, id: string): Promise<string | undefined> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    core.info(`Screenshot kept at ${file} (not uploaded: ACTIONS_RUNTIME_TOKEN is not set).`);
    return undefined;
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const name = `smoke-test-screenshot-${process.env.GITHUB_JOB ?? 'job'}-${id}`;
    const { id: artifactId } = await new DefaultArtifactClient().uploadArtifact(name, [file], path.dirname(file), { retentionDays: 30 });
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = process.env;
    core.info(`Uploaded the screenshot as artifact ${name}${artifactId ? ` (id ${artifactId})` : ''}.`);
    return artifactId && repository && run ? `${server}/${repository}/actions/runs/${run}/artifacts/${artifactId}` : undefined;
  } catch (error) {
    core.warning(`The screenshot could not be uploaded as an artifact (${(error as Error).message}); it is at ${file}.`);
    return undefined;
  }
}

export async function main(): Promise<void> {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const stem = path.join(process.env.RUNNER_TEMP || tmpdir(), `smoke-test-${randomBytes(4).toString('hex')}`);
  const workDirOf = (index: number): string => `${stem}-${index}`;
  // Every setting is checked before anything starts: a target's several smoke checks, or the plain inputs.
  const runs = await getSmokeRuns(actionInputs, workspace, workDirOf);
  process.on('SIGINT', onCancel);
  process.on('SIGTERM', onCancel);
  const reports: SmokeReport[] = [];
  const summaries: string[] = [];
  for (const [index, settings] of runs.entries()) {
    const workDir = workDirOf(index);
    running.graceMs = settings.killGraceMs;
    if (runs.length > 1) core.info(`Smoke check ${index + 1} of ${runs.length}: ${settings.run}`);
    const report = await runSmokeTest(smokeRunOf(settings, workDir), {
      log: (message) => core.info(message),
      onLaunch: (app) => {
        running.app = app;
        // For the post step: finds whatever a hard kill of this step left running.
        core.saveState('marker', app.marker);
        core.saveState('pgid', String(app.pid));
        core.saveState('supervised', String(app.supervised));
      },
      onDisplay: (display) => {
        running.display = display;
        core.saveState('xvfb-pid', String(display.pid));
      },
    });
    // A cancel stopped the app under the checks: its handler reports and exits, not a check's failure.
    if (running.stopping) await running.stopping;
    running.app = undefined;
    running.display = undefined;
    reports.push(report);
    const screenshotUrl = report.screenshot && settings.uploadScreenshot ? await uploadScreenshot(report.screenshot, path.basename(workDir)) : undefined;
    summaries.push(smokeSummary(report, settings.run, screenshotUrl));
  }
  core.setOutput('passed', String(reports.every((r) => r.passed)));
  core.setOutput('report', reports.length === 1 ? reportJson(reports[0]!) : `[${reports.map((r) => reportJson(r)).join(',')}]`);
  core.setOutput('log-files', reports.flatMap((r) => r.logFiles).join('\n'));
  core.setOutput('screenshot', reports.map((r) => r.screenshot).filter(Boolean).join('\n'));
  core.setOutput('install-log', reports.map((r) => r.installLog).filter(Boolean).join('\n'));
  await writeSummary(summaries.join('\n'));
  const failed = reports.map((report, i) => ({ report, run: runs[i]!.run })).filter(({ report }) => !report.passed);
  if (failed.length) throw new UserError(failed.map(({ report, run }) => (runs.length > 1 ? `${run}: ${smokeFailure(report)}` : smokeFailure(report))).join('\n\n'));
  core.info(`Smoke test passed: ${reports.flatMap((r) => r.checks.map((c) => c.name)).join(', ')}.`);
}
