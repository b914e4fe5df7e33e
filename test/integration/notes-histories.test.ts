/**
 * Release notes on histories shaped like those of real projects, where the notes went wrong before:
 * footers after a breaking change, squash merges that list their branch's commits, prereleases in the
 * whole history, per-type bumps, @mentions, and a range too big for one release body.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getNotesSettings } from '../../src/actions/release-notes/input-helper.js';
import type { InputSource } from '../../src/kit/inputs.js';
import { Git } from '../../src/notes/git.js';
import { buildChangelog } from '../../src/notes/history.js';
import { buildReleaseNotes } from '../../src/notes/release-notes.js';
import { updateChangelog } from '../../src/notes/write-changelog.js';
import { TestRepo } from '../harness/git-repo.js';

const REPO_URL = 'https://github.com/octo-org/octo-app';
const notes = (repo: TestRepo, request: Partial<Parameters<typeof buildReleaseNotes>[1]> = {}) =>
  buildReleaseNotes(new Git(repo.dir), { tagPattern: 'v{version}', render: { repositoryUrl: REPO_URL }, ...request });

/** Action inputs as the runner would hand them over. */
const inputs = (values: Record<string, string>): InputSource => ({ read: (name) => (values[name] ?? '').trim(), describe: (name) => `Input "${name}"`, mask: () => undefined });

function released(): TestRepo {
  const repo = new TestRepo();
  repo.commit('feat: first');
  repo.tag('v1.0.0');
  return repo;
}

describe('a breaking change is never released as a minor', () => {
  test('a BREAKING CHANGE footer followed by another paragraph bumps major', async () => {
    const repo = released();
    repo.commit('feat(parser): a streaming parser\n\nBREAKING CHANGE: parse() returns a stream.\n\nCallers that need a string call parse().text(), as the README shows.');
    const result = await notes(repo);
    expect(result).toMatchObject({ version: '2.0.0', bump: 'major' });
    expect(result.changes[0]!.breakingNotes).toEqual(['parse() returns a stream.\n\nCallers that need a string call parse().text(), as the README shows.']);
    expect(result.markdown).toContain('### ⚠ Breaking changes\n\n- **parser:** parse() returns a stream. Callers that need a string call parse().text(), as the README shows.\n');
  });

  test('BREAKING-CHANGE with its note on the next lines, then git trailers; a body paragraph before it stays the body', async () => {
    const repo = released();
    repo.commit('fix: tighter defaults\n\nThe old defaults were unsafe.\n\nBREAKING-CHANGE:\n  TLS 1.2 is the minimum now.\n\nReviewed-by: Ann <ann@example.com>\nSigned-off-by: Bob <bob@example.com>');
    const result = await notes(repo);
    expect(result).toMatchObject({ version: '2.0.0', bump: 'major' });
    const [change] = result.changes;
    expect(change!.body).toBe('The old defaults were unsafe.');
    expect(change!.breakingNotes).toEqual(['TLS 1.2 is the minimum now.']);
    expect(change!.footers.map((f) => f.token)).toEqual(['BREAKING-CHANGE', 'Reviewed-by', 'Signed-off-by']);
  });
});

describe('squash merges: one entry per change', () => {
  const branchList = ['* feat: scm interface', '* fix: typo in the scm docs', '* feat: scm interface', '* feat!: remove unused createReleaasePullRequest method', '* fix: snapshot', '* fix: snapshots'];

  test('a conventional squash is one change: its list of branch commits is not read (no false major, no repeats)', async () => {
    const repo = released();
    const sha = repo.commit(`feat: create Scm abstraction (#1234)\n\n${branchList.join('\n\n')}`);
    const result = await notes(repo);
    expect(result).toMatchObject({ version: '1.1.0', bump: 'minor' });
    expect(result.changes.map((c) => [c.type, c.subject, c.sha])).toEqual([['feat', 'create Scm abstraction', sha]]);
    expect(result.markdown.match(/^- /gm)).toHaveLength(1);
  });

  test("a squash under GitHub's default (non-conventional) title stands for its body's changes, each once", async () => {
    const repo = released();
    repo.commit(`Scm abstraction (#1235)\n\n${branchList.slice(0, 3).join('\n')}`);
    const result = await notes(repo);
    expect(result).toMatchObject({ version: '1.1.0', bump: 'minor' });
    expect(result.changes.map((c) => `${c.type}: ${c.subject} #${c.pr}`)).toEqual(['feat: scm interface #1235', 'fix: typo in the scm docs #1235']);
    expect(result.counts).toEqual({ Features: 1, 'Bug fixes': 1 });
  });

  test('squash-bodies: never (an input or release-kit.yml) lists such a squash as one change', async () => {
    const repo = released();
    repo.commit(`Scm abstraction (#1235)\n\n${branchList.slice(0, 4).join('\n')}`);
    expect((await notes(repo)).bump).toBe('major');
    const settings = await getNotesSettings(inputs({ 'squash-bodies': 'never' }), { workspace: repo.dir, runnerTemp: repo.dir });
    const result = await buildReleaseNotes(new Git(repo.dir), settings.request);
    expect(result).toMatchObject({ bump: 'none', counts: { 'Other changes': 1 } });
    writeFileSync(path.join(repo.dir, 'release-kit.yml'), 'notes:\n  squash-bodies: never\n');
    const configured = await getNotesSettings(inputs({}), { workspace: repo.dir, runnerTemp: repo.dir });
    expect(configured.request.squashBodies).toBe('never');
    await expect(getNotesSettings(inputs({ 'squash-bodies': 'sometimes' }), { workspace: repo.dir, runnerTemp: repo.dir })).rejects.toThrow(
      'Input "squash-bodies" has the value "sometimes", but it must be one of: non-conventional, never',
    );
  });
});

