import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { actionInputs, maskSecret } from '../../kit/action-inputs.js';
import { InputError, UserError } from '../../kit/errors.js';
import { writeSummary } from '../../kit/summary.js';
import { importApiKey, NotaryTokens } from '../../notarize/api-key.js';
import type { Log, NotaryBackend } from '../../notarize/backend.js';
import { describeIssue } from '../../notarize/developer-log.js';
import { formatDuration } from '../../kit/duration.js';
import { notarize, type NotarizeResult, type NotarizeTarget } from '../../notarize/notarize.js';
import { NotarytoolBackend } from '../../notarize/notarytool-backend.js';
import { RestNotaryBackend } from '../../notarize/rest-backend.js';
import { resolveTargets } from '../../notarize/targets.js';
import { WaitTimeout } from '../../notarize/wait.js';
import { getNotarizeRequest, type NotarizeSettings } from './input-helper.js';
import { resultSummary, submittedLine, timeoutSummary } from './report.js';

/** The state key the post step reads: a folder holding key material, removed whatever happens. */
export const KEY_DIR_STATE = 'key-dir';

const log: Log = {
  info: core.info,
  warning: (message) => core.warning(message, { title: 'Notarize' }),
  notice: (message) => core.notice(message, { title: 'Notarize' }),
};

/** notarytool reads the key from a file: written under RUNNER_TEMP, 0600, its folder declared to `post` first. */
async function writeKeyFile(settings: NotarizeSettings, pem: string, keyId: string): Promise<{ dir: string; file: string }> {
  const dir = path.join(settings.runnerTemp, `notarize-key-${randomBytes(6).toString('hex')}`);
  core.saveState(KEY_DIR_STATE, dir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `AuthKey_${keyId}.p8`);
  await writeFile(file, pem.endsWith('\n') ? pem : `${pem}\n`, { mode: 0o600, flag: 'wx' });
  return { dir, file };
}

async function targetsOf(settings: NotarizeSettings): Promise<NotarizeTarget[]> {
  const files = settings.patterns.length ? await resolveTargets(settings.patterns, settings.workspace, 'Input "files"') : [];
  if (settings.submissionIds.length === 0) return files.map((file) => ({ path: file }));
  if (files.length && files.length !== settings.submissionIds.length) {
    throw new InputError(
      'Input "submission-id"',
      settings.submissionIds.join(','),
      `it names ${settings.submissionIds.length} submission(s) and files matched ${files.length} (${files.map((f) => path.basename(f)).join(', ')}); give one id per file, in the order of the files, or leave files empty to wait without stapling`,
    );
  }
  return settings.submissionIds.map((id, index) => ({ submissionId: id, ...(files[index] ? { path: files[index] } : {}) }));
}

function setOutputs(results: readonly NotarizeResult[]): void {
  core.setOutput('submission-id', results.map((r) => r.id).join('\n'));
  core.setOutput('status', results.map((r) => r.status).join('\n'));
  core.setOutput('stapled', String(results.length > 0 && results.every((r) => r.stapled)));
  core.setOutput('log-file', results.map((r) => r.logFile ?? '').filter(Boolean).join('\n'));
}

function annotate(results: readonly NotarizeResult[], platform: NotarizeSettings['platform']): void {
  for (const result of results) {
    const issues = result.developerLog?.issues ?? [];
    if (result.status === 'Accepted') {
      for (const issue of issues) core.warning(describeIssue(issue), { title: `Notarization warning: ${result.label}`, ...(issue.path ? { file: issue.path } : {}) });
      if (!result.stapled && result.stapleNote && platform !== 'macos' && result.stapleNote.startsWith('stapling needs macOS')) {
        core.notice(
          `${result.label} is notarized (submission ${result.id}). Nothing was stapled: stapling needs macOS. Gatekeeper fetches the ticket online ` +
            'the first time the app is opened; to make offline first launches work, run `xcrun stapler staple` on a Mac (or notarize on a macOS runner).',
          { title: 'Notarize' },
        );
      } else if (!result.stapled && result.stapleNote) {
        core.notice(`${result.label} is notarized (submission ${result.id}) and was not stapled: ${result.stapleNote}.`, { title: 'Notarize' });
      }
      continue;
    }
    const title = `Notarization ${result.status}: ${result.label}`;
    for (const issue of issues) {
      const annotation = { title, ...(issue.path ? { file: issue.path } : {}) };
      if (issue.severity === 'warning') core.warning(describeIssue(issue), annotation);
      else core.error(describeIssue(issue), annotation);
    }
    if (!issues.some((issue) => issue.severity !== 'warning')) {
      const summary = result.developerLog?.statusSummary;
      core.error(
        `${result.label} (submission ${result.id}) is ${result.status}${summary ? `: ${summary}` : ''}. ` +
          (result.logFile ? `The developer log is in ${result.logFile}.` : `Read the developer log: xcrun notarytool log ${result.id}.`),
        { title },
      );
    }
  }
}

