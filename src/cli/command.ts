import type { ParseArgsConfig } from 'node:util';
import { UserError } from '../kit/errors.js';
import type { InputSource } from '../kit/inputs.js';

export class UsageError extends UserError {}

export type Values = Record<string, string | boolean | undefined>;

/** One `release-kit <name>` command over a capability. */
export interface Command {
  name: string;
  /** Usage lines, shown by --help. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Values, positionals: string[]): Promise<void>;
}

/** Command-line options read like action inputs (the same names), so both validate the same way. */
export function optionSource(values: Values, extra: Record<string, string> = {}, describe?: (name: string) => string | undefined): InputSource {
  return {
    read: (name) => {
      const value = extra[name] ?? values[name];
      return typeof value === 'boolean' ? String(value) : (value ?? '').trim();
    },
    describe: (name) => describe?.(name) ?? `Option --${name}`,
    mask: () => undefined,
  };
}
