import { describe, expect, test } from '@jest/globals';
import { UserError } from '../../src/kit/errors.js';
import { describeTimestampFailure, TimestampFailover, TimestampServerError } from '../../src/sign/timestamp.js';

function failover(urls: string[], log: string[] = [], waits: number[] = []): TimestampFailover {
  return new TimestampFailover({
    urls,
    attemptsPerServer: 3,
    initialDelayMs: 100,
    maxDelayMs: 150,
    sleep: async (ms) => {
      waits.push(ms);
    },
    onFailure: (url, answer, attempt, willRetry) => log.push(`${url} #${attempt} ${answer} ${willRetry ? 'retry' : 'next'}`),
  });
}

describe('TimestampFailover', () => {
  test('retries a server with back-off, then falls back to the next, and keeps using the one that works', async () => {
    const log: string[] = [];
    const waits: number[] = [];
    const tried: string[] = [];
    const ts = failover(['http://a', 'http://b', 'http://c'], log, waits);
    let bFailures = 1;
    const work = async (url: string) => {
      tried.push(url);
      if (url === 'http://a') throw new TimestampServerError('HTTP 503 Service Unavailable');
      if (url === 'http://b' && bFailures-- > 0) throw new TimestampServerError('Connection refused');
      return `token from ${url}`;
    };
    expect(await ts.run(work)).toEqual({ result: 'token from http://b', url: 'http://b' });
    expect(tried).toEqual(['http://a', 'http://a', 'http://a', 'http://b', 'http://b']);
    expect(waits).toEqual([100, 150, 100]);
    expect(log).toEqual([
      'http://a #1 HTTP 503 Service Unavailable retry',
      'http://a #2 HTTP 503 Service Unavailable retry',
      'http://a #3 HTTP 503 Service Unavailable next',
      'http://b #1 Connection refused retry',
    ]);
    // The next file does not wait for the server that is down.
    tried.length = 0;
    expect((await ts.run(work)).url).toBe('http://b');
    expect(tried).toEqual(['http://b']);
  });

  test('every server failing is one error naming each server and its last answer', async () => {
    const ts = failover(['http://a', 'http://b']);
    const error = await ts
      .run(async (url) => {
        throw new TimestampServerError(url === 'http://a' ? 'HTTP 500 Internal Server Error' : 'Connection timed out');
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      'Timestamping failed at every server (3 attempts each):\n  http://a: HTTP 500 Internal Server Error\n  http://b: Connection timed out\n' +
        'Add a reachable RFC 3161 server to timestamp-urls, or set timestamp: false (the signature then expires with the certificate).',
    );
  });

  test('a failure that is not the server (a wrong password) is thrown at once, without retrying', async () => {
    const ts = failover(['http://a', 'http://b']);
    let calls = 0;
    await expect(
      ts.run(async () => {
        calls++;
        throw new UserError('wrong password');
      }),
    ).rejects.toThrow('wrong password');
    expect(calls).toBe(1);
  });

  test('no server at all is refused', () => {
    expect(() => new TimestampFailover({ urls: [] })).toThrow(/No timestamp server is configured/);
  });
});

describe('describeTimestampFailure', () => {
  test('HTTP status, refused connection, DNS failure, and the last line otherwise', () => {
    expect(describeTimestampFailure('HTTP failure\n...:parse_http_line1:received error:../crypto/http/http_client.c:473:code=500, reason=Internal Server Error\n')).toBe('HTTP 500 Internal Server Error');
    expect(describeTimestampFailure('BIO_connect:Connection refused:../crypto/bio/bio_sock2.c:117')).toBe('Connection refused');
    expect(describeTimestampFailure('getaddrinfo: Name or service not known')).toBe('Name or service not known');
    expect(describeTimestampFailure('something odd\nRFC 3161 timestamping failed\n')).toBe('RFC 3161 timestamping failed');
    expect(describeTimestampFailure('')).toBe('no answer');
  });
});
