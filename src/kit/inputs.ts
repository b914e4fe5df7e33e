import type { $ZodType } from 'zod/v4/core';
import { parseDuration } from './duration.js';
import { InputError } from './errors.js';

/**
 * Where settings come from: the runner's `INPUT_*` variables for an action, argv for the CLI.
 * Parsers below only see this interface, so both front ends validate the same way and their errors
 * read the same, each naming the input the way its user wrote it (`Input "files"`, `Option --files`).
 */
export interface InputSource {
  /** The raw text of one input, trimmed; '' when it is not set. */
  read(name: string): string;
  /** How the user refers to the input in an error message. */
  describe(name: string): string;
  /** Keeps a secret out of every log line from now on. */
  mask(value: string): void;
}

export interface FieldOptions<T> {
  required?: boolean;
  default?: T;
}

function fail(source: InputSource, name: string, value: string, allowed: string, secret = false): never {
  throw new InputError(source.describe(name), value, allowed, { secret });
}

/** A value of one input, or why there is none: the shape `field` checks with. */
type Check<T> = (raw: string) => { value: T } | undefined;

/** The raw text through `check`, with the defaults, the required rule and the error every field shares. */
function checked<T>(source: InputSource, name: string, check: Check<T>, allowed: string, options: FieldOptions<T> & { secret?: boolean }): T {
  const raw = source.read(name);
  if (options.secret && raw !== '') source.mask(raw);
  if (raw === '') {
    if (options.default !== undefined) return options.default;
    if (options.required) fail(source, name, raw, `it is required: ${allowed}`, options.secret);
  }
  const result = check(raw);
  if (!result) fail(source, name, raw, allowed, options.secret);
  return result.value;
}

/**
 * Parses one input with a zod schema (one the caller built: schema-shaped inputs); `allowed` says in words
 * what the schema accepts. Read through the schema's Standard Schema interface, so plain inputs below do not
 * load zod.
 */
export function field<T>(
  source: InputSource,
  name: string,
  schema: $ZodType<T>,
  allowed: string,
  options: FieldOptions<T> & { secret?: boolean } = {},
): T {
  const check: Check<T> = (raw) => {
    const result = schema['~standard'].validate(raw);
    if (result instanceof Promise) throw new Error(`the schema of ${name} is asynchronous`);
    return result.issues ? undefined : { value: result.value as T };
  };
  return checked(source, name, check, allowed, options);
}

const anyText: Check<string> = (raw) => ({ value: raw });

export function stringField(source: InputSource, name: string, options: FieldOptions<string> = {}): string {
  return checked(source, name, anyText, 'any text is allowed', options);
}

/** A secret: masked before anything else happens, never echoed in an error. */
export function secretField(source: InputSource, name: string, options: { required?: boolean } = {}): string {
  return checked(source, name, anyText, 'a secret value is expected', { ...options, secret: true });
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
export function booleanField(source: InputSource, name: string, defaultValue: boolean): boolean {
  const check: Check<boolean> = (raw) => (TRUE.includes(raw) ? { value: true } : FALSE.includes(raw) ? { value: false } : undefined);
  return checked(source, name, check, 'it must be true or false', { default: defaultValue });
}

export function choiceField<const C extends string>(
  source: InputSource,
  name: string,
  choices: readonly C[],
  options: FieldOptions<C> = {},
): C {
  const check: Check<C> = (raw) => ((choices as readonly string[]).includes(raw) ? { value: raw as C } : undefined);
  return checked(source, name, check, `it must be one of: ${choices.join(', ')}`, options);
}

export function integerField(
  source: InputSource,
  name: string,
  range: { min: number; max: number },
  options: FieldOptions<number> = {},
): number {
  const check: Check<number> = (raw) => {
    if (!/^[+-]?\d+$/.test(raw)) return undefined;
    const value = Number(raw);
    return Number.isSafeInteger(value) && value >= range.min && value <= range.max ? { value } : undefined;
  };
  return checked(source, name, check, `it must be a whole number from ${range.min} to ${range.max}`, options);
}

/** Splits a multi-line input: one item a line, blank lines dropped. Items keep inner spaces. */
export function splitLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** One item a line; each line may also hold several items separated by commas. */
export function splitList(raw: string): string[] {
  return splitLines(raw).flatMap((line) =>
    line
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );
}

export function linesField(source: InputSource, name: string, options: FieldOptions<string[]> = {}): string[] {
  const lines = splitLines(source.read(name));
  if (lines.length > 0) return lines;
  if (options.default !== undefined) return options.default;
  if (options.required) fail(source, name, '', 'it is required: one or more lines');
  return [];
}

/** A list of choices (comma or newline separated), de-duplicated in the order given. */
export function choiceListField<const C extends string>(
  source: InputSource,
  name: string,
  choices: readonly C[],
  options: FieldOptions<C[]> = {},
): C[] {
  const raw = source.read(name);
  const items = splitList(raw.toLowerCase());
  if (items.length === 0) {
    if (options.default !== undefined) return options.default;
    if (options.required) fail(source, name, raw, `it is required: one or more of ${choices.join(', ')}`);
    return [];
  }
  const unknown = items.filter((item) => !(choices as readonly string[]).includes(item));
  if (unknown.length > 0) {
    fail(source, name, raw, `${unknown.map((u) => JSON.stringify(u)).join(', ')} is not allowed; each item must be one of: ${choices.join(', ')}`);
  }
  return [...new Set(items)] as C[];
}

/** A duration (`90s`, `30m`, `1h30m`, `250ms`; a bare number is seconds) in milliseconds, within a range. */
export function durationField(source: InputSource, name: string, fallback: string, range: { min: number; max: number }, allowed: string): number {
  const raw = source.read(name);
  const ms = parseDuration(raw === '' ? fallback : raw);
  if (ms === undefined || ms < range.min || ms > range.max) fail(source, name, raw, allowed);
  return ms;
}
