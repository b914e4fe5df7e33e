import * as core from '@actions/core';
import { UserError } from '../../kit/errors.js';
import { describeLeftover, removeLeftovers } from '../../sign/leftovers.js';
import type { Leftover } from '../../sign/signer.js';

/** Must match LEFTOVERS_STATE of the main step. */
const LEFTOVERS_STATE = 'leftovers';

function isLeftover(value: unknown): value is Leftover {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  if (typeof item.path !== 'string' || item.path === '') return false;
  if (item.kind === 'path' || item.kind === 'gpg-home') return true;
  return item.kind === 'keychain' && Array.isArray(item.searchList) && item.searchList.every((entry) => typeof entry === 'string');
}

/** Reads what the main step declared (it may have failed or been cancelled half-way) and removes all of it. */
export function readLeftovers(raw: string): Leftover[] {
  if (raw.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new UserError(`The codesign state "${LEFTOVERS_STATE}" is not JSON; nothing could be cleaned up from it.`);
  }
  if (!Array.isArray(parsed) || !parsed.every(isLeftover)) throw new UserError(`The codesign state "${LEFTOVERS_STATE}" is not a list of leftovers; nothing was removed.`);
  return parsed;
}

export async function main(): Promise<void> {
  const leftovers = readLeftovers(core.getState(LEFTOVERS_STATE));
  if (leftovers.length === 0) {
    core.info('Nothing to clean up: the signing step removed everything it created.');
    return;
  }
  core.info(`Removing what the signing step left behind: ${leftovers.map(describeLeftover).join(', ')}.`);
  const problems = await removeLeftovers(leftovers);
  if (problems.length > 0) {
    throw new UserError(`Key material or temporary signing state could not be removed:\n${problems.join('\n')}`);
  }
  core.info(`Cleaned up ${leftovers.length} leftover(s) of the signing step.`);
}
