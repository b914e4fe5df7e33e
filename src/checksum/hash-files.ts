import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../kit/errors.js';
import { ALGORITHM_INFO, type Algorithm, type Digests } from './algorithms.js';
import { hashWholeFiles, type FilesJob, type RingJob, type WorkerReply } from './hash-worker.js';

export interface FileDigest {
  path: string;
  /** Bytes read, which are the bytes the digests cover. */
  size: number;
  digests: Digests;
}

export interface HashOptions {
  /** Threads hashing at once; default: every core. */
  threads?: number;
  /** Read size; large reused buffers keep the read loop near the hash's own speed. */
  chunkSize?: number;
  /** Files at least this big, with several algorithms, get one thread per algorithm over one read. */
  splitThreshold?: number;
  /** Inputs this small in all are hashed on the calling thread: starting threads would cost more. */
  smallInput?: number;
}

export const DEFAULT_CHUNK_SIZE = 1024 * 1024;
const DEFAULT_SPLIT_THRESHOLD = 64 * 1024 * 1024;
const DEFAULT_SMALL_INPUT = 8 * 1024 * 1024;
const RING_SLOTS = 4;
/** Fastest first on x86-64 with SHA extensions: the reading is added to the first one's work. */
const SPEED_RANK: Algorithm[] = ['sha256', 'blake2b512', 'sha384', 'sha512', 'sha3-256'];

/**
 * `hash-worker.js` beside the bundle; in tests the TypeScript source, run by Node's type stripping.
 * The name is looked up at run time so the bundler leaves it alone.
 */
const WORKER_FILES = ['hash-worker.js', 'hash-worker.ts'];
function workerScript(): URL {
  const found = WORKER_FILES.map((name) => new URL(name, import.meta.url)).find((url) => existsSync(url));
  if (!found) throw new Error(`hash-worker.js is missing beside ${fileURLToPath(import.meta.url)}; rebuild with npm run build`);
  return found;
}

function startWorker(job: FilesJob | RingJob, onReply: (reply: WorkerReply) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript(), { workerData: job });
    worker.on('message', onReply);
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`hash thread exited with code ${code}`))));
  });
}

function readFailure(path: string, code: string, message: string): UserError {
  return new UserError(`Cannot read ${path}: ${code === 'EACCES' ? 'permission denied' : message}.`);
}

/** Whole files spread over `threads` threads; each file is read once for all algorithms. */
async function hashManyFiles(paths: string[], algorithms: Algorithm[], threads: number, chunkSize: number): Promise<FileDigest[]> {
  const results = new Array<FileDigest>(paths.length);
  let failure: UserError | undefined;
  const counter = new SharedArrayBuffer(4);
  const job: FilesJob = {
    role: 'files',
    paths,
    algorithms: algorithms.map((algorithm) => ALGORITHM_INFO[algorithm].nodeName),
    chunkSize,
    counter,
  };
  const onReply = (reply: WorkerReply): void => {
    if (reply.type === 'file') {
      const digests: Digests = {};
      algorithms.forEach((algorithm) => (digests[algorithm] = reply.digests[ALGORITHM_INFO[algorithm].nodeName]));
      results[reply.index] = { path: paths[reply.index]!, size: reply.size, digests };
    } else if (reply.type === 'failed') {
      failure ??= readFailure(paths[reply.index]!, reply.code, reply.message);
    }
  };
  if (threads <= 0) {
    hashWholeFiles(job, onReply); // here, on this thread
  } else {
    // This thread is one of the hashers: one thread fewer to start, and its start-up is hidden behind the
    // hashing here. The others' replies wait in the queue until this thread's share is done.
    const count = Math.max(1, Math.min(threads, paths.length));
    const others = Array.from({ length: count - 1 }, () => startWorker(job, onReply));
    for (const other of others) other.catch(() => undefined); // awaited below; not unhandled meanwhile
    hashWholeFiles(job, onReply);
    await Promise.all(others);
  }
  if (failure) throw failure;
  return results;
}

/**
 * One file, one algorithm: hashed on this thread while Node's I/O thread reads the next chunk, so
 * reading and hashing overlap without a thread to start (tens of milliseconds). The reading is a copy
 * from the page cache, far cheaper than the hash: with one core taken by another process this is still
 * one busy thread, as `openssl dgst` is, where a reader thread and a hashing thread would share the
 * remaining core with the other process and lose to it.
 */
async function hashOneFileHere(path: string, algorithm: Algorithm, chunkSize: number): Promise<FileDigest> {
  const hash = createHash(ALGORITHM_INFO[algorithm].nodeName);
  let size = 0;
  try {
    const file = await open(path, 'r');
    try {
      const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
      let next = file.read(buffers[0]!, 0, chunkSize, null);
      for (let turn = 0; ; turn++) {
        const { bytesRead } = await next;
        if (bytesRead === 0) break;
        size += bytesRead;
        const chunk = buffers[turn % 2]!;
        next = file.read(buffers[(turn + 1) % 2]!, 0, chunkSize, null);
        hash.update(bytesRead === chunkSize ? chunk : chunk.subarray(0, bytesRead));
      }
    } finally {
      await file.close();
    }
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    throw readFailure(path, failure.code ?? 'EIO', failure.message);
  }
  return { path, size, digests: { [algorithm]: hash.digest('hex') } };
}

