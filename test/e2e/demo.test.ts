import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../harness/runner.js';

describe('the demo (the README\'s main command, after its set-up): release-kit rehearse on samples/hello-app', () => {
  test('rehearses the sample through the real release workflow: every leg built, signed, checked; published once; the download verifies', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/demo.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(run.stderr).not.toContain('Error');
    expect(run.status).toBe(0);
    const out = run.stdout;
    // The real workflow's jobs, in needs order, with the matrix from the plan.
    expect(out).toContain('Rehearsing .github/workflows/release.yml for local/hello-app at refs/tags/v1.2.3');
    for (const job of ['▶ job plan on ubuntu-24.04', '▶ job build (linux-x64) on ubuntu-24.04', '▶ job build (windows-x64) on windows-2025 (cross', '▶ job build (backend) on ubuntu-24.04', '▶ job release on ubuntu-24.04']) {
      expect(out).toContain(job);
    }
    expect(out.indexOf('▶ job plan')).toBeLessThan(out.indexOf('▶ job build (linux-x64)'));
    expect(out.indexOf('▶ job build (backend)')).toBeLessThan(out.indexOf('▶ job release'));
    expect(out).toContain('⏭ job attest: skipped (if: inputs.attest)');
    expect(out).toContain('smoke-test needs a Windows runner: not rehearsed on this host');
    expect(out).toContain('3 artifacts (release-kit-backend, release-kit-linux-x64, release-kit-windows-x64) merged → release-files');
    // The release page, the notes with spec-ID links, the summaries.
    expect(out).toContain('draft: false, prerelease: false, latest: true, 9 assets');
    expect(out).toMatch(/hello-app-1\.2\.3-windows-x64\.exe\s+[\d.]+ KiB\s+sha256:[0-9a-f]{64}/);
    expect(out).toContain('[FR-401](https://specs.example.com/FR-401)');
    expect(out).toContain('### ✅ Smoke test passed');
    expect(out).toMatch(/\| Authenticode \(pfx, osslsigncode\) \| CN=Rehearsal Signing, O=release-kit rehearsal \|/);
    expect(out).toMatch(/re-run of publish: success, \d+ read\(s\), 0 writes/);
    // What it could not rehearse is listed with the legs not rehearsed and counted on the verdict's line, not only in a step log.
    expect(out).toMatch(/## Legs not rehearsed\s+- sign \(windows-x64\): step "org\/release-kit › smoke" — smoke-test needs a Windows runner: not rehearsed on this host/);
    expect(out).toContain('Rehearsal passed: the real run would publish this release (1 leg or step not rehearsed here: listed above).');
    // The demo's own checks of the rehearsal's files.
    expect(out).toContain('coreutils sha256sum -c: 5 files OK');
    expect(out).toContain('coreutils sha512sum -c: 5 files OK');
    expect(out.match(/: good signature/g)).toHaveLength(4);
    expect(out).toContain('osslsigncode verify hello-app-1.2.3-windows-x64.exe: signature and timestamp valid (throwaway CA)');
    expect(out).toContain('release-kit verify reports it (FAILED hello-app-1.2.3-windows-x64.exe');
    expect(out).toContain('osslsigncode finds the signature broken');
    // It ends with the release page that would be published: the assets with sizes and digests, the notes, the re-run.
    const page = out.lastIndexOf('The release page that would be published');
    expect(page).toBeGreaterThan(out.indexOf('osslsigncode finds the signature broken'));
    expect(out.slice(page)).toMatch(/v1\.2\.3 — https:\/\/github\.com\/local\/hello-app\/releases\/tag\/v1\.2\.3\n\s+draft: false, prerelease: false, latest: true, 9 assets:/);
    expect(out.slice(page)).toMatch(/hello-app-backend-1\.2\.3-linux-x64\.tar\.gz\s+\d+ B\s+sha256:[0-9a-f]{64}/);
    expect(out.slice(page)).toContain('[FR-401](https://specs.example.com/FR-401)');
    expect(out.trimEnd().split('\n').pop()).toMatch(/re-run of publish: success, \d+ read\(s\), 0 writes$/);
  });
});
