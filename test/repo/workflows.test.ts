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
import { ROOT } from '../harness/runner.js';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string };
type Job = { uses?: string; steps?: Step[]; permissions?: Record<string, string> | string; with?: Record<string, unknown>; secrets?: Record<string, unknown> | string; if?: string };
type Workflow = { on: Record<string, { inputs?: Record<string, unknown>; secrets?: Record<string, unknown> }>; jobs: Record<string, Job>; permissions?: unknown; concurrency?: { group: string } };

const read = (file: string): unknown => parseYaml(readFileSync(path.join(ROOT, file), 'utf8'));
const REUSABLE = ['.github/workflows/release.yml', '.github/workflows/pr-check.yml'];
const STARTERS = globSync('workflows/*.yml', { cwd: ROOT }).sort();
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
    expect(new Set(targets)).toEqual(new Set(['actions/plan', 'actions/matrix-build', 'actions/codesign', 'actions/notarize', 'actions/checksum', 'actions/smoke-test', 'actions/update-feed', 'actions/release-notes', 'actions/publish', 'actions/distribute', '.', '.github/workflows/release.yml', '.github/workflows/pr-check.yml']));
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

  test('every starter config is a valid release-kit.yml that plans a release', async () => {
    const configs = globSync('workflows/configs/*.release-kit.yml', { cwd: ROOT }).sort();
    expect(configs.map((c) => path.basename(c, '.release-kit.yml'))).toEqual(STARTERS.map((s) => path.basename(s, '.yml')).sort());
    for (const file of configs) {
      const config = parseReleaseKitConfig(readFileSync(path.join(ROOT, file), 'utf8'), file);
      const plan = await planRelease({ ...config, product: { ...config.product, 'version-from': 'tag' } }, { ref: 'refs/tags/v1.0.0', event: 'push', root: ROOT });
      expect(plan.matrix.include.length).toBeGreaterThan(0);
    }
  });
});
