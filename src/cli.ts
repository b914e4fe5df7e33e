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
  rehearse: async () => (await import('./cli/rehearse.js')).rehearseCommand,
};

async function usage(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  return `Usage:\n${commands.map((c) => `  ${c.usage.replace(/\n/g, '\n  ')}`).join('\n\n')}\n\n  release-kit --help | --version`;
}

export async function cli(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === '--version') return void console.log(manifest.version);
  if (!name || name === 'help' || name === '--help' || name === '-h') return void console.log(await usage());
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  const command = await load();
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
  if (parsed.values.help) return void console.log(`Usage:\n  ${command.usage.replace(/\n/g, '\n  ')}`);
  await command.run(parsed.values, parsed.positionals);
}

hideRunnerDebugLines();
try {
  await cli(process.argv.slice(2));
} catch (error) {
  if (!isUserError(error) && process.env.RELEASE_KIT_DEBUG && error instanceof Error) console.error(error.stack);
  console.error(`release-kit: ${isUserError(error) ? '' : 'unexpected error: '}${errorMessage(error)}`);
  if (error instanceof UsageError) console.error(`\n${await usage()}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
