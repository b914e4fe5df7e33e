import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../kit/errors.js';
import { booleanField, choiceField, linesField, splitList, stringField, secretField, type InputSource } from '../../kit/inputs.js';
import type { NotesConfig } from '../../notes/config.js';
import type { NotesRequest } from '../../notes/release-notes.js';
import { DEFAULT_SECTIONS } from '../../notes/render.js';
import { BUMPS, DEFAULT_BUMP_RULES, type Bump } from '../../notes/version.js';
import { SQUASH_BODIES } from '../../notes/commits.js';

export interface NotesSettings {
  /** The repository folder. */
  directory: string;
  request: NotesRequest;
  changelogFile?: string;
  notesFile: string;
  /** Whole-history changelog: prereleases folded into the stable release that follows them. */
  foldPrereleases: boolean;
  token?: string;
  /** `owner/repo` for links and API lookups. */
  repository?: string;
  /** Event context: a pull request's title for the PR-mode check. */
  pullRequestTitle?: string;
}

export interface Environment {
  workspace: string;
  runnerTemp: string;
  /** refs/tags/v1.2.3 on a tag push. */
  ref?: string;
  repository?: string;
  serverUrl?: string;
  pullRequestTitle?: string;
}

/** `build=patch, deps=patch` (comma- or newline-separated) → type → bump. */
function bumpMap(source: InputSource, name: string): Record<string, Bump> | undefined {
  const items = splitList(source.read(name));
  if (!items.length) return undefined;
  const rules: Record<string, Bump> = {};
  for (const item of items) {
    const match = /^([a-z][\w-]*)\s*[=:]\s*(\w+)$/.exec(item);
    if (!match || !(BUMPS as readonly string[]).includes(match[2]!)) {
      throw new InputError(source.describe(name), source.read(name), `each item must be type=bump with bump one of ${BUMPS.join(', ')} (e.g. "build=patch, deps=patch"); ${JSON.stringify(item)} is not`);
    }
    rules[match[1]!] = match[2] as Bump;
  }
  return rules;
}

function regexList(source: InputSource, name: string, patterns: string[]): RegExp[] {
  return patterns.map((pattern) => {
    try {
      return new RegExp(pattern);
    } catch (error) {
      throw new InputError(source.describe(name), pattern, `it must be a valid regular expression (${(error as Error).message})`);
    }
  });
}

