import { readFile, stat } from 'node:fs/promises';
import { LineCounter, parseDocument, isNode, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { UserError } from '../kit/errors.js';
import { NotesConfigSchema } from '../notes/config.js';
import { NAME_PLACEHOLDERS } from './artifact-name.js';

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** The checks of smoke-test, as its inputs are named; each value is the input's text. */
const SmokeSchema = z
  .object({
    run: z.string().min(1).describe('Command that starts the built program (app, backend, CLI).'),
    install: z.string().min(1).describe('Installer to install first (path or glob into the artifacts).'),
    'working-directory': z.string().min(1),
    'expect-exit-code': z.number().int().min(0).max(255),
    'expect-output': z.string().min(1).describe('Regular expression; {version} is the version.'),
    'wait-for-port': z.number().int().min(1).max(65535),
    'health-url': z.url(),
    'expect-status': z.number().int().min(100).max(599),
    'expect-body': z.string().min(1),
    'wait-for-window': z.string().min(1),
    screenshot: z.boolean(),
    'stay-alive': z.number().int().min(1).max(600),
    timeout: z.string().regex(/^\d+(ms|s|m)?$/, 'a duration such as 30s or 2m'),
  })
  .partial()
  .strict()
  .refine((s) => s.run !== undefined, { message: 'a smoke test needs run: (the command that starts the program)' });

export const TargetSchema = z
  .object({
    id: z.string().regex(ID, 'lower-case letters, digits and dashes, e.g. windows-x64').describe('Unique id: names the matrix leg and its artifact.'),
    runner: z.string().min(1).describe('runs-on label, e.g. ubuntu-24.04, windows-2025, macos-15.'),
    os: z.enum(['linux', 'windows', 'macos']).describe('Operating system the artifacts are for.'),
    arch: z.enum(['x64', 'arm64', 'x86', 'universal']).describe('CPU architecture of the artifacts.'),
    build: z.string().min(1).describe('Build command, run with bash from the repository root; {version} is the version.'),
    artifacts: z.array(z.string().min(1)).min(1).describe('Globs of the files this build produces.'),
    'artifact-name': z.string().min(1).optional().describe('Naming template; default: the top-level artifact-name.'),
    sign: z.enum(['windows', 'macos', 'gpg', 'none']).default('none').describe('Signer for the artifacts of this leg.'),
    notarize: z.boolean().default(false).describe('Notarize (macOS) after signing.'),
    smoke: SmokeSchema.optional().describe('Smoke test run on this runner after signing.'),
  })
  .strict();

export const VERSION_SOURCES = ['tag', 'package.json', 'Cargo.toml', 'pyproject.toml', 'tauri.conf.json'] as const;

export const ReleaseKitConfigSchema = z
  .object({
    product: z
      .object({
        name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dots, dashes and underscores').describe('Product name used in artifact names.'),
        'version-from': z.enum(VERSION_SOURCES).default('tag').describe('Where the version comes from.'),
        'version-file': z.string().min(1).optional().describe('Path of the version file when it is not at the root.'),
      })
      .strict(),
    'artifact-name': z
      .string()
      .regex(/\{ext\}/, 'must contain {ext}')
      .default('{name}-{version}-{os}-{arch}.{ext}')
      .describe('Template of release file names: {name} {version} {os} {arch} {target} {ext} {basename} (the built file\'s name without extension).'),
    targets: z.array(TargetSchema).min(1).describe('One matrix leg per target.'),
    notes: NotesConfigSchema.optional(),
    checksum: z
      .object({
        algorithms: z.array(z.enum(['sha256', 'sha384', 'sha512', 'sha3-256', 'blake2b512'])).min(1).default(['sha256']),
        sign: z.enum(['gpg', 'minisign', 'none']).default('none').describe('Detached signature over the sums file.'),
      })
      .strict()
      .optional(),
    feeds: z
      .object({
        electron: z.boolean().default(false),
        tauri: z.boolean().default(false),
        'tauri-platforms': z.array(z.string().min(1)).optional(),
        'staging-percentage': z.number().int().min(0).max(100).optional(),
      })
      .strict()
      .optional(),
    channels: z
      .array(
        z
          .object({
            prerelease: z.string().regex(/^[0-9A-Za-z-]+$/).describe('Prerelease identifier, e.g. beta in 1.2.0-beta.1.'),
            channel: z.string().regex(ID).describe('Channel the release goes to.'),
          })
          .strict(),
      )
      .default([])
      .describe('Prerelease identifier → channel; a tag without a prerelease goes to the stable channel.'),
  })
  .strict()
  .superRefine((config, ctx) => {
    const checkTemplate = (template: string, path: Array<string | number>) => {
      for (const [, key] of template.matchAll(/\{(\w+)\}/g)) {
        if (!(NAME_PLACEHOLDERS as readonly string[]).includes(key!)) ctx.addIssue({ code: 'custom', path, message: `{${key}} is not a placeholder; use ${NAME_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}` });
      }
    };
    checkTemplate(config['artifact-name'], ['artifact-name']);
    const seen = new Set<string>();
    config.targets.forEach((target, index) => {
      if (seen.has(target.id)) ctx.addIssue({ code: 'custom', path: ['targets', index, 'id'], message: `the id ${target.id} is used by another target` });
      seen.add(target.id);
      if (target['artifact-name']) checkTemplate(target['artifact-name'], ['targets', index, 'artifact-name']);
      if (target.notarize && target.os !== 'macos') ctx.addIssue({ code: 'custom', path: ['targets', index, 'notarize'], message: 'only macOS artifacts are notarized' });
    });
  });

export type ReleaseKitConfig = z.infer<typeof ReleaseKitConfigSchema>;
export type Target = z.infer<typeof TargetSchema>;

/**
 * The notes block alone: the release-notes action reads only it, and must keep working in repositories
 * whose release-kit.yml has nothing else.
 */
const NotesOnlySchema = z.object({ notes: NotesConfigSchema.optional() }).loose();

/** The JSON Schema editors use for release-kit.yml (published as docs/release-kit.schema.json). */
export function releaseKitJsonSchema(): unknown {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'release-kit.yml', ...(z.toJSONSchema(ReleaseKitConfigSchema, { io: 'input' }) as object) };
}

