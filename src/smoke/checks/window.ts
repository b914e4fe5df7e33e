import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runTool } from '../../kit/exec.js';
import { NotYet, type CheckContext, type SmokeCheck } from '../check.js';
import { countColours, decodePng, encodePng, type RgbImage } from '../png.js';
import { captureRootWindow } from '../x11.js';

export interface Command {
  command: string;
  args: string[];
}

/** How to list the titles of visible top-level windows on each platform. */
export function windowListCommand(platform: NodeJS.Platform): Command {
  if (platform === 'win32') {
    return {
      command: 'powershell.exe',
      args: ['-NoProfile', '-NonInteractive', '-Command', 'Get-Process | Where-Object { $_.MainWindowTitle } | ForEach-Object { $_.MainWindowTitle }'],
    };
  }
  if (platform === 'darwin') {
    return { command: 'osascript', args: ['-l', 'JavaScript', '-e', "JSON.stringify(Application('System Events').processes.windows.name())"] };
  }
  // Every visible window with a non-empty name, and that name, in one call.
  return { command: 'xdotool', args: ['search', '--onlyvisible', '--name', '.', 'getwindowname', '%@'] };
}

/** The titles a window-list command printed. */
export function parseWindowList(platform: NodeJS.Platform, stdout: string): string[] {
  if (platform === 'darwin') {
    const flatten = (value: unknown): string[] => (Array.isArray(value) ? value.flatMap(flatten) : typeof value === 'string' ? [value] : []);
    try {
      return flatten(JSON.parse(stdout));
    } catch {
      return [];
    }
  }
  return stdout
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export async function listWindows(platform: NodeJS.Platform, display: string | undefined, timeoutMs: number): Promise<string[]> {
  const { command, args } = windowListCommand(platform);
  const result = await runTool(command, args, { allowFailure: true, timeoutMs, ...(display ? { env: { DISPLAY: display } } : {}) });
  // xdotool exits 1 when no window matches; anything printed on stderr then is the real failure.
  if (result.exitCode !== 0 && (result.stdout.trim() !== '' || result.stderr.trim() !== '')) {
    throw new NotYet(`${command} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
  }
  return parseWindowList(platform, result.stdout);
}

/** Passes once a visible window's title matches. */
export function windowCheck(pattern: RegExp, source: string, timeoutMs: number, platform: NodeJS.Platform = process.platform): SmokeCheck {
  return {
    name: 'wait-for-window',
    describe: `a window titled /${source}/`,
    timeoutMs,
    needsRunningApp: true,
    async attempt(context: CheckContext) {
      const titles = await listWindows(platform, context.display, Math.max(1000, Math.min(10_000, context.remainingMs())));
      const match = titles.find((title) => pattern.test(title));
      if (match === undefined) throw new NotYet(titles.length ? `windows: ${titles.slice(0, 10).map((t) => JSON.stringify(t)).join(', ')}` : 'no visible window');
      return `window ${JSON.stringify(match)}`;
    },
  };
}

/** The command that saves a PNG of the screen on macOS and Windows (Linux reads the X server directly). */
export function screenshotCommand(platform: NodeJS.Platform, file: string): Command | undefined {
  if (platform === 'darwin') return { command: 'screencapture', args: ['-x', '-t', 'png', file] };
  if (platform === 'win32') {
    const quoted = `'${file.replace(/'/g, "''")}'`;
    const script = [
      'Add-Type -AssemblyName System.Windows.Forms, System.Drawing',
      '$b = [System.Windows.Forms.SystemInformation]::VirtualScreen',
      '$bmp = New-Object System.Drawing.Bitmap $b.Width, $b.Height',
      '$g = [System.Drawing.Graphics]::FromImage($bmp)',
      '$g.CopyFromScreen($b.Left, $b.Top, 0, 0, $bmp.Size)',
      `$bmp.Save(${quoted}, [System.Drawing.Imaging.ImageFormat]::Png)`,
    ].join('; ');
    return { command: 'powershell.exe', args: ['-NoProfile', '-NonInteractive', '-Command', script] };
  }
  return undefined;
}

/** Why an image is blank, or undefined when it shows something (more than one colour). */
export function blankness(image: RgbImage): { colours: number; blank: boolean } {
  const colours = countColours(image);
  return { colours, blank: colours < 2 };
}

/** Saves a PNG of the whole screen and passes when it is not a single colour (a blank or black screen). */
export function screenshotCheck(file: string, timeoutMs: number, platform: NodeJS.Platform = process.platform): SmokeCheck {
  return {
    name: 'screenshot',
    describe: 'screenshot shows more than one colour',
    timeoutMs,
    needsRunningApp: true,
    async attempt(context: CheckContext) {
      mkdirSync(path.dirname(file), { recursive: true });
      let image: RgbImage;
      const command = screenshotCommand(platform, file);
      if (command) {
        await runTool(command.command, command.args, { timeoutMs: Math.max(1000, context.remainingMs()) });
        image = decodePng(readFileSync(file));
      } else {
        const display = context.display ?? process.env.DISPLAY;
        if (!display) throw new Error('no X display to capture (DISPLAY is not set)');
        image = await captureRootWindow(display, { timeoutMs: Math.max(1000, context.remainingMs()) });
        writeFileSync(file, encodePng(image));
      }
      const { colours, blank } = blankness(image);
      // A window may still be painting: a blank screen is retried until the timeout.
      if (blank) throw new NotYet(`the ${image.width}×${image.height} screenshot is a single colour`);
      return { detail: `${image.width}×${image.height}, ${colours >= 4096 ? '4096+' : colours} colours`, file };
    },
  };
}
