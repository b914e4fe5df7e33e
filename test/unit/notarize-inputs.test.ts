import { describe, expect, test } from '@jest/globals';
import { getNotarizeSettings } from '../../src/actions/notarize/input-helper.js';
import type { InputSource } from '../../src/kit/inputs.js';

const KEY = { 'api-key': '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----', 'api-key-id': '2X9R4HXF34', 'api-issuer': '57246542-96fe-1a63-e053-0824d011072a' };
const APPLE = { 'apple-id': 'dev@example.com', 'app-specific-password': 'abcd-efgh-ijkl-mnop', 'team-id': 'ABCDE12345' };

function source(values: Record<string, string>, masked: string[] = []): InputSource {
  return { read: (name) => values[name] ?? '', describe: (name) => `Input "${name}"`, mask: (v) => masked.push(v) };
}
const env = (runnerOs: string) => ({ workspace: '/ws', runnerTemp: '/tmp/rt', runnerOs });

describe('notarize inputs', () => {
  test('backend auto: notarytool on macOS, the REST API elsewhere; defaults 30m wait, 5s polls, staple', () => {
    const mac = getNotarizeSettings(source({ files: 'a.dmg', ...KEY }), env('macOS'));
    expect(mac).toMatchObject({ backend: 'notarytool', platform: 'macos', waitTimeoutMs: 1_800_000, pollIntervalMs: 5000, staple: true, patterns: ['a.dmg'], submissionIds: [] });
    expect(getNotarizeSettings(source({ files: 'a.dmg', ...KEY }), env('Linux'))).toMatchObject({ backend: 'rest', platform: 'other' });
    expect(getNotarizeSettings(source({ files: 'a.dmg', ...KEY, backend: 'rest' }), env('macOS'))).toMatchObject({ backend: 'rest', platform: 'macos' });
    expect(getNotarizeSettings(source({ files: 'a.dmg', ...APPLE }), env('macOS')).auth).toEqual({ kind: 'apple-id', appleId: 'dev@example.com', password: 'abcd-efgh-ijkl-mnop', teamId: 'ABCDE12345' });
  });

  test('secrets are masked before anything else', () => {
    const masked: string[] = [];
    getNotarizeSettings(source({ files: 'a.dmg', ...KEY }), env('macOS'));
    getNotarizeSettings(source({ files: 'a.dmg', ...APPLE }, masked), env('macOS'));
    expect(masked).toEqual(['abcd-efgh-ijkl-mnop']);
  });

  test('resuming: ids comma- or newline-separated; files become optional', () => {
    expect(getNotarizeSettings(source({ 'submission-id': 'aaaaaaaa-1111, bbbbbbbb-2222\ncccccccc-3333', ...KEY }), env('Linux')).submissionIds).toEqual(['aaaaaaaa-1111', 'bbbbbbbb-2222', 'cccccccc-3333']);
  });

  test.each([
    [{ ...KEY }, 'Input "files" has the value "", but it is required (unless submission-id resumes an earlier submission)'],
    [{ files: 'a.dmg' }, 'Input "api-key" has the value ***, but notarization needs credentials: api-key, api-key-id and api-issuer'],
    [{ files: 'a.dmg', ...KEY, ...APPLE }, 'cannot both be given'],
    [{ files: 'a.dmg', ...KEY, 'api-key': '' }, 'Input "api-key" has the value ***, but it is required with api-key-id and api-issuer'],
    [{ files: 'a.dmg', ...KEY, 'api-issuer': 'team' }, 'Input "api-issuer" has the value "team", but it must be the issuer ID'],
    [{ files: 'a.dmg', ...APPLE, 'team-id': 'x' }, 'Input "team-id" has the value "x", but it must be the 10-character Team ID'],
    [{ files: 'a.dmg', ...APPLE, backend: 'rest' }, 'Input "apple-id" has the value "dev@example.com", but the Notary REST API signs in with an App Store Connect API key only'],
    [{ files: 'a.dmg', ...KEY, backend: 'altool' }, 'Input "backend" has the value "altool", but it must be one of: auto, notarytool, rest'],
    [{ files: 'a.dmg', ...KEY, 'wait-timeout': '2d' }, 'Input "wait-timeout" has the value "2d", but it must be a duration from 1s to 24h'],
    [{ files: 'a.dmg', ...KEY, 'poll-interval': '5m' }, 'Input "poll-interval" has the value "5m", but it must be a duration from 50ms to 1m'],
    [{ files: 'a.dmg', ...KEY, 'submission-id': 'a b' }, 'Input "submission-id" has the value "a b", but "a b" is not a submission id'],
    [{ files: 'a.dmg', ...KEY, 'api-url': 'https://proxy/notary/v2' }, 'Input "api-url" has the value "https://proxy/notary/v2", but it applies to the REST backend only'],
    [{ files: 'a.dmg', ...KEY, staple: 'yes' }, 'Input "staple" has the value "yes", but it must be true or false'],
  ])('%j → one clear error', (values, message) => {
    expect(() => getNotarizeSettings(source(values as Record<string, string>), env('macOS'))).toThrow(message);
  });
});
