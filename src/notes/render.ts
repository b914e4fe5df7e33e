import type { Change } from './commits.js';

export interface NotesSection {
  title: string;
  types: string[];
}

export const DEFAULT_SECTIONS: NotesSection[] = [
  { title: 'Features', types: ['feat'] },
  { title: 'Bug fixes', types: ['fix'] },
  { title: 'Performance', types: ['perf'] },
  { title: 'Reverts', types: ['revert'] },
  { title: 'Documentation', types: ['docs'] },
  { title: 'Refactoring', types: ['refactor'] },
  { title: 'Tests', types: ['test'] },
  { title: 'Build and CI', types: ['build', 'ci'] },
  { title: 'Chores', types: ['chore', 'style'] },
];

/** Requirement IDs from specs: FR-401, NFR-12, AC-404, TASK-501-001-002, MILESTONE-503, US-7, REQ-3, and spec folders such as 007-packaging-distribution. */
export const DEFAULT_SPEC_ID_PATTERNS = ['\\b(?:FR|NFR|AC|TASK|MILESTONE|US|REQ)-\\d+(?:-\\d+)*\\b', '\\b\\d{3}-[a-z][a-z0-9]*(?:-[a-z0-9]+)+\\b'];

/** GitHub refuses release bodies longer than this. */
export const GITHUB_BODY_LIMIT = 125_000;

export interface RenderOptions {
  /** https://github.com/owner/repo, for commit, PR, issue and compare links; none without it. */
  repositoryUrl?: string;
  tag: string;
  previousTag?: string;
  sections?: NotesSection[];
  breakingTitle?: string;
  otherTitle?: string;
  /** Types left out of the notes (still counted for the version bump). */
  hiddenTypes?: string[];
  specIdPatterns?: RegExp[];
  /** `https://example.com/specs/{id}`: spec IDs become links. */
  specUrlTemplate?: string;
  /** Adds a "Requirements covered" list of every spec ID in the range. */
  requirements?: boolean;
  /** GitHub logins by commit SHA, when looked up. */
  authors?: ReadonlyMap<string, string>;
  /** Logins whose first contribution is in this release, with the PR that brought it. */
  newContributors?: ReadonlyArray<{ login: string; pr?: number }>;
  maxLength?: number;
  /** The "Full changelog" compare line at the end (default true; a CHANGELOG.md links its headings instead). */
  fullChangelogLink?: boolean;
}

export interface RenderedNotes {
  markdown: string;
  /** Changes listed in each section, by title (breaking changes counted on their own too). */
  counts: Record<string, number>;
  specIds: string[];
  truncated: boolean;
}

function compileSpecPatterns(options: RenderOptions): RegExp {
  const sources = (options.specIdPatterns ?? DEFAULT_SPEC_ID_PATTERNS.map((p) => new RegExp(p))).map((p) => `(?:${p.source})`);
  return new RegExp(sources.join('|'), 'g');
}

const RUNS = /\d+|\D+/g;

/**
 * FR-2 before FR-10: runs of digits compare as numbers, other runs case-insensitively. Spec IDs are
 * ASCII, so this needs no ICU collator (creating one costs ~15 ms, a tenth of a whole changelog).
 */
export function naturalCompare(a: string, b: string): number {
  const left = a.toLowerCase().match(RUNS) ?? [];
  const right = b.toLowerCase().match(RUNS) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    const numeric = x.charCodeAt(0) <= 57 && y.charCodeAt(0) <= 57 && x.charCodeAt(0) >= 48 && y.charCodeAt(0) >= 48;
    if (numeric) {
      const difference = Number(x) - Number(y);
      if (difference) return difference;
      return x.length - y.length; // 007 after 7
    }
    return x < y ? -1 : 1;
  }
  return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Spec-ID patterns compiled once per list (a changelog renders a thousand releases with the same one). */
let compiledSpecPatterns: { key: readonly RegExp[] | undefined; regex: RegExp } | undefined;

/** Type → the indexes of the sections that list it, made once per section list. */
const sectionIndexes = new WeakMap<readonly NotesSection[], Map<string, number[]>>();
function sectionIndex(sections: readonly NotesSection[]): Map<string, number[]> {
  let index = sectionIndexes.get(sections);
  if (!index) {
    index = new Map();
    sections.forEach((section, i) => {
      for (const type of section.types) index!.set(type, [...(index!.get(type) ?? []), i]);
    });
    sectionIndexes.set(sections, index);
  }
  return index;
}

