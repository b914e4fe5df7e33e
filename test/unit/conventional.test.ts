import { describe, expect, test } from '@jest/globals';
import { parseMessage } from '../../src/notes/conventional.js';

describe('parseMessage', () => {
  test('type, scope, subject and the PR number from the subject', () => {
    expect(parseMessage('feat(updater): add delta updates (#123)')).toMatchObject({ type: 'feat', scope: 'updater', subject: 'add delta updates', pr: 123, breaking: false });
    expect(parseMessage('Fix: Upper-case type')).toMatchObject({ type: 'fix', subject: 'Upper-case type' });
  });

  test('a non-conventional message keeps its subject, with no type', () => {
    const parsed = parseMessage('Update README.md\n\nMore words.');
    expect(parsed.type).toBeUndefined();
    expect(parsed.subject).toBe('Update README.md');
    expect(parsed.body).toBe('More words.');
    expect(parseMessage('feat:missing space').type).toBeUndefined();
    expect(parseMessage('feat(): empty scope').scope).toBeUndefined();
  });

  test('"!" and BREAKING CHANGE footers mark a breaking change with its note', () => {
    expect(parseMessage('feat(api)!: drop v1 endpoints')).toMatchObject({ breaking: true, breakingNotes: ['drop v1 endpoints'] });
    const footer = parseMessage('refactor: rename config\n\nBody text.\n\nBREAKING CHANGE: `foo` is now `bar`\n  and wraps.\nRefs: #12, FR-401');
    expect(footer.breaking).toBe(true);
    expect(footer.breakingNotes).toEqual(['`foo` is now `bar`\nand wraps.']);
    expect(footer.footers).toEqual([
      { token: 'BREAKING CHANGE', value: '`foo` is now `bar`\nand wraps.' },
      { token: 'Refs', value: '#12, FR-401' },
    ]);
    expect(footer.issues).toEqual([12]);
    expect(footer.body).toBe('Body text.');
    expect(parseMessage('fix: x\n\nBREAKING-CHANGE: hyphen form').breaking).toBe(true);
  });

  test('closing keywords and issue footers collect issue numbers (not the PR itself)', () => {
    expect(parseMessage('fix: crash on start (#40)\n\nCloses #12 and #13\nFixes #14\n\nCloses #40').issues).toEqual([12, 13, 14]);
    expect(parseMessage('fix: x\n\nFixes: #7').issues).toEqual([7]);
  });

  test('reverts name their target', () => {
    const revert = parseMessage('Revert "feat: add X"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.');
    expect(revert).toMatchObject({ type: 'revert', subject: 'feat: add X', revertedHeader: 'feat: add X', reverts: '0123456789abcdef0123456789abcdef01234567' });
    expect(parseMessage('revert: feat: add X\n\nRefs: 0123456').reverts).toBe('0123456');
  });

  test('GitHub merge commits take their title from the body', () => {
    expect(parseMessage('Merge pull request #77 from octo/feature-x\n\nfeat(ui): dark mode\n\nLonger text.')).toMatchObject({ type: 'feat', scope: 'ui', subject: 'dark mode', pr: 77 });
    const plain = parseMessage('Merge pull request #78 from octo/y\n\nUpdate things');
    expect(plain).toMatchObject({ subject: 'Update things', pr: 78 });
    expect(plain.type).toBeUndefined();
  });

  test("a squash under a non-conventional title (GitHub's default) lists its body's conventional lines, each once; a conventional squash lists none", () => {
    const parsed = parseMessage('Big feature (#90)\n\n* feat: big feature\n\n* fix: off-by-one in the pager\n\n* wip\n\n* fix: off-by-one in the pager\n\n* docs(readme): explain it');
    expect(parsed.pr).toBe(90);
    expect(parsed.squashed.map((c) => [c.type, c.scope, c.subject])).toEqual([
      ['feat', undefined, 'big feature'],
      ['fix', undefined, 'off-by-one in the pager'],
      ['docs', 'readme', 'explain it'],
    ]);
    expect(parseMessage('feat: big feature (#90)\n\n* feat: big feature\n\n* feat!: remove a method\n\n* fix: snapshot').squashed).toEqual([]);
  });

  test('BREAKING CHANGE starts the footers wherever it stands: its note runs over paragraphs until the next token', () => {
    const parsed = parseMessage('feat: x\n\nWhy.\n\nBREAKING CHANGE: first line\n\nsecond paragraph\nSee-also: #4\n\nSigned-off-by: A <a@example.com>');
    expect(parsed).toMatchObject({ breaking: true, body: 'Why.', breakingNotes: ['first line\n\nsecond paragraph'] });
    expect(parsed.footers.map((f) => f.token)).toEqual(['BREAKING CHANGE', 'See-also', 'Signed-off-by']);
    expect(parseMessage('fix: y\n\nA paragraph that mentions a BREAKING CHANGE: in passing.').breaking).toBe(false);
    expect(parseMessage('feat!: z\n\nBREAKING CHANGE: one note\n\nBREAKING CHANGE: one note').breakingNotes).toEqual(['one note']);
  });

  test('CRLF messages parse like LF ones', () => {
    expect(parseMessage('fix(win): paths\r\n\r\nBREAKING CHANGE: drive letters\r\n')).toMatchObject({ type: 'fix', scope: 'win', breakingNotes: ['drive letters'] });
  });
});
