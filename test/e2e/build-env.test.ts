/**
 * A target's build-env through the matrix-build bundle as the root action runs it: the workflow hands
 * the step every secret (build-secrets), and the build command — a real bash build of a small product —
 * sees only the variables its target declares, never the step's inputs. A secret the workflow did not
 * pass fails the leg naming the target, the variable and the secret; a PR check leaves it unset.
 */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBuiltAction, tempDir } from '../harness/runner.js';

const TAURI_KEY = 'untrusted comment: rsign encrypted secret key\nRWRTY0IyTAURIKEYTAURIKEY0123456789abcdef';
const PFX = 'MIIKPAIBAzCCCfYGCSqGSIb3DQEHAaCCCecEggnjMIIJ3zCCBg';
const UNRELATED = 'npm-publish-token-7f3a9c';

/** A product whose build records what it sees of the environment, then makes its artifact. */
function product(buildEnv: string): string {
  const root = tempDir('build-env-');
  writeFileSync(
    path.join(root, 'release-kit.yml'),
    `product:
  name: octo
targets:
  - id: windows-x64
    runner: windows-2025
    os: windows
    arch: x64
    build: bash build.sh {version}
    artifacts: [dist/*.tar.gz]
${buildEnv}  - id: linux-x64
    runner: ubuntu-24.04
    os: linux
    arch: x64
    build: bash build.sh {version}
    artifacts: [dist/*.tar.gz]
`,
  );
  writeFileSync(
    path.join(root, 'build.sh'),
    `set -eu
mkdir -p dist
# What a dependency's install script could read: every variable name, and the values of the secret ones.
env | cut -d= -f1 | sort > dist/names.txt
printf '%s' "\${TAURI_SIGNING_PRIVATE_KEY-}" > dist/tauri-key.txt
printf '%s' "\${RELEASE_KIT_CERTIFICATE-}" > dist/pfx.txt
printf '%s\\n' "$RELEASE_KIT_VERSION $RELEASE_KIT_TARGET $RELEASE_KIT_CONFIG" > dist/kit.txt
echo "octo $1" > dist/octo
tar -czf dist/octo.tar.gz -C dist octo
`,
  );
  return root;
}

const DECLARED = '    build-env:\n      TAURI_SIGNING_PRIVATE_KEY: TAURI_SIGNING_PRIVATE_KEY\n      RELEASE_KIT_CERTIFICATE: windows_pfx_base64\n';
/** The log as the runner shows it: its ::add-mask:: commands are consumed, not printed. */
const shown = (text: string): string => text.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
const secrets = (extra: Record<string, string> = {}) => JSON.stringify({ TAURI_SIGNING_PRIVATE_KEY: TAURI_KEY, WINDOWS_PFX_BASE64: PFX, NPM_TOKEN: UNRELATED, github_token: 'ghs_x', ...extra });

