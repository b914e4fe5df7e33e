import { CHANGELOG_TITLE, changelogSection } from './changelog.js';
import { changesOf, commitOf, type CommitRecord, type SquashBodies } from './commits.js';
import { renderNotes, type RenderOptions } from './render.js';
import type { ReleaseTag } from './tags.js';

/** Render settings shared by every section of a changelog. */
export type SectionRenderOptions = Omit<RenderOptions, 'tag' | 'previousTag' | 'maxLength' | 'fullChangelogLink'>;

export interface ReleaseSummary {
  tag: string;
  version: string;
  changes: number;
  counts: Record<string, number>;
}

interface Section {
  tag?: ReleaseTag;
  date: string;
  body: string;
}

/** A release's commits, newest first; their messages are parsed only when it is rendered. */
type Bucket = CommitRecord[];

/**
 * The sections of a whole CHANGELOG.md, written newest first as each release is closed. Release `i` is
 * `tags[i]` (oldest version first); `tags.length` is "Unreleased". A section is held until the next one
 * is known, because its heading links the compare view from that release.
 */
export class ChangelogSections {
  readonly releases: ReleaseSummary[] = [];
  /** A tagged commit → the releases tagged on it, oldest first. */
  readonly releasesTaggedOn = new Map<string, number[]>();
  private readonly tags: readonly ReleaseTag[];
  private readonly render: SectionRenderOptions;
  /** The render options of every section, made once; each section sets its tag (renderNotes keeps nothing of them). */
  private readonly sectionOptions: RenderOptions;
  private readonly to: string;
  private readonly write: (text: string) => void;
  private readonly repo: string | undefined;
  private readonly squashBodies: SquashBodies | undefined;
  private readonly buckets = new Map<number, Bucket>();
  /** Releases whose tagged commit was read → the date of that commit. */
  private readonly tagDates = new Map<number, string>();
  private next: number;
  private held: Section | undefined;
  private written = 0;
  private toSha: string | undefined;

  /** `tags`: oldest version first. `to`: the revision the history was read from, for "Unreleased". */
  constructor(tags: readonly ReleaseTag[], options: { render?: SectionRenderOptions; to: string; squashBodies?: SquashBodies }, write: (text: string) => void) {
    this.tags = tags;
    this.squashBodies = options.squashBodies;
    this.render = options.render ?? {};
    this.to = options.to;
    this.write = write;
    this.sectionOptions = { ...this.render, tag: '', maxLength: Number.MAX_SAFE_INTEGER, fullChangelogLink: false };
    this.repo = this.render.repositoryUrl?.replace(/\/+$/, '');
    this.next = tags.length;
    tags.forEach((tag, release) => {
      const on = this.releasesTaggedOn.get(tag.sha);
      if (on) on.push(release);
      else this.releasesTaggedOn.set(tag.sha, [release]);
    });
  }

  get unreleased(): number {
    return this.tags.length;
  }

  /** Every commit of the history, in stream order: the first is `to`; a tagged one dates its releases. */
  sawCommit(sha: string, date: string): void {
    this.toSha ??= sha;
    const on = this.releasesTaggedOn.get(sha);
    // YYYY-MM-DD: a copy (a short string), so it does not keep git's whole output chunk alive until the end.
    if (on) for (const release of on) this.tagDates.set(release, date.slice(0, 10));
  }

  /** A commit listed under `release`. */
  add(release: number, commit: CommitRecord): void {
    if (release > this.next) throw new Error(`internal error: a commit of release ${release} came after that release was written`);
    const bucket = this.buckets.get(release);
    if (bucket) bucket.push(commit);
    else this.buckets.set(release, [commit]);
  }

  /** Writes every release above `open`: no commit still to come belongs to them. */
  closeAbove(open: number): void {
    while (this.next > open) this.close(this.next--);
  }

  /** Writes what is left; the changelog is complete. */
  end(): void {
    this.closeAbove(-1);
    if (this.held) this.flush(this.held);
    else if (!this.written) this.write(`${CHANGELOG_TITLE}\n`);
    this.held = undefined;
  }

  private close(release: number): void {
    const bucket = this.buckets.get(release);
    this.buckets.delete(release);
    const tag = this.tags[release];
    const tagDate = this.tagDates.get(release);
    // A tag whose commit was never read is not reachable from `to`: it is another line's release.
    if (tag ? tagDate === undefined && !bucket : !bucket) return;
    // Messages are parsed only now, release by release; the mainline starts at the tag's commit.
    const changes = changesOf((bucket ?? []).map(commitOf), tag ? tag.sha : this.toSha, this.squashBodies ? { squashBodies: this.squashBodies } : {});
    this.sectionOptions.tag = tag?.name ?? this.to;
    const rendered = renderNotes(changes, this.sectionOptions);
    if (tag) this.releases.push({ tag: tag.name, version: tag.version.version, changes: changes.length, counts: rendered.counts });
    // The tagged commit's date; the newest commit's when the tag's commit belongs to an older release.
    const section: Section = { date: (tagDate ?? bucket?.[0]?.date ?? '').slice(0, 10), body: rendered.markdown };
    if (tag) section.tag = tag;
    if (this.held) this.flush(this.held, tag);
    this.held = section;
  }

  private flush(section: Section, previous?: ReleaseTag): void {
    const { tag } = section;
    const compare = tag && previous && this.repo ? `${this.repo}/compare/${previous.name}...${tag.name}` : undefined;
    const text = tag ? changelogSection(tag.version.version, section.date, section.body, compare) : `## Unreleased\n\n${section.body.trim()}\n`;
    this.write(this.written++ ? `\n${text}` : `${CHANGELOG_TITLE}\n${text}`);
  }
}
