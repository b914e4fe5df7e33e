import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBuiltAction, tempDir } from '../harness/runner.js';

describe('checksum action (built bundle)', () => {
  test('writes SHA256SUMS that sha256sum -c accepts', async () => {
    const workspace = tempDir();
    mkdirSync(path.join(workspace, 'dist'));
    writeFileSync(path.join(workspace, 'dist', 'app.exe'), 'hello');
    const run = await runBuiltAction('checksum', { workspace, inputs: { files: 'dist/*', 'base-dir': 'dist' } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.count).toBe('1');
    execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: path.join(workspace, 'dist') });
  });
});
