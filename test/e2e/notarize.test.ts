import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NotaryEmulator } from '../emulator/notary-emulator.ts';
import { ROOT, runBuiltAction, tempDir, type ActionRun } from '../harness/runner.ts';

const FAKES = path.join(ROOT, 'test/fixtures/notarize');

let notary: NotaryEmulator;
beforeEach(async () => {
  notary = await new NotaryEmulator().start();
});
afterEach(async () => {
  await notary.stop();
  expect(notary.violations).toEqual([]);
});

/** A workspace with a small signed-looking app bundle (an executable, a framework symlink) and a dmg. */
function workspace(): string {
  const root = tempDir('notarize-');
  const app = path.join(root, 'dist/Sample.app/Contents');
  mkdirSync(path.join(app, 'MacOS'), { recursive: true });
  mkdirSync(path.join(app, 'Frameworks/Helper.framework/Versions/A'), { recursive: true });
  writeFileSync(path.join(app, 'Info.plist'), '<plist><dict><key>CFBundleIdentifier</key><string>com.example.sample</string></dict></plist>\n');
  writeFileSync(path.join(app, 'MacOS/Sample'), '#!/bin/sh\necho sample\n');
  chmodSync(path.join(app, 'MacOS/Sample'), 0o755);
  writeFileSync(path.join(app, 'Frameworks/Helper.framework/Versions/A/Helper'), 'helper');
  symlinkSync('A', path.join(app, 'Frameworks/Helper.framework/Versions/Current'));
  writeFileSync(path.join(root, 'dist/Sample-1.0.0.dmg'), Buffer.alloc(64 * 1024, 7));
  return root;
}

const KEY_INPUTS = (): Record<string, string> => ({ 'api-key': notary.key.privateKeyPem, 'api-key-id': notary.key.keyId, 'api-issuer': notary.key.issuer });

function notarizeRest(root: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runBuiltAction('notarize', {
    workspace: root,
    inputs: { files: 'dist/Sample.app', ...KEY_INPUTS(), 'api-url': notary.apiUrl, 's3-endpoint': notary.s3Endpoint, 'poll-interval': '50ms', ...inputs },
    env,
  });
}

