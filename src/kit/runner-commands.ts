/**
 * The runner's workflow commands that the kit's plumbing (run.ts, action-inputs.ts, summary.ts,
 * annotations.ts) issues, written as the runner reads them: `::command props::message` lines on stdout,
 * outputs appended to $GITHUB_OUTPUT, the summary to $GITHUB_STEP_SUMMARY. Same wire format as
 * `@actions/core`, without loading it: its index also loads an HTTP client (for OIDC tokens) and
 * @actions/exec, which is most of an action bundle's size and start-up. Actions that need more of
 * `@actions/core` import it themselves; both write the same protocol.
 */
import { randomUUID } from 'node:crypto';
import { access, appendFile } from 'node:fs/promises';
import { appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { redact } from './secrets.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** A command value as the runner expects it: strings as they are, other values as JSON, nothing as ''. */
function commandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  return typeof input === 'string' ? input : JSON.stringify(input);
}

const escapeData = (value: unknown): string => commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: unknown): string => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  // Every registered secret is hidden here too, not only by the runner's masking (add-mask itself excepted).
  const text = command === 'add-mask' ? message : redact(commandValue(message));
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(text)}${EOL}`);
}

function annotation(kind: 'error' | 'warning' | 'notice', message: string | Error, properties: AnnotationProperties = {}): void {
  const { title, file, startLine, endLine, startColumn, endColumn } = properties;
  const props = Object.keys(properties).length ? { title, file, line: startLine, endLine, col: startColumn, endColumn } : {};
  issueCommand(kind, props, message instanceof Error ? message.toString() : message);
}

export const error = (message: string | Error, properties?: AnnotationProperties): void => annotation('error', message, properties);
export const warning = (message: string | Error, properties?: AnnotationProperties): void => annotation('warning', message, properties);
export const debug = (message: string): void => issueCommand('debug', {}, message);
export const info = (message: string): void => void process.stdout.write(redact(message) + EOL);
export const setSecret = (secret: string): void => issueCommand('add-mask', {}, secret);

/** The step fails (exit code 1 once the action returns) with this error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/** An input as the runner passes it: `INPUT_<NAME>` (spaces as `_`), trimmed; '' when not set. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A step output: a heredoc entry in $GITHUB_OUTPUT (the old `::set-output` line where there is none). */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, commandValue(value));
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = redact(commandValue(value));
  if (name.includes(delimiter) || text.includes(delimiter)) throw new Error(`Unexpected input: the output ${name} contains the delimiter "${delimiter}"`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Appends Markdown (and a line end) to the job summary file named by $GITHUB_STEP_SUMMARY. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  await access(file, constants.R_OK | constants.W_OK).catch(() => {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  });
  await appendFile(file, redact(markdown) + EOL, { encoding: 'utf8' });
}
