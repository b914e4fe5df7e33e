/**
 * The release-notes action's inputs, declared once: actions/release-notes/action.yml lists exactly these
 * (a test compares them), and `release-kit notes` derives its options and its help from them.
 */
export interface NotesInput {
  name: string;
  description: string;
  default?: string;
  /** How the CLI takes it: `text` as `--name VALUE`; `lines` repeatable (one item each); `boolean` as a flag. */
  kind: 'text' | 'lines' | 'boolean' | 'secret';
  /** The value's placeholder in the CLI's help. */
  value?: string;
}

export const RELEASE_NOTES_INPUTS: readonly NotesInput[] = [
  { name: 'from', kind: 'text', value: 'REV', description: 'Start of the range (exclusive). Default: the previous release tag reachable from "to" (prereleases skipped when "to" is a stable release).' },
  { name: 'to', kind: 'text', value: 'REV', description: 'End of the range. Default: the pushed tag on a tag push, else HEAD.' },
  { name: 'tag-pattern', kind: 'text', value: 'PATTERN', default: 'v{version}', description: 'Tag naming scheme with {version}, e.g. v{version}, or my-package@{version} for one package of a monorepo.' },
  { name: 'paths', kind: 'lines', value: 'PATH', description: 'Only commits touching these paths (newline-separated): one package of a monorepo.' },
  { name: 'prerelease', kind: 'text', value: 'ID', description: 'Prerelease channel for an untagged release: beta gives 1.3.0-beta.1, then .2, counted from existing tags.' },
  { name: 'initial-version', kind: 'text', value: 'VERSION', description: 'Version of the first release, when no release tag exists yet (default 0.1.0).' },
  { name: 'breaking-below-1', kind: 'text', value: 'BUMP', description: 'Bump for a breaking change below 1.0.0: minor (the 0.x rule, default) or major.' },
  {
    name: 'bumps',
    kind: 'text',
    value: 'RULES',
    description: 'Bump per commit type, as type=bump pairs (comma- or newline-separated; bump is major, minor, patch or none), e.g. build=patch, deps=patch. Types not named keep the default: feat minor; fix, perf and revert patch; others none. A breaking change always bumps major (minor below 1.0.0).',
  },
  {
    name: 'squash-bodies',
    kind: 'text',
    value: 'MODE',
    description: 'non-conventional (default): a squash merge whose own subject is not conventional (GitHub\'s default squash title) stands for the "* type: ..." lines of its body, each listed once; never: every commit is one change. A conventional subject is never expanded.',
  },
  { name: 'hidden-types', kind: 'text', value: 'LIST', description: 'Commit types left out of the notes (comma-separated); they still count for the bump.' },
  { name: 'allow-mentions', kind: 'boolean', description: 'true: keep @user and @org/team in commit text as they are, so publishing the notes notifies them. Default: they are written @<zero-width space>user, which reads the same and notifies no one.' },
  { name: 'spec-url-template', kind: 'text', value: 'URL', description: 'Turns spec IDs into links, e.g. https://example.com/specs/{id}.' },
  {
    name: 'spec-id-patterns',
    kind: 'lines',
    value: 'REGEX',
    description: 'Regular expressions of spec IDs, one a line. Default: FR-401, NFR-1, AC-404, TASK-501-001-002, MILESTONE-503, US-1, REQ-1 and spec folders such as 007-packaging-distribution.',
  },
  { name: 'requirements', kind: 'boolean', description: 'true: add a "Requirements covered" list of every spec ID in the range.' },
  { name: 'changelog-file', kind: 'text', value: 'FILE', description: 'CHANGELOG.md to prepend the new section to (replaced, not repeated, when the version is already there). Not touched in pull requests.' },
  { name: 'notes-file', kind: 'text', value: 'FILE', description: 'Where to write the notes (Markdown). Default: release-notes.md in RUNNER_TEMP.' },
  { name: 'config-file', kind: 'text', value: 'FILE', description: 'release-kit.yml whose notes: block gives defaults for these inputs. Default: release-kit.yml when it exists.' },
  { name: 'working-directory', kind: 'text', value: 'DIR', description: 'The repository folder, relative to the workspace.' },
  { name: 'deepen', kind: 'boolean', default: 'true', description: 'Deepen a shallow clone with git fetch (true) or fail with a clear message (false).' },
  { name: 'github-token', kind: 'secret', value: 'TOKEN', description: 'Optional: looks up PRs of commits whose messages name none, author logins and first-time contributors.' },
];