export async function main(): Promise<void> {
  const settings = await getNotarizeRequest(actionInputs, {
    workspace: path.resolve(process.env.GITHUB_WORKSPACE || process.cwd()),
    runnerTemp: path.resolve(process.env.RUNNER_TEMP || path.join(process.cwd(), '.notarize-tmp')),
    ...(process.env.RUNNER_OS ? { runnerOs: process.env.RUNNER_OS } : {}),
  });
  const targets = await targetsOf(settings);
  let keyDir: string | undefined;
  try {
    let backend: NotaryBackend;
    const auth = settings.auth;
    if (auth.kind === 'api-key') {
      const { key, pem } = await importApiKey(auth.key, 'Input "api-key"');
      maskSecret(pem); // the PEM itself, when the input held it base64-encoded
      if (settings.backend === 'rest') {
        backend = new RestNotaryBackend({
          tokens: new NotaryTokens(key, auth.keyId, auth.issuer, { onToken: maskSecret }),
          ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}),
          ...(settings.s3Endpoint ? { s3Endpoint: settings.s3Endpoint } : {}),
          mask: maskSecret,
          warn: log.warning,
          retryDelayMs: Math.min(2000, settings.pollIntervalMs),
        });
      } else {
        const written = await writeKeyFile(settings, pem, auth.keyId);
        keyDir = written.dir;
        backend = new NotarytoolBackend({ auth: { kind: 'api-key', keyFile: written.file, keyId: auth.keyId, issuer: auth.issuer }, tempDir: settings.runnerTemp });
      }
    } else {
      backend = new NotarytoolBackend({ auth, tempDir: settings.runnerTemp });
    }
    const ids: string[] = [];
    let results: NotarizeResult[];
    try {
      results = await notarize({
        backend,
        targets,
        platform: settings.platform,
        staple: settings.staple,
        waitTimeoutMs: settings.waitTimeoutMs,
        pollIntervalMs: settings.pollIntervalMs,
        tempDir: settings.runnerTemp,
        log,
        onSubmitted: async ({ label, id }) => {
          ids.push(id);
          core.setOutput('submission-id', ids.join('\n'));
          await writeSummary(submittedLine(label, id, backend.name, ids.length === 1));
        },
      });
    } catch (error) {
      if (error instanceof WaitTimeout) {
        core.setOutput('submission-id', targets.map((t, i) => t.submissionId ?? ids[i]).filter(Boolean).join('\n'));
        core.setOutput('status', 'In Progress');
        core.setOutput('stapled', 'false');
        await writeSummary(timeoutSummary(error.pending, formatDuration(error.elapsedMs)));
      }
      throw error;
    }
    setOutputs(results);
    annotate(results, settings.platform);
    await writeSummary(resultSummary(results));
    for (const result of results.filter((r) => r.stapleError)) {
      core.error(`${result.label} is notarized (submission ${result.id}) but stapling failed: ${result.stapleError}`, { title: `Stapling failed: ${result.label}` });
    }
    const failed = results.filter((r) => r.status !== 'Accepted' || r.stapleError);
    if (failed.length) {
      throw new UserError(
        `Notarization failed: ${failed.map((r) => (r.stapleError ? `${r.label} is Accepted but not stapled (submission ${r.id})` : `${r.label} is ${r.status} (submission ${r.id}${r.developerLog ? `, ${r.developerLog.issues.length} issue(s)` : ''})`)).join('; ')}. ` +
          'The reasons are in the annotations and the developer log (log-file output).',
      );
    }
    core.info(`Notarized: ${results.map((r) => `${r.label}${r.stapled ? ' (stapled)' : ''}`).join(', ')}.`);
  } finally {
    if (keyDir) await rm(keyDir, { recursive: true, force: true });
  }
}
