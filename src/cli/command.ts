import type { ParseArgsConfig } from 'node:util';
import { UserError } from '../kit/errors.js';
import type { InputSource } from '../kit/inputs.js';

export class UsageError extends UserError {
  /** The command whose usage the message is about (its own usage is shown, not every command's). */
  readonly command: Command | undefined;
  constructor(message: string, command?: Command) {
    super(message);
    this.command = command;
  }
}

/** Parsed options; one declared `multiple` holds a string[] (read it as `(values as { name?: string[] }).name`). */
export type Values = Record<string, string | boolean | undefined>;

/** One `release-kit <name>` command over a capability. */
export interface Command {
  name: string;
  /** Usage lines, shown by --help. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Values, positionals: string[]): Promise<void>;
}

/** One option of a command: what parses it and what its help says, from one place. */
export interface OptionSpec {
  name: string;
  /** `string`: `--name VALUE`; `boolean`: `--name` (and `--no-name` when `negatable`). */
  type: 'string' | 'boolean';
  /** The value's placeholder in the help (FILE, REV, LIST…). */
  value?: string;
  /** May be given more than once (each value kept). */
  multiple?: boolean;
  negatable?: boolean;
  help: string;
}

export interface CommandSpec {
  name: string;
  /** What follows the command's name in the usage line: `[options] <file>...`. */
  synopsis: string;
  summary: string;
  options: readonly OptionSpec[];
  /** Lines printed after the options. */
  epilogue?: string;
  run(values: Values, positionals: string[]): Promise<void>;
}

const WIDTH = 100;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The help text of a command: its usage line, then every option it parses, each with its description. */
export function helpText(spec: Pick<CommandSpec, 'name' | 'synopsis' | 'summary' | 'options' | 'epilogue'>): string {
  const forms = spec.options.map((option) => {
    const value = option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : '';
    return `--${option.negatable ? `[no-]${option.name}` : option.name}${value}${option.multiple ? ' (repeatable)' : ''}`;
  });
  const column = Math.min(Math.max(0, ...forms.map((form) => form.length)) + 2, 34);
  const lines = [`release-kit ${spec.name} ${spec.synopsis}`.trimEnd(), ...wrap(spec.summary, WIDTH).map((l) => `  ${l}`), ''];
  spec.options.forEach((option, i) => {
    const form = forms[i]!;
    const help = wrap(option.help, WIDTH - column - 2);
    if (form.length + 2 > column) lines.push(`  ${form}`, ...help.map((l) => `  ${' '.repeat(column)}${l}`));
    else lines.push(`  ${form.padEnd(column)}${help[0]}`, ...help.slice(1).map((l) => `  ${' '.repeat(column)}${l}`));
  });
  lines.push(`  ${'--help'.padEnd(column)}this help`);
  if (spec.epilogue) lines.push('', ...spec.epilogue.split('\n').map((l) => (l ? `  ${l}` : l)));
  return lines.join('\n');
}

/** A command whose help text and argument parsing both come from `spec`, so they cannot drift apart. */
export function defineCommand(spec: CommandSpec): Command & { spec: CommandSpec } {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const option of spec.options) options[option.name] = { type: option.type, ...(option.multiple ? { multiple: true } : {}) };
  return { name: spec.name, usage: helpText(spec), options, run: spec.run, spec };
}

/** Command-line options read like action inputs (the same names), so both validate the same way. */
export function optionSource(values: Values, extra: Record<string, string> = {}, describe?: (name: string) => string | undefined): InputSource {
  return {
    read: (name) => {
      const value: unknown = extra[name] ?? values[name];
      return typeof value === 'boolean' ? String(value) : Array.isArray(value) ? value.join('\n').trim() : typeof value === 'string' ? value.trim() : '';
    },
    describe: (name) => describe?.(name) ?? `Option --${name}`,
    mask: () => undefined,
  };
}
