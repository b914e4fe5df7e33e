import path from 'node:path';
import { RELEASE_NOTES_INPUTS } from '../actions/release-notes/inputs.js';
import { Git } from '../notes/git.js';
import { HistoryReading } from '../notes/history-reading.js';
import { defineCommand, optionSource, type OptionSpec, type Values } from './command.js';

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

/** What the command line says differently from the action's input text. */
const CLI_HELP: Record<string, string> = {
  paths: 'Only commits touching these paths: one package of a monorepo (repeat the option, or separate with commas).',
  'spec-id-patterns': 'A regular expression of spec IDs (repeat the option for several). Default: FR-401, NFR-1, AC-404, TASK-501-001-002, MILESTONE-503, US-1, REQ-1 and spec folders such as 007-packaging-distribution.',
  requirements: 'Add a "Requirements covered" list of every spec ID in the range.',
  'allow-mentions': 'Keep @user and @org/team in commit text as they are (publishing the notes notifies them). Default: written @<zero-width space>user, which reads the same and notifies no one.',
  'changelog-file': 'The CHANGELOG.md that --write-changelog writes (default CHANGELOG.md); release-kit.yml may name it too.',
  'notes-file': 'Also write the notes (Markdown) to FILE.',
  deepen: 'Deepen a shallow clone with git fetch. Default here: fail with a clear message instead (the action deepens by default).',
  'github-token': 'Look up PRs of commits whose messages name none, author logins and first-time contributors (needs the origin remote on GitHub or GITHUB_REPOSITORY). The GITHUB_TOKEN environment variable is not read unless you pass it: --github-token "$GITHUB_TOKEN".',
};

/** Every input of the release-notes action, as `--name VALUE` (a flag for true/false inputs). */
const ACTION_OPTIONS: OptionSpec[] = RELEASE_NOTES_INPUTS.map((input) => ({
  name: input.name,
  type: input.kind === 'boolean' ? 'boolean' : 'string',
  ...(input.kind === 'boolean' ? { negatable: true } : { value: input.value ?? 'VALUE' }),
  ...(input.kind === 'lines' ? { multiple: true } : {}),
  help: CLI_HELP[input.name] ?? input.description,
}));

const CLI_OPTIONS: OptionSpec[] = [
  { name: 'json', type: 'boolean', help: 'Print version, bump, counts and notes as JSON.' },
  { name: 'all', type: 'boolean', help: 'The whole CHANGELOG.md, one section per release tag (prereleases included), streamed to stdout.' },
  { name: 'write-changelog', type: 'boolean', help: 'Write the changelog file: prepend this release\'s section (idempotent), or with --all replace the file with the whole history. Without it nothing is written: notes is a dry run.' },
  { name: 'fold-prereleases', type: 'boolean', negatable: true, help: 'With --all: list a prerelease under the stable release that follows it instead of a section of its own (one that no stable release follows keeps its section).' },
  { name: 'include-prereleases', type: 'boolean', help: 'With --all: prereleases get sections of their own; this is the default now, kept for old scripts.' },
];

export const notesCommand = defineCommand({
  name: 'notes',
  synopsis: '[options]',
  summary: 'Release notes and the next version, printed: a dry run before tagging. Takes every input of the release-notes action as --name VALUE.',
  options: [...ACTION_OPTIONS, ...CLI_OPTIONS],
  epilogue: 'Options win over the notes: block of release-kit.yml, which wins over the defaults.',
  async run(values) {
    const directory = path.resolve(typeof values['working-directory'] === 'string' ? values['working-directory'] : '.');
    const git = new Git(directory);
    const given = (values as { paths?: string[] }).paths;
    const pathList = (given ?? []).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
    // The whole history: git's walk of the graph starts before the settings and the rendering code load
    // (a release-kit.yml that changes the range makes writeChangelog start it again).
    const early = values.all ? new HistoryReading(git, { ...(typeof values.to === 'string' && values.to ? { to: values.to } : {}), paths: pathList }) : undefined;
    try {
      await notes({ ...values, paths: pathList.join('\n'), deepen: values.deepen === true ? 'true' : 'false' }, git, early);
    } catch (error) {
      early?.cancel(error);
      throw error;
    }
  },
});

async function notes(values: Values, git: Git, early: HistoryReading | undefined): Promise<void> {
  const cwd = process.cwd();
  const [{ getNotesSettings }, repository] = await Promise.all([import('../actions/release-notes/input-helper.js'), process.env.GITHUB_REPOSITORY || repositoryOf(git)]);
  const settings = await getNotesSettings(optionSource(values), { workspace: cwd, runnerTemp: cwd, ...(repository ? { repository } : {}) });
  const write = values['write-changelog'] === true;
  const changelogFile = settings.changelogFile ?? path.join(settings.directory, 'CHANGELOG.md');
  if (!write && typeof values['changelog-file'] === 'string') console.error(`release-kit: ${values['changelog-file']} was not written; add --write-changelog to write it.`);
  if (values.all) {
    // The atomic writer (and node:crypto with it) loads only when a file is written.
    const [{ writeChangelog }, atomic] = await Promise.all([import('../notes/history.js'), write ? import('../kit/atomic-write.js') : undefined]);
    // Streamed: each release's section is written as soon as it is complete, in pieces of 64 KiB.
    const file = atomic ? atomic.openAtomicFile(changelogFile) : undefined;
    const output = chunked(file ? file.write : (text) => void process.stdout.write(text));
    try {
      const history = await writeChangelog(
        git,
        {
          ...(settings.request.to ? { to: settings.request.to } : {}),
          tagPattern: settings.request.tagPattern,
          paths: settings.request.paths ?? [],
          foldPrereleases: values['fold-prereleases'] === undefined ? settings.foldPrereleases : values['fold-prereleases'] === true,
          ...(settings.request.squashBodies ? { squashBodies: settings.request.squashBodies } : {}),
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
  const [{ buildReleaseNotes }, { updateChangelog }, { contributionLookupOf }, { writeFilesAtomically }] = await Promise.all([
    import('../notes/release-notes.js'),
    import('../notes/write-changelog.js'),
    import('../actions/release-notes/lookup.js'),
    import('../kit/atomic-write.js'),
  ]);
  const lookup = contributionLookupOf(settings, (message) => console.error(message));
  const result = await buildReleaseNotes(git, { ...settings.request, ...(lookup ? { lookup } : {}) });
  if (write) await updateChangelog(changelogFile, result, settings.request.render?.repositoryUrl);
  if (typeof values['notes-file'] === 'string' && values['notes-file']) await writeFilesAtomically([{ path: settings.notesFile, content: result.markdown }]);
  if (values.json) {
    const { changes: _changes, changelogMarkdown: _whole, ...summary } = result;
    console.log(JSON.stringify(summary, null, 2));
  } else {
    console.log(`# ${result.tag} (${result.bump}${result.previousTag ? ` since ${result.previousTag}` : ', first release'})\n`);
    process.stdout.write(result.markdown);
  }
}
