/**
 * The kit's runner commands (src/kit/runner-commands.ts) write what `@actions/core` writes for the same
 * calls: annotation lines with escaped properties and messages, masks, debug lines, outputs in
 * $GITHUB_OUTPUT (heredoc entries, whose random delimiter is the only difference) and the job summary.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import * as core from '@actions/core';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as ours from '../../src/kit/runner-commands.js';
import { registerSecret } from '../../src/kit/secrets.js';
import { tempDir } from '../harness/runner.js';

const saved = { ...process.env };
let dir: string;
beforeEach(() => {
  dir = tempDir('runner-commands-');
  process.env.GITHUB_OUTPUT = path.join(dir, 'output');
  process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'summary');
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = 0;
});

/** Everything `run` writes to stdout, to $GITHUB_OUTPUT (delimiters made alike) and to the summary, and the exit code it sets. */
async function wrote(run: () => unknown): Promise<{ stdout: string; output: string; summary: string; exitCode: unknown }> {
  writeFileSync(process.env.GITHUB_OUTPUT!, '');
  writeFileSync(process.env.GITHUB_STEP_SUMMARY!, '');
  process.exitCode = 0;
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  const output = readFileSync(process.env.GITHUB_OUTPUT!, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
  return { stdout, output, summary: readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8'), exitCode: process.exitCode };
}

describe('runner commands', () => {
  const awkward = 'line 1\nline 2: 100% done, ok\r';
  const calls: Array<[string, (api: typeof ours) => unknown]> = [
    ['info', (api) => api.info(awkward)],
    ['debug', (api) => api.debug(awkward)],
    ['error with every property', (api) => api.error(awkward, { title: 'a: b, c', file: 'dist/x.txt', startLine: 3, endLine: 4, startColumn: 1, endColumn: 9 })],
    ['error from an Error', (api) => api.error(new TypeError('bad thing'))],
    ['warning with a title only', (api) => api.warning(awkward, { title: 'Checksum' })],
    ['warning with no properties', (api) => api.warning('plain')],
    ['setFailed', (api) => api.setFailed(awkward)],
    ['setSecret', (api) => api.setSecret('s3cr3t%\n')],
    ['setOutput of a string, a number and an object', (api) => (api.setOutput('files', 'a\nb'), api.setOutput('count', 2), api.setOutput('digests', { a: { sha256: 'x' } }))],
  ];
  test.each(calls)('%s: the same as @actions/core', async (_, call) => {
    expect(await wrote(() => call(ours))).toEqual(await wrote(() => call(core as unknown as typeof ours)));
  });

  test('getInput: INPUT_<NAME> with spaces as _, trimmed, empty when unset — as @actions/core reads it', () => {
    process.env['INPUT_BASE DIR'] = 'wrong';
    process.env.INPUT_BASE_DIR = '  out/ \n';
    process.env['INPUT_ALLOW-EMPTY'] = 'true';
    for (const name of ['base dir', 'allow-empty', 'missing']) expect(ours.getInput(name)).toBe(core.getInput(name));
    expect(ours.getInput('base dir')).toBe('out/');
  });

  test('the summary gets the Markdown and a line end, as core.summary.addRaw(text, true).write() appends it', async () => {
    const markdown = '### Checksums\n\n| a | b |';
    expect(await wrote(() => ours.appendSummary(markdown))).toEqual(await wrote(() => core.summary.addRaw(markdown, true).write()));
  });

  test('an output without $GITHUB_OUTPUT falls back to the ::set-output line, as @actions/core does', async () => {
    delete process.env.GITHUB_OUTPUT;
    const capture = async (api: typeof ours): Promise<string> => {
      let stdout = '';
      const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
      api.setOutput('count', 3);
      spy.mockRestore();
      return stdout;
    };
    expect(await capture(ours)).toBe(await capture(core as unknown as typeof ours));
  });
});

describe('registered secrets', () => {
  test('are hidden, in every form, from annotations, log lines, outputs and the summary; the mask registration keeps the value', async () => {
    const secret = 'pfx pass/wörd+1=';
    registerSecret(secret);
    const forms = [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)];
    const said = (form: string): string => `the tool said ${form} and stopped`;
    const { stdout, output, summary } = await wrote(async () => {
      for (const form of forms) {
        ours.error(said(form), { title: 'Sign' });
        ours.warning(said(form));
        ours.info(said(form));
        ours.setOutput('log', said(form));
        await ours.appendSummary(said(form));
      }
      ours.setFailed(said(secret));
      ours.setSecret(secret);
    });
    const shown = [stdout.replace(/^::add-mask::.*$/m, ''), output, summary].join('\n');
    for (const form of forms) expect(shown).not.toContain(form);
    expect(shown.match(/the tool said \*\*\* and stopped/g)).toHaveLength(16);
    expect(stdout).toContain(`::add-mask::${secret}`);
  });
});
