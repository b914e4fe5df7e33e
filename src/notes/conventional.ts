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
  /** Further conventional commits listed in a squash-merge body (`* fix: …`). */
  squashed: ParsedMessage[];
}

const HEADER = /^(?<type>[A-Za-z][\w-]*)(?:\((?<scope>[^()\r\n]*)\))?(?<bang>!)?: +(?<subject>\S.*)$/;
const FOOTER = /^(?<token>BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(?<separator>: | #)(?<value>.*)$/;
const PR_SUFFIX = /\s*\(#(?<pr>\d+)\)\s*$/;
const PR_MERGE = /^Merge pull request #(?<pr>\d+) from \S+/;
const REVERT_HEADER = /^Revert "(?<header>.+)"\s*$/;
const REVERTS_COMMIT = /This reverts commit (?<sha>[0-9a-f]{7,40})/;
const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+(?<refs>#\d+(?:\s*(?:,|and)\s*#\d+)*)/gi;
const SHA = /^[0-9a-f]{7,40}$/;
const ISSUE_TOKENS = new Set(['refs', 'ref', 'closes', 'fixes', 'resolves', 'see', 'issue', 'issues']);

function numbers(text: string): number[] {
  return [...text.matchAll(/#(\d+)/g)].map((m) => Number(m[1]));
}

/** Footers: the trailing paragraph(s) made of `Token: value` / `Token #value` lines (values may wrap). */
function splitFooters(body: string): { text: string; footers: Footer[] } {
  const paragraphs = body.split(/\n\s*\n/);
  const footers: Footer[] = [];
  let firstFooter = paragraphs.length;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const lines = paragraphs[i]!.split('\n');
    if (!FOOTER.test(lines[0]!.trim())) break;
    const found: Footer[] = [];
    for (const line of lines) {
      const match = FOOTER.exec(line.trim());
      // `Closes #12`: the `#` belongs to the value.
      if (match) found.push({ token: match.groups!.token!, value: `${match.groups!.separator === ' #' ? '#' : ''}${match.groups!.value!.trim()}` });
      else if (found.length) found[found.length - 1]!.value += `\n${line.trim()}`;
    }
    footers.unshift(...found);
    firstFooter = i;
  }
  return { text: paragraphs.slice(0, firstFooter).join('\n\n').trim(), footers };
}

function parseHeader(header: string): Pick<ParsedMessage, 'type' | 'scope' | 'breaking' | 'subject' | 'pr'> {
  const pr = PR_SUFFIX.exec(header);
  const withoutPr = pr ? header.slice(0, pr.index) : header;
  const match = HEADER.exec(withoutPr.trim());
  const base = { ...(pr ? { pr: Number(pr.groups!.pr) } : {}) };
  if (!match) return { ...base, breaking: false, subject: withoutPr.trim() };
  const { type, scope, bang, subject } = match.groups!;
  return { ...base, type: type!.toLowerCase(), ...(scope?.trim() ? { scope: scope.trim() } : {}), breaking: bang === '!', subject: subject!.trim() };
}

export function parseMessage(message: string): ParsedMessage {
  const normalized = message.replace(/\r\n?/g, '\n').trim();
  const newline = normalized.indexOf('\n');
  let header = newline === -1 ? normalized : normalized.slice(0, newline);
  let rest = newline === -1 ? '' : normalized.slice(newline + 1);
  let mergedPr: number | undefined;
  const merge = PR_MERGE.exec(header);
  if (merge) {
    // GitHub's merge commit: the PR title is the first line of the body.
    mergedPr = Number(merge.groups!.pr);
    const body = rest.trim();
    const titleEnd = body.indexOf('\n');
    header = titleEnd === -1 ? body || header : body.slice(0, titleEnd);
    rest = titleEnd === -1 ? '' : body.slice(titleEnd + 1);
  }
  const parsed = parseHeader(header.trim());
  const { text, footers } = splitFooters(rest.trim());
  const breakingNotes = footers.filter((f) => /^BREAKING[ -]CHANGE$/.test(f.token)).map((f) => f.value);
  const issues = new Set<number>();
  for (const footer of footers) if (ISSUE_TOKENS.has(footer.token.toLowerCase())) numbers(footer.value).forEach((n) => issues.add(n));
  for (const match of `${header}\n${text}`.matchAll(CLOSING)) numbers(match.groups!.refs!).forEach((n) => issues.add(n));

  const revertHeader = REVERT_HEADER.exec(header.trim());
  const revertedSha = REVERTS_COMMIT.exec(rest)?.groups?.sha ?? footers.find((f) => /^refs?$/i.test(f.token) && SHA.test(f.value))?.value;
  const pr = mergedPr ?? parsed.pr;
  if (pr !== undefined) issues.delete(pr);

  const squashed = text
    .split('\n')
    .map((line) => /^\s*\* (.+)$/.exec(line)?.[1])
    .filter((line): line is string => line !== undefined && HEADER.test(line.replace(PR_SUFFIX, '').trim()))
    .map((line) => parseMessage(line))
    .filter((commit) => commit.subject !== parsed.subject || commit.type !== parsed.type);

  return {
    ...parsed,
    ...(revertHeader ? { type: 'revert', subject: revertHeader.groups!.header!, revertedHeader: revertHeader.groups!.header! } : {}),
    breaking: parsed.breaking || breakingNotes.length > 0,
    breakingNotes: breakingNotes.length ? breakingNotes : parsed.breaking ? [parsed.subject] : [],
    body: text,
    footers,
    ...(pr !== undefined ? { pr } : {}),
    issues: [...issues].sort((a, b) => a - b),
    ...(revertedSha && (revertHeader || parsed.type === 'revert') ? { reverts: revertedSha } : {}),
    squashed,
  };
}