export function renderNotes(changes: readonly Change[], options: RenderOptions): RenderedNotes {
  const repo = options.repositoryUrl?.replace(/\/+$/, '');
  if (!compiledSpecPatterns || compiledSpecPatterns.key !== options.specIdPatterns) compiledSpecPatterns = { key: options.specIdPatterns, regex: compileSpecPatterns(options) };
  const specPattern = compiledSpecPatterns.regex;
  const hidden = new Set(options.hiddenTypes ?? []);
  const sections = options.sections ?? DEFAULT_SECTIONS;
  const otherTitle = options.otherTitle ?? 'Other changes';
  const breakingTitle = options.breakingTitle ?? '⚠ Breaking changes';
  const specIds = new Set<string>();
  const specCounts = new Map<string, number>();

  const specLink = (id: string): string => (options.specUrlTemplate ? `[${id}](${options.specUrlTemplate.replaceAll('{id}', encodeURIComponent(id))})` : id);
  const issueLink = (n: number): string => (repo ? `[#${n}](${repo}/issues/${n})` : `#${n}`);
  const DIGIT = /\d/;
  const escapeText = (text: string): string => (/[<>]/.test(text) ? text.replace(/</g, '&lt;').replace(/>/g, '&gt;') : text);
  // Spec IDs and issue numbers all hold a digit: text without one needs no search.
  const linkText = (text: string): string =>
    DIGIT.test(text)
      ? escapeText(text)
          .replace(specPattern, (id) => specLink(id))
          .replace(/(^|[\s(])#(\d+)\b/g, (_, lead: string, n: string) => `${lead}${issueLink(Number(n))}`)
      : escapeText(text);

  /** Spec IDs a change names anywhere in its message, in order; none without a digit to look at. */
  function idsOf(change: Change): string[] {
    let ids: Set<string> | undefined;
    const collect = (text: string): void => {
      if (!DIGIT.test(text)) return;
      for (const id of text.match(specPattern) ?? []) (ids ??= new Set()).add(id);
    };
    collect(change.subject);
    collect(change.body);
    for (const footer of change.footers) collect(footer.value);
    for (const note of change.breakingNotes) collect(note);
    return ids ? [...ids] : [];
  }

  function line(change: Change, text: string): string {
    const ids = idsOf(change);
    for (const id of ids) {
      specIds.add(id);
      specCounts.set(id, (specCounts.get(id) ?? 0) + 1);
    }
    let line = `- ${change.scope ? `**${escapeText(change.scope)}:** ` : ''}${linkText(text)}`;
    if (change.pr !== undefined) line += repo ? ` ([#${change.pr}](${repo}/pull/${change.pr}))` : ` (#${change.pr})`;
    line += repo ? ` ([${change.sha.slice(0, 7)}](${repo}/commit/${change.sha}))` : ` (${change.sha.slice(0, 7)})`;
    const login = options.authors?.get(change.sha);
    if (login) line += ` by @${login}`;
    if (change.issues.length) line += ` — closes ${change.issues.map(issueLink).join(', ')}`;
    if (ids.length) {
      const inSubject = new Set(DIGIT.test(change.subject) ? (change.subject.match(specPattern) ?? []) : []);
      const extraIds = ids.filter((id) => !inSubject.has(id));
      if (extraIds.length) line += ` — ${extraIds.map(specLink).join(', ')}`;
    }
    return line;
  }

  const counts: Record<string, number> = {};
  const blocks: string[] = [];
  const visible = changes.filter((change) => !(change.type && hidden.has(change.type)));

  const breaking = visible.filter((change) => change.breaking);
  if (breaking.length) {
    counts[breakingTitle] = breaking.length;
    const lines = breaking.flatMap((change) => change.breakingNotes.map((note) => `- ${change.scope ? `**${escapeText(change.scope)}:** ` : ''}${linkText(note.replace(/\n+/g, ' '))}`));
    blocks.push(`### ${breakingTitle}\n\n${lines.join('\n')}`);
  }
  // One pass puts each change in its section(s); a type no section lists goes to the "other" one.
  const other = sections.length;
  const members: Change[][] = Array.from({ length: other + 1 }, () => []);
  const sectionsOfType = sectionIndex(sections);
  for (const change of visible) {
    for (const index of sectionsOfType.get(change.type ?? '') ?? [other]) members[index]!.push(change);
  }
  members.forEach((list, index) => {
    if (!list.length) return;
    const title = index === other ? otherTitle : sections[index]!.title;
    counts[title] = list.length;
    blocks.push(`### ${title}\n\n${list.map((change) => line(change, change.subject)).join('\n')}`);
  });
  if (options.requirements && specIds.size) {
    const list = [...specIds].sort(naturalCompare).map((id) => `- ${specLink(id)} (${specCounts.get(id)} ${specCounts.get(id) === 1 ? 'change' : 'changes'})`);
    blocks.push(`### Requirements covered\n\n${list.join('\n')}`);
  }
  if (options.newContributors?.length) {
    const list = options.newContributors.map((c) => `- @${c.login} made their first contribution${c.pr !== undefined ? ` in ${repo ? `[#${c.pr}](${repo}/pull/${c.pr})` : `#${c.pr}`}` : ''}`);
    blocks.push(`### New contributors\n\n${list.join('\n')}`);
  }
  if (!blocks.length) blocks.push('_No changes._');

  const compare = repo ? (options.previousTag ? `${repo}/compare/${options.previousTag}...${options.tag}` : `${repo}/commits/${options.tag}`) : undefined;
  const footer = compare && options.fullChangelogLink !== false ? `**Full changelog**: [${options.previousTag ? `${options.previousTag}...${options.tag}` : options.tag}](${compare})` : '';
  let markdown = blocks.join('\n\n') + (footer ? `\n\n${footer}` : '') + '\n';
  let truncated = false;
  const limit = options.maxLength ?? GITHUB_BODY_LIMIT;
  if (markdown.length > limit) {
    truncated = true;
    const note = (hidden: number): string =>
      `\n\n_… ${hidden} more changes are not shown: the notes exceed GitHub's ${limit.toLocaleString('en')}-character limit.${compare ? ` See the [full changelog](${compare}).` : ''}_\n`;
    const lines = markdown.split('\n');
    const total = lines.filter((l) => l.startsWith('- ')).length;
    let kept = '';
    let shown = 0;
    for (const l of lines) {
      if ((kept + l + '\n').length + note(total).length > limit) break;
      kept += l + '\n';
      if (l.startsWith('- ')) shown++;
    }
    markdown = kept.trimEnd() + note(total - shown);
  }
  return { markdown, counts, specIds: [...specIds].sort(naturalCompare), truncated };
}
