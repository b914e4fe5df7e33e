import { readFile, stat } from 'node:fs/promises';
import { LineCounter, parseDocument, isNode, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { UserError } from '../kit/errors.js';
import { NotesConfigSchema } from '../notes/config.js';
import { NotarizeConfigSchema } from '../notarize/settings.js';
import { SignConfigSchema } from '../sign/settings.js';
import { smokeAllowed, SmokeConfigSchema } from '../smoke/settings.js';
import { NAME_PLACEHOLDERS } from './artifact-name.js';
import { PackageManagersSchema } from '../distribute/settings.js';
import { BuildEnvSchema } from '../build/settings.js';
import { parsePublicKey, PUBLIC_KEY_FORMS } from '../feed/minisign.js';

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** One smoke check: written once in the JSON Schema, used by both forms of `smoke:`. */
const SmokeCheckSchema = SmokeConfigSchema.meta({ id: 'smoke-check' });

export const TargetSchema = z
  .object({
    id: z.string().regex(ID, 'lower-case letters, digits and dashes, e.g. windows-x64').describe('Unique id: names the matrix leg and its artifact.'),
    runner: z.string().min(1).describe('runs-on label, e.g. ubuntu-24.04, windows-2025, macos-15.'),
    os: z.enum(['linux', 'windows', 'macos', 'any']).describe('Operating system the artifacts are for; any for platform-independent files (a wheel, a .pyz, a .jar).'),
    arch: z.enum(['x64', 'arm64', 'x86', 'universal', 'any']).describe('CPU architecture of the artifacts; any for platform-independent files.'),
    build: z.string().min(1).describe('Build command, run with bash from the repository root; {version} is the version.'),
    'build-env': BuildEnvSchema,
    artifacts: z.array(z.string().min(1)).min(1).describe('Globs of the files this build produces.'),
    'artifact-name': z.string().min(1).optional().describe('Naming template; default: the top-level artifact-name.'),
    sign: SignConfigSchema,
    notarize: NotarizeConfigSchema,
    smoke: z
      .union([SmokeCheckSchema, z.array(SmokeCheckSchema).min(1)])
      .transform((smoke) => (Array.isArray(smoke) ? smoke : [smoke]))
      .optional()
      .describe('Smoke test run on this runner after signing: the smoke-test action\'s settings; a list for several checks (the NSIS installer, the MSI, the backend alone).'),
  })
  .strict();

/** An update feed: on for every file, off, or scoped to some targets' files (and globs of release names). */
const FeedSchema = z
  .union([
    z.boolean(),
    z
      .object({
        targets: z.array(z.string().regex(ID)).min(1).optional().describe('Ids of the targets whose files the feed covers.'),
        files: z.array(z.string().min(1)).min(1).optional().describe('Globs of release names the feed covers.'),
      })
      .strict(),
  ])
  .default(false);

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
        electron: FeedSchema.describe('electron-updater feeds (latest*.yml): true, or the targets (and globs of release names) they cover.'),
        tauri: FeedSchema.describe('Tauri\'s latest.json: true, or the targets (and globs of release names) it covers.'),
        'tauri-platforms': z.array(z.string().min(1)).optional(),
        'tauri-public-key': z
          .string()
          .min(1)
          .optional()
          .describe("The Tauri updater public key (pubkey of tauri.conf.json, or the .pub file's content): the release job checks every bundle's .sig against it before latest.json is written, and a stale .sig fails the release."),
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
    'package-managers': PackageManagersSchema.optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const checkTemplate = (template: string, path: Array<string | number>) => {
      for (const [, key] of template.matchAll(/\{(\w+)\}/g)) {
        if (!(NAME_PLACEHOLDERS as readonly string[]).includes(key!)) ctx.addIssue({ code: 'custom', path, message: `{${key}} is not a placeholder; use ${NAME_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}` });
      }
    };
    checkTemplate(config['artifact-name'], ['artifact-name']);
    const publicKey = config.feeds?.['tauri-public-key'];
    if (publicKey !== undefined && !parsePublicKey(publicKey)) ctx.addIssue({ code: 'custom', path: ['feeds', 'tauri-public-key'], message: PUBLIC_KEY_FORMS });
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
export const CONFIG_LIMITS = { bytes: 1024 * 1024, targets: 256, artifactsPerTarget: 100, aliases: 100 };

export async function readConfig(file: string): Promise<string> {
  // Refused before it is read: a huge file would cost memory and minutes before any other check.
  const size = (await stat(file).catch(() => undefined))?.size ?? 0;
  if (size > CONFIG_LIMITS.bytes) throw new UserError(`The config file ${file} is ${size} bytes; a config may be at most ${CONFIG_LIMITS.bytes} bytes (1 MiB).`);
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`Cannot read the config file ${file}: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}.`);
  });
}

