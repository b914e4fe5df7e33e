import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../kit/errors.js';
import { canStaple, kindOf, zipApp, type NotarizeKind } from './archive.js';
import type { Log, NotaryBackend } from './backend.js';
import { parseDeveloperLog, type DeveloperLog } from './developer-log.js';
import { formatDuration } from '../kit/duration.js';
import { stapleAndValidate } from './staple.js';
import { waitForVerdicts, type Pending } from './wait.js';

export interface NotarizeTarget {
  /** The file or .app given; undefined when resuming a submission without its file. */
  path?: string;
  /** An earlier submission to wait for instead of submitting. */
  submissionId?: string;
}

export interface NotarizeOptions {
  backend: NotaryBackend;
  targets: readonly NotarizeTarget[];
  /** `macos`: zip with ditto, staple. Anything else: zip with Info-ZIP, the ticket is served online. */
  platform: 'macos' | 'other';
  staple: boolean;
  waitTimeoutMs: number;
  pollIntervalMs: number;
  maxPollIntervalMs?: number;
  /** Zips and downloaded logs go below it (RUNNER_TEMP). */
  tempDir: string;
  log: Log;
  /** Told of each submission id the moment it exists: outputs and summary are written then. */
  onSubmitted?: (result: { label: string; id: string; file?: string }) => Promise<void> | void;
}

export interface NotarizeResult {
  label: string;
  file?: string;
  kind?: NotarizeKind;
  id: string;
  status: string;
  stapled: boolean;
  /** Why nothing was stapled, when nothing was. */
  stapleNote?: string;
  /** Stapling or validating was tried and failed: the step fails. */
  stapleError?: string;
  /** The developer log, saved as JSON. */
  logFile?: string;
  developerLog?: DeveloperLog;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function heartbeat(log: (message: string) => void, what: string, everyMs = 60_000): () => void {
  const started = Date.now();
  const timer = setInterval(() => log(`${what}: still running after ${formatDuration(Date.now() - started)}.`), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Submits (or resumes), waits within the bound, fetches the developer logs, staples what was accepted. */
export async function notarize(options: NotarizeOptions): Promise<NotarizeResult[]> {
  const { backend, log } = options;
  const results: NotarizeResult[] = [];
  for (const target of options.targets) {
    const kind = target.path ? kindOf(target.path) : undefined;
    const label = target.path ? path.basename(target.path) : target.submissionId!;
    if (target.submissionId) {
      log.info(`Resuming submission ${target.submissionId}${target.path ? ` of ${label}` : ''}: not submitting again.`);
      results.push({ label, ...(target.path ? { file: target.path } : {}), ...(kind ? { kind } : {}), id: target.submissionId, status: 'In Progress', stapled: false });
      continue;
    }
    const file = target.path!;
    let upload = file;
    if (kind === 'app') {
      log.info(`Zipping ${label} (${options.platform === 'macos' ? 'ditto -c -k --keepParent' : 'zip -r -y, the layout ditto makes'}).`);
      upload = await zipApp(file, options.tempDir, options.platform);
    }
    const size = (await stat(upload)).size;
    const sha256 = await sha256File(upload);
    log.info(`Submitting ${path.basename(upload)} (${size} bytes, sha256 ${sha256}) through ${backend.name === 'rest' ? 'the Notary REST API' : 'xcrun notarytool'}.`);
    const stop = heartbeat(log.info, `Upload of ${path.basename(upload)}`);
    let id: string;
    try {
      id = await backend.submit({ file: upload, name: path.basename(upload), sha256, size });
    } finally {
      stop();
    }
    log.info(`Submitted ${label}: submission id ${id}.`);
    const result: NotarizeResult = { label, file, ...(kind ? { kind } : {}), id, status: 'In Progress', stapled: false };
    results.push(result);
    await options.onSubmitted?.({ label, id, file });
  }

  const pending: Pending[] = results.map((r) => ({ id: r.id, label: r.label }));
  const verdicts = await waitForVerdicts(backend, pending, {
    timeoutMs: options.waitTimeoutMs,
    initialDelayMs: options.pollIntervalMs,
    ...(options.maxPollIntervalMs ? { maxDelayMs: options.maxPollIntervalMs } : {}),
    log: log.info,
    warn: log.warning,
  });

  await mkdir(options.tempDir, { recursive: true });
  for (const result of results) {
    result.status = verdicts.get(result.id)!;
    const accepted = result.status === 'Accepted';
    try {
      const text = await backend.log(result.id);
      result.logFile = path.join(options.tempDir, `notarization-log-${result.id}.json`);
      await writeFile(result.logFile, text);
      result.developerLog = parseDeveloperLog(text);
    } catch (error) {
      // The verdict stands without the log; a rejection without its reasons is still reported as one.
      log.warning(`The developer log of ${result.label} (submission ${result.id}) could not be read: ${errorMessage(error)}`);
    }
    if (!accepted) continue;
    if (!options.staple) result.stapleNote = 'staple: false';
    else if (!result.file || !result.kind) result.stapleNote = 'no file given for this submission';
    else if (!canStaple(result.kind)) result.stapleNote = 'a .zip cannot carry a ticket (staple the app inside, then zip it again)';
    else if (options.platform !== 'macos') result.stapleNote = 'stapling needs macOS (xcrun stapler)';
    if (result.stapleNote) continue;
    log.info(`Stapling the ticket to ${result.label}.`);
    try {
      await stapleAndValidate(result.file!, { retryDelayMs: Math.max(options.pollIntervalMs * 2, 100), log: log.info });
      result.stapled = true;
      log.info(`Stapled and validated ${result.label}.`);
    } catch (error) {
      // The other files are still stapled and every output still set; the step fails afterwards.
      result.stapleError = errorMessage(error);
    }
  }
  return results;
}
