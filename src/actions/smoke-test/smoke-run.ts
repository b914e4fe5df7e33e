import path from 'node:path';
import type { SmokeCheck } from '../../smoke/check.js';
import { healthCheck } from '../../smoke/checks/health.js';
import { portCheck } from '../../smoke/checks/port.js';
import { exitCodeCheck, outputCheck, stayAliveCheck } from '../../smoke/checks/process.js';
import { screenshotCheck, windowCheck } from '../../smoke/checks/window.js';
import type { SmokeReport, SmokeSettings } from '../../smoke/smoke.js';
import type { SmokeTestSettings } from '../../smoke/settings.js';

/** The checks asked for, in the order they run: reachability first, the exit code last. */
export function buildChecks(settings: SmokeTestSettings, workDir: string): SmokeCheck[] {
  const t = settings.timeouts;
  const checks: SmokeCheck[] = [];
  if (settings.waitForPort) checks.push(portCheck(settings.waitForPort, t['wait-for-port']));
  if (settings.healthUrl) checks.push(healthCheck({ ...settings.healthUrl, timeoutMs: t['health-url'] }));
  if (settings.expectOutput) checks.push(outputCheck(settings.expectOutput.pattern, settings.expectOutput.source, t['expect-output']));
  if (settings.waitForWindow) checks.push(windowCheck(settings.waitForWindow.pattern, settings.waitForWindow.source, t['wait-for-window']));
  if (settings.screenshot) checks.push(screenshotCheck(settings.screenshot === 'default' ? path.join(workDir, 'screenshot.png') : settings.screenshot, t.screenshot));
  if (settings.stayAliveSeconds !== undefined) checks.push(stayAliveCheck(settings.stayAliveSeconds));
  if (settings.expectExitCode !== undefined) checks.push(exitCodeCheck(settings.expectExitCode, t['expect-exit-code']));
  return checks;
}

/** The checked inputs as one smoke run: what the action and `release-kit smoke` both hand to runSmokeTest. */
export function smokeRunOf(settings: SmokeTestSettings, workDir: string): SmokeSettings {
  return {
    run: settings.run,
    cwd: settings.workingDirectory,
    env: settings.env,
    ...(settings.install
      ? {
          install: {
            type: settings.install.type,
            file: settings.install.file,
            ...(settings.install.installDir ? { installDir: settings.install.installDir } : {}),
            uninstall: settings.install.uninstall,
            timeoutMs: settings.timeouts.install,
          },
        }
      : {}),
    checks: buildChecks(settings, workDir),
    needsDisplay: settings.waitForWindow !== undefined || settings.screenshot !== undefined,
    workDir,
    killGraceMs: settings.killGraceMs,
  };
}

/** Why a smoke run failed, in one message: the failed checks, the ones not run, the app's last lines. */
export function smokeFailure(report: SmokeReport): string {
  const failed = report.checks.filter((c) => c.status === 'failed');
  const skipped = report.checks.filter((c) => c.status === 'skipped');
  const lines = report.lastLines.length
    ? `\n\nLast ${report.lastLines.length} lines of the app's output:\n${report.lastLines.join('\n')}`
    : report.checks.some((c) => c.name === 'cleanup')
      ? '\n\nThe app printed nothing.'
      : '';
  return (
    `Smoke test failed: ${failed.map((c) => `${c.name}: ${c.detail}`).join('; ')}` +
    `${skipped.length ? ` (not run: ${skipped.map((c) => c.name).join(', ')})` : ''}.${lines}`
  );
}
