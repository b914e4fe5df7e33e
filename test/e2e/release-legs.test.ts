/**
 * A leg of the reusable release workflow, from .github/workflows/release.yml and action.yml as written
 * (their steps, conditions and wiring evaluated, our actions as built bundles): a small Windows product
 * built here for real — its program compiled with mingw, signed inside the build through the
 * `release-kit sign` hook with the secrets its build-env names, packed by makensis — goes through the
 * build job, then the sign job on a fresh workspace: Authenticode over the installer (osslsigncode, test
 * CA, local RFC 3161 server), the inner-signature audit, checksum and upload. A target whose build does not
 * sign the program inside fails its sign job at the audit, naming the file.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makePki, osslVerify, startTimestampServer, type Pki, type TimestampServer } from '../fixtures/sign/pki.js';
import { ROOT, tempDir } from '../harness/runner.js';
import { runWorkflowJob, type JobContext, type JobRun } from '../harness/workflow-runner.js';
import { minisignKey, type MinisignKey } from '../integration/feed-fixtures.js';
import { execFileSync } from 'node:child_process';

const VERSION = '1.2.0';
let pki: Pki;
let tsa: TimestampServer;
let updaterKey: MinisignKey;
/** The product repository as actions/checkout leaves it. */
let checkout: string;
/** `release-kit` on PATH, as `npm i -D` of the kit would give the build. */
let shims: string;

