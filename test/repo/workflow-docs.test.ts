/**
 * docs/release-workflow.md is generated from the reusable workflow's YAML (scripts/workflow-docs.mjs):
 * the committed file matches a fresh rendering, so every input, secret and output is documented as it is.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, tempDir } from '../harness/runner.js';

function script(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/workflow-docs.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('docs/release-workflow.md', () => {
  test('is up to date with .github/workflows/release.yml', () => {
    const check = script('--check');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  test('lists every input, secret and output of the workflow with its description', () => {
    const workflow = parseYaml(readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
      on: { workflow_call: Record<'inputs' | 'secrets' | 'outputs', Record<string, { description?: string }>> };
    };
    const doc = readFileSync(path.join(ROOT, 'docs/release-workflow.md'), 'utf8');
    for (const kind of ['inputs', 'secrets', 'outputs'] as const) {
      for (const [name, spec] of Object.entries(workflow.on.workflow_call[kind])) {
        expect(doc).toMatch(new RegExp(`^\\| \`${name}\` \\|(?:.*\\|)? ${spec.description!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|$`, 'm'));
      }
    }
  });

  test('a stale copy, or a workflow entry without a description, fails the check with a message saying what to do', () => {
    const dir = tempDir('workflow-docs-');
    const stale = path.join(dir, 'release-workflow.md');
    writeFileSync(stale, readFileSync(path.join(ROOT, 'docs/release-workflow.md'), 'utf8').replace('| `tag` |', '| `tag-name` |'));
    const check = script('--check', '--out', stale);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/release-workflow\.md is stale: run node scripts\/workflow-docs\.mjs to write it again from \.github\/workflows\/release\.yml\./);
    const workflow = path.join(dir, 'release.yml');
    writeFileSync(workflow, readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8').replace("        description: 'The release tag.'\n", ''));
    const undocumented = script('--workflow', workflow, '--out', path.join(dir, 'out.md'));
    expect(undocumented.status).toBe(1);
    expect(undocumented.stderr).toContain('output tag has no description.');
  });
});
