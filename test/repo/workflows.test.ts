/**
 * The reusable workflows, the root action and the starter workflows as a whole: internal references all
 * at one ref and pointing at files that exist, `with:`/`secrets:` keys that the called action or
 * workflow declares, third-party actions pinned by SHA, least privilege per job, no `${{ }}` inside
 * `run:` scripts, no `secrets: inherit`; and every starter config is a valid release-kit.yml.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseReleaseKitConfig } from '../../src/plan/load-config.js';
import { planRelease } from '../../src/plan/plan.js';
import { SECRET_SETTINGS } from '../../src/cli/sign.js';
import { ROOT } from '../harness/runner.js';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string };
type Job = { uses?: string; steps?: Step[]; permissions?: Record<string, string> | string; with?: Record<string, unknown>; secrets?: Record<string, unknown> | string; if?: string };
type Workflow = { on: Record<string, { inputs?: Record<string, unknown>; secrets?: Record<string, unknown> }>; jobs: Record<string, Job>; permissions?: unknown; concurrency?: { group: string } };

const read = (file: string): unknown => parseYaml(readFileSync(path.join(ROOT, file), 'utf8'));
const REUSABLE = ['.github/workflows/release.yml', '.github/workflows/pr-check.yml'];
const STARTERS = globSync('workflows/*.yml', { cwd: ROOT }).sort();
/** Starters run by hand on an existing release: no release-kit.yml of their own. */
const LIFECYCLE = ['workflows/promote.yml', 'workflows/rollback.yml'];
const OURS = /^org\/release-kit(?:\/(.+?))?@(.+)$/;

/** Every `uses:` of a file with the keys it passes, steps and jobs alike. */
function usesOf(file: string): Array<{ uses: string; with: Record<string, unknown>; secrets?: Record<string, unknown>; run?: undefined }> {
  const doc = read(file) as { runs?: { steps?: Step[] }; jobs?: Record<string, Job> };
  const out: Array<{ uses: string; with: Record<string, unknown>; secrets?: Record<string, unknown> }> = [];
  for (const step of doc.runs?.steps ?? []) if (step.uses) out.push({ uses: step.uses, with: step.with ?? {} });
  for (const job of Object.values(doc.jobs ?? {})) {
    if (job.uses) out.push({ uses: job.uses, with: job.with ?? {}, ...(typeof job.secrets === 'object' ? { secrets: job.secrets } : {}) });
    for (const step of job.steps ?? []) if (step.uses) out.push({ uses: step.uses, with: step.with ?? {} });
  }
  return out;
}

function runsOf(file: string): string[] {
  const doc = read(file) as { runs?: { steps?: Step[] }; jobs?: Record<string, Job> };
  return [...(doc.runs?.steps ?? []), ...Object.values(doc.jobs ?? {}).flatMap((j) => j.steps ?? [])].flatMap((s) => (s.run ? [s.run] : []));
}

const FILES = ['action.yml', ...REUSABLE, ...STARTERS];