beforeAll(async () => {
  pki = makePki(tempDir('legs-pki-'));
  updaterKey = minisignKey(tempDir('legs-updater-key-'));
  tsa = await startTimestampServer(pki);
  checkout = tempDir('legs-repo-');
  const target = (id: string, mode: string) => `  - id: ${id}
    runner: windows-2025
    os: windows
    arch: x64
    build: bash build.sh {version} ${mode}
    build-env:
      RELEASE_KIT_CERTIFICATE: WINDOWS_PFX_BASE64
      RELEASE_KIT_CERTIFICATE_PASSWORD: WINDOWS_PFX_PASSWORD
    artifacts: [dist/${mode}/Octo-Setup.exe]
    artifact-name: '{name}-${mode}-{version}-{os}-{arch}.{ext}'
    sign:
      platform: windows
      windows-method: pfx
      ca-file: ca.pem
      timestamp-urls: [${JSON.stringify(tsa.url)}]
`;
  const tauri = target('windows-tauri', 'tauri')
    .replace('      RELEASE_KIT_CERTIFICATE_PASSWORD: WINDOWS_PFX_PASSWORD\n', '      RELEASE_KIT_CERTIFICATE_PASSWORD: WINDOWS_PFX_PASSWORD\n      TAURI_SIGNING_PRIVATE_KEY: TAURI_SIGNING_PRIVATE_KEY\n')
    .replace('artifacts: [dist/tauri/Octo-Setup.exe]', 'artifacts: [dist/tauri/Octo-Setup.exe, dist/tauri/Octo-Setup.exe.sig]');
  writeFileSync(path.join(checkout, 'release-kit.yml'), `product:\n  name: octo\ntargets:\n${target('windows-x64', 'signed')}${target('windows-inner-unsigned', 'plain')}${tauri}`);
  copyFileSync(pki.caPem, path.join(checkout, 'ca.pem'));
  mkdirSync(path.join(checkout, 'src'));
  writeFileSync(path.join(checkout, 'src', 'octo.c'), '#include <stdio.h>\nint main(void) { puts("octo"); return 0; }\n');
  writeFileSync(
    path.join(checkout, 'build.sh'),
    `set -eu
version=$1 mode=$2
mkdir -p "build/$mode" "dist/$mode"
x86_64-w64-mingw32-gcc -O2 -s src/octo.c -o "build/$mode/Octo.exe"
# The inner program is signed while the installer is made: the build tool's sign hook.
if [ "$mode" != plain ]; then release-kit sign "build/$mode/Octo.exe"; fi
cat > "build/$mode/octo.nsi" <<NSI
Unicode true
Name "Octo $version"
OutFile "../../dist/$mode/Octo-Setup.exe"
InstallDir "\\$LOCALAPPDATA\\\\Octo"
RequestExecutionLevel user
Section
SetOutPath "\\$INSTDIR"
File "Octo.exe"
SectionEnd
NSI
makensis -V1 "build/$mode/octo.nsi"
# What \`tauri build\` adds for the updater: the installer's .sig (base64 of a .minisig) made with TAURI_SIGNING_PRIVATE_KEY.
if [ "$mode" = tauri ]; then
  printf '%s' "$TAURI_SIGNING_PRIVATE_KEY" | base64 -d > "build/$mode/updater.key"
  minisign -S -s "build/$mode/updater.key" -m "dist/$mode/Octo-Setup.exe" -x "build/$mode/Octo-Setup.exe.minisig" -t "file:Octo-Setup.exe"
  base64 -w0 "build/$mode/Octo-Setup.exe.minisig" > "dist/$mode/Octo-Setup.exe.sig"
fi
`,
  );
  shims = tempDir('legs-bin-');
  writeFileSync(path.join(shims, 'release-kit'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(ROOT, 'dist/cli/index.js'))} "$@"\n`);
  chmodSync(path.join(shims, 'release-kit'), 0o755);
});

afterAll(async () => {
  await tsa.close();
});

function contexts(target: string) {
  const tauriKey = readFileSync(updaterKey.secretKeyFile).toString('base64');
  const secrets = { WINDOWS_PFX_BASE64: pki.pfxBase64, WINDOWS_PFX_PASSWORD: pki.password, TAURI_SIGNING_PRIVATE_KEY: tauriKey, NPM_TOKEN: 'npm-token-never-in-a-build' };
  return {
    inputs: { config: 'release-kit.yml' },
    // What the starter passes: the repository's secrets to the build (build-secrets), the certificate and the updater key to the signers.
    secrets: { 'windows-certificate': pki.pfxBase64, 'windows-certificate-password': pki.password, 'tauri-signing-private-key': tauriKey, 'build-secrets': JSON.stringify(secrets) },
    matrix: { target, runner: 'windows-2025', os: 'windows', arch: 'x64' },
    needs: { plan: { outputs: { version: VERSION, algorithms: 'sha256' } } },
  };
}

async function leg(target: string): Promise<{ build: JobRun; sign?: JobRun; artifacts: string; built: string; signing: string }> {
  const artifacts = tempDir('legs-artifacts-');
  const env = { PATH: `${shims}:${process.env.PATH}` };
  const built = tempDir('legs-build-job-');
  const job = (workspace: string): JobContext => ({ workspace, artifacts, checkout, contexts: contexts(target), env });
  const build = await runWorkflowJob('build', job(built));
  if (!build.ok) return { build, artifacts, built, signing: '' };
  const signing = tempDir('legs-sign-job-');
  const sign = await runWorkflowJob('sign', job(signing));
  return { build, sign, artifacts, built, signing };
}

const composite = (run: JobRun) => (run.steps.find((s) => s.uses === 'org/release-kit@v1') as unknown as { composite: JobRun }).composite;

describe('release.yml: the build job and the sign job of one leg', () => {
  test('the program is signed inside the build by the hook, the installer in the sign job; the audit proves both; the leg uploads signed, checksummed files', async () => {
    const { build, sign, artifacts, signing } = await leg('windows-x64');
    expect(build.failed?.run?.errors ?? []).toEqual([]);
    expect(build.ok).toBe(true);
    // The build job ran only the build and the upload of what it made.
    expect(composite(build).steps.map((s) => s.id)).toEqual(['build', 'upload-built']);
    const hook = composite(build).steps[0]!.run!;
    expect(hook.stdout).toMatch(/signed \(pfx\): build\/signed\/Octo\.exe — CN=Octo App Signing/);
    expect(readdirSync(path.join(artifacts, 'built-by-release-kit-windows-x64')).sort()).toEqual(['.release-kit', 'dist']);
    expect(sign!.failed?.run?.errors ?? []).toEqual([]);
    expect(sign!.ok).toBe(true);
    const steps = composite(sign!).steps;
    expect(steps.map((s) => s.id)).toEqual(['build', 'codesign', 'audit', 'checksum', 'upload']);
    // The sign job built nothing: the files came from the build job.
    expect(steps[0]!.run!.stdout).not.toContain('::group::Build');
    expect(existsSync(path.join(signing, 'build'))).toBe(false);
    const audit = steps[2]!.run!;
    expect(audit.outputs.passed).toBe('true');
    expect(JSON.parse(audit.outputs.unsigned!)).toEqual([]);
    expect(audit.stdout).toMatch(/SIGNED +octo-signed-1\.2\.0-windows-x64\.exe › .*Octo\.exe \(pe, /);
    const uploaded = path.join(artifacts, 'release-kit-windows-x64');
    expect(readdirSync(uploaded).sort()).toEqual(['SHA256SUMS-windows-x64', 'octo-signed-1.2.0-windows-x64.exe']);
    const installer = path.join(uploaded, 'octo-signed-1.2.0-windows-x64.exe');
    const verified = osslVerify(pki, installer);
    expect(verified.ok).toBe(true);
    expect(verified.output).toMatch(/Timestamp/);
    expect(readFileSync(path.join(uploaded, 'SHA256SUMS-windows-x64'), 'utf8')).toMatch(/^[0-9a-f]{64} {2}octo-signed-1\.2\.0-windows-x64\.exe\n$/);
    // No secret in any log of either job.
    const logs = [...composite(build).steps, ...steps].map((s) => `${s.run?.stdout ?? ''}${s.run?.stderr ?? ''}`).join('\n').split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    expect(logs).not.toContain(pki.password);
    expect(logs).not.toContain(pki.pfxBase64.slice(0, 40));
    expect(logs).not.toContain('npm-token-never-in-a-build');
  });

  test('a target whose build leaves the program inside unsigned fails its sign job at the audit, naming the file', async () => {
    const { build, sign } = await leg('windows-inner-unsigned');
    expect(build.ok).toBe(true);
    expect(sign!.ok).toBe(false);
    const steps = composite(sign!).steps;
    expect(steps.map((s) => s.id)).toEqual(['build', 'codesign', 'audit']);
    expect(steps[1]!.run!.exitCode).toBe(0);
    const audit = steps[2]!.run!;
    expect(audit.exitCode).toBe(1);
    expect(audit.errors.join('\n')).toMatch(/Inner-signature audit failed: 1 file\(s\) that must be signed are not/);
    expect(audit.stdout).toMatch(/UNSIGNED +octo-plain-1\.2\.0-windows-x64\.exe › .*Octo\.exe \(pe\)/);
  });

  test('a Tauri bundle: its updater .sig, made by the build with the key its build-env names, is made again after Authenticode in the sign job and verifies with minisign', async () => {
    const { build, sign, artifacts } = await leg('windows-tauri');
    expect(build.ok).toBe(true);
    expect(sign!.failed?.run?.errors ?? []).toEqual([]);
    expect(sign!.ok).toBe(true);
    const codesign = composite(sign!).steps.find((s) => s.id === 'codesign')!;
    expect(codesign.with['tauri-signature']).toBe('true');
    const records = JSON.parse(codesign.run!.outputs.signed!) as Array<{ file: string; method: string }>;
    expect(records.map((r) => [path.basename(r.file), r.method]).sort()).toEqual([
      ['octo-tauri-1.2.0-windows-x64.exe', 'minisign'],
      ['octo-tauri-1.2.0-windows-x64.exe', 'pfx'],
    ]);
    const uploaded = path.join(artifacts, 'release-kit-windows-tauri');
    const installer = path.join(uploaded, 'octo-tauri-1.2.0-windows-x64.exe');
    expect(osslVerify(pki, installer).ok).toBe(true);
    const minisig = path.join(tempDir('legs-check-'), 'installer.minisig');
    writeFileSync(minisig, Buffer.from(readFileSync(`${installer}.sig`, 'utf8'), 'base64'));
    expect(() => execFileSync('minisign', ['-V', '-q', '-p', updaterKey.publicKeyFile, '-m', installer, '-x', minisig], { stdio: 'pipe' })).not.toThrow();
  });
});
