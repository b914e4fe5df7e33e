import { githubClient, splitRepository } from '../../kit/github.js';
import { githubContributionLookup } from '../../kit/github-contributions.js';
import type { ContributionLookup } from '../../notes/contributions.js';
import type { NotesSettings } from './input-helper.js';

/** The GitHub lookups of PRs, logins and first-time contributors, when a token and the repository are known. */
export function contributionLookupOf(settings: Pick<NotesSettings, 'token' | 'repository'>, log: (message: string) => void): ContributionLookup | undefined {
  if (!settings.token || !settings.repository) return undefined;
  const { owner, repo } = splitRepository(settings.repository);
  return githubContributionLookup(githubClient({ token: settings.token, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}), log }), owner, repo);
}