describe('the whole history: prereleases have sections of their own', () => {
  const sectionsOf = (markdown: string): Record<string, string[]> => {
    const sections: Record<string, string[]> = {};
    let current = '';
    for (const line of markdown.split('\n')) {
      const heading = /^## \[?([^\]\s]+)/.exec(line);
      if (heading) sections[(current = heading[1]!)] = [];
      else if (line.startsWith('- ') && current) sections[current]!.push(line.replace(/ \([0-9a-f]{7}\)$/, ''));
    }
    return sections;
  };

  test('a commit tagged v8.2.0-beta.0 with no stable tag yet: its commits are under the beta, not "Unreleased"', async () => {
    const repo = new TestRepo();
    repo.commit('feat: base');
    repo.tag('v8.1.0');
    repo.commit('feat: vite 8.2 feature');
    repo.commit('fix: beta fix');
    repo.tag('v8.2.0-beta.0');
    const { markdown } = await buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}' });
    expect(sectionsOf(markdown)).toEqual({ '8.2.0-beta.0': ['- vite 8.2 feature', '- beta fix'], '8.1.0': ['- base'] });
    // Folding leaves a prerelease that no stable release follows where it is.
    expect(sectionsOf((await buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}', foldPrereleases: true })).markdown)).toEqual(sectionsOf(markdown));
  });

  test('once the stable tag exists, the beta sections stay and the stable one holds only what came after the last beta; fold-prereleases puts them together', async () => {
    const repo = new TestRepo();
    repo.commit('feat: base');
    repo.tag('v8.1.0');
    repo.commit('feat: one');
    repo.tag('v8.2.0-beta.0');
    repo.commit('fix: two');
    repo.tag('v8.2.0-beta.1');
    repo.commit('fix: three');
    repo.tag('v8.2.0');
    repo.commit('docs: after');
    const history = await buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}' });
    expect(sectionsOf(history.markdown)).toEqual({
      Unreleased: ['- after'],
      '8.2.0': ['- three'],
      '8.2.0-beta.1': ['- two'],
      '8.2.0-beta.0': ['- one'],
      '8.1.0': ['- base'],
    });
    expect(history.releases.map((r) => r.tag)).toEqual(['v8.2.0', 'v8.2.0-beta.1', 'v8.2.0-beta.0', 'v8.1.0']);
    writeFileSync(path.join(repo.dir, 'release-kit.yml'), 'notes:\n  fold-prereleases: true\n');
    const { foldPrereleases } = await getNotesSettings(inputs({}), { workspace: repo.dir, runnerTemp: repo.dir });
    expect(foldPrereleases).toBe(true);
    const folded = await buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}', foldPrereleases });
    expect(sectionsOf(folded.markdown)).toEqual({ Unreleased: ['- after'], '8.2.0': ['- one', '- three', '- two'], '8.1.0': ['- base'] });
  });
});

describe('per-type bump rules', () => {
  test('the default is unchanged (build: no release); bumps: build=patch releases a patch; rules from release-kit.yml; a breaking change still bumps major', async () => {
    const repo = released();
    repo.commit('build: update the toolchain');
    expect(await notes(repo)).toMatchObject({ bump: 'none', version: '1.0.0' });
    const settings = await getNotesSettings(inputs({ bumps: 'build=patch, deps=patch' }), { workspace: repo.dir, runnerTemp: repo.dir });
    expect(await buildReleaseNotes(new Git(repo.dir), settings.request)).toMatchObject({ bump: 'patch', version: '1.0.1' });
    repo.commit('feat: a feature that ships as a patch');
    writeFileSync(path.join(repo.dir, 'release-kit.yml'), 'notes:\n  bumps: { feat: patch, build: patch }\n');
    const configured = await getNotesSettings(inputs({}), { workspace: repo.dir, runnerTemp: repo.dir });
    expect(await buildReleaseNotes(new Git(repo.dir), configured.request)).toMatchObject({ bump: 'patch', version: '1.0.1' });
    // A breaking change still bumps major, whatever its type's rule.
    repo.commit('feat!: drop the old API');
    expect(await buildReleaseNotes(new Git(repo.dir), configured.request)).toMatchObject({ bump: 'major', version: '2.0.0' });
    await expect(getNotesSettings(inputs({ bumps: 'build=tiny' }), { workspace: repo.dir, runnerTemp: repo.dir })).rejects.toThrow(
      'Input "bumps" has the value "build=tiny", but each item must be type=bump with bump one of major, minor, patch, none (e.g. "build=patch, deps=patch"); "build=tiny" is not.',
    );
  });
});

