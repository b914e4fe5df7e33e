/**
 * The rehearsal's workflow executor on a workflow of run steps only (through the built CLI's --workflow):
 * a matrix from a job output with include and exclude, needs outputs and results, job and step `if:`
 * with success()/failure()/always()/cancelled(), continue-on-error with outcome and conclusion, env at
 * three levels, GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, working-directory, the
 * workflow_call outputs, and GitHub's expression functions (fromJSON, toJSON, contains, startsWith,
 * format, join) — each result made visible through a step summary, as a maintainer would read it.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../harness/runner.js';

const WORKFLOW = `
name: engine
on:
  workflow_call:
    inputs:
      config: { type: string, default: release-kit.yml }
    outputs:
      joined:
        value: \${{ jobs.gather.outputs.joined }}
env:
  TOP: top-level
jobs:
  first:
    runs-on: ubuntu-24.04
    outputs:
      list: \${{ steps.make.outputs.list }}
    steps:
      - id: make
        shell: bash
        run: |
          echo 'list=["a","b"]' >> "$GITHUB_OUTPUT"
          echo "FROM_ENV=set by GITHUB_ENV" >> "$GITHUB_ENV"
          mkdir -p bin sub && printf '#!/bin/sh\\necho tool-on-path\\n' > bin/mytool && chmod +x bin/mytool && echo "$PWD/bin" >> "$GITHUB_PATH"
      - shell: bash
        env:
          STEP: \${{ format('{0}-{1}', 'x', github.ref_name) }}
        run: |
          echo "env: $TOP / $FROM_ENV / $STEP / $(mytool)" >> "$GITHUB_STEP_SUMMARY"
      - shell: bash
        working-directory: sub
        run: |
          echo "cwd: $(basename "$PWD")" >> "$GITHUB_STEP_SUMMARY"
      - id: broken
        continue-on-error: true
        shell: bash
        run: exit 3
      - if: steps.broken.outcome == 'failure' && steps.broken.conclusion == 'success'
        shell: bash
        run: |
          echo "continue-on-error: outcome failure, conclusion success" >> "$GITHUB_STEP_SUMMARY"
  legs:
    needs: first
    strategy:
      fail-fast: false
      matrix:
        name: \${{ fromJSON(needs.first.outputs.list) }}
        size: [1, 2]
        include:
          - { name: a, size: 2, extra: bonus }
          - { name: c, size: 9 }
        exclude:
          - { name: b, size: 1 }
    runs-on: ubuntu-24.04
    steps:
      - shell: bash
        run: |
          echo "leg \${{ matrix.name }}-\${{ matrix.size }}\${{ matrix.extra && format(' ({0})', matrix.extra) || '' }}" >> "$GITHUB_STEP_SUMMARY"
      - if: matrix.name == 'c'
        shell: bash
        run: exit 1
      - if: failure()
        shell: bash
        run: |
          echo "failure() ran in leg \${{ matrix.name }}" >> "$GITHUB_STEP_SUMMARY"
      - if: always() && !cancelled()
        shell: bash
        run: |
          echo "always() ran in leg \${{ matrix.name }}-\${{ matrix.size }}" >> "$GITHUB_STEP_SUMMARY"
  after-legs:
    needs: legs
    runs-on: ubuntu-24.04
    steps:
      - shell: bash
        run: echo never
  gather:
    needs: [first, legs]
    if: always()
    runs-on: ubuntu-24.04
    outputs:
      joined: \${{ steps.j.outputs.joined }}
    steps:
      - id: j
        shell: bash
        env:
          LIST_JSON: \${{ toJSON(fromJSON(needs.first.outputs.list)) }}
        run: |
          echo "joined=\${{ join(fromJSON(needs.first.outputs.list), '+') }}" >> "$GITHUB_OUTPUT"
          echo "legs: \${{ needs.legs.result }}; contains: \${{ contains(fromJSON(needs.first.outputs.list), 'b') }}; startsWith: \${{ startsWith(github.ref, 'refs/tags/') }}; toJSON: $LIST_JSON" | tr -d '\\n ' >> "$GITHUB_STEP_SUMMARY"
`;

describe('the rehearsal executor', () => {
  test('runs a workflow as the runner would: matrix, needs, if and status functions, file commands, expression functions', () => {
    const repo = tempDir('rehearse-engine-');
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '--allow-empty', '-m', 'feat: start'], { cwd: repo });
    const workflow = path.join(repo, 'engine.yml');
    writeFileSync(workflow, WORKFLOW);
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'rehearse', '--ref', 'refs/tags/v3.0.0', '--workflow', workflow, '--out', path.join(tempDir('rehearsal-'), 'out')], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
    const out = run.stdout;
    expect(run.stderr).toBe('');
    // A failed leg fails its job, so the rehearsal fails, as the run would.
    expect(run.status).toBe(1);
    expect(out).toContain('env: top-level / set by GITHUB_ENV / x-v3.0.0 / tool-on-path');
    expect(out).toContain('cwd: sub');
    expect(out).toContain('continue-on-error: outcome failure, conclusion success');
    // Axes from a job output, one combination excluded, one include extending a leg, one adding a leg.
    for (const leg of ['leg a-1', 'leg a-2 (bonus)', 'leg b-2', 'leg c-9']) expect(out).toContain(leg);
    expect(out).not.toContain('leg b-1');
    expect(out.match(/^leg /gm)).toHaveLength(4);
    expect(out).toContain('failure() ran in leg c');
    expect(out).not.toMatch(/failure\(\) ran in leg [ab]/);
    expect(out.match(/^always\(\) ran in leg /gm)).toHaveLength(4);
    // A job needing a failed one is skipped; one with always() runs and reads its result.
    expect(out).toContain('⏭ job after-legs: skipped (legs failed)');
    expect(out).toContain('legs:failure;contains:true;startsWith:true;toJSON:["a","b"]');
    expect(out).toContain('Workflow outputs: joined=a+b');
    expect(out).toContain('Jobs: first success, legs failure, after-legs skipped, gather success.');
    expect(out).toMatch(/- error: legs \(c, 9\), step "run #2": exit 1/);
    expect(out).toMatch(/- warning: first, step "broken": \(continue-on-error\) exit 3/);
  });
});
