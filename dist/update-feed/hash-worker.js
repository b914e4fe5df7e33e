/**
 * The hashing thread. Self-contained on purpose (Node built-ins only): it is started from its own file,
 * `hash-worker.js` beside each bundle, or this source under Node's type stripping in tests. The `files`
 * job also runs on the calling thread for small inputs (hash-files.ts), where starting a thread would
 * cost more than the hashing.
 *
 * Two jobs:
 * - `files`: claim whole files from a shared counter until none is left, and compute every requested
 *   algorithm from one read of each (many files: every core busy, little overhead per file).
 * - `ring`: hash one algorithm over chunks of a shared ring buffer, which one of the hashers fills
 *   (one big file, several algorithms: one read, each algorithm on its own core, no third thread).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
const post = (reply) => parentPort.postMessage(reply);
/** Claims and hashes whole files until none is left; `reply` gets each result (a thread's: its parent port). */
export function hashWholeFiles(job, reply = post) {
    const post = reply;
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
    let fd;
    let size = 0;
    if (job.readPath !== undefined) {
        try {
            fd = openSync(job.readPath, 'r');
        }
        catch (error) {
            return endRing(control, job, error);
        }
    }
    for (let sequence = 0;; sequence++) {
        const slot = sequence % job.slots;
        if (fd !== undefined) {
            // The reader: wait until every hasher is done with this slot, fill it, publish it.
            for (let busy = Atomics.load(control, pendingAt(slot)); busy !== 0; busy = Atomics.load(control, pendingAt(slot))) {
                Atomics.wait(control, pendingAt(slot), busy);
            }
            let read;
            try {
                read = readSync(fd, new Uint8Array(job.data, slot * job.slotSize, job.slotSize), 0, job.slotSize, null);
            }
            catch (error) {
                closeSync(fd);
                return endRing(control, job, error);
            }
            size += read;
            Atomics.store(control, lengthAt(slot), read);
            Atomics.store(control, pendingAt(slot), job.hashers);
            Atomics.store(control, 0, sequence + 1);
            Atomics.notify(control, 0);
        }
        else {
            while (Atomics.load(control, 0) <= sequence)
                Atomics.wait(control, 0, sequence);
        }
        const length = Atomics.load(control, lengthAt(slot));
        if (length > 0)
            hash.update(new Uint8Array(job.data, slot * job.slotSize, length));
        Atomics.sub(control, pendingAt(slot), 1);
        Atomics.notify(control, pendingAt(slot));
        if (length === 0)
            break;
    }
    if (fd !== undefined)
        closeSync(fd);
    post({ type: 'digest', algorithm: job.algorithm, digest: hash.digest('hex'), ...(job.readPath !== undefined ? { size } : {}) });
}
/** A read failed: every slot becomes an end of file and all are published, so the other hashers finish. */
function endRing(control, job, error) {
    for (let slot = 0; slot < job.slots; slot++)
        Atomics.store(control, 1 + slot, 0);
    Atomics.store(control, 0, 0x7fffffff);
    Atomics.notify(control, 0);
    post({ type: 'failed', index: 0, code: error.code ?? 'EIO', message: error.message });
}
const job = isMainThread ? undefined : workerData;
if (job?.role === 'files')
    hashWholeFiles(job);
else if (job?.role === 'ring')
    hashRing(job);
