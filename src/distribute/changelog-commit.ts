/**
 * Keeping CHANGELOG.md: after publishing, this release's section (as release-notes wrote it into the
 * job's checkout) is put into the default branch's changelog — read fresh through the API, so commits
 * made since the tag are kept — and committed there, or offered as a pull request. The same
 * repository writer as the Homebrew tap and the winget pull request; a re-run changes nothing.
 */
import { UserError } from '../kit/errors.js';
import { headingPattern, upsertChangelogSection } from '../notes/changelog.js';
import { writeToRepository, type RepoApi, type WriteOutcome } from './repo-writer.js';

/** The section of `version` in a changelog (heading to the next `## `), or undefined. */
export function sectionOf(text: string, version: string): string | undefined {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const pattern = headingPattern(version);
  const start = lines.findIndex((line) => pattern.test(line));
  if (start === -1) return undefined;
  let end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  if (end === -1) end = lines.length;
  return `${lines.slice(start, end).join('\n').trimEnd()}\n`;
}

export interface ChangelogCommit {
  /** owner/repo of the product. */
  repository: string;
  /** Path of the changelog in the repository (notes.changelog-file). */
  file: string;
  /** The changelog as release-notes left it in the checkout. */
  updated: string;
  version: string;
  tag: string;
  mode: 'push' | 'pull-request';
}

export async function commitChangelog(api: RepoApi, request: ChangelogCommit): Promise<WriteOutcome> {
  const section = sectionOf(request.updated, request.version);
  if (!section) throw new UserError(`${request.file} has no section for ${request.version}: was it written by release-notes (changelog-file) in this job?`);
  const [owner, repo] = request.repository.split('/') as [string, string];
  const { defaultBranch } = await api.getRepository(owner, repo);
  const current = (await api.readFile(owner, repo, request.file, defaultBranch)) ?? '';
  const content = upsertChangelogSection(current, request.version, section);
  return writeToRepository(api, {
    repository: request.repository,
    files: [{ path: request.file, content }],
    message: `chore(release): ${request.file} for ${request.tag}`,
    mode: request.mode,
    pullBranch: `release-kit/changelog-${request.tag}`,
    pullTitle: `chore(release): ${request.file} for ${request.tag}`,
    pullBody: `The changelog section of ${request.tag}, as published.`,
  });
}
