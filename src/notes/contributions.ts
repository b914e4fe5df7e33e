import { mapLimit } from '../kit/map-limit.js';
import type { Change } from './commits.js';

/** What the GitHub API adds to notes that git alone cannot tell. */
export interface ContributionLookup {
  /** The merged pull request that brought a commit in, with its author's login. */
  pullRequestOf(sha: string): Promise<{ number: number; login?: string } | undefined>;
  /** The GitHub login of a commit's author, when GitHub links the commit to an account. */
  authorOf(sha: string): Promise<string | undefined>;
  /** True when `login` has no commit reachable from `before` (their first contribution is after it). */
  isNewContributor(login: string, before: string): Promise<boolean>;
}

export interface Contributions {
  /** Changes with the PR numbers the API found for commits whose messages named none. */
  changes: Change[];
  authors: Map<string, string>;
  newContributors: Array<{ login: string; pr?: number }>;
}


const BOT = /\[bot\]$/;

/**
 * Looks up, for every commit of the range once: its PR (when the message named none) and its author's
 * login; then, for each login once, whether this release holds their first contribution.
 */
export async function lookUpContributions(changes: readonly Change[], lookup: ContributionLookup, previousTag: string | undefined): Promise<Contributions> {
  const shas = [...new Set(changes.map((change) => change.sha))];
  const found = await mapLimit(shas, 8, async (sha) => {
    const needsPr = changes.some((change) => change.sha === sha && change.pr === undefined);
    const pr = needsPr ? await lookup.pullRequestOf(sha) : undefined;
    const login = pr?.login ?? (await lookup.authorOf(sha));
    return { sha, pr, login };
  });
  const authors = new Map<string, string>();
  const prOf = new Map<string, number>();
  for (const { sha, pr, login } of found) {
    if (login) authors.set(sha, login);
    if (pr) prOf.set(sha, pr.number);
  }
  const enriched = changes.map((change) => (change.pr === undefined && prOf.has(change.sha) ? { ...change, pr: prOf.get(change.sha)! } : change));
  const logins = [...new Set([...authors.values()].filter((login) => !BOT.test(login)))].sort();
  const newContributors: Contributions['newContributors'] = [];
  if (previousTag) {
    const isNew = await mapLimit(logins, 8, (login) => lookup.isNewContributor(login, previousTag));
    logins.forEach((login, i) => {
      if (!isNew[i]) return;
      // Their oldest change in the range is the one that made them a contributor.
      const first = [...enriched].reverse().find((change) => authors.get(change.sha) === login);
      newContributors.push({ login, ...(first?.pr !== undefined ? { pr: first.pr } : {}) });
    });
  }
  return { changes: enriched, authors, newContributors };
}
