/**
 * Which release each commit belongs to — the oldest release tag that contains it — worked out while
 * `git log --date-order` streams, which shows every commit after all of its children.
 *
 * Releases are numbered by version, oldest 0; `unreleased` (one above the newest) is for commits no
 * release tag contains. A commit's release is the lowest of its own tag and its children's releases,
 * so the walk only keeps the commits it has been told of but not yet seen (the frontier: one commit on
 * a straight history, one per open branch otherwise) — memory does not grow with the history.
 *
 * A commit still to come descends from a frontier commit, so it belongs to no release above the
 * highest one on the frontier: every release above `open()` is complete and can be written.
 */
export class ReleaseWalk {
  /** Commits named as parents but not yet seen → the lowest release among their children seen so far. */
  private readonly frontier = new Map<string, number>();
  /** How many frontier commits carry each release. */
  private readonly waiting: Uint32Array;
  private highest: number;
  private readonly releasesTaggedOn: ReadonlyMap<string, readonly number[]>;
  readonly unreleased: number;

  /** `releasesTaggedOn`: a tagged commit → the releases tagged on it, oldest first; `releases`: how many there are. */
  constructor(releasesTaggedOn: ReadonlyMap<string, readonly number[]>, releases: number) {
    this.releasesTaggedOn = releasesTaggedOn;
    this.unreleased = releases;
    this.waiting = new Uint32Array(releases + 1);
    this.highest = releases;
  }

  /** The release of the next commit of the stream. */
  visit(sha: string, parents: readonly string[]): number {
    let release = this.frontier.get(sha);
    if (release === undefined) {
      release = this.unreleased; // the first commit (`to`), which no child leads to
      if (release > this.highest) this.highest = release;
    } else {
      this.frontier.delete(sha);
      this.waiting[release]!--;
    }
    const tagged = this.releasesTaggedOn.get(sha)?.[0];
    if (tagged !== undefined && tagged < release) release = tagged;
    for (const parent of parents) {
      const known = this.frontier.get(parent);
      if (known === undefined) {
        this.frontier.set(parent, release);
        this.waiting[release]!++;
      } else if (release < known) {
        this.frontier.set(parent, release);
        this.waiting[known]!--;
        this.waiting[release]!++;
      }
    }
    return release;
  }

  /** The highest release a commit still to come can belong to; -1 when none is to come. */
  open(): number {
    while (this.highest >= 0 && this.waiting[this.highest] === 0) this.highest--;
    return this.highest;
  }
}
