import { describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { importApiKey, keyPem, NotaryTokens } from '../../src/notarize/api-key.js';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const BODY = PEM.split('\n').filter((line) => line && !line.startsWith('-----')).join('');

describe('App Store Connect API key', () => {
  test('the .p8 is read as users store it: as is, with \\n escapes, base64-encoded, or the bare body', async () => {
    for (const form of [PEM, `  ${PEM}  `, PEM.replace(/\n/g, '\\n'), Buffer.from(PEM).toString('base64'), BODY]) {
      expect(keyPem(form)?.replace(/\s+/g, '')).toBe(PEM.trim().replace(/\s+/g, ''));
      await expect(importApiKey(form)).resolves.toMatchObject({ pem: expect.stringContaining('BEGIN PRIVATE KEY') });
    }
  });

  test('anything else is one error naming the input, never the value', async () => {
    const secret = 'hunter2-hunter2-hunter2';
    const error = await importApiKey(secret, 'Input "api-key"').catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^Input "api-key" is not an App Store Connect API key: it must be the contents of the AuthKey_<KEY ID>\.p8 file/);
    expect((error as Error).message).not.toContain(secret);
    const ed = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(importApiKey(ed)).rejects.toThrow(/holds a private key, but not an EC P-256 \(ES256\) one/);
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(importApiKey(p384)).rejects.toThrow(/not an EC P-256/);
  });
});

describe('NotaryTokens', () => {
  test('tokens carry kid, typ, ES256, iss, iat, exp 15 min on and aud; verified with the public key', async () => {
    const { key } = await importApiKey(PEM);
    const now = Math.floor(Date.now() / 1000);
    const seen: string[] = [];
    const tokens = new NotaryTokens(key, '2X9R4HXF34', '57246542-96fe-1a63-e053-0824d011072a', { now: () => now, onToken: (t) => seen.push(t) });
    const token = await tokens.token();
    expect(seen).toEqual([token]);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: '2X9R4HXF34', typ: 'JWT' });
    const { payload } = await jwtVerify(token, publicKey, { audience: 'appstoreconnect-v1', issuer: '57246542-96fe-1a63-e053-0824d011072a' });
    expect(payload).toEqual({ iss: '57246542-96fe-1a63-e053-0824d011072a', iat: now, exp: now + 900, aud: 'appstoreconnect-v1' });
  });

  test('one token serves until a minute before it expires, then a new one is signed; invalidate forces one; the lifetime never exceeds 20 min', async () => {
    const { key } = await importApiKey(PEM);
    let clock = 1_800_000_000;
    const seen: string[] = [];
    const tokens = new NotaryTokens(key, 'K', 'I', { now: () => clock, onToken: (t) => seen.push(t) });
    const first = await tokens.token();
    clock += 839; // 61 s left
    expect(await tokens.token()).toBe(first);
    clock += 2; // 59 s left
    const second = await tokens.token();
    expect(second).not.toBe(first);
    expect(seen).toHaveLength(2);
    tokens.invalidate();
    expect(await tokens.token()).not.toBe(second);
    const long = new NotaryTokens(key, 'K', 'I', { now: () => clock, lifetimeSeconds: 3600 });
    const { payload } = await jwtVerify(await long.token(), publicKey, { currentDate: new Date(clock * 1000) });
    expect(payload.exp! - payload.iat!).toBe(1200);
  });
});
