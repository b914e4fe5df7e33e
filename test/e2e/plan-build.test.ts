import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ArtifactService } from '../emulator/artifact-service.ts';
import { ROOT, runBuiltAction, tempDir } from '../harness/runner.js';
import { makeGpgKey } from '../harness/sign-keys.js';

function sampleWorkspace(): string {
  const root = tempDir('plan-');
  cpSync(path.join(ROOT, 'samples/hello-app'), root, { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) });
  return root;
}

const cli = (cwd: string, ...args: string[]) => {
  try {
    return { code: 0, out: execFileSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
};

describe('plan action, matrix-build action, release-kit check (built bundles)', () => {
  test('plan: the matrix, version, channel and expected assets of a release tag; the plan in the summary', async () => {
    const workspace = sampleWorkspace();
    const run = await runBuiltAction('plan', { workspace, env: { GITHUB_REF: 'refs/tags/v1.3.0-beta.1', GITHUB_EVENT_NAME: 'push' } });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.matrix!)).toEqual({
      include: [
        { target: 'linux-x64', runner: 'ubuntu-24.04', os: 'linux', arch: 'x64' },
        { target: 'windows-x64', runner: 'windows-2025', os: 'windows', arch: 'x64' },
        { target: 'backend', runner: 'ubuntu-24.04', os: 'linux', arch: 'x64' },
      ],
    });
    expect(run.outputs).toMatchObject({ version: '1.3.0-beta.1', tag: 'v1.3.0-beta.1', channel: 'beta', prerelease: 'true', 'is-release': 'true', kind: 'release' });
    expect(run.outputs['expected-assets']!.split('\n')).toEqual(['hello-app-1.3.0-beta.1-linux-x64.tar.gz', 'hello-app-1.3.0-beta.1-windows-x64.exe', 'hello-app-backend-1.3.0-beta.1-linux-x64.tar.gz']);
    expect(run.summary).toContain('### Plan: hello-app 1.3.0-beta.1 (release of `v1.3.0-beta.1`)');
    expect(run.summary).toContain('| `windows-x64` | `windows-2025` |');
  });

  test('plan: a pull request is a check; a broken config is one error with file, line and column', async () => {
    const workspace = sampleWorkspace();
    const pr = await runBuiltAction('plan', { workspace, env: { GITHUB_REF: 'refs/pull/42/merge', GITHUB_EVENT_NAME: 'pull_request' } });
    expect(pr.outputs).toMatchObject({ kind: 'pr-check', 'is-release': 'false', version: '0.0.0-pr.42' });
    writeFileSync(path.join(workspace, 'release-kit.yml'), readFileSync(path.join(workspace, 'release-kit.yml'), 'utf8').replace('arch: x64', 'arch: amd64'));
    const broken = await runBuiltAction('plan', { workspace, env: { GITHUB_REF: 'refs/tags/v1.0.0' } });
    expect(broken.exitCode).toBe(1);
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]).toBe('release-kit.yml:12:11: targets[linux-x64].arch: must be one of: x64, arm64, x86, universal, any');
    expect(broken.stdout.split('\n').filter((l) => !l.startsWith('::debug::')).join('\n')).not.toMatch(/at .*\.js:\d+/);
    const missing = await runBuiltAction('plan', { workspace, inputs: { config: 'nope.yml' }, env: { GITHUB_REF: 'refs/tags/v1.0.0' } });
    expect(missing.errors).toEqual(['Input "config" has the value "nope.yml", but it must name the release-kit.yml of the repository (relative to the workspace) — is the repository checked out.']);
  });

  test('matrix-build: runs the build, names the files by the template, a real Linux binary and a real Windows PE', async () => {
    const workspace = sampleWorkspace();
    for (const target of ['linux-x64', 'windows-x64'] as const) {
      const run = await runBuiltAction('matrix-build', { workspace, inputs: { target, version: '1.2.3', upload: 'false' } });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      const [file] = run.outputs.files!.split('\n');
      expect(path.basename(file!)).toBe(target === 'linux-x64' ? 'hello-app-1.2.3-linux-x64.tar.gz' : 'hello-app-1.2.3-windows-x64.exe');
      expect(run.outputs['artifact-name']).toBe(`release-kit-${target}`);
      expect(run.stdout).toContain(`::group::Build ${target}: bash build.sh ${target} 1.2.3`);
      expect(run.summary).toContain('Not uploaded (upload: false)');
      // What the root action's later steps switch on, from the target's config.
      expect(run.outputs).toMatchObject({ sign: target === 'windows-x64' ? 'windows' : 'linux', 'sign-files': file, notarize: 'false', 'notarize-files': '', smoke: 'true' });
      // The smoke step reads the target's smoke: block itself (config + target), not ~13 outputs.
      expect(Object.keys(run.outputs).filter((name) => name.startsWith('smoke-'))).toEqual([]);
      if (target === 'windows-x64') expect(readFileSync(file!).subarray(0, 2).toString()).toBe('MZ');
      else expect(execFileSync('tar', ['-tzf', file!], { encoding: 'utf8' })).toContain('hello-app');
    }
  });

  test('the leg as the root action runs it: codesign and smoke-test read the target from release-kit.yml (config + target)', async () => {
    const workspace = sampleWorkspace();
    const built = await runBuiltAction('matrix-build', { workspace, inputs: { target: 'linux-x64', version: '1.2.3', upload: 'false' } });
    expect(built.errors).toEqual([]);
    const key = await makeGpgKey('Release Kit Test <rk@example.com>', 'pass phrase');
    const signed = await runBuiltAction('codesign', { workspace, inputs: { target: 'linux-x64', 'artifacts-dir': built.outputs.dir!, 'gpg-private-key': key.secret, 'gpg-passphrase': 'pass phrase' } });
    expect(signed.errors).toEqual([]);
    expect(readdirSync(built.outputs.dir!).sort()).toEqual(['hello-app-1.2.3-linux-x64.tar.gz', 'hello-app-1.2.3-linux-x64.tar.gz.asc']);
    const smoke = await runBuiltAction('smoke-test', { workspace, inputs: { target: 'linux-x64', version: '1.2.3', 'artifacts-dir': built.outputs.dir! } });
    expect(smoke.errors).toEqual([]);
    expect(smoke.outputs.passed).toBe('true');
    expect(JSON.parse(smoke.outputs.report!).checks.map((c: { name: string; status: string }) => `${c.name} ${c.status}`)).toEqual(expect.arrayContaining(['expect-output passed', 'expect-exit-code passed']));
  }, 120_000);

  test('matrix-build starts from an empty folder for its target: a re-run never ships a stale file', async () => {
    const workspace = sampleWorkspace();
    const stale = path.join(workspace, '.release-kit/artifacts/linux-x64/hello-app-0.9.0-linux-x64.tar.gz');
    mkdirSync(path.dirname(stale), { recursive: true });
    writeFileSync(stale, 'from an earlier run');
    const run = await runBuiltAction('matrix-build', { workspace, inputs: { target: 'linux-x64', version: '1.2.3', upload: 'false' } });
    expect(run.errors).toEqual([]);
    expect(readdirSync(run.outputs.dir!)).toEqual(['hello-app-1.2.3-linux-x64.tar.gz']);
    const outside = await runBuiltAction('matrix-build', { workspace, inputs: { target: 'linux-x64', version: '1.2.3', upload: 'false', 'output-dir': '.' } });
    expect(outside.errors[0]).toMatch(/^Input "output-dir" has the value "\.", but it must be a folder of its own inside the workspace/);
  });

  test('matrix-build refuses a leg whose signer can take none of its files (the check\'s rule, on the real files)', async () => {
    const workspace = sampleWorkspace();
    // A config written before the check existed: built as it is, the leg stops before anything is uploaded.
    writeFileSync(path.join(workspace, 'build.sh'), 'mkdir -p out && echo data > out/hello.tar.gz\n');
    writeFileSync(path.join(workspace, 'mac.yml'), 'product:\n  name: hello\ntargets:\n  - id: mac\n    runner: macos-15\n    os: macos\n    arch: arm64\n    build: bash build.sh\n    artifacts: [out/*]\n    sign: macos\n');
    const run = await runBuiltAction('matrix-build', { workspace, inputs: { config: 'mac.yml', target: 'mac', version: '1.0.0', upload: 'false' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(/^sign: macos can sign none of the files of mac \(hello-1\.0\.0-macos-arm64\.tar\.gz\): codesign\/productsign sign/);
  });

  test('matrix-build uploads the named files as release-kit-<target> with @actions/artifact (emulated artifact service)', async () => {
    const workspace = sampleWorkspace();
    const service = await new ArtifactService().start();
    try {
      const run = await runBuiltAction('matrix-build', { workspace, inputs: { target: 'linux-x64', version: '2.0.0', 'retention-days': '5' }, env: { ACTIONS_RUNTIME_TOKEN: service.token, ACTIONS_RESULTS_URL: service.url } });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(service.problems).toEqual([]);
      const artifact = service.artifacts.get('release-kit-linux-x64')!;
      expect(artifact.finalized).toBe(true);
      expect(run.outputs['artifact-id']).toBe(String(artifact.id));
      expect(run.summary).toContain('Uploaded as artifact `release-kit-linux-x64`.');
      const zip = path.join(tempDir('zip-'), 'artifact.zip');
      writeFileSync(zip, artifact.data);
      expect(execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n')).toEqual(['hello-app-2.0.0-linux-x64.tar.gz']);
      expect(execFileSync('unzip', ['-p', zip, 'hello-app-2.0.0-linux-x64.tar.gz'])).toEqual(readFileSync(run.outputs.files!));
    } finally {
      await service.stop();
    }
  });

  test('matrix-build: a failing build, an empty result, an unknown target, and upload outside Actions are clear errors', async () => {
    const workspace = sampleWorkspace();
    const unknown = await runBuiltAction('matrix-build', { workspace, inputs: { target: 'mac', version: '1.0.0', upload: 'false' } });
    expect(unknown.errors).toEqual(['Input "target" has the value "mac", but it must be the id of a target in release-kit.yml (linux-x64, windows-x64, backend).']);
    const badVersion = await runBuiltAction('matrix-build', { workspace, inputs: { target: 'backend', version: 'v1', upload: 'false' } });
    expect(badVersion.errors[0]).toContain('Input "version" has the value "v1"');
    const notBuilt = await runBuiltAction('matrix-build', { workspace, inputs: { target: 'backend', version: '1.0.0', upload: 'false', build: 'false' } });
    expect(notBuilt.exitCode).toBe(1);
    expect(notBuilt.errors).toEqual(['The build of backend did not produce its artifacts:\n- dist/backend/*.tar.gz matched no file']);
    writeFileSync(path.join(workspace, 'build.sh'), 'echo compiling; echo "error: out of disk" >&2; exit 3\n');
    const failed = await runBuiltAction('matrix-build', { workspace, inputs: { target: 'backend', version: '1.0.0', upload: 'false' } });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors[0]).toContain('The build command failed (exit 3): bash build.sh backend {version}'.replace('{version}', '1.0.0'));
    expect(failed.errors[0]).toContain('error: out of disk');
    cpSync(path.join(ROOT, 'samples/hello-app/build.sh'), path.join(workspace, 'build.sh'));
    const noToken = await runBuiltAction('matrix-build', { workspace, inputs: { target: 'backend', version: '1.0.0' } });
    expect(noToken.exitCode).toBe(1);
    expect(noToken.errors[0]).toContain('ACTIONS_RUNTIME_TOKEN is not set');
  });

  test('release-kit check prints the plan without building; errors carry line and column', () => {
    const workspace = sampleWorkspace();
    const ok = cli(workspace, 'check', '--ref', 'refs/tags/v1.2.3');
    expect(ok.code).toBe(0);
    expect(ok.out).toBe(`release-kit.yml: valid\n\n${readFileSync(path.join(ROOT, 'test/golden/plan-release.txt'), 'utf8')}`);
    expect(existsSync(path.join(workspace, 'dist'))).toBe(false);
    writeFileSync(path.join(workspace, 'release-kit.yml'), 'product:\n  name: x\ntargets: []\n');
    const bad = cli(workspace, 'check');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^release-kit: .*release-kit\.yml:3:10: targets: must list at least 1$/m);
  });
});