describe('build-env: the build gets only what its target declares', () => {
  test('the declared secrets reach the build by their variable names; the rest of build-secrets and the step inputs do not', async () => {
    const root = product(DECLARED);
    const run = await runBuiltAction('matrix-build', { workspace: root, inputs: { target: 'windows-x64', version: '1.2.3', upload: 'false', 'build-secrets': secrets() } });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const dist = path.join(root, 'dist');
    expect(readFileSync(path.join(dist, 'tauri-key.txt'), 'utf8')).toBe(TAURI_KEY);
    expect(readFileSync(path.join(dist, 'pfx.txt'), 'utf8')).toBe(PFX);
    expect(readFileSync(path.join(dist, 'kit.txt'), 'utf8')).toBe(`1.2.3 windows-x64 ${path.join(root, 'release-kit.yml')}\n`);
    const names = readFileSync(path.join(dist, 'names.txt'), 'utf8').split('\n');
    expect(names).toEqual(expect.arrayContaining(['TAURI_SIGNING_PRIVATE_KEY', 'RELEASE_KIT_CERTIFICATE', 'RELEASE_KIT_TARGET', 'PATH']));
    expect(names.filter((name) => name.startsWith('INPUT_') || name === 'NPM_TOKEN' || name === 'WINDOWS_PFX_BASE64')).toEqual([]);
    // Every file the build wrote (the secrets' own files aside) and the log hold no secret value.
    for (const file of ['names.txt', 'kit.txt']) expect(readFileSync(path.join(dist, file), 'utf8')).not.toContain(UNRELATED);
    expect(run.stdout).toContain('Build environment from build-env: TAURI_SIGNING_PRIVATE_KEY, RELEASE_KIT_CERTIFICATE.');
    expect(run.masked).toEqual(expect.arrayContaining([TAURI_KEY, PFX]));
    expect(run.masked).toContain(UNRELATED);
    expect(shown(run.stdout + run.stderr)).not.toContain(UNRELATED);
  });

  test('a target without build-env gets none of the secrets', async () => {
    const root = product(DECLARED);
    const run = await runBuiltAction('matrix-build', { workspace: root, inputs: { target: 'linux-x64', version: '1.2.3', upload: 'false', 'build-secrets': secrets() } });
    expect(run.errors).toEqual([]);
    expect(readFileSync(path.join(root, 'dist', 'tauri-key.txt'), 'utf8')).toBe('');
    const names = readFileSync(path.join(root, 'dist', 'names.txt'), 'utf8').split('\n');
    expect(names.filter((name) => /TAURI|CERTIFICATE|NPM_TOKEN|^INPUT_/.test(name))).toEqual([]);
  });

  test('a secret the workflow did not pass fails the leg before the build runs, naming target, variable and secret; a PR check leaves it unset', async () => {
    const root = product(DECLARED);
    const run = await runBuiltAction('matrix-build', { workspace: root, inputs: { target: 'windows-x64', version: '1.2.3', upload: 'false', 'build-secrets': JSON.stringify({ TAURI_SIGNING_PRIVATE_KEY: TAURI_KEY }) } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      'release-kit.yml: target windows-x64: build-env needs the workflow secret windows_pfx_base64 (for RELEASE_KIT_CERTIFICATE), which build-secrets does not hold (or holds empty); pass it from the calling workflow, e.g. build-secrets: ${{ toJSON(secrets) }}.',
    ]);
    expect(run.stdout).not.toContain('::group::Build');
    const pr = await runBuiltAction('matrix-build', { workspace: root, inputs: { target: 'windows-x64', version: '0.0.0-pr.7', upload: 'false', 'missing-build-env': 'warn' } });
    expect(pr.errors).toEqual([]);
    expect(pr.exitCode).toBe(0);
    expect(pr.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'release-kit.yml: target windows-x64: build-env TAURI_SIGNING_PRIVATE_KEY is left unset: the workflow passed no secret TAURI_SIGNING_PRIVATE_KEY (missing-build-env: warn).',
      'release-kit.yml: target windows-x64: build-env RELEASE_KIT_CERTIFICATE is left unset: the workflow passed no secret windows_pfx_base64 (missing-build-env: warn).',
    ]);
  });

  test('build-secrets that is not a JSON object of texts is one error that does not show it', async () => {
    const root = product(DECLARED);
    const run = await runBuiltAction('matrix-build', { workspace: root, inputs: { target: 'windows-x64', version: '1.2.3', upload: 'false', 'build-secrets': `TAURI_SIGNING_PRIVATE_KEY=${TAURI_KEY}` } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['Input "build-secrets" has the value ***, but it must be a JSON object of secret name → text, e.g. ${{ toJSON(secrets) }}.']);
    expect(shown(run.stdout + run.stderr)).not.toContain('RWRTY0Iy');
  });
});

describe('a build job and a sign job: what the build made moves to a runner where no product code ran', () => {
  test('built-files holds the manifest and the built files under the workspace; downloaded there, matrix-build with build: false collects the same bytes without building', async () => {
    const built = product(DECLARED);
    const run = await runBuiltAction('matrix-build', { workspace: built, inputs: { target: 'windows-x64', version: '1.2.3', upload: 'false', 'build-secrets': secrets() } });
    expect(run.errors).toEqual([]);
    const files = run.outputs['built-files']!.split('\n');
    expect(files.map((file) => path.relative(built, file))).toEqual([path.join('.release-kit', 'built', 'windows-x64.json'), path.join('dist', 'octo.tar.gz')]);
    expect(JSON.parse(readFileSync(files[0]!, 'utf8'))).toEqual({ target: 'windows-x64', version: '1.2.3', files: ['dist/octo.tar.gz'] });
    // The sign job: a checkout (release-kit.yml), then download-artifact, which keeps the paths below the files' common folder: the workspace.
    const signing = tempDir('sign-job-');
    copyFileSync(path.join(built, 'release-kit.yml'), path.join(signing, 'release-kit.yml'));
    for (const file of files) {
      const to = path.join(signing, path.relative(built, file));
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(file, to);
    }
    const collected = await runBuiltAction('matrix-build', { workspace: signing, inputs: { target: 'windows-x64', version: '1.2.3', upload: 'false', build: 'false' } });
    expect(collected.errors).toEqual([]);
    expect(collected.stdout).not.toContain('::group::Build');
    expect(collected.outputs['built-files']).toBe('');
    const [final] = collected.outputs.files!.split('\n');
    expect(path.basename(final!)).toBe('octo-1.2.3-windows-x64.tar.gz');
    expect(readFileSync(final!)).toEqual(readFileSync(path.join(built, 'dist', 'octo.tar.gz')));
    expect(existsSync(path.join(signing, 'dist', 'names.txt'))).toBe(false);
    const other = await runBuiltAction('matrix-build', { workspace: signing, inputs: { target: 'windows-x64', version: '1.2.4', upload: 'false', build: 'false' } });
    expect(other.exitCode).toBe(1);
    expect(other.errors).toEqual([`The files of windows-x64 here were built as version 1.2.3, not 1.2.4 (${path.join(signing, '.release-kit', 'built', 'windows-x64.json')}): they are from another run; download this run's build.`]);
  });
});
