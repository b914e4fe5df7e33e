/**
 * The hashing thread. Self-contained on purpose (Node built-ins only): it is started from its own file,
 * `hash-worker.js` beside each bundle, or this source under Node's type stripping in tests.
 *
 * Two jobs:
 * - `files`: claim whole files from a shared counter until none is left, and compute every requested
 *   algorithm from one read of each (many files: every core busy, little overhead per file).
 * - `ring`: hash one algorithm over chunks that the main thread reads into a shared ring buffer
 *   (one big file, several algorithms: one read, each algorithm on its own core).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
const post = (reply) => parentPort.postMessage(reply);
function hashWholeFiles(job) {
    const counter = new Int32Array(job.counter);
    const buffer = Buffer.allocUnsafe(job.chunkSize);
    for (;;) {
        const index = Atomics.add(counter, 0, 1);
        if (index >= job.paths.length)
            break;
        const hashes = job.algorithms.map((algorithm) => createHash(algorithm));
        let size = 0;
        let fd;
        try {
            fd = openSync(job.paths[index], 'r');
            for (;;) {
                const read = readSync(fd, buffer, 0, buffer.length, null);
                if (read === 0)
                    break;
                size += read;
                const chunk = read === buffer.length ? buffer : buffer.subarray(0, read);
                for (const hash of hashes)
                    hash.update(chunk);
            }
        }
        catch (error) {
            const failure = error;
            post({ type: 'failed', index, code: failure.code ?? 'EIO', message: failure.message });
            Atomics.store(counter, 0, job.paths.length); // stop the other threads too
            break;
        }
        finally {
            if (fd !== undefined)
                closeSync(fd);
        }
        const digests = {};
        job.algorithms.forEach((algorithm, i) => (digests[algorithm] = hashes[i].digest('hex')));
        post({ type: 'file', index, size, digests });
    }
    post({ type: 'finished' });
}
function hashRing(job) {
    const control = new Int32Array(job.control);
    const lengthAt = (slot) => 1 + slot;
    const pendingAt = (slot) => 1 + job.slots + slot;
    const hash = createHash(job.algorithm);
    for (let sequence = 0;; sequence++) {
        while (Atomics.load(control, 0) <= sequence)
            Atomics.wait(control, 0, sequence);
        const slot = sequence % job.slots;
        const length = Atomics.load(control, lengthAt(slot));
        if (length > 0)
            hash.update(new Uint8Array(job.data, slot * job.slotSize, length));
        Atomics.sub(control, pendingAt(slot), 1);
        Atomics.notify(control, pendingAt(slot));
        if (length === 0)
            break;
    }
    post({ type: 'digest', algorithm: job.algorithm, digest: hash.digest('hex') });
}
const job = workerData;
if (job.role === 'files')
    hashWholeFiles(job);
else
    hashRing(job);
