#!/usr/bin/env node
// A bare upload loop, the floor under the publish action: the same streamed POST as release-kit's
// client (createReadStream, 1 MiB reads, piped into http.request with Content-Length), nothing else —
// no local hashing, no listing, no verification. Used by run.mjs to measure what the emulator (or a
// sink that only drains) can take on its own.
//
// Usage: node bench/publish/raw-upload.mjs '{"url":"http://127.0.0.1:PORT/uploads/…/assets","token":"…","concurrency":4,"files":[{"path":"…","name":"…","size":1}]}'
// Prints {"ms":…, "bytes":…, "statuses":{…}, "digests":{name: digest}} on stdout.
import { createReadStream } from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const { url, token, concurrency, files } = JSON.parse(process.argv[2]);

function upload(file) {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    target.searchParams.set('name', file.name);
    const req = http.request(target, {
      method: 'POST',
      headers: {
        authorization: `token ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'content-type': 'application/octet-stream',
        'content-length': String(file.size),
        'user-agent': 'release-kit-bench',
      },
    });
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        let body = {};
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        } catch {
          body = {};
        }
        resolve({ status: res.statusCode, digest: body.digest ?? null });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    const stream = createReadStream(file.path, { highWaterMark: 1024 * 1024 });
    stream.on('error', (error) => req.destroy(error));
    stream.pipe(req);
  });
}

const started = performance.now();
const statuses = {};
const digests = {};
let next = 0;
await Promise.all(
  Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, async () => {
    for (let i = next++; i < files.length; i = next++) {
      const { status, digest } = await upload(files[i]);
      statuses[status] = (statuses[status] ?? 0) + 1;
      digests[files[i].name] = digest;
    }
  }),
);
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, bytes: files.reduce((n, f) => n + f.size, 0), statuses, digests }));
