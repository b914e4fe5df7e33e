import aws4 from 'aws4';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { importApiKey, NotaryTokens } from '../../src/notarize/api-key.js';
import { sha256File } from '../../src/notarize/notarize.js';
import { RestNotaryBackend } from '../../src/notarize/rest-backend.js';
import { NotaryEmulator } from '../emulator/notary-emulator.ts';
import { tempDir } from '../harness/runner.ts';

let notary: NotaryEmulator;
beforeEach(async () => {
  notary = await new NotaryEmulator().start();
});
afterEach(async () => {
  await notary.stop();
});

async function backend(options: { now?: () => number; lifetimeSeconds?: number } = {}) {
  const { key } = await importApiKey(notary.key.privateKeyPem);
  const masked: string[] = [];
  const tokens = new NotaryTokens(key, notary.key.keyId, notary.key.issuer, { ...options, onToken: (t) => masked.push(t) });
  const rest = new RestNotaryBackend({ tokens, apiUrl: notary.apiUrl, s3Endpoint: notary.s3Endpoint, mask: (s) => masked.push(s), retryDelayMs: 10 });
  return { rest, masked };
}

async function upload(content: string) {
  const file = path.join(tempDir('rest-'), 'My App 1.0.dmg');
  writeFileSync(file, content);
  return { file, name: 'My App 1.0.dmg', sha256: await sha256File(file), size: Buffer.byteLength(content) };
}

describe('RestNotaryBackend against the notary emulator', () => {
  test('submit → S3 PUT signed with the temporary credentials → status → developer log', async () => {
    const { rest, masked } = await backend();
    const id = await rest.submit(await upload('disk image bytes'));
    const submission = notary.submissions.get(id)!;
    expect(submission).toMatchObject({ name: 'My App 1.0.dmg', uploaded: true, uploadedBytes: 16 });
    expect(masked).toEqual(expect.arrayContaining([submission.credentials.secretAccessKey, submission.credentials.sessionToken]));
    expect(await rest.info(id)).toEqual({ id, status: 'In Progress', name: 'My App 1.0.dmg' });
    await rest.info(id);
    expect((await rest.info(id)).status).toBe('Accepted');
    expect(JSON.parse(await rest.log(id))).toMatchObject({ jobId: id, status: 'Accepted', sha256: submission.sha256 });
    expect(notary.violations).toEqual([]);
  });

  test('bytes that differ from the declared sha256 are refused by S3, and that is a clear error', async () => {
    const { rest } = await backend();
    const file = await upload('the real bytes');
    await expect(rest.submit({ ...file, sha256: 'a'.repeat(64) })).rejects.toThrow(
      /^The upload of My App 1\.0\.dmg to the notary service's S3 bucket was refused \(HTTP 400: The provided x-amz-content-sha256 header does not match what was computed\.\)/,
    );
    notary.violations.length = 0;
  });

  test('the emulator recomputes SigV4: a PUT signed with another secret, or unsigned, is refused', async () => {
    const { rest } = await backend();
    const id = await rest.submit(await upload('abc'));
    const submission = notary.submissions.get(id)!;
    const target = new URL(`${notary.s3Endpoint}/${submission.bucket}/${submission.object}`);
    const put = (headers: Record<string, string>) => fetch(target, { method: 'PUT', headers, body: 'abc' });
    const forged = aws4.sign(
      { host: target.host, path: target.pathname, method: 'PUT', service: 's3', region: 'us-west-2', body: 'abc', headers: { 'Content-Type': 'application/octet-stream' } },
      { ...submission.credentials, secretAccessKey: 'not-the-secret' },
    );
    expect((await put(forged.headers as Record<string, string>)).status).toBe(403);
    expect((await put({})).status).toBe(403);
    expect(notary.violations).toEqual([
      `S3 PUT ${target.pathname}: SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided.`,
      `S3 PUT ${target.pathname}: AccessDenied: no SigV4 Authorization header`,
    ]);
    notary.violations.length = 0;
  });

  test('polling past a token\'s expiry signs a fresh token, which the emulator accepts', async () => {
    let offset = 0;
    const { rest, masked } = await backend({ now: () => Math.floor(Date.now() / 1000) + offset, lifetimeSeconds: 65 });
    const id = await rest.submit(await upload('x'));
    await rest.info(id);
    offset = 10; // 55 s left of the first token: renewed before use
    await rest.info(id);
    const tokens = notary.calls.filter((c) => c.token).map((c) => c.token);
    expect(tokens).toHaveLength(3);
    expect(tokens[1]).toBe(tokens[0]);
    expect(tokens[2]).not.toBe(tokens[0]);
    expect(masked).toEqual(expect.arrayContaining([tokens[0], tokens[2]]));
    expect(notary.calls.every((c) => c.status !== 401)).toBe(true);
  });

  test('an expired token is refused; one fresh attempt, then an error that says what to check', async () => {
    const { rest } = await backend({ now: () => Math.floor(Date.now() / 1000) - 3600 });
    await expect(rest.info('00000000-0000-0000-0000-000000000000')).rejects.toThrow(/^The Notary API refused the API key \(HTTP 401: .*"exp" claim timestamp check failed/);
    expect(notary.calls.map((c) => c.status)).toEqual([401, 401]);
  });

  test('an unknown submission id is a 404 that says to check the id', async () => {
    const { rest } = await backend();
    await expect(rest.info('11111111-2222-3333-4444-555555555555')).rejects.toThrow(/does not know \/submissions\/11111111-2222-3333-4444-555555555555 \(HTTP 404\): check the submission id/);
  });

  test('the API is unreachable: retried, then one error naming the request', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const tokens = new NotaryTokens((await importApiKey(notary.key.privateKeyPem)).key, 'K', 'I');
    const gone = new RestNotaryBackend({ tokens, apiUrl: `http://127.0.0.1:${port}/notary/v2`, mask: () => undefined, retryDelayMs: 5, attempts: 2 });
    await expect(gone.info('x')).rejects.toThrow(/^GET \/submissions\/x failed 2 times; the last time: no answer from the Notary API \(ECONNREFUSED\)/);
  });

  test('plain http is refused except on loopback', () => {
    expect(() => new RestNotaryBackend({ tokens: {} as NotaryTokens, apiUrl: 'http://proxy.internal/notary/v2', mask: () => undefined })).toThrow(/must be an https URL/);
    expect(() => new RestNotaryBackend({ tokens: {} as NotaryTokens, s3Endpoint: 'ftp://x', mask: () => undefined })).toThrow(/The S3 endpoint .* must be an https URL/);
    expect(() => new RestNotaryBackend({ tokens: {} as NotaryTokens, apiUrl: 'https://proxy.internal/notary/v2', mask: () => undefined })).not.toThrow();
  });
});