/** No secret in anything a user or a log reader sees; `::add-mask::` lines are consumed by the runner. */
function expectNoSecrets(run: ActionRun, extra: string[] = []): void {
  const visible = [run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'), run.stderr, JSON.stringify(run.outputs), run.summary];
  for (const secret of [...notary.secrets(), ...extra]) {
    for (const text of visible) expect(text.includes(secret) ? `leaked: ${secret.slice(0, 12)}…` : 'clean').toBe('clean');
  }
}

describe('notarize action, REST backend (built bundle, against the notary emulator)', () => {
  test('an .app is zipped with its layout, uploaded (SigV4, declared sha256), accepted; Linux staples nothing and says why', async () => {
    const root = workspace();
    const run = await notarizeRest(root);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const [submission] = [...notary.submissions.values()];
    expect(notary.submissions.size).toBe(1);
    expect(submission).toMatchObject({ name: 'Sample.zip', uploaded: true, statusReads: 3 });
    // The zip is what ditto -c -k --keepParent makes: the .app on top, links kept as links, exec bits kept.
    const zip = path.join(tempDir('zip-'), 'uploaded.zip');
    writeFileSync(zip, submission!.uploadedBody!);
    const listing = execFileSync('zipinfo', [zip], { encoding: 'utf8' });
    expect(listing).toMatch(/^lrwx.* Sample\.app\/Contents\/Frameworks\/Helper\.framework\/Versions\/Current$/m);
    expect(listing).toMatch(/^-rwxr-xr-x.* Sample\.app\/Contents\/MacOS\/Sample$/m);
    expect(execFileSync('zipinfo', ['-1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean).every((entry) => entry.startsWith('Sample.app/'))).toBe(true);

    expect(run.outputs).toMatchObject({ 'submission-id': submission!.id, status: 'Accepted', stapled: 'false' });
    expect(JSON.parse(readFileSync(run.outputs['log-file']!, 'utf8'))).toMatchObject({ status: 'Accepted', jobId: submission!.id });
    const notice = run.annotations.find((a) => a.level === 'notice');
    expect(notice?.message).toMatch(/Sample\.app is notarized .* Nothing was stapled: stapling needs macOS\. Gatekeeper fetches the ticket online/);
    expect(run.summary).toContain(`- Submitted \`Sample.app\` through the Notary REST API: submission id \`${submission!.id}\``);
    expect(run.summary).toContain('### ✅ Notarization accepted');
    // The id reached the summary before the first status poll's verdict was logged.
    expect(run.summary.indexOf(submission!.id)).toBeLessThan(run.summary.indexOf('✅'));
    expect(run.stdout).toMatch(/Sample\.app: In Progress after .* \(submission /);
    expect(run.stdout).toMatch(/Sample\.app: Accepted after /);

    // Every API call carried a token the emulator verified: kid, ES256, iss, aud, exp ≤ 20 min after iat.
    const authorized = notary.calls.filter((c) => c.claims);
    expect(authorized.length).toBe(1 + 3 + 1);
    for (const call of authorized) {
      expect(call.claims).toMatchObject({ iss: notary.key.issuer, aud: 'appstoreconnect-v1' });
      expect(call.claims!.exp! - call.claims!.iat!).toBeLessThanOrEqual(20 * 60);
    }
    // Secrets: the key, tokens, the temporary AWS secret key and session token are masked and never shown.
    expect(run.masked).toEqual(expect.arrayContaining([submission!.credentials.secretAccessKey, submission!.credentials.sessionToken, authorized[0]!.token!]));
    expectNoSecrets(run);
  });

  test('a dmg goes up as is; a failed upload is retried', async () => {
    const root = workspace();
    notary.failUploads = 1;
    const run = await notarizeRest(root, { files: 'dist/*.dmg' });
    expect(run.exitCode).toBe(0);
    const [submission] = [...notary.submissions.values()];
    expect(submission).toMatchObject({ name: 'Sample-1.0.0.dmg', uploaded: true, uploadedBytes: 64 * 1024 });
    expect(run.annotations.some((a) => a.level === 'warning' && /Upload of Sample-1\.0\.0\.dmg failed \(HTTP 500/.test(a.message))).toBe(true);
    expectNoSecrets(run);
  });

  test('Invalid: the developer log is fetched, every issue is an error annotation (path, message, doc URL), exit 1', async () => {
    const root = workspace();
    notary.outcomeFor = () => 'Invalid';
    const run = await notarizeRest(root);
    expect(run.exitCode).toBe(1);
    const [submission] = [...notary.submissions.values()];
    const issues = run.annotations.filter((a) => a.level === 'error' && a.properties.title === 'Notarization Invalid: Sample.app');
    expect(issues).toHaveLength(2);
    expect(issues[0]!.properties.file).toBe('Sample.zip/Sample.app/Contents/MacOS/Sample');
    expect(issues[0]!.message).toContain('The binary is not signed with a valid Developer ID certificate. (arm64)');
    expect(issues[0]!.message).toContain('See https://developer.apple.com/documentation/security/resolving-common-notarization-issues#Use-a-valid-Developer-ID-certificate');
    expect(issues[1]!.message).toContain('The executable does not have the hardened runtime enabled. (x86_64)');
    expect(run.errors.at(-1)).toBe(
      `Notarization failed: Sample.app is Invalid (submission ${submission!.id}, 2 issue(s)). The reasons are in the annotations and the developer log (log-file output).`,
    );
    expect(run.outputs).toMatchObject({ 'submission-id': submission!.id, status: 'Invalid', stapled: 'false' });
    expect(JSON.parse(readFileSync(run.outputs['log-file']!, 'utf8')).issues).toHaveLength(2);
    expect(run.summary).toContain('### ❌ Notarization: Sample.app Invalid');
    expect(run.summary).toContain('The executable does not have the hardened runtime enabled.');
    expectNoSecrets(run);
  });

  test('several files: one submission each, ids in the summary as they come, one verdict each; any rejection fails the step', async () => {
    const root = workspace();
    notary.outcomeFor = (name) => (name.endsWith('.dmg') ? 'Rejected' : 'Accepted');
    const run = await notarizeRest(root, { files: 'dist/Sample.app\ndist/*.dmg' });
    expect(run.exitCode).toBe(1);
    const byName = new Map([...notary.submissions.values()].map((s) => [s.name, s.id]));
    const dmgId = byName.get('Sample-1.0.0.dmg')!;
    const appId = byName.get('Sample.zip')!;
    // Targets are sorted: the dmg first, then the app.
    expect(run.outputs).toMatchObject({ 'submission-id': `${dmgId}\n${appId}`, status: 'Rejected\nAccepted', stapled: 'false' });
    expect(run.outputs['log-file']!.split('\n')).toHaveLength(2);
    expect(run.summary).toContain(`submission id \`${dmgId}\``);
    expect(run.summary).toContain(`submission id \`${appId}\``);
    expect(run.annotations.filter((a) => a.properties.title === 'Notarization Rejected: Sample-1.0.0.dmg')).toHaveLength(2);
    expect(run.annotations.some((a) => a.level === 'notice' && a.message.startsWith('Sample.app is notarized'))).toBe(true);
    expect(run.errors.at(-1)).toBe(`Notarization failed: Sample-1.0.0.dmg is Rejected (submission ${dmgId}, 2 issue(s)). The reasons are in the annotations and the developer log (log-file output).`);
    expectNoSecrets(run);
  });

  test('a hang ends at wait-timeout with the id and the resume instruction; a re-run with submission-id continues without resubmitting', async () => {
    const root = workspace();
    notary.outcomeFor = () => 'hang';
    const run = await notarizeRest(root, { 'wait-timeout': '3s', 'poll-interval': '100ms' });
    expect(run.exitCode).toBe(1);
    const [submission] = [...notary.submissions.values()];
    const id = submission!.id;
    expect(run.errors.at(-1)).toMatch(new RegExp(`^Notarization is not finished after \\ds: Sample\\.app \\(submission ${id}\\) is In Progress\\. `));
    expect(run.errors.at(-1)).toContain(`re-run this job with \`submission-id: ${id}\` to continue waiting for it.`);
    expect(run.outputs).toMatchObject({ 'submission-id': id, status: 'In Progress', stapled: 'false' });
    expect(run.summary).toContain(`- Submitted \`Sample.app\` through the Notary REST API: submission id \`${id}\``);
    expect(run.summary).toContain(`with:\n  submission-id: ${id}\n`);
    // Polls backed off (100 ms doubling) instead of hammering: a handful in 3 s, not dozens.
    expect(submission!.statusReads).toBeGreaterThanOrEqual(3);
    expect(submission!.statusReads).toBeLessThanOrEqual(8);

    submission!.outcome = 'Accepted';
    const posts = notary.calls.filter((c) => c.method === 'POST').length;
    const resumed = await notarizeRest(root, { 'submission-id': id });
    expect(resumed.exitCode).toBe(0);
    expect(notary.calls.filter((c) => c.method === 'POST').length).toBe(posts);
    expect(notary.submissions.size).toBe(1);
    expect(resumed.stdout).toContain(`Resuming submission ${id} of Sample.app: not submitting again.`);
    expect(resumed.outputs).toMatchObject({ 'submission-id': id, status: 'Accepted', stapled: 'false' });
    expectNoSecrets(run);
    expectNoSecrets(resumed);
  }, 30_000);

  test('resume by id without files: waits, and says there is nothing to staple', async () => {
    const root = workspace();
    expect((await notarizeRest(root, { files: 'dist/*.dmg' })).exitCode).toBe(0);
    const [submission] = [...notary.submissions.values()];
    const run = await notarizeRest(root, { files: '', 'submission-id': submission!.id });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('Accepted');
    expect(run.annotations.find((a) => a.level === 'notice')?.message).toContain('was not stapled: no file given for this submission');
  });

  test('a key App Store Connect does not know is one clear error, after one fresh token', async () => {
    const root = workspace();
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const run = await notarizeRest(root, { 'api-key': other });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^The Notary API refused the API key \(HTTP 401: NOT_AUTHORIZED: Authentication credentials are missing or invalid\.: Token rejected: signature verification failed\)\. Check that api-key holds the \.p8 file of the key named by api-key-id/);
    expect(notary.calls.filter((c) => c.status === 401)).toHaveLength(2);
    expect(notary.submissions.size).toBe(0);
    expectNoSecrets(run, other.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----')));
  });

  test('a value that is not a .p8 key, and an Apple ID on Linux, are clear errors before any request', async () => {
    const root = workspace();
    const garbage = await notarizeRest(root, { 'api-key': 'not-a-key-at-all-but-a-secret-0123' });
    expect(garbage.exitCode).toBe(1);
    expect(garbage.errors).toEqual([
      'Input "api-key" is not an App Store Connect API key: it must be the contents of the AuthKey_<KEY ID>.p8 file App Store Connect gave you (a PKCS#8 PEM EC P-256 private key starting with "-----BEGIN PRIVATE KEY-----"), or that file base64-encoded.',
    ]);
    expect(garbage.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('not-a-key-at-all-but-a-secret-0123');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const wrongType = await notarizeRest(root, { 'api-key': Buffer.from(rsa).toString('base64') });
    expect(wrongType.errors[0]).toMatch(/^Input "api-key" is not an App Store Connect API key: it holds a private key, but not an EC P-256 \(ES256\) one/);

    const appleId = await runBuiltAction('notarize', {
      workspace: root,
      inputs: { files: 'dist/Sample.app', 'apple-id': 'dev@example.com', 'app-specific-password': 'abcd-efgh-ijkl-mnop', 'team-id': 'ABCDE12345' },
    });
    expect(appleId.exitCode).toBe(1);
    expect(appleId.errors[0]).toMatch(/^Input "apple-id" has the value "dev@example\.com", but the Notary REST API \(what this non-macOS runner uses\) signs in with an App Store Connect API key only/);
    expect(notary.calls).toEqual([]);
  });

  test('bad inputs name the input, the value and what is allowed', async () => {
    const root = workspace();
    expect((await notarizeRest(root, { 'wait-timeout': 'forever' })).errors).toEqual([
      'Input "wait-timeout" has the value "forever", but it must be a duration from 1s to 24h: seconds (90) or with a unit (90s, 2m, 1h, 1h30m).',
    ]);
    expect((await notarizeRest(root, { files: 'dist/Sample.app/Contents/Info.plist' })).errors[0]).toMatch(/matched dist\/Sample\.app\/Contents\/Info\.plist, which the notary service does not take/);
    expect((await notarizeRest(root, { files: 'dist/*.exe' })).errors[0]).toMatch(/^Input "files" has the pattern "dist\/\*\.exe", which matched nothing/);
    expect((await notarizeRest(root, { 'api-url': 'http://notary.example.com/notary/v2' })).errors[0]).toMatch(/must be an https URL \(plain http only on localhost\)/);
    expect(notary.calls).toEqual([]);
  });
});

interface XcrunCall {
  args: string[];
}

function readCalls(log: string): XcrunCall[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ args: line.split('\x1f') }));
}

describe('notarize action, notarytool backend (built bundle, recording fake xcrun on PATH)', () => {
  function notarytool(root: string, inputs: Record<string, string>, env: Record<string, string>): Promise<ActionRun> {
    return runBuiltAction('notarize', {
      workspace: root,
      inputs: { files: 'dist/Sample.app', 'poll-interval': '50ms', ...inputs },
      env: { RUNNER_OS: 'macOS', PATH: `${FAKES}:${process.env.PATH}`, ...env },
    });
  }

  test('macOS: ditto, submit --no-wait, info until Accepted, log, staple (retried) then validate; the key file is 0600 under RUNNER_TEMP and gone after', async () => {
    const root = workspace();
    const runnerTemp = tempDir('runner-temp-');
    const log = path.join(tempDir('xcrun-'), 'calls');
    const run = await notarytool(root, KEY_INPUTS(), { FAKE_XCRUN_LOG: log, FAKE_STAPLE_FAILS: '1', RUNNER_TEMP: runnerTemp });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const calls = readCalls(log).map((c) => c.args);
    const keyDir = run.state['key-dir']!;
    expect(path.dirname(keyDir)).toBe(runnerTemp);
    const keyFile = path.join(keyDir, `AuthKey_${notary.key.keyId}.p8`);
    const auth = ['--key', keyFile, '--key-id', notary.key.keyId, '--issuer', notary.key.issuer];
    const app = path.join(root, 'dist/Sample.app');
    const zip = calls[0]!.at(-1)!;
    expect(calls[0]).toEqual(['ditto', '-c', '-k', '--sequesterRsrc', '--keepParent', app, zip]);
    expect(path.basename(zip)).toBe('Sample.zip');
    const id = '2efe2717-52ef-43a5-96dc-0797e4ca1041';
    expect(calls[1]).toEqual(['notarytool', 'submit', zip, ...auth, '--output-format', 'json', '--no-wait']);
    expect(calls[2]).toEqual(['notarytool', 'info', id, ...auth, '--output-format', 'json']);
    expect(calls[3]).toEqual(calls[2]);
    expect(calls[4]!.slice(0, 3)).toEqual(['notarytool', 'log', id]);
    expect(calls[4]!.slice(4)).toEqual(auth);
    expect(calls.slice(5)).toEqual([
      ['stapler', 'staple', app],
      ['stapler', 'staple', app],
      ['stapler', 'validate', app],
    ]);
    expect(readFileSync(`${log}.keys`, 'utf8').trim().split('\n')).toEqual(['key-mode 600', 'key-mode 600', 'key-mode 600', 'key-mode 600']);
    expect(existsSync(keyDir)).toBe(false);
    expect(run.outputs).toMatchObject({ 'submission-id': id, status: 'Accepted', stapled: 'true' });
    expect(run.stdout).toContain('Stapled and validated Sample.app.');
    expect(run.summary).toContain(`- Submitted \`Sample.app\` through notarytool: submission id \`${id}\``);
    expectNoSecrets(run);
  });

  test('Apple ID sign-in passes --apple-id/--password/--team-id and never shows the password; Rejected → annotations, exit 1', async () => {
    const root = workspace();
    const log = path.join(tempDir('xcrun-'), 'calls');
    const password = 'abcd-efgh-ijkl-mnop';
    const run = await notarytool(
      root,
      { files: 'dist/Sample-1.0.0.dmg', 'apple-id': 'dev@example.com', 'app-specific-password': password, 'team-id': 'ABCDE12345' },
      { FAKE_XCRUN_LOG: log, FAKE_NOTARY_STATUS: 'Rejected' },
    );
    expect(run.exitCode).toBe(1);
    const calls = readCalls(log).map((c) => c.args);
    expect(calls[0]).toEqual(['notarytool', 'submit', path.join(root, 'dist/Sample-1.0.0.dmg'), '--apple-id', 'dev@example.com', '--password', password, '--team-id', 'ABCDE12345', '--output-format', 'json', '--no-wait']);
    expect(calls.some((c) => c[0] === 'stapler')).toBe(false);
    const error = run.annotations.find((a) => a.properties.title === 'Notarization Rejected: Sample-1.0.0.dmg');
    expect(error).toMatchObject({ level: 'error', properties: { file: 'Sample.zip/Sample.app/Contents/MacOS/Sample' } });
    expect(error!.message).toContain('The signature of the binary is invalid. (arm64)');
    expect(run.masked).toContain(password);
    expectNoSecrets(run, [password]);
    expect(run.state['key-dir']).toBeUndefined();
  });

  test('stapling that keeps failing fails the step after 4 attempts, with the outputs still set', async () => {
    const root = workspace();
    const log = path.join(tempDir('xcrun-'), 'calls');
    const run = await notarytool(root, { ...KEY_INPUTS(), files: 'dist/Sample-1.0.0.dmg' }, { FAKE_XCRUN_LOG: log, FAKE_STAPLE_FAILS: '99' });
    expect(run.exitCode).toBe(1);
    const dmg = path.join(root, 'dist/Sample-1.0.0.dmg');
    expect(readCalls(log).map((c) => c.args).filter((a) => a[0] === 'stapler')).toEqual(Array(4).fill(['stapler', 'staple', dmg]));
    expect(run.outputs).toMatchObject({ status: 'Accepted', stapled: 'false' });
    expect(run.annotations.find((a) => a.properties.title === 'Stapling failed: Sample-1.0.0.dmg')?.message).toMatch(/xcrun stapler staple .* failed \(exit 65\)/);
    expect(run.errors.at(-1)).toMatch(/^Notarization failed: Sample-1\.0\.0\.dmg is Accepted but not stapled \(submission /);
    expect(run.stdout.match(/Stapling .*Sample-1\.0\.0\.dmg failed \(attempt \d\)/g)).toHaveLength(3);
  });

  test('post removes a key folder left under RUNNER_TEMP by a killed main step, and nothing outside it', async () => {
    const root = workspace();
    const runnerTemp = tempDir('runner-temp-');
    const keyDir = path.join(runnerTemp, 'notarize-key-0123456789ab');
    mkdirSync(keyDir);
    writeFileSync(path.join(keyDir, 'AuthKey_2X9R4HXF34.p8'), notary.key.privateKeyPem, { mode: 0o600 });
    const post = await runBuiltAction('notarize', { workspace: root, entry: 'post', state: { 'key-dir': keyDir }, env: { RUNNER_TEMP: runnerTemp } });
    expect(post.exitCode).toBe(0);
    expect(existsSync(keyDir)).toBe(false);
    expect(readdirSync(runnerTemp)).toEqual([]);

    const outside = tempDir('not-runner-temp-');
    const refused = await runBuiltAction('notarize', { workspace: root, entry: 'post', state: { 'key-dir': outside }, env: { RUNNER_TEMP: runnerTemp } });
    expect(refused.exitCode).toBe(0);
    expect(statSync(outside).isDirectory()).toBe(true);
    expect(refused.annotations[0]?.message).toContain('is not a key folder of this action under RUNNER_TEMP');
  });
});
