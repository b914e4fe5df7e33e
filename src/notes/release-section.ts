import { changesOf, commitOf, type CommitRecord } from './commits.js';
import { renderNotes, type RenderOptions } from './render.js';

/** Render settings shared by every section of a changelog. */
export type SectionRenderOptions = Omit<RenderOptions, 'tag' | 'previousTag' | 'maxLength' | 'fullChangelogLink'>;

/** One release of a whole-history changelog: its commits, newest first, messages not yet parsed. */
export interface SectionJob {
  commits: readonly CommitRecord[];
  /** The commit the release was made from (its tag's), where its mainline starts. */
  head: string | undefined;
  /** The tag (or revision, for "Unreleased") the section is about. */
  tag: string;
}

export interface SectionBody {
  /** The section's Markdown below its heading. */
  body: string;
  counts: Record<string, number>;
  changes: number;
}

/** Parses and renders one release of a whole-history changelog. */
export function renderSection(job: SectionJob, options: SectionRenderOptions): SectionBody {
  const changes = changesOf(job.commits.map(commitOf), job.head);
  const rendered = renderNotes(changes, { ...options, tag: job.tag, maxLength: Number.MAX_SAFE_INTEGER, fullChangelogLink: false });
  return { body: rendered.markdown, counts: rendered.counts, changes: changes.length };
}
