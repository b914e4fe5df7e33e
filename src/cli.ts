#!/usr/bin/env node
/**
 * `release-kit`: the suite's capabilities on a developer's machine, with the same validation and the
 * same core as the actions. Exit codes: 0 done, 1 failed (bad input, mismatch), 2 usage.
 */
import { parseArgs } from 'node:util';
import manifest from '../package.json' with { type: 'json' };
import { UsageError, type Command } from './cli/command.js';
import { errorMessage, isUserError } from './kit/errors.js';
import { hideRunnerDebugLines } from './kit/runner-debug.js';

/** Each command's code is loaded only when it runs: `notes` does not pay for the hashing and glob code. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  checksum: async () => (await import('./cli/checksum.js')).checksumCommand,
  verify: async () => (await import('./cli/checksum.js')).verifyCommand,
  notes: async () => (await import('./cli/notes.js')).notesCommand,
  check: async () => (await import('./cli/check.js')).checkCommand,
  smoke: async () => (await import('./cli/smoke.js')).smokeCommand,
  'verify-feed': async () => (await import('./cli/feed.js')).verifyFeedCommand,
  distribute: async () => (await import('./cli/distribute.js')).distributeCommand,
  rehearse: async () => (await import('./cli/rehearse.js')).rehearseCommand,
  audit: async () => (await import('./cli/audit.js')).auditCommand,
  sign: async () => (await import('./cli/sign.js')).signCommand,
};

async function usage(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  // One line each: the command's own usage line (the help's first line).
  const lines = commands.map((c) => {
    const summary = 'spec' in c ? ((c as { spec: { summary: string } }).spec.summary.split(/(?<=\.) /)[0] ?? '') : '';
    return `  ${c.usage.split('\n')[0]!}${summary ? `\n      ${summary}` : ''}`;
  });
  return `Usage:\n${lines.join('\n')}\n  release-kit help <command>   that command's options (or: release-kit <command> --help)\n  release-kit --help | --version`;
}

async function commandNamed(name: string): Promise<Command> {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  return load();
}

const commandHelp = (command: Command): string => `Usage:\n${command.usage.split('\n').map((line) => (line ? `  ${line}` : line)).join('\n')}`;

export async function cli(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') return void console.log(manifest.version);
  if (name === '--help' || name === '-h') return void console.log(await usage());
  if (!name) throw new UsageError('a command is needed');
  if (name === 'help') return void console.log(rest[0] ? commandHelp(await commandNamed(rest[0])) : await usage());
  const command = await commandNamed(name);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    throw new UsageError(errorMessage(error), command);
  }
  if (parsed.values.help) return void console.log(commandHelp(command));
  await command.run(parsed.values, parsed.positionals);
}

/** A reader that stops early (`release-kit notes --all | head -1`) closes stdout: that is the end, not an error. */
function endQuietlyOnClosedOutput(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

endQuietlyOnClosedOutput(process.stdout);
hideRunnerDebugLines();
try {
  await cli(process.argv.slice(2));
} catch (error) {
  if (!isUserError(error) && process.env.RELEASE_KIT_DEBUG && error instanceof Error) console.error(error.stack);
  console.error(`release-kit: ${isUserError(error) ? '' : 'unexpected error: '}${errorMessage(error)}`);
  if (error instanceof UsageError) console.error(`\n${error.command ? commandHelp(error.command) : await usage()}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
