import { appendFileSync, chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { redact } from '../kit/secrets.js';
import { runTool, type ToolOptions, type ToolResult } from '../kit/exec.js';
import { UserError } from '../kit/errors.js';
import { withRetry } from '../kit/retry.js';

export const INSTALLER_TYPES = ['msi', 'nsis', 'squirrel', 'dmg', 'pkg', 'deb', 'rpm', 'appimage', 'tarball'] as const;
export type InstallerType = (typeof INSTALLER_TYPES)[number];

/** Formats with a way back: `uninstall: true` proves it works. */
export const UNINSTALLABLE: readonly InstallerType[] = ['msi', 'nsis', 'dmg', 'deb', 'rpm', 'appimage', 'tarball'];

const BY_EXTENSION: Array<[RegExp, InstallerType]> = [
  [/\.msi$/i, 'msi'],
  [/\.exe$/i, 'nsis'],
  [/\.dmg$/i, 'dmg'],
  [/\.pkg$/i, 'pkg'],
  [/\.deb$/i, 'deb'],
  [/\.rpm$/i, 'rpm'],
  [/\.appimage$/i, 'appimage'],
  [/\.(tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2|tar\.zst|tar)$/i, 'tarball'],
];

/** The installer type a file name implies, or undefined. */
export function installerTypeOf(file: string): InstallerType | undefined {
  return BY_EXTENSION.find(([pattern]) => pattern.test(file))?.[1];
}

/** Runs one command of an installation; the real one appends everything to the install log. */
export type StepRunner = (command: string, args: readonly string[], options?: ToolOptions) => Promise<ToolResult>;

export interface InstallOptions {
  type: InstallerType;
  /** Absolute path of the artifact. */
  file: string;
  /** Where to extract or install; required for the extracting formats and NSIS uninstall. */
  installDir?: string;
  platform: NodeJS.Platform;
  /** Root runs dpkg/rpm directly; anyone else through `sudo -n`. */
  isRoot: boolean;
  /** Run Windows installers through wine on Linux. */
  wine: boolean;
  /** Our transcript of every command (and msiexec's own verbose log beside it for .msi). */
  logFile: string;
  timeoutMs: number;
}

export interface InstallResult {
  detail: string;
  /** The folder the app landed in, when known. */
  installDir?: string;
  /** Files to keep as outputs: the transcript, msiexec's log. */
  logFiles: string[];
  /** What uninstall needs to know. */
  state: { packageName?: string; uninstaller?: string; installed?: string[] };
}

/** As a POSIX shell would need it: the log shows commands one can paste. */
export function shellQuote(arg: string): string {
  return arg === '' || /[^\w@%+=:,./-]/.test(arg) ? `'${arg.replace(/'/g, `'\\''`)}'` : arg;
}

/** A step runner that appends each command, its exit code and its output to the log file. */
export function loggingRunner(logFile: string, run: StepRunner = runTool): StepRunner {
  mkdirSync(path.dirname(logFile), { recursive: true });
  return async (command, args, options = {}) => {
    appendFileSync(logFile, `$ ${[command, ...args].map(shellQuote).join(' ')}\n`);
    try {
      const result = await run(command, args, { ...options, allowFailure: true });
      const said = redact(`${result.stdout}${result.stderr}`);
      appendFileSync(logFile, `${said}${said === '' || said.endsWith('\n') ? '' : '\n'}[exit ${result.exitCode}]\n\n`);
      if (result.exitCode !== 0 && !options.allowFailure) {
        const said = redact(`${result.stderr}\n${result.stdout}`).trim().split('\n').slice(-15).join('\n');
        throw new UserError(`${command} ${args.join(' ')} failed (exit ${result.exitCode})${said ? `:\n${said}` : '.'}\nFull log: ${logFile}`);
      }
      return result;
    } catch (error) {
      if (!(error instanceof UserError && /failed \(exit/.test(error.message))) appendFileSync(logFile, `${(error as Error).message}\n\n`);
      throw error;
    }
  };
}

/**
 * dpkg fails at once when another dpkg or apt holds its lock (unattended upgrades on a fresh runner do):
 * wait for it, with back-off, for about a minute.
 */
export function waitingForDpkgLock<T>(work: () => Promise<T>, sleep?: (ms: number) => Promise<void>): Promise<T> {
  return withRetry(work, {
    attempts: 12,
    initialDelayMs: 1000,
    maxDelayMs: 8000,
    retryable: (error) => /dpkg (frontend )?lock|lock-frontend|Could not get lock/i.test((error as Error).message),
    ...(sleep ? { sleep } : {}),
  });
}

const sudo = (isRoot: boolean, command: string, args: string[]): [string, string[]] => (isRoot ? [command, args] : ['sudo', ['-n', command, ...args]]);

/** A Linux path as wine sees it (drive Z: is /). */
export const winePath = (file: string): string => `Z:${file.replace(/\//g, '\\')}`;

function windowsTool(options: InstallOptions, command: string, args: string[]): [string, string[]] {
  if (options.platform === 'win32') return [command, args];
  if (!options.wine) throw new UserError(`A ${options.type} installer runs on Windows, or through wine elsewhere: wine is not on PATH.`);
  return ['wine', [command, ...args]];
}

const hostPath = (options: InstallOptions, file: string): string => (options.platform === 'win32' ? file : winePath(file));

/**
 * An NSIS installer or uninstaller with its arguments as one verbatim string: NSIS reads `/D=` and `_?=`
 * only as the last argument and unquoted, even when the path has spaces, and every usual launcher quotes
 * an argument with spaces. PowerShell's Start-Process passes the string as is on Windows; under wine,
 * `cmd /c` does (the installer's own path must then be free of spaces).
 */
export function nsisCommand(options: Pick<InstallOptions, 'platform' | 'wine' | 'type'>, exe: string, args: string): [string, string[]] {
  if (options.platform === 'win32') {
    const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;
    return ['powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', `$p = Start-Process -FilePath ${quote(exe)} -ArgumentList ${quote(args)} -Wait -PassThru; exit $p.ExitCode`]];
  }
  if (!options.wine) throw new UserError(`A ${options.type} installer runs on Windows, or through wine elsewhere: wine is not on PATH.`);
  if (/\s/.test(exe)) throw new UserError(`Under wine the installer path must not hold spaces: ${exe}`);
  return ['wine', ['cmd', '/c', `${winePath(exe)} ${args}`]];
}

/** The msiexec verbose log written beside our transcript. */
export const msiLogFile = (logFile: string, action: 'install' | 'uninstall'): string => logFile.replace(/(\.log)?$/, `.msiexec-${action}.log`);

/** Installs the artifact the way a user would; every command goes through `run`. */
export async function install(options: InstallOptions, run: StepRunner): Promise<InstallResult> {
  const timeoutMs = options.timeoutMs;
  const logFiles = [options.logFile];
  switch (options.type) {
    case 'deb': {
      const packageName = (await run('dpkg-deb', ['--field', options.file, 'Package'], { timeoutMs })).stdout.trim();
      const [command, args] = sudo(options.isRoot, 'dpkg', ['-i', options.file]);
      await waitingForDpkgLock(() => run(command, args, { timeoutMs, env: { DEBIAN_FRONTEND: 'noninteractive' } }));
      const files = (await run('dpkg-query', ['-L', packageName], { timeoutMs })).stdout.split('\n').filter((line) => line.startsWith('/'));
      return { detail: `package ${packageName} installed (${files.length} paths)`, logFiles, state: { packageName, installed: files } };
    }
    case 'rpm': {
      const packageName = (await run('rpm', ['-qp', '--queryformat', '%{NAME}', options.file], { timeoutMs })).stdout.trim();
      const [command, args] = sudo(options.isRoot, 'rpm', ['-i', '--replacepkgs', options.file]);
      await run(command, args, { timeoutMs });
      return { detail: `package ${packageName} installed`, logFiles, state: { packageName } };
    }
    case 'msi': {
      const msiLog = msiLogFile(options.logFile, 'install');
      const extra = options.installDir ? [`INSTALLDIR=${hostPath(options, options.installDir)}`] : [];
      const [command, args] = windowsTool(options, 'msiexec', ['/i', hostPath(options, options.file), '/qn', '/norestart', '/l*v', hostPath(options, msiLog), ...extra]);
      await run(command, args, { timeoutMs });
      return { detail: 'msiexec /i succeeded', logFiles: [...logFiles, msiLog], ...(options.installDir ? { installDir: options.installDir } : {}), state: {} };
    }
    case 'nsis': {
      const args = `/S${options.installDir ? ` /D=${hostPath(options, options.installDir)}` : ''}`;
      // Under wine the installer's path must be free of spaces (see nsisCommand): run a copy then.
      const exe = options.platform !== 'win32' && /\s/.test(options.file) ? path.join(path.dirname(options.logFile), `nsis-setup-${process.pid}.exe`) : options.file;
      if (exe !== options.file) copyFileSync(options.file, exe);
      try {
        const [command, all] = nsisCommand(options, exe, args);
        await run(command, all, { timeoutMs });
      } finally {
        if (exe !== options.file) rmSync(exe, { force: true });
      }
      const uninstaller = options.installDir ? findUninstaller(options.installDir) : undefined;
      if (options.installDir && !existsSync(options.installDir)) throw new UserError(`The installer exited 0 but ${options.installDir} does not exist: it did not install there (does it honour /D=?).`);
      const files = options.installDir ? listFiles(options.installDir) : [];
      if (files.length) appendFileSync(options.logFile, `Installed files:\n${files.map((f) => `  ${f}`).join('\n')}\n\n`);
      return {
        detail: options.installDir ? `installed ${files.length} files in ${options.installDir}` : 'installer exited 0',
        logFiles,
        ...(options.installDir ? { installDir: options.installDir } : {}),
        state: { ...(uninstaller ? { uninstaller } : {}), installed: files },
      };
    }
    case 'squirrel': {
      // Squirrel.Windows installs per user into %LocalAppData%\<app> and takes no folder.
      const [command, args] = options.platform === 'win32' ? [options.file, ['--silent']] : windowsTool(options, options.file, ['--silent']);
      await run(command, args, { timeoutMs });
      return { detail: 'Setup.exe --silent succeeded', logFiles, state: {} };
    }
    case 'dmg': {
      const target = options.installDir ?? '/Applications';
      const mount = path.join(path.dirname(options.logFile), 'dmg-mount');
      mkdirSync(mount, { recursive: true });
      await run('hdiutil', ['attach', '-nobrowse', '-readonly', '-noautoopen', '-mountpoint', mount, options.file], { timeoutMs });
      try {
        const apps = readdirSync(mount).filter((name) => name.endsWith('.app'));
        if (apps.length === 0) throw new UserError(`${path.basename(options.file)} holds no .app bundle at its top level.`);
        mkdirSync(target, { recursive: true });
        for (const app of apps) await run('cp', ['-R', path.join(mount, app), target], { timeoutMs });
        const installed = apps.map((app) => path.join(target, app));
        return { detail: `copied ${apps.join(', ')} to ${target}`, logFiles, installDir: target, state: { installed } };
      } finally {
        await run('hdiutil', ['detach', mount, '-force'], { timeoutMs, allowFailure: true });
      }
    }
    case 'pkg': {
      const [command, args] = sudo(options.isRoot, 'installer', ['-pkg', options.file, '-target', '/', '-verboseR', '-dumplog']);
      await run(command, args, { timeoutMs });
      return { detail: 'installer -pkg succeeded', logFiles, state: {} };
    }
    case 'appimage': {
      const target = requireDir(options);
      mkdirSync(target, { recursive: true });
      chmodSync(options.file, 0o755);
      // Extracting needs no FUSE (often missing on CI machines); the AppRun inside starts the app.
      await run(options.file, ['--appimage-extract'], { timeoutMs, cwd: target });
      return { detail: `extracted to ${path.join(target, 'squashfs-root')}`, logFiles, installDir: path.join(target, 'squashfs-root'), state: { installed: [path.join(target, 'squashfs-root')] } };
    }
    case 'tarball': {
      const target = requireDir(options);
      mkdirSync(target, { recursive: true });
      await run('tar', ['-xf', options.file, '-C', target], { timeoutMs });
      return { detail: `extracted ${listFiles(target).length} files to ${target}`, logFiles, installDir: target, state: { installed: [target] } };
    }
  }
}

function requireDir(options: InstallOptions): string {
  if (!options.installDir) throw new UserError(`A ${options.type} is extracted: give install-dir.`);
  return options.installDir;
}

function listFiles(dir: string, base = dir): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full, { throwIfNoEntry: false })?.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

/** NSIS writes its uninstaller where the script says; by convention uninstall.exe or Uninstall <App>.exe. */
export function findUninstaller(installDir: string): string | undefined {
  try {
    const name = readdirSync(installDir).find((entry) => /^un(install|inst).*\.exe$/i.test(entry));
    return name ? path.join(installDir, name) : undefined;
  } catch {
    return undefined;
  }
}

/** Removes what install put there, then proves it is gone. */
export async function uninstall(options: InstallOptions, installed: InstallResult, run: StepRunner): Promise<string> {
  const timeoutMs = options.timeoutMs;
  const { packageName, uninstaller } = installed.state;
  switch (options.type) {
    case 'deb': {
      const [command, args] = sudo(options.isRoot, 'dpkg', ['-r', packageName!]);
      await waitingForDpkgLock(() => run(command, args, { timeoutMs, env: { DEBIAN_FRONTEND: 'noninteractive' } }));
      const status = await run('dpkg-query', ['-W', '-f=${Status}', packageName!], { timeoutMs, allowFailure: true });
      if (status.exitCode === 0 && /\binstalled\b/.test(status.stdout) && !/not-installed|config-files/.test(status.stdout)) {
        throw new UserError(`dpkg -r ${packageName} exited 0 but dpkg still reports it: ${status.stdout.trim()}`);
      }
      const left = (installed.state.installed ?? []).filter((file) => {
        const info = statSync(file, { throwIfNoEntry: false });
        return info !== undefined && !info.isDirectory() && !file.startsWith('/etc/');
      });
      if (left.length) throw new UserError(`dpkg -r ${packageName} left files behind: ${left.slice(0, 10).join(', ')}`);
      return `package ${packageName} removed (${status.stdout.trim() || 'unknown to dpkg'})`;
    }
    case 'rpm': {
      const [command, args] = sudo(options.isRoot, 'rpm', ['-e', packageName!]);
      await run(command, args, { timeoutMs });
      const query = await run('rpm', ['-q', packageName!], { timeoutMs, allowFailure: true });
      if (query.exitCode === 0) throw new UserError(`rpm -e ${packageName} exited 0 but rpm -q still finds it: ${query.stdout.trim()}`);
      return `package ${packageName} removed`;
    }
    case 'msi': {
      const msiLog = msiLogFile(options.logFile, 'uninstall');
      const [command, args] = windowsTool(options, 'msiexec', ['/x', hostPath(options, options.file), '/qn', '/norestart', '/l*v', hostPath(options, msiLog)]);
      await run(command, args, { timeoutMs });
      installed.logFiles.push(msiLog);
      if (options.installDir && listFiles(options.installDir).length) throw new UserError(`msiexec /x exited 0 but files remain in ${options.installDir}.`);
      return 'msiexec /x succeeded';
    }
    case 'nsis': {
      if (!uninstaller) throw new UserError(`No uninstaller (uninstall*.exe) was found in ${options.installDir ?? 'the install folder'}.`);
      const dir = path.dirname(uninstaller);
      // Run from a copy, with `_?=` naming the install folder: the uninstaller then neither copies itself
      // to %TEMP% and returns before it is done, nor holds its own file open while deleting it.
      const copy = path.join(path.dirname(options.logFile), `nsis-uninstall-${process.pid}.exe`);
      copyFileSync(uninstaller, copy);
      try {
        const [command, all] = nsisCommand(options, copy, `/S _?=${hostPath(options, dir)}`);
        await run(command, all, { timeoutMs });
      } finally {
        rmSync(copy, { force: true });
      }
      const left = listFiles(dir);
      if (left.length) throw new UserError(`The uninstaller exited 0 but left ${left.length} files in ${dir}: ${left.slice(0, 10).join(', ')}`);
      rmSync(dir, { recursive: true, force: true });
      return `uninstaller removed every installed file from ${dir}`;
    }
    case 'dmg':
    case 'appimage':
    case 'tarball': {
      for (const target of installed.state.installed ?? []) {
        await run('rm', ['-rf', target], { timeoutMs });
        if (existsSync(target)) throw new UserError(`${target} is still there after removal.`);
      }
      return `removed ${(installed.state.installed ?? []).join(', ')}`;
    }
    case 'pkg':
      throw new UserError('A .pkg has no uninstaller.');
    case 'squirrel':
      throw new UserError('A Squirrel installer is removed through its app\'s Update.exe --uninstall, which this action does not know.');
  }
}