describe('reusable workflows, root action, starter workflows', () => {
  test('our actions and workflows are referenced as org/release-kit/<path>@<one ref>, and each exists', () => {
    const refs = new Set<string>();
    const targets: string[] = [];
    for (const file of FILES) {
      for (const { uses } of usesOf(file)) {
        const match = OURS.exec(uses);
        if (!match) continue;
        refs.add(match[2]!);
        targets.push(match[1] ?? '.');
      }
    }
    expect([...refs]).toEqual(['v1']);
    for (const target of new Set(targets)) {
      const exists = target.endsWith('.yml') ? existsSync(path.join(ROOT, target)) : existsSync(path.join(ROOT, target, 'action.yml'));
      expect([target, exists]).toEqual([target, true]);
    }
    // Inside a reusable workflow `./` would be the caller's repository.
    for (const file of [...REUSABLE, 'action.yml']) expect(usesOf(file).filter((u) => u.uses.startsWith('./'))).toEqual([]);
    expect(new Set(targets)).toEqual(new Set(['actions/plan', 'actions/matrix-build', 'actions/codesign', 'actions/notarize', 'actions/audit', 'actions/checksum', 'actions/smoke-test', 'actions/update-feed', 'actions/release-notes', 'actions/publish', 'actions/distribute', '.', '.github/workflows/release.yml', '.github/workflows/pr-check.yml']));
  });

  test('every with:/secrets: key is declared by what it calls (no drift between files)', () => {
    const problems: string[] = [];
    for (const file of FILES) {
      for (const call of usesOf(file)) {
        const match = OURS.exec(call.uses);
        if (!match) continue;
        const target = match[1] ?? '.';
        if (target.endsWith('.yml')) {
          const called = (read(target) as Workflow).on.workflow_call!;
          for (const key of Object.keys(call.with)) if (!Object.hasOwn(called.inputs ?? {}, key)) problems.push(`${file}: ${target} has no input ${key}`);
          for (const key of Object.keys(call.secrets ?? {})) if (!Object.hasOwn(called.secrets ?? {}, key)) problems.push(`${file}: ${target} has no secret ${key}`);
        } else {
          const inputs = (read(path.join(target, 'action.yml')) as { inputs?: Record<string, unknown> }).inputs ?? {};
          for (const key of Object.keys(call.with)) if (!Object.hasOwn(inputs, key)) problems.push(`${file}: ${target} has no input ${key}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('third-party actions are pinned by commit SHA with the version in a comment', () => {
    for (const file of FILES) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const line of text.split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l))) {
        const uses = line.replace(/^\s*(-\s+)?uses:\s*/, '');
        if (OURS.test(uses.split(/\s/)[0]!)) continue;
        expect([file, uses]).toEqual([file, expect.stringMatching(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)]);
      }
    }
  });

  test('no ${{ }} inside run: scripts; no secrets: inherit', () => {
    for (const file of FILES) {
      for (const run of runsOf(file)) expect([file, run.includes('${{')]).toEqual([file, false]);
      expect([file, /secrets:\s*inherit/.test(readFileSync(path.join(ROOT, file), 'utf8'))]).toEqual([file, false]);
    }
  });

  test('a starter grants the reusable workflow every permission its jobs ask for (GitHub refuses a nested job that asks for more)', () => {
    const rank = (level: string | undefined): number => (level === 'write' ? 2 : level === 'read' ? 1 : 0);
    for (const file of STARTERS) {
      for (const [name, job] of Object.entries((read(file) as Workflow).jobs)) {
        const called = job.uses && OURS.exec(job.uses)?.[1];
        if (!called) continue;
        const granted = job.permissions as Record<string, string>;
        for (const [nested, calledJob] of Object.entries((read(called) as Workflow).jobs)) {
          // Every nested job counts, a skipped one too (attest without attest: true): GitHub checks them all when it loads the caller.
          for (const [scope, level] of Object.entries(calledJob.permissions as Record<string, string>)) {
            expect([file, name, nested, scope, rank(granted[scope]) >= rank(level)]).toEqual([file, name, nested, scope, true]);
          }
        }
      }
    }
  });

  test('least privilege: nothing by default, contents: write only in the release job, id-token only where provenance is made', () => {
    for (const file of REUSABLE) {
      const workflow = read(file) as Workflow;
      expect(workflow.permissions).toEqual({});
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect([file, name, typeof job.permissions]).toEqual([file, name, 'object']);
        const permissions = job.permissions as Record<string, string>;
        expect([file, name, permissions.contents === 'write']).toEqual([file, name, file.endsWith('release.yml') && name === 'release']);
        expect([file, name, permissions['id-token'] === 'write']).toEqual([file, name, name === 'attest']);
      }
    }
    const release = read('.github/workflows/release.yml') as Workflow;
    expect(release.concurrency?.group).toContain('${{ github.ref }}');
    expect(release.jobs.attest!.if).toBe('inputs.attest');
    for (const file of STARTERS) expect([file, (read(file) as Workflow).permissions]).toEqual([file, {}]);
  });

  test('pull-requests: read (or write) wherever release-notes looks pull requests up, and every caller grants what the nested jobs ask', () => {
    const level = (permission: string | undefined): number => ['none', 'read', 'write'].indexOf(permission ?? 'none');
    for (const file of REUSABLE) {
      const workflow = read(file) as Workflow;
      const noteJobs = Object.entries(workflow.jobs).filter(([, job]) => (job.steps ?? []).some((s) => s.uses?.includes('/actions/release-notes@')));
      expect(noteJobs.length).toBeGreaterThan(0);
      for (const [name, job] of noteJobs) expect([file, name, level((job.permissions as Record<string, string>)['pull-requests']) >= 1]).toEqual([file, name, true]);
      // A nested job gets at most what its caller grants: GitHub refuses to start the run otherwise.
      const asked = Math.max(...Object.values(workflow.jobs).map((job) => level((job.permissions as Record<string, string> | undefined)?.['pull-requests'])));
      for (const starter of STARTERS) {
        for (const [name, job] of Object.entries((read(starter) as Workflow).jobs)) {
          if (!job.uses?.includes(`/${file}@`)) continue;
          expect([starter, name, level((job.permissions as Record<string, string>)['pull-requests'])]).toEqual([starter, name, asked]);
        }
      }
    }
  });

  test('the release job checks, checksums, signs, builds feeds, writes notes and publishes with the plan\'s expected assets', () => {
    const steps = ((read('.github/workflows/release.yml') as Workflow).jobs.release!.steps ?? []).map((s) => s.uses?.replace(/@.*/, '') ?? 'run');
    expect(steps).toEqual([
      'actions/checkout',
      'actions/download-artifact',
      'run',
      'org/release-kit/actions/checksum',
      'org/release-kit/actions/codesign',
      'org/release-kit/actions/update-feed',
      'org/release-kit/actions/release-notes',
      'org/release-kit/actions/publish',
      'org/release-kit/actions/distribute',
      'actions/upload-artifact',
    ]);
    const publish = (read('.github/workflows/release.yml') as Workflow).jobs.release!.steps!.find((s) => s.uses?.includes('/publish@'))!;
    expect(publish.with!['expected-assets']).toBe('${{ needs.plan.outputs.expected-assets }}');
    // The package-manager secrets reach the distribute step only, which runs after publishing.
    const steps2 = (read('.github/workflows/release.yml') as Workflow).jobs.release!.steps!;
    const managerSecrets = steps2.filter((s) => /secrets\.(package-managers-token|chocolatey-api-key|aur-ssh-key)/.test(JSON.stringify(s)));
    expect(managerSecrets.map((s) => s.uses?.replace(/@.*/, ''))).toEqual(['org/release-kit/actions/distribute']);
    expect(managerSecrets[0]!.if).toBe('inputs.distribute && !inputs.draft');
  });

  test('the workflow hands the plan\'s channel and the updater key to update-feed, the config to release-notes, and outputs what publish stored', () => {
    const workflow = read('.github/workflows/release.yml') as Workflow & { on: { workflow_call: { outputs: Record<string, { value: string }> } } };
    const steps = workflow.jobs.release!.steps!;
    const feed = steps.find((s) => s.uses?.includes('/update-feed@'))!;
    expect(feed.with).toMatchObject({ channel: '${{ needs.plan.outputs.channel }}', 'public-key': '${{ inputs.updater-public-key || needs.plan.outputs.tauri-public-key }}' });
    expect(steps.find((s) => s.uses?.includes('/release-notes@'))!.with!['config-file']).toBe('${{ inputs.config }}');
    expect(workflow.jobs.release!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const outputs = workflow.on.workflow_call.outputs;
    expect(Object.keys(outputs).sort()).toEqual(['assets', 'channel', 'html-url', 'prerelease', 'tag', 'version']);
    expect(outputs.assets!.value).toBe('${{ jobs.release.outputs.assets }}');
    expect((workflow.jobs.release as Job & { outputs: Record<string, string> }).outputs.assets).toBe('${{ steps.publish.outputs.assets }}');
    for (const name of ['tag', 'channel', 'prerelease']) expect((workflow.jobs.plan as Job & { outputs: Record<string, string> }).outputs[name]).toBe(`\${{ steps.plan.outputs.${name} }}`);
  });

  test('a leg audits its final files, and re-makes Tauri .sig files after Windows or macOS signing with the updater key', () => {
    const steps = (read('action.yml') as { runs: { steps: Array<Step & { id?: string }> } }).runs.steps;
    const ids = steps.map((s) => s.id);
    expect(ids.indexOf('audit')).toBeGreaterThan(ids.indexOf('notarize'));
    expect(ids.indexOf('audit')).toBeLessThan(ids.indexOf('checksum'));
    expect(steps.find((s) => s.id === 'audit')!.with!['require-signed']).toBe("${{ inputs.codesign == 'true' && (steps.build.outputs.sign == 'windows' || steps.build.outputs.sign == 'macos') && steps.build.outputs.sign || '' }}");
    expect(steps.find((s) => s.id === 'codesign')!.with).toMatchObject({
      'minisign-key': "${{ inputs.tauri-signing-key != '' && (steps.build.outputs.sign == 'windows' || steps.build.outputs.sign == 'macos') && inputs.tauri-signing-key || inputs.minisign-key }}",
      'tauri-signature': "${{ inputs.tauri-signing-key != '' && (steps.build.outputs.sign == 'windows' || steps.build.outputs.sign == 'macos') }}",
    });
    const build = (read('.github/workflows/release.yml') as Workflow).jobs.sign!.steps!.find((s) => s.uses === 'org/release-kit@v1')!;
    expect(build.with!['tauri-signing-key']).toBe('${{ secrets.tauri-signing-private-key }}');
  });

  test('every secret of every signing method reaches the leg\'s codesign step from a workflow secret; build-secrets reaches only matrix-build', () => {
    const steps = (read('action.yml') as { runs: { steps: Array<Step & { id?: string }> } }).runs.steps;
    const codesign = steps.find((s) => s.id === 'codesign')!.with as Record<string, string>;
    for (const name of SECRET_SETTINGS) expect([name, codesign[name]]).toEqual([name, expect.stringContaining('inputs.')]);
    const rootInputs = new Set(Object.values(codesign).flatMap((value) => [...value.matchAll(/inputs\.([a-z0-9-]+)/g)].map((m) => m[1]!)));
    const workflow = read('.github/workflows/release.yml') as Workflow;
    const leg = workflow.jobs.sign!.steps!.find((s) => s.uses === 'org/release-kit@v1')!.with as Record<string, string>;
    const secretInputs = [...rootInputs].filter((name) => !['config', 'target', 'windows-method', 'timestamp-urls', 'codesign'].includes(name));
    for (const name of secretInputs) expect([name, leg[name]]).toEqual([name, expect.stringMatching(/^\$\{\{ secrets\.[a-z0-9-]+ \}\}$/)]);
    expect(leg['build-secrets']).toBeUndefined();
    expect(workflow.jobs.build!.steps!.find((s) => s.uses === 'org/release-kit@v1')!.with!['build-secrets']).toBe('${{ secrets.build-secrets }}');
    const passing = steps.filter((s) => Object.values(s.with ?? {}).some((value) => String(value).includes('inputs.build-secrets')));
    expect(passing.map((s) => s.id)).toEqual(['build']);
    const pr = (read('.github/workflows/pr-check.yml') as Workflow).jobs.build!.steps!.find((s) => s.uses === 'org/release-kit@v1')!.with!;
    expect(pr['missing-build-env']).toBe('warn');
  });

  test('the product is built in one job with only its build-env, and signed in another where none of its code ran before the secrets', () => {
    const workflow = read('.github/workflows/release.yml') as Workflow & { jobs: Record<string, Job & { needs?: string[] | string }> };
    const build = workflow.jobs.build!;
    const builder = build.steps!.find((s) => s.uses === 'org/release-kit@v1')!.with!;
    // The build job: nothing but build-secrets; it signs, checks and uploads nothing but what it built.
    expect(Object.values(builder).filter((value) => String(value).includes('secrets.'))).toEqual(['${{ secrets.build-secrets }}']);
    expect(builder).toMatchObject({ codesign: 'false', notarize: 'false', audit: 'false', checksum: 'false', 'smoke-test': 'false', upload: 'false', 'upload-built': 'true' });
    // The sign job: the same matrix and runner; release-kit.yml checked out, the build downloaded, no run: step, no build.
    const sign = workflow.jobs.sign!;
    expect(sign.needs).toEqual(['plan', 'build']);
    expect((sign as unknown as { 'runs-on': string })['runs-on']).toBe('${{ matrix.runner }}');
    expect(sign.steps!.map((s) => s.uses?.replace(/@.*/, ''))).toEqual(['actions/checkout', 'actions/download-artifact', 'org/release-kit']);
    expect(sign.steps!.some((s) => s.run)).toBe(false);
    expect(sign.steps![1]!.with).toEqual({ name: 'built-by-release-kit-${{ matrix.target }}' });
    const signer = sign.steps![2]!.with!;
    expect(signer.build).toBe('false');
    for (const key of ['codesign', 'notarize', 'audit', 'checksum', 'smoke-test', 'upload']) expect(signer[key]).toBeUndefined();
    expect(workflow.jobs.release!.needs).toEqual(['plan', 'sign']);
    // The root action uploads what the build made under the name the sign job downloads, never one the release job's release-kit-* takes.
    const steps = (read('action.yml') as { runs: { steps: Array<Step & { id?: string }> } }).runs.steps;
    const upload = steps.find((s) => s.id === 'upload-built')!;
    expect(upload.with).toMatchObject({ name: 'built-by-release-kit-${{ inputs.target }}', path: '${{ steps.build.outputs.built-files }}', 'include-hidden-files': true });
    expect(steps.map((s) => s.id).indexOf('upload-built')).toBe(steps.map((s) => s.id).indexOf('build') + 1);
  });

  test('the promote and rollback starters run publish in that mode on the tag given by hand', () => {
    for (const [file, mode] of [['workflows/promote.yml', 'promote'], ['workflows/rollback.yml', 'rollback']] as const) {
      const workflow = read(file) as Workflow;
      expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch']);
      const uses = usesOf(file);
      expect(uses.map((u) => u.uses)).toEqual(['org/release-kit/actions/publish@v1']);
      expect(uses[0]!.with).toMatchObject({ mode, tag: '${{ inputs.tag }}' });
    }
  });

  test('every starter config is a valid release-kit.yml that plans a release', async () => {
    const configs = globSync('workflows/configs/*.release-kit.yml', { cwd: ROOT }).sort();
    expect(configs.map((c) => path.basename(c, '.release-kit.yml'))).toEqual(STARTERS.filter((s) => !LIFECYCLE.includes(s)).map((s) => path.basename(s, '.yml')).sort());
    for (const file of configs) {
      const config = parseReleaseKitConfig(readFileSync(path.join(ROOT, file), 'utf8'), file);
      const plan = await planRelease({ ...config, product: { ...config.product, 'version-from': 'tag' } }, { ref: 'refs/tags/v1.0.0', event: 'push', root: ROOT });
      expect(plan.matrix.include.length).toBeGreaterThan(0);
    }
  });
});
