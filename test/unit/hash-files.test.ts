import { describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ALGORITHMS } from '../../src/checksum/algorithms.js';
import { hashFiles, type HashOptions } from '../../src/checksum/hash-files.js';
import { tempDir } from '../harness/runner.js';

const sizes = [0, 1, 1000, 64 * 1024, 1024 * 1024, 1024 * 1024 + 7, 3 * 1024 * 1024 + 11];

function files(): { paths: string[]; contents: Buffer[] } {
  const dir = tempDir('hash-');
  const contents = sizes.map((size) => randomBytes(size));
  const paths = contents.map((content, i) => {
    const file = path.join(dir, `f${i}`);
    writeFileSync(file, content);
    return file;
  });
  return { paths, contents };
}

const expected = (content: Buffer, algorithm: string): string => createHash(algorithm).update(content).digest('hex');

/** Threads even for these small test files (by default, inputs under 8 MiB are hashed on the calling thread). */
const THREADED: HashOptions = { smallInput: -1 };

/** What `run` returns, and how many threads it started (Node's `worker_threads` diagnostics channel). */
async function countingThreads<T>(run: () => Promise<T>): Promise<{ result: T; threads: number }> {
  let threads = 0;
  const seen = (): void => void threads++;
  subscribe('worker_threads', seen);
  try {
    return { result: await run(), threads };
  } finally {
    unsubscribe('worker_threads', seen);
  }
}

describe('hashFiles', () => {
  test('every algorithm equals node:crypto on the whole content, sizes included, in input order', async () => {
    const { paths, contents } = files();
    const results = await hashFiles(paths, ALGORITHMS, { ...THREADED, threads: 2 });
    results.forEach((result, i) => {
      expect(result.path).toBe(paths[i]);
      expect(result.size).toBe(contents[i]!.length);
      for (const algorithm of ALGORITHMS) expect(result.digests[algorithm]).toBe(expected(contents[i]!, algorithm));
    });
  });

  test('one thread, small chunks: same digests', async () => {
    const { paths, contents } = files();
    const results = await hashFiles(paths, ['sha256'], { ...THREADED, threads: 1, chunkSize: 4096 });
    results.forEach((result, i) => expect(result.digests.sha256).toBe(expected(contents[i]!, 'sha256')));
  });

  test('big files with several algorithms: one read, one thread per algorithm, same digests', async () => {
    const { paths, contents } = files();
    const results = await hashFiles(paths, ['sha256', 'sha512', 'blake2b512'], { ...THREADED, threads: 2, splitThreshold: 1, chunkSize: 64 * 1024 });
    results.forEach((result, i) => {
      expect(result.size).toBe(contents[i]!.length);
      for (const algorithm of ['sha256', 'sha512', 'blake2b512'] as const) expect(result.digests[algorithm]).toBe(expected(contents[i]!, algorithm));
    });
  });

  test('one file, one algorithm, hashed here while the next chunk is read; or several algorithms on a ring: empty, slot-sized and wrapped-around files', async () => {
    const dir = tempDir('ring-');
    const slot = 4 * 4096; // the ring's slot is four read chunks
    const ringSizes = [0, 1, slot - 1, slot, slot + 1, 4 * slot, 13 * slot + 7];
    const contents = ringSizes.map((size) => randomBytes(size));
    const paths = contents.map((content, i) => {
      const file = path.join(dir, `r${i}`);
      writeFileSync(file, content);
      return file;
    });
    for (const algorithms of [['sha256'], ['sha256', 'sha512', 'sha3-256']] as const) {
      for (const [i, file] of paths.entries()) {
        const [result] = await hashFiles([file], algorithms, { ...THREADED, threads: 2, splitThreshold: 0, chunkSize: 4096 });
        expect(result!.size).toBe(ringSizes[i]);
        for (const algorithm of algorithms) expect(result!.digests[algorithm]).toBe(expected(contents[i]!, algorithm));
      }
    }
  });

  test('no files, no threads', async () => {
    expect(await hashFiles([], ['sha256'])).toEqual([]);
  });

  test('a file that cannot be read is an error naming it', async () => {
    const { paths } = files();
    const missing = path.join(path.dirname(paths[0]!), 'gone');
    await expect(hashFiles([...paths, missing], ['sha256'], { threads: 2 })).rejects.toThrow(`Cannot read ${missing}`);
    await expect(hashFiles([...paths, missing], ['sha256'], { ...THREADED, threads: 2 })).rejects.toThrow(`Cannot read ${missing}`);
    await expect(hashFiles([missing], ['sha256', 'sha512'], { ...THREADED, threads: 2, splitThreshold: 0 })).rejects.toThrow(`Cannot read ${missing}`);
  });

  test('small inputs are hashed on the calling thread: no thread started, same digests', async () => {
    const { paths, contents } = files(); // about 5 MiB in all
    const { result, threads } = await countingThreads(() => hashFiles(paths, ['sha256', 'sha512'], { threads: 2 }));
    expect(threads).toBe(0);
    result.forEach((digest, i) => {
      expect(digest.size).toBe(contents[i]!.length);
      expect(digest.digests.sha512).toBe(expected(contents[i]!, 'sha512'));
    });
    // Above the limit two hash: the calling thread and one thread started beside it.
    expect((await countingThreads(() => hashFiles(paths, ['sha256'], { threads: 2, smallInput: 1024 }))).threads).toBe(1);
  });

  test('a lone big file, one algorithm: hashed on the calling thread while the next chunk is read, no thread started', async () => {
    const content = randomBytes(3 * 1024 * 1024 + 5);
    const file = path.join(tempDir('lone-'), 'big.bin');
    writeFileSync(file, content);
    for (const options of [{ threads: 2 }, { threads: 1, chunkSize: 4096 }, { threads: 2, splitThreshold: 1 }]) {
      const { result, threads } = await countingThreads(() => hashFiles([file], ['sha256'], { ...THREADED, ...options }));
      expect(threads).toBe(0);
      expect(result).toEqual([{ path: file, size: content.length, digests: { sha256: expected(content, 'sha256') } }]);
    }
    const missing = path.join(path.dirname(file), 'gone');
    await expect(hashFiles([missing], ['sha256'], THREADED)).rejects.toThrow(`Cannot read ${missing}`);
  });
});

