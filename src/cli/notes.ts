import { Git } from '../notes/git.js';
import { HistoryReading } from '../notes/history-reading.js';
import { optionSource, type Command, type Values } from './command.js';

/** Small pieces gathered into writes of `size` characters: a thousand sections are a few writes. */
function chunked(write: (text: string) => void, size = 1 << 16): { write: (text: string) => void; flush: () => void } {
  let pending = '';
  const flush = (): void => {
    if (pending) write(pending);
    pending = '';
  };
  return {
    write(text) {
      pending += text;
      if (pending.length >= size) flush();
    },
    flush,
  };
}

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
  --all                   the whole CHANGELOG.md, one section per release tag, streamed to stdout
                          (or written to --changelog-file, replacing it)`,
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
    const pathList = typeof values.paths === 'string' ? values.paths.split(',').map((p) => p.trim()).filter(Boolean) : [];
    const paths = pathList.join('\n'); // the action's input form: one a line
    // The whole history: git's walk of the graph starts before the settings and the rendering code load
    // (a release-kit.yml that changes the range makes writeChangelog start it again).
    const early = values.all ? new HistoryReading(git, { ...(typeof values.to === 'string' && values.to ? { to: values.to } : {}), paths: pathList }) : undefined;
    try {
      await notes(values, git, paths, early);
    } catch (error) {
      early?.cancel(error);
      throw error;
    }
  },
};

async function notes(values: Values, git: Git, paths: string, early: HistoryReading | undefined): Promise<void> {
  const cwd = git.cwd;
  const [{ getNotesSettings }, repository] = await Promise.all([import('../actions/release-notes/input-helper.js'), process.env.GITHUB_REPOSITORY || repositoryOf(git)]);
  const settings = await getNotesSettings(optionSource({ ...values, paths }), { workspace: cwd, runnerTemp: cwd, ...(repository ? { repository } : {}) });
  if (values.all) {
    const [{ writeChangelog }, { openAtomicFile }] = await Promise.all([import('../notes/history.js'), import('../kit/atomic-write.js')]);
    // Streamed: each release's section is written as soon as it is complete, in pieces of 64 KiB.
    const file = settings.changelogFile ? openAtomicFile(settings.changelogFile) : undefined;
    const output = chunked(file ? file.write : (text) => void process.stdout.write(text));
    try {
      const history = await writeChangelog(
        git,
        {
          ...(settings.request.to ? { to: settings.request.to } : {}),
          tagPattern: settings.request.tagPattern,
          paths: settings.request.paths ?? [],
          includePrereleases: Boolean(values['include-prereleases']),
          ...(settings.request.render ? { render: settings.request.render } : {}),
          ...(settings.request.describe ? { describe: settings.request.describe } : {}),
        },
        output.write,
        early,
      );
      output.flush();
      file?.commit();
      if (values.json) console.error(JSON.stringify({ releases: history.releases.length, commits: history.commits }));
    } catch (error) {
      file?.abort();
      throw error;
    }
    return;
  }
  const [{ buildReleaseNotes }, { updateChangelog }] = await Promise.all([import('../notes/release-notes.js'), import('../notes/write-changelog.js')]);
  const result = await buildReleaseNotes(git, { ...settings.request, deepen: false });
  if (settings.changelogFile) await updateChangelog(settings.changelogFile, result, settings.request.render?.repositoryUrl);
  if (values.json) {
    const { changes: _changes, ...summary } = result;
    console.log(JSON.stringify(summary, null, 2));
  } else {
    console.log(`# ${result.tag} (${result.bump}${result.previousTag ? ` since ${result.previousTag}` : ', first release'})\n`);
    process.stdout.write(result.markdown);
  }
}