/**
 * One big file, several algorithms: one thread per algorithm over a shared ring buffer; the thread of
 * the first (fastest) algorithm also reads the file, so two algorithms keep exactly two cores busy.
 */
async function hashOneFileSplit(path: string, algorithms: Algorithm[], slotSize: number): Promise<FileDigest> {
  const data = new SharedArrayBuffer(RING_SLOTS * slotSize);
  const control = new SharedArrayBuffer(4 * (1 + 2 * RING_SLOTS));
  const digests: Digests = {};
  let size = 0;
  let failure: UserError | undefined;
  const ring = { role: 'ring', slots: RING_SLOTS, slotSize, data, control, hashers: algorithms.length } as const;
  const onReply = (algorithm: Algorithm) => (reply: WorkerReply): void => {
    if (reply.type === 'digest') {
      digests[algorithm] = reply.digest;
      if (reply.size !== undefined) size = reply.size;
    } else if (reply.type === 'failed') { failure ??= readFailure(path, reply.code, reply.message);
    }
  };
  await Promise.all(
    algorithms.map((algorithm, i) => startWorker({ ...ring, algorithm: ALGORITHM_INFO[algorithm].nodeName, ...(i === 0 ? { readPath: path } : {}) }, onReply(algorithm))),
  );
  if (failure) throw failure;
  return { path, size, digests };
}

/**
 * Hashes files with every requested algorithm, reading each file once, on all cores, with memory
 * bounded by the chunk size whatever the file size. Results come back in the order of `paths`.
 */
export async function hashFiles(paths: readonly string[], algorithms: readonly Algorithm[], options: HashOptions = {}): Promise<FileDigest[]> {
  const before = paths.map(fingerprint);
  // The sizes that choose how to hash come from the same look (one stat a file before hashing, not two).
  const results = await hashUnchecked(paths, algorithms, options, before.map((info) => (info ? Number(info.size) : 0)));
  const after = paths.map(fingerprint);
  paths.forEach((path, index) => checkUnchanged(path, before[index], after[index], results[index]!.size));
  return results;
}

/**
 * Size and modification time (nanoseconds), to tell whether a file changed while it was read. Looked up
 * synchronously: a stat from the page cache takes microseconds, less than a promise and a trip through the
 * thread pool would add to each of thousands of files.
 */
function fingerprint(path: string): { size: bigint; mtimeNs: bigint } | undefined {
  try {
    const info = statSync(path, { bigint: true, throwIfNoEntry: false });
    return info ? { size: info.size, mtimeNs: info.mtimeNs } : undefined;
  } catch {
    return undefined;
  }
}

/** A digest of a file that was written to meanwhile covers neither its old nor its new content. */
function checkUnchanged(path: string, before: { size: bigint; mtimeNs: bigint } | undefined, after: { size: bigint; mtimeNs: bigint } | undefined, read: number): void {
  if (before && after && before.size === after.size && before.mtimeNs === after.mtimeNs && BigInt(read) === before.size) return;
  const now = after ? `${after.size} bytes${before && after.mtimeNs !== before.mtimeNs ? ', modified since' : ''}` : 'gone';
  throw new UserError(`${path} changed while it was read (${before?.size ?? '?'} bytes before, ${read} read, ${now}); its digest would match neither version. Checksum it after whatever writes it has finished.`);
}

async function hashUnchecked(paths: readonly string[], algorithms: readonly Algorithm[], options: HashOptions, sizes: readonly number[]): Promise<FileDigest[]> {
  let threads = options.threads ?? availableParallelism();
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const threshold = options.splitThreshold ?? DEFAULT_SPLIT_THRESHOLD;
  const algorithmList = [...algorithms];
  // A few small files: hashed here, no thread started (a thread's start-up is tens of milliseconds).
  if (sizes.reduce((sum, size) => sum + size, 0) <= (options.smallInput ?? DEFAULT_SMALL_INPUT)) threads = 0;
  if (threads > 0 && paths.length === 1 && algorithmList.length === 1) return [await hashOneFileHere(paths[0]!, algorithmList[0]!, chunkSize)];
  // Big files with several algorithms are split (see hashOneFileSplit) when there is a core to spare.
  const split = new Set<number>();
  if (threads > 1 && algorithmList.length > 1) sizes.forEach((size, index) => size >= threshold && split.add(index));
  const results = new Array<FileDigest>(paths.length);
  // The fastest algorithm first: its thread also does the reading.
  const fastestFirst = [...algorithmList].sort((a, b) => SPEED_RANK.indexOf(a) - SPEED_RANK.indexOf(b));
  for (const index of split) results[index] = await hashOneFileSplit(paths[index]!, fastestFirst, chunkSize * 4);
  const rest = paths.map((_, index) => index).filter((index) => !split.has(index));
  if (rest.length > 0) {
    const hashed = await hashManyFiles(rest.map((index) => paths[index]!), algorithmList, threads, chunkSize);
    rest.forEach((index, i) => (results[index] = hashed[i]!));
  }
  return results;
}
