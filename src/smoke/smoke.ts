import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../kit/errors.js';
import { RunningApp, type ExitInfo } from './app.js';
import { runCheck, skipped, type CheckResult, type RetryTiming, type SmokeCheck } from './check.js';
import { install, loggingRunner, uninstall, type InstallerType, type InstallResult, type StepRunner } from './installers.js';
import type { KillOutcome } from './process-tree.js';
import { startXvfb, type VirtualDisplay } from './xvfb.js';

export interface InstallSettings {
  type: InstallerType;
  file: string;
  installDir?: string;
  uninstall: boolean;
  timeoutMs: number;
}

export interface SmokeSettings {
  /** Command line that starts the app. */
  run: string;
  cwd: string;
  env: Record<string, string>;
  install?: InstallSettings;
  /** In the order they run. */
  checks: SmokeCheck[];
  /** A check needs a display (window, screenshot): on Linux without DISPLAY, Xvfb is started. */
  needsDisplay: boolean;
  /** Logs, screenshots and the install transcript go here. */
  workDir: string;
  killGraceMs: number;
  platform?: NodeJS.Platform;
  timing?: RetryTiming;
}

export interface SmokeReport {
  passed: boolean;
  /** Every step in order: install, each check, cleanup, uninstall. */
  checks: CheckResult[];
  logFiles: string[];
  installLog?: string;
  installDir?: string;
  screenshot?: string;
  display?: string;
  /** How the app ended, if it exited on its own before the cleanup. */
  exit?: ExitInfo;
  cleanup?: KillOutcome;
  /** The app's last 50 lines of stdout and stderr, as they arrived. */
  lastLines: string[];
}

export interface SmokeHooks {
  log?(message: string): void;
  /** Called once the app runs: the place to remember its pid and marker for a cancel or a later step. */
  onLaunch?(app: RunningApp): void;
  onDisplay?(display: VirtualDisplay): void;
  /** Each check's result as it is known; without this hook it is logged. */
  onCheck?(result: CheckResult): void;
  /** The step runner for installers (tests record the commands). */
  stepRunner?(logFile: string): StepRunner;
}

const LAST_LINES = 50;

export const attemptCount = (n: number): string => `${n} attempt${n === 1 ? '' : 's'}`;

function step(name: string, describe: string, started: number, outcome: { ok: true; detail: string } | { ok: false; detail: string }): CheckResult {
  return { name, describe, status: outcome.ok ? 'passed' : 'failed', passed: outcome.ok, attempts: 1, durationMs: Date.now() - started, detail: outcome.detail };
}

/**
 * Installs (optionally), starts the app, runs the checks in order (the first failure skips the rest),
 * then always ends the app's whole process tree, stops the display it started and uninstalls.
 */