/** Reads only the notes block of release-kit.yml (the rest is not checked). */
export async function loadNotesConfig(file: string): Promise<z.infer<typeof NotesConfigSchema>> {
  return parseNotesConfig(await readConfig(file), file);
}

export function parseNotesConfig(text: string, file: string): z.infer<typeof NotesConfigSchema> {
  return parseWithSchema(NotesOnlySchema, text, file).notes ?? {};
}

type Issue = z.core.$ZodIssue;
type Key = string | number;

/** The keys a block at this path may hold (for "did you mean"). */
function keysAt(schema: z.core.$ZodType, path: readonly Key[]): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object':
      return path.length ? keysAt((def.shape as Record<string, z.core.$ZodType>)[String(path[0])] ?? z.never(), path.slice(1)) : Object.keys(def.shape as object);
    case 'array':
      return path.length ? keysAt(def.element as z.core.$ZodType, path.slice(1)) : [];
    case 'optional':
    case 'default':
    case 'nullable':
      return keysAt(def.innerType as z.core.$ZodType, path);
    case 'pipe':
      return keysAt(def.in as z.core.$ZodType, path);
    case 'union':
      return (def.options as z.core.$ZodType[]).flatMap((option) => keysAt(option, path));
    default:
      return [];
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** `did you mean \`artifacts\`?` for a key a typo away from an allowed one. */
function suggestion(key: string, allowed: readonly string[]): string {
  const best = allowed.map((name) => ({ name, d: editDistance(key, name) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? `; did you mean \`${best.name}\`?` : `; allowed here: ${allowed.join(', ')}`;
}

const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a block of keys', record: 'a block of keys' };

/** One union branch's issues: the branch whose type matched the value (not the one that wanted a list for a block). */
function unionBranch(issue: Issue & { errors: Issue[][] }): Issue[] | undefined {
  // The branch that got inside the value (its issues are all below it), else the one whose type matched.
  const inside = issue.errors.filter((branch) => branch.length > 0 && branch.every((sub) => sub.path.length > 0 || sub.code === 'unrecognized_keys'));
  if (inside.length === 1) return inside[0];
  const fits = issue.errors.filter((branch) => !branch.some((sub) => sub.path.length === 0 && sub.code === 'invalid_type'));
  return fits.length === 1 ? fits[0] : undefined;
}

/** Zod's issue in the words of release-kit.yml: the range, the allowed values, the nearest key. */
function explain(issue: Issue, schema: z.core.$ZodType): Array<{ path: Key[]; message: string }> {
  const path = issue.path as Key[];
  const smokeKey = path.includes('smoke') ? smokeAllowed(String(path[path.length - 1])) : undefined;
  switch (issue.code) {
    case 'invalid_union': {
      const branch = unionBranch(issue as Issue & { errors: Issue[][] });
      if (branch) return branch.flatMap((sub) => explain({ ...sub, path: [...path, ...sub.path] } as Issue, schema));
      return [{ path, message: smokeKey ?? 'it has none of the allowed forms (see docs/release-kit.schema.json)' }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: `unknown key${suggestion(key, keysAt(schema, path))}` }));
    case 'invalid_value':
      return [{ path, message: `must be one of: ${issue.values.map(String).join(', ')}` }];
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, message: `is required${smokeKey ? `: ${smokeKey.replace(/^it must be /, '')}` : ''}` }];
      return [{ path, message: smokeKey ?? `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}` }];
    case 'too_small':
      if (smokeKey) return [{ path, message: smokeKey }];
      return [{ path, message: issue.origin === 'array' ? `must list at least ${issue.minimum}` : issue.origin === 'string' ? 'must not be empty' : `must be at least ${issue.minimum}` }];
    case 'too_big':
      return [{ path, message: smokeKey ?? (issue.origin === 'array' ? `must list at most ${issue.maximum}` : `must be at most ${issue.maximum}`) }];
    default:
      return [{ path, message: smokeKey && issue.code !== 'custom' ? smokeKey : issue.message }];
  }
}

