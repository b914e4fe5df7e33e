import { z } from 'zod';
import { ChangelogCommitSchema } from '../distribute/settings.js';

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
    bumps: z
      .record(z.string().regex(/^[a-z][\w-]*$/, 'a commit type such as feat or fix'), z.enum(['major', 'minor', 'patch', 'none']))
      .describe('Bump per commit type, e.g. { build: patch, deps: patch }; over minor-types and patch-types.'),
    'squash-bodies': z.enum(['non-conventional', 'never']).describe('Which squash-merge bodies list changes of their own: non-conventional (default) or never.'),
    'allow-mentions': z.boolean().describe('Keep @mentions in commit text as they are (they notify people when the notes are published).'),
    'fold-prereleases': z.boolean().describe('Whole-history changelog: list a prerelease under the stable release that follows it instead of a section of its own.'),
    sections: z.array(z.object({ title: z.string().min(1), types: typeList.min(1) }).strict()).min(1).describe('Sections in order, each with the commit types it lists.'),
    'hidden-types': typeList.describe('Types left out of the notes (still counted for the bump).'),
    'breaking-title': z.string().min(1),
    'other-title': z.string().min(1),
    'spec-url-template': z.string().regex(/\{id\}/, 'must contain {id}').describe('Link for spec IDs, e.g. https://example.com/specs/{id}.'),
    'spec-id-patterns': z.array(z.string().min(1)).describe('Regular expressions of spec IDs.'),
    requirements: z.boolean().describe('Add a "Requirements covered" list.'),
    'changelog-file': z.string().min(1).describe('CHANGELOG.md to prepend the new section to.'),
    'changelog-commit': ChangelogCommitSchema,
  })
  .partial()
  .strict();

export type NotesConfig = z.infer<typeof NotesConfigSchema>;
