/**
 * Conventional Commits 1.0, read the way release engineers need them: type, scope, `!`, footers
 * (`BREAKING CHANGE:`, `Refs:`, `Closes #12`), reverts, PR merge commits and squash-merge bodies that
 * list several commits. A message that is not conventional is kept (as type `undefined`), never dropped.
 */

export interface Footer {
  token: string;
  value: string;
}

export interface ParsedMessage {
  /** `feat`, `fix`, … lower-cased; undefined when the header is not conventional. */
  type?: string;
  scope?: string;
  breaking: boolean;
  /** Text of `BREAKING CHANGE:` footers, or the subject when only `!` marks the break. */
  breakingNotes: string[];
  subject: string;
  body: string;
  footers: Footer[];
  /** The PR number from `(#123)` at the end of the subject or a PR merge commit. */
  pr?: number;
  /** Issues named by `Closes/Fixes/Resolves #12` or `Refs: #12`. */
  issues: number[];
  /** The commit a revert undoes (`This reverts commit <sha>.` or a `Refs: <sha>` footer). */
  reverts?: string;
  /** Header of the reverted commit, from `Revert "<header>"`. */
  revertedHeader?: string;
  /** The conventional commits listed in the body (`* fix: …`) of a squash merge whose own header is not conventional, each once. */
  squashed: ParsedMessage[];
}

