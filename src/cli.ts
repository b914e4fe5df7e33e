#!/usr/bin/env node
/**
 * `release-kit`: the suite's capabilities on a developer's machine, with the same validation and the
 * same core as the actions. Exit codes: 0 done, 1 failed (bad input, mismatch), 2 usage.
 */
import { parseArgs } from 'node:util';
import manifest from '../package.json' with { type: 'json' };
import { checksumCommand, verifyCommand } from './cli/checksum.js';
import { UsageError, type Command } from './cli/command.js';
import { notesCommand } from './cli/notes.js';
import { errorMessage, isUserError } from './kit/errors.js';

const COMMANDS: Command[] = [checksumCommand, verifyCommand, notesCommand];
const USAGE = `Usage:\n${COMMANDS.map((c) => `  ${c.usage.replace(/\n/g, '\n  ')}`).join('\n\n')}\n\n  release-kit --help | --version`;

export async function cli(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === '--version') return void console.log(manifest.version);
  if (!name || name === 'help' || name === '--help' || name === '-h') return void console.log(USAGE);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
  if (parsed.values.help) return void console.log(`Usage:\n  ${command.usage.replace(/\n/g, '\n  ')}`);
  await command.run(parsed.values, parsed.positionals);
}

/** The glob library logs through the runner's `::debug::` protocol; on a terminal that is noise. */
function hideRunnerDebugLines(): void {
  if (process.env.RELEASE_KIT_DEBUG) return;
  const write = process.stdout.write.bind(process.stdout) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    typeof chunk === 'string' && chunk.startsWith('::debug::') ? true : write(chunk, ...rest)) as typeof process.stdout.write;
}

hideRunnerDebugLines();
try {
  await cli(process.argv.slice(2));
} catch (error) {
  if (!isUserError(error) && process.env.RELEASE_KIT_DEBUG && error instanceof Error) console.error(error.stack);
  console.error(`release-kit: ${isUserError(error) ? '' : 'unexpected error: '}${errorMessage(error)}`);
  if (error instanceof UsageError) console.error(`\n${USAGE}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