describe('hashFiles on a file that changes while it is read', () => {
  test('a file another process keeps appending to fails, naming the file, instead of giving the digest of a prefix', async () => {
    const dir = tempDir('hash-growing-');
    const growing = path.join(dir, 'app.AppImage');
    writeFileSync(growing, randomBytes(32 * 1024 * 1024));
    // A build still writing its artifact: appends 64 KiB every millisecond until it is stopped.
    const writer = spawn(process.execPath, ['-e', `const fs=require('fs');const b=Buffer.alloc(65536,1);setInterval(()=>fs.appendFileSync(${JSON.stringify(growing)},b),1)`], { stdio: 'ignore' });
    try {
      // Hashing starts once the writer is seen writing (it may take a while to start on a busy machine).
      for (let waited = 0; statSync(growing).size === 32 * 1024 * 1024 && waited < 30_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      await expect(hashFiles([growing], ['sha256'], { threads: 1 })).rejects.toThrow(new RegExp(`^${growing.replace(/[.]/g, '\\.')} changed while it was read \\(\\d+ bytes before, \\d+ read, \\d+ bytes, modified since\\)`));
    } finally {
      writer.kill('SIGKILL');
    }
  });

  test('files nobody writes to pass the check', async () => {
    const { paths, contents } = files();
    const results = await hashFiles(paths, ['sha256'], { threads: 2 });
    expect(results.map((r) => r.size)).toEqual(contents.map((c) => c.length));
  });
});