/** type(scope)!: subject — groups 1 to 4, unnamed (named groups cost a little on every one of 10,000 commits). */
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
/** Token, separator, value — groups 1 to 3, unnamed like HEADER's. */
const FOOTER = /^(BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(: | #)(.*)$/;
const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/;
const PR_MERGE = /^Merge pull request #(?<pr>\d+) from \S+/;
const REVERT_HEADER = /^Revert "(?<header>.+)"\s*$/;
const REVERTS_COMMIT = /This reverts commit (?<sha>[0-9a-f]{7,40})/;
const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+(?<refs>#\d+(?:\s*(?:,|and)\s*#\d+)*)/gi;
const SHA = /^[0-9a-f]{7,40}$/;
const ISSUE_TOKENS = new Set(['refs', 'ref', 'closes', 'fixes', 'resolves', 'see', 'issue', 'issues']);

function numbers(text: string): number[] {
  return [...text.matchAll(/#(\d+)/g)].map((m) => Number(m[1]));
}

const BREAKING_LINE = /^BREAKING[ -]CHANGE:(?: |$)/;
const BREAKING_ANYWHERE = /^BREAKING[ -]CHANGE:(?: |$)/m;

/** Where the trailing paragraphs made of footer lines start (`body.length` when none), read from the end. */
function trailingFootersStart(body: string): number {
  let first = body.length;
  let end = body.length; // end (exclusive) of the line being read
  let top = -1; // first line of the paragraph being read; -1 between paragraphs
  for (;;) {
    const newline = end === 0 ? -1 : body.lastIndexOf('\n', end - 1);
    const start = newline + 1;
    const blank = body.slice(start, end).trim() === '';
    if (!blank) top = start;
    if ((blank || newline === -1) && top !== -1) {
      const eol = body.indexOf('\n', top);
      if (!FOOTER.test(body.slice(top, eol === -1 ? body.length : eol).trim())) return first;
      first = top;
      top = -1;
    }
    if (newline === -1) return first;
    end = newline;
  }
}

/**
 * Footers, as Conventional Commits 1.0 and git trailers define them:
 * - a `BREAKING CHANGE:` (or `BREAKING-CHANGE:`) line starts the footers wherever it stands, and its
 *   value runs on — over blank lines and further paragraphs — until the next `Token: value` line;
 * - otherwise the footers are the trailing paragraph(s) made of `Token: value` / `Token #value` lines
 *   (git trailers such as `Signed-off-by:`), whose values may wrap.
 * Only the footers are cut into lines: a long body costs one scan of its end.
 */
function splitFooters(body: string): { text: string; footers: Footer[] } {
  let first = trailingFootersStart(body);
  // A breaking-change footer before them starts the footers there: nothing after it is body text.
  if (body.includes('BREAKING')) {
    const breaking = BREAKING_ANYWHERE.exec(body);
    if (breaking && breaking.index < first) first = breaking.index;
  }
  if (first === body.length) return { text: body.trim(), footers: NONE };
  const footers: Footer[] = [];
  for (const line of body.slice(first).split('\n')) {
    const trimmed = line.trim();
    const match = FOOTER.exec(trimmed);
    // `Closes #12`: the `#` belongs to the value.
    if (match) footers.push({ token: match[1]!, value: `${match[2] === ' #' ? '#' : ''}${match[3]!.trim()}` });
    else if (BREAKING_LINE.test(trimmed)) footers.push({ token: trimmed.slice(0, 'BREAKING CHANGE'.length), value: '' }); // the note on the next lines
    else if (footers.length) footers[footers.length - 1]!.value += `\n${trimmed}`;
  }
  for (const footer of footers) if (footer.value.includes('\n')) footer.value = footer.value.replace(/\n{3,}/g, '\n\n').trim();
  return { text: body.slice(0, first).trim(), footers };
}

/** `header`: trimmed. */
function parseHeader(header: string): Pick<ParsedMessage, 'type' | 'scope' | 'breaking' | 'subject' | 'pr'> {
  let text = header;
  let pr: number | undefined;
  if (header.charCodeAt(header.length - 1) === 41 /* ) */) {
    const suffix = PR_SUFFIX.exec(header);
    if (suffix) {
      pr = Number(suffix[1]);
      text = header.slice(0, suffix.index);
    }
  }
  text = text.trim();
  const match = HEADER.exec(text);
  // One literal with every field: each header has the same shape.
  return match
    ? { type: match[1]!.toLowerCase(), scope: match[2]?.trim() || undefined, breaking: match[3] === '!', subject: match[4]!.trim(), pr }
    : { type: undefined, scope: undefined, breaking: false, subject: text, pr };
}

/** The empty list every message without footers, issues or squashed commits shares (frozen: read only). */
const NONE = Object.freeze([]) as unknown as never[];
const NO_FOOTERS = { text: '', footers: NONE as Footer[] };
const MAY_CLOSE = /clos|fix|resolv/i;

/**
 * The changes listed in the body of a squash merge whose own header is not conventional (GitHub's default
 * squash title is the PR title, and its body lists the branch's commits as `* fix: …` lines): each
 * conventional line once. A conventional header already names the change, so its body is not read.
 */
function squashedCommits(text: string): ParsedMessage[] {
  if (!text.includes('* ')) return NONE;
  const found: ParsedMessage[] = [];
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    const item = /^\s*\* (.+)$/.exec(line)?.[1];
    if (item === undefined || !HEADER.test(item.replace(PR_SUFFIX, '').trim())) continue;
    const commit = parseMessage(item);
    const key = `${commit.type}\0${commit.scope ?? ''}\0${commit.breaking}\0${commit.subject.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(commit);
  }
  return found;
}

export function parseMessage(message: string): ParsedMessage {
  const normalized = (message.includes('\r') ? message.replace(/\r\n?/g, '\n') : message).trim();
  const newline = normalized.indexOf('\n');
  let header = newline === -1 ? normalized : normalized.slice(0, newline);
  let rest = newline === -1 ? '' : normalized.slice(newline + 1);
  let mergedPr: number | undefined;
  const merge = header.startsWith('Merge pull request #') ? PR_MERGE.exec(header) : null;
  if (merge) {
    // GitHub's merge commit: the PR title is the first line of the body.
    mergedPr = Number(merge.groups!.pr);
    const body = rest.trim();
    const titleEnd = body.indexOf('\n');
    header = titleEnd === -1 ? body || header : body.slice(0, titleEnd);
    rest = titleEnd === -1 ? '' : body.slice(titleEnd + 1);
  }
  header = header.trim();
  rest = rest.trim();
  const parsed = parseHeader(header);
  // Most commits are a subject alone: skip the body's work for them.
  const { text, footers } = rest ? splitFooters(rest) : NO_FOOTERS;
  let breakingNotes: string[] | undefined;
  let issues: Set<number> | undefined;
  let refSha: string | undefined;
  for (const footer of footers) {
    // The same note twice (a squash of commits that each carried it) is one breaking change.
    if ((footer.token === 'BREAKING CHANGE' || footer.token === 'BREAKING-CHANGE') && !breakingNotes?.includes(footer.value)) (breakingNotes ??= []).push(footer.value);
    const token = footer.token.toLowerCase();
    if (ISSUE_TOKENS.has(token)) for (const n of numbers(footer.value)) (issues ??= new Set()).add(n);
    if ((token === 'refs' || token === 'ref') && SHA.test(footer.value)) refSha ??= footer.value;
  }
  // A closing reference names `#n`: text without a `#` needs no search.
  if ((header.includes('#') || text.includes('#')) && (MAY_CLOSE.test(header) || MAY_CLOSE.test(text))) {
    for (const match of `${header}\n${text}`.matchAll(CLOSING)) for (const n of numbers(match.groups!.refs!)) (issues ??= new Set()).add(n);
  }
  const revertHeader = header.startsWith('Revert "') ? REVERT_HEADER.exec(header) : null;
  const revertedSha = (rest.includes('This reverts commit') ? REVERTS_COMMIT.exec(rest)?.groups?.sha : undefined) ?? refSha;
  const pr = mergedPr ?? parsed.pr;
  if (pr !== undefined) issues?.delete(pr);

  const reverted = revertHeader?.groups!.header;
  // One object literal with every field: each parsed message has the same shape.
  return {
    type: reverted !== undefined ? 'revert' : parsed.type,
    scope: parsed.scope,
    breaking: parsed.breaking || breakingNotes !== undefined,
    breakingNotes: breakingNotes ?? (parsed.breaking ? [parsed.subject] : NONE),
    subject: reverted ?? parsed.subject,
    body: text,
    footers,
    pr,
    issues: issues?.size ? [...issues].sort((a, b) => a - b) : NONE,
    reverts: revertedSha && (revertHeader || parsed.type === 'revert') ? revertedSha : undefined,
    revertedHeader: reverted,
    squashed: rest && parsed.type === undefined && reverted === undefined ? squashedCommits(rest) : NONE,
  };
}
