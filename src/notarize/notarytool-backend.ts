import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { runTool } from '../kit/exec.js';
import type { NotaryBackend, Submission, SubmissionInfo } from './backend.js';

/** How notarytool authenticates: an App Store Connect API key (recommended) or an Apple ID. */
export type NotarytoolAuth =
  | { kind: 'api-key'; keyFile: string; keyId: string; issuer: string }
  | { kind: 'apple-id'; appleId: string; password: string; teamId: string };

export interface NotarytoolOptions {
  auth: NotarytoolAuth;
  /** Folder for the downloaded developer logs. */
  tempDir: string;
  /** The upload of `submit`: a long but finite bound. */
  submitTimeoutMs?: number;
  /** `info` and `log`: a request that hangs is stopped (and the poll retried). */
  requestTimeoutMs?: number;
}

export function notarytoolAuthArgs(auth: NotarytoolAuth): string[] {
  return auth.kind === 'api-key'
    ? ['--key', auth.keyFile, '--key-id', auth.keyId, '--issuer', auth.issuer]
    : ['--apple-id', auth.appleId, '--password', auth.password, '--team-id', auth.teamId];
}

function parseJson<T>(text: string, what: string): T {
  // notarytool may print progress lines before the JSON document.
  const start = text.indexOf('{');
  try {
    return JSON.parse(text.slice(start)) as T;
  } catch {
    throw new UserError(`xcrun notarytool ${what} printed no JSON (${text.trim().slice(0, 200) || 'nothing'}).`);
  }
}

/**
 * `xcrun notarytool` (Xcode 13+, macOS runners): `submit --no-wait --output-format json` for the id,
 * `info --output-format json` for the status, `log <id> <file>` for the developer log.
 */
export class NotarytoolBackend implements NotaryBackend {
  readonly name = 'notarytool' as const;
  readonly #options: NotarytoolOptions;

  constructor(options: NotarytoolOptions) {
    this.#options = options;
  }

  get #secrets(): string[] {
    return this.#options.auth.kind === 'apple-id' ? [this.#options.auth.password] : [];
  }

  async submit(submission: Submission): Promise<string> {
    const { stdout } = await runTool(
      'xcrun',
      ['notarytool', 'submit', submission.file, ...notarytoolAuthArgs(this.#options.auth), '--output-format', 'json', '--no-wait'],
      { secrets: this.#secrets, timeoutMs: this.#options.submitTimeoutMs ?? 2 * 3_600_000 },
    );
    const result = parseJson<{ id?: string; message?: string }>(stdout, 'submit');
    if (!result.id) throw new UserError(`xcrun notarytool submit returned no submission id${result.message ? ` (${result.message})` : ''}.`);
    return result.id;
  }

  async info(id: string): Promise<SubmissionInfo> {
    const { stdout } = await runTool('xcrun', ['notarytool', 'info', id, ...notarytoolAuthArgs(this.#options.auth), '--output-format', 'json'], {
      secrets: this.#secrets,
      timeoutMs: this.#options.requestTimeoutMs ?? 120_000,
    });
    const result = parseJson<{ id?: string; status?: string; name?: string }>(stdout, 'info');
    if (!result.status) throw new UserError(`xcrun notarytool info ${id} returned no status.`);
    return { id, status: result.status, ...(result.name ? { name: result.name } : {}) };
  }

  async log(id: string): Promise<string> {
    const dir = await mkdtemp(path.join(this.#options.tempDir, 'notary-log-'));
    const file = path.join(dir, `${id}.json`);
    try {
      await runTool('xcrun', ['notarytool', 'log', id, file, ...notarytoolAuthArgs(this.#options.auth)], {
        secrets: this.#secrets,
        timeoutMs: this.#options.requestTimeoutMs ?? 120_000,
      });
      return await readFile(file, 'utf8');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
