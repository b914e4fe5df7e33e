import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../kit/errors.js';
import { removeGpgHome } from './linux/gpg-keyring.js';
import { realAppleTools, type AppleTools } from './macos/apple-tools.js';
import { removeKeychain } from './macos/keychain.js';
import type { Leftover } from './signer.js';

/** The tools removing a leftover may need: Apple's (a keychain) and gpgconf (a GNUPGHOME). */
export interface LeftoverTools {
  /** Default: the real tools (macOS). */
  apple?: AppleTools;
  /** Default: `gpgconf` from PATH. */
  gpgconf?: string;
}

/** How a leftover is named in a problem report. */
export function describeLeftover(leftover: Leftover): string {
  switch (leftover.kind) {
    case 'path':
      return leftover.path;
    case 'gpg-home':
      return `GNUPGHOME ${leftover.path}`;
    case 'keychain':
      return `keychain ${leftover.path}`;
  }
}

/**
 * Removes everything the signers left behind — files and folders, temporary GNUPGHOMEs (their
 * agent stopped first), temporary keychains (deleted, the search list restored) — going on after
 * any one fails. Returns one sentence per thing that could not be removed; never throws.
 * Removing something already gone is not a problem, so it is safe to run twice.
 */
export async function removeLeftovers(leftovers: readonly Leftover[], tools: LeftoverTools = {}): Promise<string[]> {
  const problems: string[] = [];
  // Last created first: a keychain goes before the folder its certificate came from.
  for (const leftover of [...leftovers].reverse()) {
    try {
      switch (leftover.kind) {
        case 'path':
          await rm(leftover.path, { recursive: true, force: true, maxRetries: 3 });
          break;
        case 'gpg-home':
          problems.push(...(await removeGpgHome(leftover.path, tools.gpgconf)));
          break;
        case 'keychain':
          problems.push(...(await removeKeychain(tools.apple ?? realAppleTools, leftover)));
          break;
        default:
          problems.push(`Unknown leftover ${JSON.stringify(leftover)}: nothing removed.`);
      }
    } catch (error) {
      problems.push(`Cannot remove ${describeLeftover(leftover)}: ${errorMessage(error)}`);
    }
  }
  return problems;
}

/** Told of each temporary sibling before it is created, and again once it is gone (the codesign step's state). */
export interface TemporaryRecorder {
  add(leftover: Leftover): void;
  remove(leftover: Leftover): void;
}

let recorder: TemporaryRecorder | undefined;

/** Where temporary siblings are recorded from now on (undefined: nowhere, as in the CLI). */
export function recordTemporariesWith(next: TemporaryRecorder | undefined): void {
  recorder = next;
}

/**
 * A temporary path next to `file` — `<prefix><12 hex digits>` in the same folder, so a rename puts it
 * in place atomically — recorded before `work` creates it, removed (file or folder) when `work` is
 * done whatever happened, and unrecorded once gone. A process killed inside `work` leaves the path
 * recorded, for the post step to remove. `extra` suffixes name further paths `work` may create
 * (`<temp><suffix>`), recorded and removed alike.
 */
export async function withTemporarySibling<T>(file: string, prefix: string, work: (temp: string) => Promise<T>, extra: readonly string[] = []): Promise<T> {
  const temp = path.join(path.dirname(file), `${prefix}${randomBytes(6).toString('hex')}`);
  const leftovers: Leftover[] = [temp, ...extra.map((suffix) => temp + suffix)].map((p) => ({ kind: 'path', path: p }));
  for (const leftover of leftovers) recorder?.add(leftover);
  try {
    return await work(temp);
  } finally {
    for (const leftover of leftovers) {
      await rm(leftover.path, { recursive: true, force: true });
      recorder?.remove(leftover);
    }
  }
}
