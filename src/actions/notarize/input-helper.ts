import { InputError } from '../../kit/errors.js';
import { booleanField, choiceField, durationField, field, linesField, secretField, splitList, stringField, type InputSource } from '../../kit/inputs.js';
import { z } from 'zod';

export type NotarizeAuth =
  | { kind: 'api-key'; key: string; keyId: string; issuer: string }
  | { kind: 'apple-id'; appleId: string; password: string; teamId: string };

export interface NotarizeSettings {
  patterns: string[];
  submissionIds: string[];
  auth: NotarizeAuth;
  backend: 'notarytool' | 'rest';
  platform: 'macos' | 'other';
  waitTimeoutMs: number;
  pollIntervalMs: number;
  staple: boolean;
  apiUrl?: string;
  s3Endpoint?: string;
  workspace: string;
  runnerTemp: string;
}

export interface NotarizeEnv {
  workspace: string;
  runnerTemp: string;
  /** RUNNER_OS: Linux, Windows or macOS. */
  runnerOs?: string;
}

const KEY_ID = /^[A-Za-z0-9]{8,16}$/;
const ISSUER = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const TEAM_ID = /^[A-Z0-9]{10}$/;
const SUBMISSION_ID = /^[A-Za-z0-9][A-Za-z0-9-]{7,63}$/;

function auth(source: InputSource): NotarizeAuth {
  const key = secretField(source, 'api-key');
  const keyId = stringField(source, 'api-key-id');
  const issuer = stringField(source, 'api-issuer');
  const appleId = stringField(source, 'apple-id');
  const password = secretField(source, 'app-specific-password');
  const teamId = stringField(source, 'team-id');
  const usesKey = Boolean(key || keyId || issuer);
  const usesAppleId = Boolean(appleId || password || teamId);
  if (usesKey && usesAppleId) {
    throw new InputError(source.describe('apple-id'), appleId, 'an API key (api-key, api-key-id, api-issuer) and an Apple ID (apple-id, app-specific-password, team-id) cannot both be given: keep one');
  }
  if (usesKey) {
    if (!key) throw new InputError(source.describe('api-key'), '', 'it is required with api-key-id and api-issuer: the contents of the AuthKey_<KEY ID>.p8 file', { secret: true });
    if (!KEY_ID.test(keyId)) throw new InputError(source.describe('api-key-id'), keyId, 'it must be the key ID App Store Connect shows for the key (10 letters and digits, e.g. 2X9R4HXF34)');
    if (!ISSUER.test(issuer)) throw new InputError(source.describe('api-issuer'), issuer, 'it must be the issuer ID shown above the keys in App Store Connect (a UUID)');
    return { kind: 'api-key', key, keyId, issuer };
  }
  if (usesAppleId) {
    if (!/^[^@\s]+@[^@\s]+$/.test(appleId)) throw new InputError(source.describe('apple-id'), appleId, 'it must be the Apple ID (an email address) of a member of the team');
    if (!password) throw new InputError(source.describe('app-specific-password'), '', 'it is required with apple-id: an app-specific password from account.apple.com', { secret: true });
    if (!TEAM_ID.test(teamId)) throw new InputError(source.describe('team-id'), teamId, 'it must be the 10-character Team ID (e.g. ABCDE12345)');
    return { kind: 'apple-id', appleId, password, teamId };
  }
  throw new InputError(
    source.describe('api-key'),
    '',
    'notarization needs credentials: api-key, api-key-id and api-issuer (an App Store Connect API key, recommended), or apple-id, app-specific-password and team-id',
    { secret: true },
  );
}

/** Reads and checks every input once, into one typed settings object. */
export function getNotarizeSettings(source: InputSource, env: NotarizeEnv): NotarizeSettings {
  const patterns = linesField(source, 'files');
  const idsRaw = stringField(source, 'submission-id');
  const submissionIds = splitList(idsRaw);
  const bad = submissionIds.find((id) => !SUBMISSION_ID.test(id));
  if (bad !== undefined) throw new InputError(source.describe('submission-id'), idsRaw, `${JSON.stringify(bad)} is not a submission id; give the id(s) a timed-out run printed, comma- or newline-separated`);
  if (patterns.length === 0 && submissionIds.length === 0) {
    throw new InputError(source.describe('files'), '', 'it is required (unless submission-id resumes an earlier submission): the .dmg, .pkg, .zip or .app to notarize');
  }
  const credentials = auth(source);
  const platform = env.runnerOs ? (env.runnerOs.toLowerCase() === 'macos' ? 'macos' : 'other') : process.platform === 'darwin' ? 'macos' : 'other';
  const choice = choiceField(source, 'backend', ['auto', 'notarytool', 'rest'] as const, { default: 'auto' });
  const backend = choice === 'auto' ? (platform === 'macos' ? 'notarytool' : 'rest') : choice;
  if (backend === 'rest' && credentials.kind === 'apple-id') {
    throw new InputError(
      source.describe('apple-id'),
      credentials.appleId,
      `the Notary REST API${choice === 'auto' ? ' (what this non-macOS runner uses)' : ''} signs in with an App Store Connect API key only: ` +
        'give api-key, api-key-id and api-issuer instead (App Store Connect → Users and Access → Integrations), or run on a macOS runner, where notarytool takes an Apple ID',
    );
  }
  const apiUrl = stringField(source, 'api-url');
  const s3Endpoint = stringField(source, 's3-endpoint');
  if ((apiUrl || s3Endpoint) && backend !== 'rest') {
    throw new InputError(source.describe(apiUrl ? 'api-url' : 's3-endpoint'), apiUrl || s3Endpoint, 'it applies to the REST backend only (backend: rest)');
  }
  return {
    patterns,
    submissionIds,
    auth: credentials,
    backend,
    platform,
    waitTimeoutMs: durationField(source, 'wait-timeout', '30m', { min: 1000, max: 24 * 3_600_000 }, 'it must be a duration from 1s to 24h, such as 90s, 30m, 1h or 1h30m'),
    pollIntervalMs: durationField(source, 'poll-interval', '5s', { min: 50, max: 60_000 }, 'it must be a duration from 50ms to 60s, such as 5s'),
    staple: booleanField(source, 'staple', true),
    ...(apiUrl ? { apiUrl } : {}),
    ...(s3Endpoint ? { s3Endpoint } : {}),
    workspace: env.workspace,
    runnerTemp: env.runnerTemp,
  };
}