/** Limits of a config: GitHub runs at most 256 jobs from one matrix; nothing real comes near the rest. */
const LIMITS = { bytes: 1024 * 1024, targets: 256, artifactsPerTarget: 100, aliases: 100 };

async function readConfig(file: string): Promise<string> {
  const size = (await stat(file).catch(() => undefined))?.size ?? 0;
  if (size > LIMITS.bytes) throw new UserError(`The config file ${file} is ${size} bytes; a config may be at most ${LIMITS.bytes} bytes (1 MiB).`);
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`Cannot read the config file ${file}: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}.`);
  });
}

/** Reads the whole release-kit.yml; any error names the file, line and column, and the key path. */
export async function loadReleaseKitConfig(file: string, shownAs = file): Promise<ReleaseKitConfig> {
  return parseReleaseKitConfig(await readConfig(file), shownAs);
}

/** Reads only the notes block of release-kit.yml (the rest is not checked). */
export async function loadNotesConfig(file: string): Promise<z.infer<typeof NotesConfigSchema>> {
  return parseNotesConfig(await readConfig(file), file);
}

export function parseNotesConfig(text: string, file: string): z.infer<typeof NotesConfigSchema> {
  return parseWithSchema(NotesOnlySchema, text, file).notes ?? {};
}

export function parseReleaseKitConfig(text: string, file: string): ReleaseKitConfig {
  return parseWithSchema(ReleaseKitConfigSchema, text, file);
}

function parseWithSchema<S extends z.ZodType>(schema: S, text: string, file: string): z.infer<S> {
  if (text.length > LIMITS.bytes) throw new UserError(`The config file ${file} is larger than ${LIMITS.bytes} bytes (1 MiB), the most a config may be.`);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const where = (offset: number | undefined): string => {
    if (offset === undefined) return file;
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const [syntax] = document.errors;
  if (syntax) throw new UserError(`${where(syntax.pos[0])}: ${syntax.message.split('\n')[0]}`);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: LIMITS.aliases }) ?? {};
  } catch (error) {
    // An alias bomb: a few lines whose aliases expand to billions of nodes.
    throw new UserError(`${file}: ${(error as Error).message.replace(/\.$/, '')}; a config may expand its aliases (*name) at most ${LIMITS.aliases} times.`);
  }
  const at = (path: Array<string | number>): string => where((document.getIn(path, true) as YamlNode | undefined)?.range?.[0]);
  const targets = (data as { targets?: unknown }).targets;
  if (Array.isArray(targets)) {
    if (targets.length > LIMITS.targets) throw new UserError(`${at(['targets'])}: targets: ${targets.length} targets, but GitHub runs at most ${LIMITS.targets} jobs from one matrix.`);
    targets.forEach((target: { artifacts?: unknown }, index) => {
      if (Array.isArray(target?.artifacts) && target.artifacts.length > LIMITS.artifactsPerTarget) {
        throw new UserError(`${at(['targets', index, 'artifacts'])}: targets.${index}.artifacts: ${target.artifacts.length} patterns, but a target may list at most ${LIMITS.artifactsPerTarget}.`);
      }
    });
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    let node = document.getIn(path, true) as YamlNode | undefined;
    // For an unknown key, point at the key itself.
    if (issue.code === 'unrecognized_keys') node = document.getIn([...path, issue.keys[0]!], true) as YamlNode | undefined;
    // A missing key: point at the block that lacks it.
    for (let up = path.length - 1; !isNode(node) && up >= 0; up--) node = document.getIn(path.slice(0, up), true) as YamlNode | undefined;
    const offset = isNode(node) ? node.range?.[0] : undefined;
    const key = [...path, ...(issue.code === 'unrecognized_keys' ? [issue.keys.join(', ')] : [])].join('.');
    return `${where(offset)}: ${key || '(top level)'}: ${issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message}`;
  });
  throw new UserError(messages.join('\n'));
}