describe('@mentions in commit text notify no one', () => {
  test('notes and CHANGELOG.md read the same but mention nobody; code spans, e-mail addresses and listed contributors are kept', async () => {
    const repo = released();
    const sha = repo.commit('fix(@scope/pkg): thanks @alice and @octo-org/core-team (`@Input()` stays, mail bob@example.com)\n\nBREAKING CHANGE: @carol must migrate');
    const lookup = {
      pullRequestOf: async () => ({ number: 7, login: 'dave' }),
      authorOf: async () => 'dave',
      isNewContributor: async () => true,
    };
    const result = await notes(repo, { lookup });
    const zw = '\u200b';
    expect(result.markdown).toContain(`thanks @${zw}alice and @${zw}octo-org/core-team (\`@Input()\` stays, mail bob@example.com)`);
    expect(result.markdown).toContain(`**@${zw}scope/pkg:**`);
    expect(result.markdown).toContain(`@${zw}carol must migrate`);
    // What GitHub would ping: @ after a non-word character, then a login.
    const pinged = [...result.markdown.replace(/`[^`]*`/g, '').matchAll(/(?:^|[^\w`])@([A-Za-z0-9][\w-]*)/g)].map((m) => m[1]);
    expect(pinged).toEqual(['dave', 'dave']); // "by @dave" and "New contributors": listed on purpose
    expect(result.markdown).toContain(`([${sha.slice(0, 7)}](${REPO_URL}/commit/${sha})) by @dave`);
    const file = path.join(repo.dir, 'CHANGELOG.md');
    await updateChangelog(file, result, REPO_URL);
    expect(readFileSync(file, 'utf8')).toContain(`thanks @${zw}alice`);

    const settings = await getNotesSettings(inputs({ 'allow-mentions': 'true' }), { workspace: repo.dir, runnerTemp: repo.dir, repository: 'octo-org/octo-app' });
    const allowed = await buildReleaseNotes(new Git(repo.dir), settings.request);
    expect(allowed.markdown).toContain('thanks @alice and @octo-org/core-team');
  });
});

describe('a range too big for one release body', () => {
  test('the body says what it cut and keeps "Requirements covered"; CHANGELOG.md gets every change', async () => {
    const repo = released();
    for (let i = 1; i <= 40; i++) repo.commit(`fix: FR-${i} handles a long and detailed case number ${i} of the importer, with its own words`);
    for (let i = 1; i <= 10; i++) repo.commit(`chore: tidy part ${i} of the build scripts and their many comments`);
    const limit = 3000;
    const result = await notes(repo, { render: { repositoryUrl: REPO_URL, requirements: true, maxLength: limit, changelogName: 'CHANGELOG.md' } });
    expect(result.truncated).toBe(true);
    expect(result.markdown.length).toBeLessThanOrEqual(limit);
    expect(result.markdown).toContain('### Requirements covered\n\n- FR-1 (1 change)\n');
    const shown = result.markdown.match(/^- .*\(\[[0-9a-f]{7}\]\(/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(5);
    const note = /_(\d+) of 50 entries are not shown here \(Bug fixes: (\d+) of 40; Chores: 10 of 10(?:; Requirements covered: (\d+) of 40)?\): the notes exceed GitHub's 3,000-character limit\. CHANGELOG\.md lists them all; every commit is in the \[full changelog\]\(https:\/\/github\.com\/octo-org\/octo-app\/compare\/v1\.0\.0\.\.\.v1\.0\.1\)\._/.exec(result.markdown);
    expect(note).not.toBeNull();
    expect(Number(note![1])).toBe(50 - shown);
    expect(result.markdown).toContain('**Full changelog**');

    const file = path.join(repo.dir, 'CHANGELOG.md');
    await updateChangelog(file, result, REPO_URL);
    const changelog = readFileSync(file, 'utf8');
    expect(changelog.match(/^- .*\(\[[0-9a-f]{7}\]\(/gm)).toHaveLength(50);
    expect(changelog).toContain('- FR-40 (1 change)');
    expect(changelog).not.toContain('not shown');
  });
});
