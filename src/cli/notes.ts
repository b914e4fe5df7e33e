import { writeFile } from 'node:fs/promises';
import { getNotesSettings } from '../actions/release-notes/input-helper.js';
import { Git } from '../notes/git.js';
import { buildChangelog } from '../notes/history.js';
import { buildReleaseNotes } from '../notes/release-notes.js';
import { updateChangelog } from '../notes/write-changelog.js';
import { optionSource, type Command } from './command.js';

/** owner/repo of the `origin` remote when it is on GitHub, for links in notes made locally. */
async function repositoryOf(git: Git): Promise<string | undefined> {
  const url = (await git.run(['remote', 'get-url', 'origin'], { allowFailure: true })).trim();
  return /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url)?.[1];
}

export const notesCommand: Command = {
  name: 'notes',
  usage: `release-kit notes [options]   release notes and the next version, printed (a dry run before tagging)
  --from REV / --to REV   the range (default: previous release tag .. HEAD)
  --tag-pattern P         v{version} (default), or my-package@{version}
  --paths LIST            only commits touching these paths (comma separated)
  --prerelease ID         next version on a prerelease channel (beta → 1.3.0-beta.1)
  --spec-url-template U   link spec IDs: https://example.com/specs/{id}
  --requirements          add the "Requirements covered" list
  --json                  print version, bump, counts and notes as JSON
  --changelog-file FILE   also prepend the section to FILE (idempotent)
  --all                   the whole CHANGELOG.md, one section per release tag (to stdout or --changelog-file)`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    'tag-pattern': { type: 'string' },
    paths: { type: 'string' },
    prerelease: { type: 'string' },
    'spec-url-template': { type: 'string' },
    'spec-id-patterns': { type: 'string' },
    requirements: { type: 'boolean' },
    'hidden-types': { type: 'string' },
    'changelog-file': { type: 'string' },
    'config-file': { type: 'string' },
    'include-prereleases': { type: 'boolean' },
    json: { type: 'boolean' },
    all: { type: 'boolean' },
  },
  async run(values) {
    const cwd = process.cwd();
    const git = new Git(cwd);
    const repository = process.env.GITHUB_REPOSITORY || (await repositoryOf(git)); // one quick git call
    const paths = typeof values.paths === 'string' ? values.paths.split(',').join('\n') : '';
    const settings = await getNotesSettings(optionSource({ ...values, paths }), { workspace: cwd, runnerTemp: cwd, ...(repository ? { repository } : {}) });
    if (values.all) {
      const history = await buildChangelog(git, {
        ...(settings.request.to ? { to: settings.request.to } : {}),
        tagPattern: settings.request.tagPattern,
        paths: settings.request.paths ?? [],
        includePrereleases: Boolean(values['include-prereleases']),
        ...(settings.request.render ? { render: settings.request.render } : {}),
      });
      if (settings.changelogFile) await writeFile(settings.changelogFile, history.markdown);
      else process.stdout.write(history.markdown);
      if (values.json) console.error(JSON.stringify({ releases: history.releases.length, commits: history.commits }));
      return;
    }
    const result = await buildReleaseNotes(git, { ...settings.request, deepen: false });
    if (settings.changelogFile) await updateChangelog(settings.changelogFile, result, settings.request.render?.repositoryUrl);
    if (values.json) {
      const { changes: _changes, ...summary } = result;
      console.log(JSON.stringify(summary, null, 2));
    } else {
      console.log(`# ${result.tag} (${result.bump}${result.previousTag ? ` since ${result.previousTag}` : ', first release'})\n`);
      process.stdout.write(result.markdown);
    }
  },
};
