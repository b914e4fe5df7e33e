import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { actionInputs } from '../../kit/action-inputs.js';
import { writeFilesAtomically } from '../../kit/atomic-write.js';
import { table } from '../../kit/markdown.js';
import { writeSummary } from '../../kit/summary.js';
import { parseMessage } from '../../notes/conventional.js';
import { Git } from '../../notes/git.js';
import { buildReleaseNotes, type NotesResult } from '../../notes/release-notes.js';
import { updateChangelog } from '../../notes/write-changelog.js';
import { getNotesSettings } from './input-helper.js';
import { contributionLookupOf } from './lookup.js';

function pullRequestTitle(): string | undefined {
  if (!/^pull_request(_target)?$/.test(process.env.GITHUB_EVENT_NAME ?? '') || !process.env.GITHUB_EVENT_PATH) return undefined;
  const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { title?: string } };
  return event.pull_request?.title;
}

function summary(result: NotesResult, prTitle: string | undefined): string {
  const head = prTitle !== undefined
    ? `### Release preview\n\nMerging this pull request would release **${result.tag}** (${result.bump} bump${result.previousTag ? ` from ${result.previousTag}` : ''}).\n\n`
    : `### Release notes for ${result.tag}\n\n${result.bump} bump${result.previousTag ? ` from ${result.previousTag}` : ' (first release)'}, ${result.commits} commits, ${result.changes.length} changes${result.truncated ? ', notes truncated to fit GitHub' : ''}.\n\n`;
  const counts = Object.entries(result.counts);
  return head + (counts.length ? table(['Section', 'Changes'], counts.map(([title, n]) => [title, String(n)])) + '\n' : '') + `<details><summary>Notes</summary>\n\n${result.markdown}\n</details>\n`;
}

export async function main(): Promise<void> {
  const prTitle = pullRequestTitle();
  const settings = await getNotesSettings(actionInputs, {
    workspace: path.resolve(process.env.GITHUB_WORKSPACE || process.cwd()),
    runnerTemp: process.env.RUNNER_TEMP || process.cwd(),
    ...(process.env.GITHUB_REF ? { ref: process.env.GITHUB_REF } : {}),
    ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
    ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
    ...(prTitle !== undefined ? { pullRequestTitle: prTitle } : {}),
  });
  if (prTitle !== undefined && parseMessage(prTitle).type === undefined) {
    core.warning(`The pull request title ${JSON.stringify(prTitle)} is not a Conventional Commit ("type(scope): subject"); squash-merged, it lands in "Other changes" and bumps nothing.`, { title: 'Release notes' });
  }
  const lookup = contributionLookupOf(settings, core.info);
  const result = await buildReleaseNotes(new Git(settings.directory), { ...settings.request, ...(lookup ? { lookup } : {}) });
  await writeFilesAtomically([{ path: settings.notesFile, content: result.markdown }]);
  if (result.truncated) {
    const where = settings.changelogFile && prTitle === undefined ? `${path.relative(settings.directory, settings.changelogFile) || settings.changelogFile} lists every change` : 'set changelog-file to keep the whole list in a CHANGELOG.md';
    core.warning(`The notes were cut to fit GitHub's release body limit (the body says what was left out); ${where}.`, { title: 'Release notes' });
  }
  let changelogChanged = false;
  if (settings.changelogFile && prTitle === undefined) {
    changelogChanged = await updateChangelog(settings.changelogFile, result, settings.request.render?.repositoryUrl);
    core.info(changelogChanged ? `Updated ${settings.changelogFile} with ${result.version}.` : `${settings.changelogFile} already has ${result.version}.`);
  }
  core.setOutput('version', result.version);
  core.setOutput('tag', result.tag);
  core.setOutput('previous-version', result.previousVersion ?? '');
  core.setOutput('previous-tag', result.previousTag ?? '');
  core.setOutput('bump', result.bump);
  core.setOutput('is-prerelease', String(result.isPrerelease));
  core.setOutput('notes', result.markdown);
  core.setOutput('notes-file', settings.notesFile);
  core.setOutput('spec-ids', JSON.stringify(result.specIds));
  core.setOutput('changelog-updated', String(changelogChanged));
  core.info(`${result.tag}: ${result.bump} bump, ${result.changes.length} changes from ${result.commits} commits${result.previousTag ? ` since ${result.previousTag}` : ''}.`);
  await writeSummary(summary(result, prTitle));
}