/**
 * Parses YAML text with a schema, then `check` on the parsed value; every problem is one line naming
 * the file, line and column, and the key path (a target by its id).
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, text: string, file: string, check?: (data: z.infer<S>) => Array<{ path: Key[]; message: string }>): z.infer<S> {
  if (text.length > CONFIG_LIMITS.bytes) throw new UserError(`The config file ${file} is larger than ${CONFIG_LIMITS.bytes} bytes (1 MiB), the most a config may be.`);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const where = (offset: number | undefined): string => {
    if (offset === undefined) return file;
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const [syntax] = document.errors;
  if (syntax) throw new UserError(`${where(syntax.pos[0])}: ${syntax.message.split('\n')[0]}`);
  let raw: { targets?: unknown };
  try {
    raw = (document.toJS({ maxAliasCount: CONFIG_LIMITS.aliases }) ?? {}) as { targets?: unknown };
  } catch (error) {
    // An alias bomb: a few lines whose aliases expand to billions of nodes.
    throw new UserError(`${file}: ${(error as Error).message.replace(/\.$/, '')}; a config may expand its aliases (*name) at most ${CONFIG_LIMITS.aliases} times.`);
  }
  const at = (path: Key[]): string => where((document.getIn(path, true) as YamlNode | undefined)?.range?.[0]);
  if (Array.isArray(raw.targets)) {
    const targets = raw.targets as unknown[];
    if (targets.length > CONFIG_LIMITS.targets) throw new UserError(`${at(['targets'])}: targets: ${targets.length} targets, but GitHub runs at most ${CONFIG_LIMITS.targets} jobs from one matrix.`);
    targets.forEach((target, index) => {
      const { id, artifacts } = (target ?? {}) as { id?: unknown; artifacts?: unknown };
      if (Array.isArray(artifacts) && artifacts.length > CONFIG_LIMITS.artifactsPerTarget) {
        throw new UserError(`${at(['targets', index, 'artifacts'])}: targets[${typeof id === 'string' ? id : index}].artifacts: ${artifacts.length} patterns, but a target may list at most ${CONFIG_LIMITS.artifactsPerTarget}.`);
      }
    });
  }
  const result = schema.safeParse(raw, { reportInput: true });
  const problems = result.success ? (check?.(result.data) ?? []) : result.error.issues.flatMap((issue) => explain(issue, schema));
  if (result.success && problems.length === 0) return result.data;
  // A target is named by its id, not its index.
  const idOf = (index: Key): string | undefined => {
    const target = Array.isArray(raw.targets) ? (raw.targets[Number(index)] as { id?: unknown } | undefined) : undefined;
    const ids = Array.isArray(raw.targets) ? raw.targets.map((t) => (t as { id?: unknown } | null)?.id) : [];
    return typeof target?.id === 'string' && ids.indexOf(target.id) === ids.lastIndexOf(target.id) ? target.id : undefined;
  };
  const messages = problems.map(({ path, message }) => {
    let node = document.getIn(path.map(String), true) as YamlNode | undefined;
    // A missing key: point at the block that lacks it.
    for (let up = path.length - 1; !isNode(node) && up >= 0; up--) node = document.getIn(path.slice(0, up).map(String), true) as YamlNode | undefined;
    const offset = isNode(node) ? node.range?.[0] : undefined;
    const key = path
      .map((part, i) => (typeof part === 'number' ? `[${(i === 1 && path[0] === 'targets' && idOf(part)) || part}]` : `${i ? '.' : ''}${part}`))
      .join('');
    return `${where(offset)}: ${key || '(top level)'}: ${message}`;
  });
  throw new UserError(messages.join('\n'));
}
