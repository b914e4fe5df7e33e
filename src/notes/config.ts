import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isNode, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { UserError } from '../kit/errors.js';

const typeList = z.array(z.string().regex(/^[a-z][\w-]*$/, 'a commit type such as feat or fix'));

/** The `notes:` block of release-kit.yml; every key may also be given as an action input of the same name. */
export const NotesConfigSchema = z
  .object({
    'tag-pattern': z.string().regex(/\{version\}/, 'must contain {version}').describe('Tag naming scheme, e.g. v{version} or my-package@{version}.'),
    paths: z.array(z.string().min(1)).describe('Only commits touching these paths (a monorepo package).'),
    prerelease: z.string().regex(/^[0-9A-Za-z-]+$/).describe('Prerelease channel of untagged releases: beta → 1.3.0-beta.1.'),
    'initial-version': z.string().regex(/^\d+\.\d+\.\d+$/).describe('Version of the first release.'),
    'breaking-below-1': z.enum(['minor', 'major']).describe('Bump for a breaking change below 1.0.0.'),
    'minor-types': typeList.describe('Commit types that make a minor release.'),
    'patch-types': typeList.describe('Commit types that make a patch release.'),
    sections: z.array(z.object({ title: z.string().min(1), types: typeList.min(1) }).strict()).min(1).describe('Sections in order, each with the commit types it lists.'),
    'hidden-types': typeList.describe('Types left out of the notes (still counted for the bump).'),
    'breaking-title': z.string().min(1),
    'other-title': z.string().min(1),
    'spec-url-template': z.string().regex(/\{id\}/, 'must contain {id}').describe('Link for spec IDs, e.g. https://example.com/specs/{id}.'),
    'spec-id-patterns': z.array(z.string().min(1)).describe('Regular expressions of spec IDs.'),
    requirements: z.boolean().describe('Add a "Requirements covered" list.'),
    'changelog-file': z.string().min(1).describe('CHANGELOG.md to prepend the new section to.'),
  })
  .partial()
  .strict();

export type NotesConfig = z.infer<typeof NotesConfigSchema>;

/** release-kit.yml. Blocks other capabilities read are added by them; unknown top-level keys are errors. */
export const ReleaseKitConfigSchema = z.object({ notes: NotesConfigSchema.optional() }).strict();
export type ReleaseKitConfig = z.infer<typeof ReleaseKitConfigSchema>;

/** The JSON Schema editors use for release-kit.yml (published as docs/release-kit.schema.json). */
export function releaseKitJsonSchema(): unknown {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'release-kit.yml', ...(z.toJSONSchema(ReleaseKitConfigSchema) as object) };
}

/** Reads release-kit.yml; any error names the file, line and column, and the key path. */
export async function loadReleaseKitConfig(file: string): Promise<ReleaseKitConfig> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`Cannot read the config file ${file}: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}.`);
  });
  return parseReleaseKitConfig(text, file);
}

export function parseReleaseKitConfig(text: string, file: string): ReleaseKitConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const where = (offset: number | undefined): string => {
    if (offset === undefined) return file;
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const [syntax] = document.errors;
  if (syntax) throw new UserError(`${where(syntax.pos[0])}: ${syntax.message.split('\n')[0]}`);
  const result = ReleaseKitConfigSchema.safeParse(document.toJS() ?? {});
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    let node = document.getIn(path, true) as YamlNode | undefined;
    // For an unknown key, point at the key itself.
    if (issue.code === 'unrecognized_keys') node = document.getIn([...path, issue.keys[0]!], true) as YamlNode | undefined;
    const offset = isNode(node) ? node.range?.[0] : undefined;
    const key = [...path, ...(issue.code === 'unrecognized_keys' ? [issue.keys.join(', ')] : [])].join('.');
    return `${where(offset)}: ${key || '(top level)'}: ${issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message}`;
  });
  throw new UserError(messages.join('\n'));
}
