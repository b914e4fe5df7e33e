import { lstat } from 'node:fs/promises';
import { errorMessage } from '../kit/errors.js';
import type { Leftover, SignatureRecord, Signer } from './signer.js';

/** One signer and the files it signs. */
export interface SignJob {
  /** What the summary calls it: "Windows (pfx, osslsigncode)". */
  label: string;
  signer: Signer;
  files: string[];
}

export interface SignFilesResult {
  records: SignatureRecord[];
  /** The records of each job, in job order (a file signed by two jobs appears under both). */
  byJob: Array<{ label: string; records: SignatureRecord[] }>;
  /** Leftovers that could not be removed in-process; the post step gets them. */
  remaining: Leftover[];
}

function same(a: Leftover, b: Leftover): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The leftovers of a run, persisted (for the post step) every time one is added or removed. */
export class LeftoverBook {
  private readonly list: Leftover[] = [];
  private readonly persist: (leftovers: Leftover[]) => void;
  constructor(persist: (leftovers: Leftover[]) => void) {
    this.persist = persist;
  }
  add(leftover: Leftover): void {
    if (this.list.some((known) => same(known, leftover))) return;
    this.list.push(leftover);
    this.persist([...this.list]);
  }
  remove(leftover: Leftover): void {
    const at = this.list.findIndex((known) => same(known, leftover));
    if (at === -1) return;
    this.list.splice(at, 1);
    this.persist([...this.list]);
  }
  addAll(leftovers: readonly Leftover[]): void {
    for (const leftover of leftovers) this.add(leftover);
  }
  replace(leftovers: readonly Leftover[]): void {
    this.list.splice(0, this.list.length, ...leftovers);
    this.persist([...this.list]);
  }
  get all(): Leftover[] {
    return [...this.list];
  }
}

/** Something that still exists after a signer's cleanup: decides whether the post step must try again. */
export type StillThere = (leftover: Leftover) => Promise<boolean>;

/** How often a running signer's leftovers are copied to the state (a signer may declare several in one prepare). */
const WATCH_INTERVAL_MS = 200;

/**
 * Runs `work` while copying the signer's declared leftovers to the book every WATCH_INTERVAL_MS, so a
 * job cancelled in the middle of a long prepare (a keychain being set up, a key being imported) still
 * hands what already exists to the post step.
 */
async function whileWatching<T>(signer: Signer, book: LeftoverBook, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => book.addAll(signer.leftovers()), WATCH_INTERVAL_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    book.addAll(signer.leftovers());
  }
}

const pathExists: StillThere = async (leftover) => (await lstat(leftover.path).catch(() => undefined)) !== undefined;

/**
 * Runs the jobs one after another: prepare (leftovers persisted as soon as known), sign and verify every
 * file, and — whatever happened — clean up every prepared signer. The leftovers stay persisted until they
 * were removed here, so a cancelled or crashed job still has them removed by the post step.
 */
export async function signFiles(jobs: readonly SignJob[], book: LeftoverBook, options: { warn?: (message: string) => void; stillThere?: StillThere } = {}): Promise<SignFilesResult> {
  const records: SignatureRecord[] = [];
  const byJob: SignFilesResult['byJob'] = [];
  const prepared: Signer[] = [];
  let failure: unknown;
  try {
    for (const job of jobs) {
      if (job.files.length === 0) continue;
      prepared.push(job.signer);
      const signed = await whileWatching(job.signer, book, async () => {
        await job.signer.prepare();
        book.addAll(job.signer.leftovers());
        return job.signer.signAll(job.files);
      });
      records.push(...signed);
      byJob.push({ label: job.label, records: signed });
    }
  } catch (error) {
    failure = error;
  }
  for (const signer of prepared) {
    book.addAll(signer.leftovers());
    try {
      await signer.cleanup();
    } catch (error) {
      options.warn?.(`Cleaning up after ${signer.method} failed (the post step tries again): ${errorMessage(error)}`);
    }
  }
  const remaining: Leftover[] = [];
  for (const leftover of book.all) if (await (options.stillThere ?? pathExists)(leftover)) remaining.push(leftover);
  book.replace(remaining);
  if (failure !== undefined) throw failure;
  return { records, byJob, remaining };
}