/** Inputs win over the `notes:` block of release-kit.yml, which wins over the defaults. */
export async function getNotesSettings(source: InputSource, env: Environment): Promise<NotesSettings> {
  const directory = path.resolve(env.workspace, stringField(source, 'working-directory') || '.');
  const configInput = stringField(source, 'config-file');
  const configPath = path.resolve(directory, configInput || 'release-kit.yml');
  if (configInput && !existsSync(configPath)) throw new InputError(source.describe('config-file'), configInput, 'it must name an existing file');
  // The YAML parser and the config schema load only when there is a config file to read.
  const config: NotesConfig = existsSync(configPath) ? ((await (await import('../../plan/config.js')).loadNotesConfig(configPath)) as NotesConfig) : {};

  const text = (name: keyof NotesConfig & string): string | undefined => stringField(source, name) || (config[name] as string | undefined);
  const list = (name: keyof NotesConfig & string): string[] | undefined => {
    const raw = splitList(source.read(name));
    return raw.length ? raw : (config[name] as string[] | undefined);
  };
  const tagPattern = text('tag-pattern') ?? 'v{version}';
  if (!tagPattern.includes('{version}')) throw new InputError(source.describe('tag-pattern'), tagPattern, 'it must contain {version} (e.g. "v{version}")');
  const specUrlTemplate = text('spec-url-template');
  if (specUrlTemplate && !specUrlTemplate.includes('{id}')) {
    throw new InputError(source.describe('spec-url-template'), specUrlTemplate, 'it must contain {id} (e.g. "https://example.com/specs/{id}")');
  }
  const specPatterns = linesField(source, 'spec-id-patterns');
  const prerelease = text('prerelease');
  if (prerelease && !/^[0-9A-Za-z-]+$/.test(prerelease)) throw new InputError(source.describe('prerelease'), prerelease, 'it must be a prerelease identifier such as beta or rc (letters, digits, -)');
  const initialVersion = text('initial-version');
  if (initialVersion && !/^\d+\.\d+\.\d+$/.test(initialVersion)) throw new InputError(source.describe('initial-version'), initialVersion, 'it must be a version such as 0.1.0');
  const breakingInput = source.read('breaking-below-1');
  const breakingBelowOne = breakingInput ? choiceField(source, 'breaking-below-1', ['minor', 'major'] as const) : (config['breaking-below-1'] ?? 'minor');
  const requirementsInput = source.read('requirements');
  const requirements = requirementsInput ? booleanField(source, 'requirements', false) : (config.requirements ?? false);
  const mentionsInput = source.read('allow-mentions');
  const allowMentions = mentionsInput ? booleanField(source, 'allow-mentions', false) : (config['allow-mentions'] ?? false);
  const squashInput = source.read('squash-bodies');
  const squashBodies = squashInput ? choiceField(source, 'squash-bodies', SQUASH_BODIES) : config['squash-bodies'];
  const bumps = bumpMap(source, 'bumps') ?? config.bumps;
  const foldInput = source.read('fold-prereleases');
  const foldPrereleases = foldInput ? booleanField(source, 'fold-prereleases', false) : (config['fold-prereleases'] ?? false);

  const pushedTag = env.ref?.startsWith('refs/tags/') ? env.ref.slice('refs/tags/'.length) : undefined;
  const from = stringField(source, 'from');
  const to = stringField(source, 'to') || pushedTag;
  const repository = env.repository;
  const token = secretField(source, 'github-token');
  const changelog = text('changelog-file');
  const paths = linesField(source, 'paths');
  const configPaths = config.paths ?? [];
  const specIdPatterns = specPatterns.length ? regexList(source, 'spec-id-patterns', specPatterns) : config['spec-id-patterns'] ? regexList(source, 'spec-id-patterns', config['spec-id-patterns']) : undefined;

  return {
    directory,
    request: {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      tagPattern,
      paths: paths.length ? paths : configPaths,
      ...(prerelease ? { prerelease } : {}),
      ...(initialVersion ? { initialVersion } : {}),
      bumpRules: {
        breakingBelowOne,
        minorTypes: list('minor-types') ?? DEFAULT_BUMP_RULES.minorTypes,
        patchTypes: list('patch-types') ?? DEFAULT_BUMP_RULES.patchTypes,
        ...(bumps ? { types: bumps } : {}),
      },
      ...(squashBodies ? { squashBodies } : {}),
      deepen: booleanField(source, 'deepen', true),
      describe: (name: string) => source.describe(name),
      render: {
        ...(repository ? { repositoryUrl: `${env.serverUrl ?? 'https://github.com'}/${repository}` } : {}),
        sections: config.sections ?? DEFAULT_SECTIONS,
        ...(list('hidden-types') ? { hiddenTypes: list('hidden-types')! } : {}),
        ...(config['breaking-title'] ? { breakingTitle: config['breaking-title'] } : {}),
        ...(config['other-title'] ? { otherTitle: config['other-title'] } : {}),
        ...(specIdPatterns ? { specIdPatterns } : {}),
        ...(specUrlTemplate ? { specUrlTemplate } : {}),
        requirements,
        ...(allowMentions ? { allowMentions } : {}),
        ...(changelog ? { changelogName: changelog } : {}),
      },
    },
    foldPrereleases,
    ...(changelog ? { changelogFile: path.resolve(directory, changelog) } : {}),
    notesFile: path.resolve(env.workspace, stringField(source, 'notes-file') || path.join(env.runnerTemp, 'release-notes.md')),
    ...(token ? { token } : {}),
    ...(repository ? { repository } : {}),
    ...(env.pullRequestTitle !== undefined ? { pullRequestTitle: env.pullRequestTitle } : {}),
  };
}
