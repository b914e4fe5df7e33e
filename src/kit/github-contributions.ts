import type { ContributionLookup } from '../notes/contributions.js';
import { UserError } from './errors.js';
import type { GitHubClient } from './github.js';

function apiError(error: unknown): UserError {
  const status = (error as { status?: number }).status;
  const hint = status === 401 || status === 403 ? ' Check github-token: it needs contents: read and pull-requests: read.' : '';
  return new UserError(`GitHub API lookup for the release notes failed${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message}.${hint}`);
}

/** A commit GitHub does not know (not pushed, or force-pushed away) has no PR and no login: 404/422 → undefined. */
async function unlessUnknown<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 422) return undefined;
    throw apiError(error);
  }
}

/** ContributionLookup over the REST API: two calls a commit at most, one a contributor. */
export function githubContributionLookup(client: GitHubClient, owner: string, repo: string): ContributionLookup {
  return {
    async pullRequestOf(sha) {
      const response = await unlessUnknown(client.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner, repo, commit_sha: sha, per_page: 10 }));
      const data = response?.data ?? [];
      const merged = data.find((pr) => pr.merged_at) ?? data[0];
      return merged ? { number: merged.number, ...(merged.user?.login ? { login: merged.user.login } : {}) } : undefined;
    },
    async authorOf(sha) {
      const response = await unlessUnknown(client.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner, repo, ref: sha }));
      return response?.data.author?.login ?? undefined;
    },
    async isNewContributor(login, before) {
      const response = await unlessUnknown(client.request('GET /repos/{owner}/{repo}/commits', { owner, repo, sha: before, author: login, per_page: 1 }));
      return response !== undefined && response.data.length === 0;
    },
  };
}
