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
  /**
   * Leave `@user` / `@org/team` in commit text as they are, so publishing the notes notifies them.
   * By default they are neutralised (see `quietMentions`); the authors and new contributors listed on
   * purpose keep their mentions either way.
   */
  allowMentions?: boolean;
  /** GitHub logins by commit SHA, when looked up. */
  authors?: ReadonlyMap<string, string>;
  /** Logins whose first contribution is in this release, with the PR that brought it. */
  newContributors?: ReadonlyArray<{ login: string; pr?: number }>;
  maxLength?: number;
  /** The changelog file that lists every change, named when the release body has to be cut (e.g. CHANGELOG.md). */
  changelogName?: string;
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

/** U+200B ZERO WIDTH SPACE: invisible, but GitHub no longer reads what follows `@` as a login. */
export const MENTION_BREAK = '\u200b';
/** `@` where GitHub starts a mention: not after a word character (e-mail addresses), `/`, `.`, `@` or a backtick. */
const MENTION = /(^|[^\w@./`])@(?=[A-Za-z0-9])/g;
const CODE_SPAN = /(`+)[^`]*?\1/g;

/**
 * `@user` and `@org/team` in commit text become `@\u200buser`: they read the same, but publishing the notes
 * (release body, CHANGELOG.md, a PR comment) does not notify anyone, because GitHub's mention needs the
 * login right after the `@`. Code spans and e-mail addresses are left as they are (GitHub mentions in neither).
 */
export function quietMentions(text: string): string {
  if (!text.includes('@')) return text;
  let out = '';
  let last = 0;
  for (const span of text.matchAll(CODE_SPAN)) {
    out += text.slice(last, span.index).replace(MENTION, `$1@${MENTION_BREAK}`) + span[0];
    last = span.index + span[0].length;
  }
  return out + text.slice(last).replace(MENTION, `$1@${MENTION_BREAK}`);
}

const RUNS = /\d+|\D+/g;
/** Made once: a regular expression literal in a function is a new object at each call. */
const DIGIT = /\d/;
const MARKUP = /[<>]/;
const ISSUE_REFERENCE = /(^|[\s(])#(\d+)\b/g;
const NEWLINES = /\n+/g;
const NO_IDS: string[] = [];

/** `ids` with the spec IDs `text` names added (made when the first is found). */
function collectIds(text: string, specPattern: RegExp, ids: Set<string> | undefined): Set<string> | undefined {
  if (!DIGIT.test(text)) return ids;
  const found = text.match(specPattern);
  if (!found) return ids;
  ids ??= new Set();
  for (const id of found) ids.add(id);
  return ids;
}

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
  const escapeMarkup = (text: string): string => (MARKUP.test(text) ? text.replace(/</g, '&lt;').replace(/>/g, '&gt;') : text);
  const escapeText = options.allowMentions ? escapeMarkup : (text: string): string => quietMentions(escapeMarkup(text));
  // Spec IDs and issue numbers all hold a digit: text without one needs no search.
  const linkText = (text: string): string =>
    DIGIT.test(text)
      ? escapeText(text)
          .replace(specPattern, (id) => specLink(id))
          .replace(ISSUE_REFERENCE, (_, lead: string, n: string) => `${lead}${issueLink(Number(n))}`)
      : escapeText(text);

  /** Spec IDs a change names anywhere in its message, in order; none without a digit to look at. */
  function idsOf(change: Change): string[] {
    let ids = collectIds(change.subject, specPattern, undefined);
    ids = collectIds(change.body, specPattern, ids);
    for (const footer of change.footers) ids = collectIds(footer.value, specPattern, ids);
    for (const note of change.breakingNotes) ids = collectIds(note, specPattern, ids);
    return ids ? [...ids] : NO_IDS;
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
  /** Each block: its title and lines; `tail` blocks (requirements, contributors) are kept first when the body is cut. */
  const blocks: Array<{ title: string; lines: string[]; tail?: boolean }> = [];
  const visible = changes.filter((change) => !(change.type && hidden.has(change.type)));

  const breaking = visible.filter((change) => change.breaking);
  if (breaking.length) {
    counts[breakingTitle] = breaking.length;
    const lines = breaking.flatMap((change) => change.breakingNotes.map((note) => `- ${change.scope ? `**${escapeText(change.scope)}:** ` : ''}${linkText(note.replace(NEWLINES, ' '))}`));
    blocks.push({ title: breakingTitle, lines });
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
    blocks.push({ title, lines: list.map((change) => line(change, change.subject)) });
  });
  if (options.requirements && specIds.size) {
    const list = [...specIds].sort(naturalCompare).map((id) => `- ${specLink(id)} (${specCounts.get(id)} ${specCounts.get(id) === 1 ? 'change' : 'changes'})`);
    blocks.push({ title: 'Requirements covered', lines: list, tail: true });
  }
  if (options.newContributors?.length) {
    const list = options.newContributors.map((c) => `- @${c.login} made their first contribution${c.pr !== undefined ? ` in ${repo ? `[#${c.pr}](${repo}/pull/${c.pr})` : `#${c.pr}`}` : ''}`);
    blocks.push({ title: 'New contributors', lines: list, tail: true });
  }

  const compare = repo ? (options.previousTag ? `${repo}/compare/${options.previousTag}...${options.tag}` : `${repo}/commits/${options.tag}`) : undefined;
  const footer = compare && options.fullChangelogLink !== false ? `**Full changelog**: [${options.previousTag ? `${options.previousTag}...${options.tag}` : options.tag}](${compare})` : '';
  const assemble = (shown: ReadonlyArray<{ title: string; lines: readonly string[] }>, note = ''): string =>
    (shown.length ? shown.map((block) => `### ${block.title}\n\n${block.lines.join('\n')}`).join('\n\n') : '_No changes._') + note + (footer ? `\n\n${footer}` : '') + '\n';
  let markdown = assemble(blocks);
  let truncated = false;
  const limit = options.maxLength ?? GITHUB_BODY_LIMIT;
  if (markdown.length > limit) {
    truncated = true;
    const cut = cutToFit(blocks, limit, (omitted) => noteOf(omitted, { limit, ...(compare ? { compare } : {}), ...(options.changelogName ? { changelogName: options.changelogName } : {}) }), assemble);
    markdown = cut;
  }
  return { markdown, counts, specIds: [...specIds].sort(naturalCompare), truncated };
}

interface Block {
  title: string;
  lines: string[];
  tail?: boolean;
}

/** What a cut body leaves out: per block, how many of its lines. */
interface Omitted {
  title: string;
  hidden: number;
  total: number;
}

function noteOf(omitted: readonly Omitted[], where: { limit: number; compare?: string; changelogName?: string }): string {
  const hidden = omitted.reduce((sum, o) => sum + o.hidden, 0);
  const total = omitted.reduce((sum, o) => sum + o.total, 0);
  const detail = omitted.map((o) => `${o.title}: ${o.hidden.toLocaleString('en')} of ${o.total.toLocaleString('en')}`).join('; ');
  const rest = [where.changelogName ? `${where.changelogName} lists them all` : '', where.compare ? `every commit is in the [full changelog](${where.compare})` : ''].filter(Boolean).join('; ');
  return `\n\n_${hidden.toLocaleString('en')} of ${total.toLocaleString('en')} entries are not shown here (${detail}): the notes exceed GitHub's ${where.limit.toLocaleString('en')}-character limit.${rest ? ` ${rest[0]!.toUpperCase()}${rest.slice(1)}.` : ''}_`;
}

/**
 * The blocks cut to fit `limit`, every heading kept: the requirements and contributors lists are filled
 * first (with at most half the room), then the changes in order, as far as they fit; the note names what
 * each block lost.
 */
function cutToFit(blocks: readonly Block[], limit: number, note: (omitted: Omitted[]) => string, assemble: (blocks: Block[], note: string) => string): string {
  // The note's length with the largest numbers it can hold: the real one is never longer.
  const worst = note(blocks.filter((b) => b.lines.length).map((b) => ({ title: b.title, hidden: b.lines.length, total: b.lines.length })));
  // Each block may end with a `- …` line.
  let budget = limit - assemble(blocks.map((b) => ({ title: b.title, lines: [] })), worst).length - 5 * blocks.length;
  const kept = blocks.map(() => 0);
  // The lists at the end take at most half the room, so a long requirements list leaves room for changes.
  const tailShare = Math.floor(budget / 2);
  for (const tail of [true, false]) {
    const floor = tail ? budget - tailShare : 0;
    blocks.forEach((block, i) => {
      if (Boolean(block.tail) !== tail) return;
      for (const line of block.lines) {
        if (budget - (line.length + 1) < floor) return;
        budget -= line.length + 1;
        kept[i]!++;
      }
    });
  }
  const shown = blocks.map((block, i) => ({ title: block.title, lines: [...block.lines.slice(0, kept[i]), ...(kept[i]! < block.lines.length ? ['- …'] : [])] }));
  const omitted = blocks.flatMap((block, i) => (kept[i]! < block.lines.length ? [{ title: block.title, hidden: block.lines.length - kept[i]!, total: block.lines.length }] : []));
  return assemble(shown, note(omitted));
}
