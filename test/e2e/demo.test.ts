import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../harness/runner.js';

describe('the demo (the README\'s main command, after its set-up)', () => {
  test('releases the sample product end to end: every leg built, signed, checked; published once; the download verifies', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/demo.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(run.stderr).not.toContain('Error');
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toContain('release of v1.2.3: version 1.2.3, channel stable, 3 legs: linux-x64 (ubuntu-24.04), windows-x64 (windows-2025), backend (ubuntu-24.04)');
    expect(out).toMatch(/Authenticode: hello-app-1\.2\.3-windows-x64\.exe signed by CN=Octo App Signing, O=Octo Org, timestamped by http:\/\/127\.0\.0\.1:\d+\/tsa, verified: true/);
    expect(out).toContain('smoke-test: ✅ health-url');
    expect(out).toMatch(/smoke-test: ✅ expect-output/);
    expect(out).toContain('[FR-401](https://specs.example.com/FR-401)');
    expect(out).toContain('draft: false, prerelease: false, latest: true, 9 assets');
    expect(out).toMatch(/re-run of publish: \d+ read\(s\), 0 writes/);
    expect(out).toContain('coreutils sha256sum -c: 5 files OK');
    expect(out.match(/: good signature/g)).toHaveLength(4);
    expect(out).toContain('osslsigncode verify hello-app-1.2.3-windows-x64.exe: signature and timestamp valid (test CA)');
    expect(out).toContain('osslsigncode finds the signature broken');
    expect(out).toContain("all valid against GitHub's OpenAPI description");
  });
});
