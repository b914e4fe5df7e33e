import { UserError } from '../kit/errors.js';
import type { Git } from './git.js';

/** What release notes need of the checkout before they can be trusted: full history, revisions that exist. */

export const SHALLOW_CLONE =
  'The repository is a shallow clone, so earlier releases and commits are missing. Check it out with full history (actions/checkout with fetch-depth: 0).';

/** A shallow clone is deepened (`deepen`) or refused: notes from part of the history would be wrong. */
export async function ensureFullHistory(git: Git, deepen: boolean): Promise<void> {
  if (!(await git.isShallow())) return;
  if (!deepen) throw new UserError(SHALLOW_CLONE);
  await git.run(['fetch', '--unshallow', '--tags', '--quiet']).catch((error: Error) => {
    throw new UserError(`The repository is a shallow clone and deepening it failed (${error.message}). Check it out with full history: actions/checkout with fetch-depth: 0.`);
  });
}

/** How an error names an input: `Input "to"` for an action, `Option --to` for the CLI. */
export type DescribeInput = (name: string) => string;
export const actionInput: DescribeInput = (name) => `Input "${name}"`;

export function unknownRevision(input: string, revision: string, describe: DescribeInput = actionInput): UserError {
  return new UserError(`${describe(input)} has the value ${JSON.stringify(revision)}, but it must name a commit or tag of this repository (no such revision was found).`);
}

/** The full SHA of `revision`, or one error naming the input when it names no commit. */
export async function resolveRevision(git: Git, input: string, revision: string, describe: DescribeInput = actionInput): Promise<string> {
  const sha = await git.resolve(revision);
  if (!sha) throw unknownRevision(input, revision, describe);
  return sha;
}
