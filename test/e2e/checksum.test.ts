import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBuiltAction, tempDir, type ActionRun } from '../harness/runner.js';

const TRICKY = ['plain.exe', 'with space.dmg', 'ünïcødé-✓.AppImage', 'back\\slash.deb', 'new\nline.rpm', 'car\rret.zip', '-leading-dash.tar.gz', 'a (b) = c.msi'];

function workspace(files: Record<string, string | Buffer>): string {
  const root = tempDir('ws-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const digest = (algorithm: string, content: string | Buffer): string => createHash(algorithm).update(content).digest('hex');

/** A run that failed the way users should see it: exit 1, one error annotation, no stack trace. */
function expectCleanFailure(run: ActionRun, message: string | RegExp): void {
  expect(run.exitCode).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(message);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('checksum action, generating (built bundle, runner protocol)', () => {
  test('tricky names: coreutils sha256sum -c and sha512sum -c accept what it writes', async () => {
    const files = Object.fromEntries(TRICKY.map((name, i) => [`dist/${name}`, `content ${i}`]));
    const root = workspace(files);
    const run = await runBuiltAction('checksum', { workspace: root, inputs: { files: 'dist/*', 'base-dir': 'dist', algorithms: 'sha256, sha512' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.count).toBe(String(TRICKY.length));
    const dist = path.join(root, 'dist');
    expect(run.outputs.files).toBe(`${path.join(dist, 'SHA256SUMS')}\n${path.join(dist, 'SHA512SUMS')}`);
    const checked = execFileSync('sha256sum', ['--strict', '-c', 'SHA256SUMS'], { cwd: dist, encoding: 'utf8' });
    expect(checked.match(/: OK$/gm)).toHaveLength(TRICKY.length);
    execFileSync('sha512sum', ['--strict', '-c', 'SHA512SUMS'], { cwd: dist });
    const digests = JSON.parse(run.outputs.digests!) as Record<string, Record<string, string>>;
    expect(Object.keys(digests).sort()).toEqual([...TRICKY].sort());
    expect(digests['new\nline.rpm']).toEqual({ sha256: digest('sha256', `content ${TRICKY.indexOf('new\nline.rpm')}`), sha512: digest('sha512', `content ${TRICKY.indexOf('new\nline.rpm')}`) });
  });

  test('bsd format is read by sha256sum -c too, and a corrupted file makes coreutils fail', async () => {
    const root = workspace(Object.fromEntries(TRICKY.map((name) => [name, name])));
    const run = await runBuiltAction('checksum', { workspace: root, inputs: { files: '*', format: 'bsd', output: 'SHA256.tags' } });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(path.join(root, 'SHA256.tags'), 'utf8')).toContain(`SHA256 (plain.exe) = ${digest('sha256', 'plain.exe')}\n`);
    execFileSync('sha256sum', ['--strict', '-c', 'SHA256.tags'], { cwd: root });
    writeFileSync(path.join(root, 'plain.exe'), 'tampered');
    expect(() => execFileSync('sha256sum', ['-c', '--quiet', 'SHA256.tags'], { cwd: root, stdio: 'pipe' })).toThrow();
  });

  test('json format, job summary table and outputs', async () => {
    const root = workspace({ 'out/app.exe': 'exe', 'out/app.dmg': 'dmg' });
    const run = await runBuiltAction('checksum', { workspace: root, inputs: { files: 'out', format: 'json', algorithms: 'sha256\nblake2b512', 'base-dir': 'out' } });
    expect(run.exitCode).toBe(0);
    const json = JSON.parse(readFileSync(path.join(root, 'out/checksums.json'), 'utf8'));
    expect(json.files).toEqual([
      { name: 'app.dmg', size: 3, sha256: digest('sha256', 'dmg'), blake2b512: digest('blake2b512', 'dmg') },
      { name: 'app.exe', size: 3, sha256: digest('sha256', 'exe'), blake2b512: digest('blake2b512', 'exe') },
    ]);
    expect(run.summary).toContain('### Checksums');
    expect(run.summary).toContain('| File | Size | sha256 | blake2b512 |');
    expect(run.summary).toContain(`| app.exe | 3 B | \`${digest('sha256', 'exe')}\``);
  });

  test('overlapping globs, folders and links: each file once; a re-run gives the same bytes', async () => {
    const root = workspace({ 'dist/a.exe': 'a', 'dist/sub/b.exe': 'b' });
    symlinkSync(path.join(root, 'dist/a.exe'), path.join(root, 'dist/a-link.exe'));
    const inputs = { files: 'dist/*.exe\ndist/**\ndist/sub', 'base-dir': 'dist' };
    const first = await runBuiltAction('checksum', { workspace: root, inputs });
    expect(first.exitCode).toBe(0);
    const sums = readFileSync(path.join(root, 'dist/SHA256SUMS'), 'utf8');
    expect(sums).toBe(`${digest('sha256', 'a')}  a-link.exe\n${digest('sha256', 'a')}  a.exe\n${digest('sha256', 'b')}  sub/b.exe\n`);
    const second = await runBuiltAction('checksum', { workspace: root, inputs });
    expect(second.exitCode).toBe(0);
    expect(readFileSync(path.join(root, 'dist/SHA256SUMS'), 'utf8')).toBe(sums);
    expect(readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('asset-names: github lists files by the names GitHub stores for release assets', async () => {
    const root = workspace({ 'dist/win/My App 1.0 (x64).exe': 'w', 'dist/linux/app~1.deb': 'l' });
    const run = await runBuiltAction('checksum', { workspace: root, inputs: { files: 'dist', 'base-dir': 'dist', 'asset-names': 'github' } });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(path.join(root, 'dist/SHA256SUMS'), 'utf8')).toBe(`${digest('sha256', 'w')}  My.App.1.0..x64..exe\n${digest('sha256', 'l')}  app.1.deb\n`);
    const clash = workspace({ 'dist/a b.exe': '1', 'dist/a.b.exe': '2' });
    const failed = await runBuiltAction('checksum', { workspace: clash, inputs: { files: 'dist/*', 'base-dir': 'dist', 'asset-names': 'github' } });
    expectCleanFailure(failed, /would both be the release asset "a\.b\.exe"/);
  });

  test('a pattern matching nothing is a warning; nothing at all is an error unless allow-empty', async () => {
    const root = workspace({ 'dist/app.exe': 'x' });
    const partial = await runBuiltAction('checksum', { workspace: root, inputs: { files: 'dist/*.exe\ndist/*.dmg' } });
    expect(partial.exitCode).toBe(0);
    expect(partial.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: 'The pattern "dist/*.dmg" in "files" matched no file.' }));

    const none = await runBuiltAction('checksum', { workspace: root, inputs: { files: 'build/*' } });
    expectCleanFailure(none, /^Input "files" matched no file \("build\/\*" in .+\); check the patterns/);

    const empty = await runBuiltAction('checksum', { workspace: root, inputs: { files: 'build/*', 'allow-empty': 'true', output: 'EMPTY' } });
    expect(empty.exitCode).toBe(0);
    expect(empty.outputs.count).toBe('0');
    expect(readFileSync(path.join(root, 'EMPTY'), 'utf8')).toBe('');
  });
});

describe('checksum action, bad input: one clear error, nothing written', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['unknown algorithm', { files: '*', algorithms: 'sha256,md5' }, /^Input "algorithms" has the value "sha256,md5", but "md5" is not allowed; each item must be one of: sha256, sha384, sha512, sha3-256, blake2b512\.$/],
    ['glob outside the workspace', { files: '../*' }, /^Input "files" has the pattern "\.\.\/\*", which reaches outside the workspace/],
    ['unknown format', { files: '*', format: 'xml' }, /^Input "format" has the value "xml", but it must be one of: gnu, bsd, json\.$/],
    ['missing base-dir', { files: '*', 'base-dir': 'nope' }, /^Input "base-dir" has the value "nope", but it must name an existing folder/],
    ['no files and no verify', { files: '' }, /^Input "files" has the value "", but it is required/],
    ['bad allow-empty', { files: '*', 'allow-empty': 'maybe' }, /^Input "allow-empty" has the value "maybe", but it must be true or false\.$/],
    ['one name for two algorithms', { files: '*', algorithms: 'sha256,sha512', output: 'SUMS' }, /put \{ALG\} or \{alg\} in the name/],
    ['missing verify file', { verify: 'SHA256SUMS' }, /^Input "verify" names .+SHA256SUMS, which does not exist/],
    ['output above the workspace', { files: '*', output: '../../x' }, /^Input "output" has the value "\.\.\/\.\.\/x", but it must stay inside the workspace .+ \(after resolving "\.\." and symbolic links; it points to \/.+\)\.$/],
    ['output at an absolute path elsewhere', { files: '*', output: '/tmp/rk-escaped-SUMS' }, /^Input "output" has the value "\/tmp\/rk-escaped-SUMS", but it must stay inside the workspace/],
    ['base-dir above the workspace', { files: '*', 'base-dir': '..' }, /^Input "base-dir" has the value "\.\.", but it must stay inside the workspace/],
    ['a sums file outside the workspace', { verify: '/etc/passwd' }, /^Input "verify" has the value "\/etc\/passwd", but it must stay inside the workspace/],
  ];
  test.each(cases)('%s', async (_, inputs, message) => {
    const root = workspace({ 'app.exe': 'x' });
    const run = await runBuiltAction('checksum', { workspace: root, inputs });
    expectCleanFailure(run, message);
    expect(readdirSync(root)).toEqual(['app.exe']);
    expect(run.outputs).toEqual({});
  });

  test('paths that leave the workspace through a symbolic link are refused too', async () => {
    const root = workspace({ 'app.exe': 'x' });
    symlinkSync('/etc', path.join(root, 'etc-link'));
    const run = await runBuiltAction('checksum', { workspace: root, inputs: { files: '*', 'base-dir': 'etc-link' } });
    expectCleanFailure(run, /^Input "base-dir" has the value "etc-link", but it must stay inside the workspace .+ it points to \/etc\)\.$/);
    const out = await runBuiltAction('checksum', { workspace: root, inputs: { files: 'app.exe', output: 'etc-link/rk-SUMS' } });
    expectCleanFailure(out, /^Input "output" has the value "etc-link\/rk-SUMS", but it must stay inside the workspace/);
    expect(existsSync('/etc/rk-SUMS')).toBe(false);
  });

  test('an untrusted sums file naming files outside base-dir: refused, nothing outside read or shown', async () => {
    const root = workspace({ 'dist/app.exe': 'x' });
    writeFileSync(path.join(root, 'dist/SHA256SUMS'), `${digest('sha256', 'x')}  app.exe
${'0'.repeat(64)}  ../../../../../../etc/passwd
`);
    const run = await runBuiltAction('checksum', { workspace: root, inputs: { verify: 'dist/SHA256SUMS' } });
    expectCleanFailure(run, /SHA256SUMS names files outside base-dir .+: line 2 "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd"\. Names in a sums file are relative to base-dir and must stay inside it; nothing was read\.$/);
    expect(run.stdout).not.toContain('root:x:0:0');
    expect(run.summary).not.toContain('root:x:0:0');
  });

  test('a malformed sums line names the file and line', async () => {
    const root = workspace({ 'app.exe': 'x', 'SHA256SUMS': `${digest('sha256', 'x')}  app.exe\ngarbage\n` });
    expectCleanFailure(await runBuiltAction('checksum', { workspace: root, inputs: { verify: 'SHA256SUMS' } }), /SHA256SUMS, line 2: cannot read "garbage"/);
  });

  const asRoot = process.getuid?.() === 0 ? test : test.skip;
  asRoot('an unreadable file is an error naming it (run as an unprivileged user)', async () => {
    const root = workspace({ 'dist/ok.exe': 'x', 'dist/secret.exe': 'y' });
    chmodSync(path.join(root, 'dist/secret.exe'), 0o000);
    execFileSync('chmod', ['-R', 'a+rwX', root]);
    chmodSync(path.join(root, 'dist/secret.exe'), 0o000);
    const run = await runBuiltAction('checksum', { workspace: root, inputs: { files: 'dist/*' }, uid: 65534 });
    expectCleanFailure(run, `Cannot read ${path.join(root, 'dist/secret.exe')}: permission denied.`);
    expect(existsSync(path.join(root, 'SHA256SUMS'))).toBe(false);
  });
});

describe('checksum action, verifying', () => {
  test('all files match: summary says so, outputs count them', async () => {
    const root = workspace({ 'dist/a.exe': 'a', 'dist/b c.dmg': 'b' });
    execFileSync('sh', ['-c', 'sha256sum -- * > SHA256SUMS'], { cwd: path.join(root, 'dist') });
    const run = await runBuiltAction('checksum', { workspace: root, inputs: { verify: 'dist/SHA256SUMS' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.count).toBe('2');
    expect(run.summary).toContain('### ✅ Checksums: all 2 files match `dist/SHA256SUMS`');
  });

  test('mixed BSD-tagged algorithms: each is checked, the digests output holds both', async () => {
    const root = workspace({ 'x.bin': 'x' });
    writeFileSync(path.join(root, 'CHECKSUMS'), `SHA256 (x.bin) = ${digest('sha256', 'x')}\nSHA512 (x.bin) = ${digest('sha512', 'x')}\n`);
    const run = await runBuiltAction('checksum', { workspace: root, inputs: { verify: 'CHECKSUMS' } });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.digests!)).toEqual({ 'x.bin': { sha256: digest('sha256', 'x'), sha512: digest('sha512', 'x') } });
    expect(run.outputs.count).toBe('1');
  });

  test('each mismatch, missing and unlisted file is an error annotation on its line', async () => {
    const root = workspace({ 'dist/a.exe': 'a', 'dist/b.exe': 'changed', 'dist/extra.exe': 'e' });
    writeFileSync(path.join(root, 'dist/SHA256SUMS'), `${digest('sha256', 'a')}  a.exe\n${digest('sha256', 'b')}  b.exe\n${digest('sha256', 'c')}  c.exe\n`);
    const run = await runBuiltAction('checksum', { workspace: root, inputs: { verify: 'dist/SHA256SUMS', files: 'dist/*.exe' } });
    expect(run.exitCode).toBe(1);
    const annotations = run.annotations.filter((a) => a.level === 'error');
    expect(annotations.map((a) => [a.properties.title, a.properties.file, a.properties.line])).toEqual([
      ['Checksum mismatch', 'dist/SHA256SUMS', '2'],
      ['Checksum missing', 'dist/SHA256SUMS', '3'],
      ['Checksum unlisted', 'dist/SHA256SUMS', undefined],
      [undefined, undefined, undefined],
    ]);
    expect(annotations[0]!.message).toBe(`b.exe: sha256 is ${digest('sha256', 'changed')}, but SHA256SUMS expects ${digest('sha256', 'b')}.`);
    expect(annotations.at(-1)!.message).toBe('3 of 4 checks against dist/SHA256SUMS failed; see the annotations.');
    expect(run.summary).toContain('### ❌ Checksums: 3 problems in `dist/SHA256SUMS`');
  });
});