export async function runSmokeTest(settings: SmokeSettings, hooks: SmokeHooks = {}): Promise<SmokeReport> {
  const platform = settings.platform ?? process.platform;
  const log = hooks.log ?? (() => undefined);
  mkdirSync(settings.workDir, { recursive: true });
  const results: CheckResult[] = [];
  const logFiles: string[] = [];
  const report: SmokeReport = { passed: false, checks: results, logFiles, lastLines: [] };
  const skipAll = (reason: string): void => {
    for (const check of settings.checks) results.push(skipped(check, reason));
  };

  let installed: InstallResult | undefined;
  let installOptions: Parameters<typeof install>[0] | undefined;
  if (settings.install) {
    const logFile = path.join(settings.workDir, 'install.log');
    installOptions = {
      type: settings.install.type,
      file: settings.install.file,
      ...(settings.install.installDir ? { installDir: settings.install.installDir } : {}),
      platform,
      isRoot: process.getuid?.() === 0,
      wine: platform === 'linux' && hasOnPath('wine'),
      logFile,
      timeoutMs: settings.install.timeoutMs,
    };
    report.installLog = logFile;
    logFiles.push(logFile);
    const started = Date.now();
    log(`Installing ${path.basename(settings.install.file)} (${settings.install.type})…`);
    try {
      installed = await install(installOptions, hooks.stepRunner?.(logFile) ?? loggingRunner(logFile));
      for (const file of installed.logFiles) if (!logFiles.includes(file)) logFiles.push(file);
      if (installed.installDir) report.installDir = installed.installDir;
      results.push(step('install', `install ${path.basename(settings.install.file)}`, started, { ok: true, detail: installed.detail }));
    } catch (error) {
      results.push(step('install', `install ${path.basename(settings.install.file)}`, started, { ok: false, detail: errorMessage(error) }));
      skipAll('not run: the installation failed');
      return finish(report);
    }
  }

  let display: VirtualDisplay | undefined;
  let displayName = process.env.DISPLAY || undefined;
  try {
    if (settings.needsDisplay && platform === 'linux' && !displayName) {
      const started = Date.now();
      const xvfbLog = path.join(settings.workDir, 'xvfb.log');
      logFiles.push(xvfbLog);
      try {
        display = await startXvfb(xvfbLog);
        hooks.onDisplay?.(display);
        displayName = display.display;
        report.display = displayName;
        log(`Started Xvfb on ${displayName} (${path.basename(xvfbLog)}).`);
      } catch (error) {
        results.push(step('display', 'start Xvfb', started, { ok: false, detail: errorMessage(error) }));
        skipAll('not run: no display');
        return finish(report);
      }
    }

    const env = { ...settings.env, ...(displayName && platform === 'linux' ? { DISPLAY: displayName } : {}), ...(report.installDir ? { RELEASE_KIT_INSTALL_DIR: report.installDir } : {}) };
    const app = new RunningApp({ command: settings.run, cwd: settings.cwd, env, logDir: settings.workDir, platform });
    logFiles.push(app.stdoutPath, app.stderrPath);
    hooks.onLaunch?.(app);
    log(`Started ${JSON.stringify(settings.run)} (pid ${app.pid}).`);
    try {
      let failed = false;
      for (const check of settings.checks) {
        if (failed) {
          results.push(skipped(check, 'not run: an earlier check failed'));
          continue;
        }
        const result = await runCheck(check, { app, ...(displayName ? { display: displayName } : {}), log }, settings.timing);
        if (hooks.onCheck) hooks.onCheck(result);
        else log(`${result.passed ? '✓' : '✗'} ${check.name}: ${result.detail} (${attemptCount(result.attempts)}, ${result.durationMs} ms)`);
        if (result.file) report.screenshot = result.file;
        results.push(result);
        failed = !result.passed;
      }
    } finally {
      const started = Date.now();
      if (app.exitInfo) report.exit = app.exitInfo;
      const outcome = await app.stop({ graceMs: settings.killGraceMs });
      report.cleanup = outcome;
      report.lastLines = app.lastLines(LAST_LINES);
      // Say where the search could look: under a subreaper every descendant; otherwise only those still
      // linked to the app (its tree, its process group, its environment marker).
      const reach = outcome.contained ? 'every descendant was followed (subreaper)' : "only processes still in the app's tree, group or environment could be found";
      const detail =
        outcome.survivors.length > 0
          ? `${outcome.survivors.length} processes survived SIGKILL: ${outcome.survivors.join(', ')}`
          : outcome.found.length === 0
            ? `no process of the app was left; ${reach}`
            : `stopped ${outcome.found.length} processes${outcome.forced.length ? ` (${outcome.forced.length} needed SIGKILL)` : ''}; ${reach}`;
      results.push(step('cleanup', 'the whole process tree is gone', started, { ok: outcome.survivors.length === 0, detail }));
    }
  } finally {
    await display?.stop();
  }

  if (settings.install?.uninstall && installed && installOptions) {
    const started = Date.now();
    try {
      const detail = await uninstall(installOptions, installed, hooks.stepRunner?.(installOptions.logFile) ?? loggingRunner(installOptions.logFile));
      for (const file of installed.logFiles) if (!logFiles.includes(file)) logFiles.push(file);
      results.push(step('uninstall', 'uninstall and prove removal', started, { ok: true, detail }));
    } catch (error) {
      results.push(step('uninstall', 'uninstall and prove removal', started, { ok: false, detail: errorMessage(error) }));
    }
  }
  return finish(report);
}

function finish(report: SmokeReport): SmokeReport {
  // Skipped counts as not passed: a smoke test passes only when every step ran and passed.
  report.passed = report.checks.length > 0 && report.checks.every((check) => check.status === 'passed');
  return report;
}

/** Whether an executable of that name is on PATH. */
export function hasOnPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    if (dir === '') return false;
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
