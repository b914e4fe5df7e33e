import { CHANGELOG_GRAPH_LOG, CHANGELOG_LOG, COMMIT_RECORD } from './commits.js';
import type { Git, TagRef } from './git.js';

/** What part of the history a whole-history changelog reads. */
export interface HistorySource {
  /** Default HEAD. */
  to?: string;
  /** Only commits touching these paths (one package of a monorepo). */
  paths?: readonly string[];
}

/** A `git` stream whose records wait until a reader is attached. */
class HeldStream {
  readonly done: Promise<void>;
  private reader: ((record: string) => void) | undefined;
  private readonly early: string[] = [];

  constructor(git: Git, args: string[], separator: string, signal: AbortSignal) {
    this.done = git.stream(args, separator, (record) => (this.reader ? this.reader(record) : this.early.push(record)), { signal });
    this.done.catch(() => undefined); // a failure is reported to whoever reads, not as an unhandled rejection
  }

  /** Hands every record, those already read first, to `reader`; resolves when git is done. */
  read(reader: (record: string) => void): Promise<void> {
    this.reader = reader;
    for (const record of this.early.splice(0)) reader(record);
    return this.done;
  }
}

/**
 * The git processes of a whole-history changelog, started at once. `git log --date-order` walks the
 * whole graph before it prints anything; started before the settings and the rendering code load, that
 * wait overlaps them instead of adding to them.
 *
 * - `commits`: every commit from `to`, children before parents — with messages (no `paths`), or the
 *   graph alone (with `paths`: SHA, parents, date), to place the package's commits.
 * - `touching`: with `paths`, the commits that touch them, with messages.
 */
export class HistoryReading {
  readonly to: string;
  readonly paths: readonly string[];
  readonly commits: HeldStream;
  readonly touching: HeldStream | undefined;
  readonly tags: Promise<TagRef[]>;
  readonly shallow: Promise<boolean>;
  private readonly stop = new AbortController();

  constructor(git: Git, source: HistorySource) {
    this.to = source.to || 'HEAD';
    this.paths = source.paths ?? [];
    const { signal } = this.stop;
    this.commits = new HeldStream(git, ['log', '--date-order', ...(this.paths.length ? CHANGELOG_GRAPH_LOG : CHANGELOG_LOG), this.to, '--'], COMMIT_RECORD, signal);
    this.touching = this.paths.length ? new HeldStream(git, ['log', ...CHANGELOG_LOG, this.to, '--', ...this.paths], COMMIT_RECORD, signal) : undefined;
    this.tags = git.tags();
    this.shallow = git.isShallow();
    for (const answer of [this.tags, this.shallow]) answer.catch(() => undefined);
  }

  /** Whether this reading is of `source`. */
  isOf(source: HistorySource): boolean {
    const paths = source.paths ?? [];
    return (source.to || 'HEAD') === this.to && paths.length === this.paths.length && paths.every((p, i) => p === this.paths[i]);
  }

  /** Stops git; a reader waiting on a stream gets `reason`. */
  cancel(reason: unknown): void {
    this.stop.abort(reason);
  }
}
