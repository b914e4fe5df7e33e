/**
 * Local equivalents of the third-party actions release.yml uses, with the same contract as far as the
 * workflow can tell: actions/checkout (the product repository at the ref, in the job's workspace),
 * actions/upload-artifact and actions/download-artifact (a folder per artifact; `pattern` and
 * `merge-multiple` as documented), the provenance attestation (skipped, with a note), and the setup
 * actions (the host's tools). Anything else has no stand-in: the caller reports it as one error.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../kit/glob.js';

export interface StandInContext {
  workspace: string;
  /** The product repository the rehearsal reads. */
  repository: string;
  /** github.ref of the run, and the commit it means. */
  ref: string;
  sha: string;
  /** false when the tag does not exist yet (a rehearsal before tagging): it is made in each checkout. */
  refExists: boolean;
  artifacts: string;
}

export interface StandInResult {
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  /** What the stand-in did, for the log; for a failure, why. */
  note: string;
}

type StandIn = (context: StandInContext, inputs: Record<string, string>) => StandInResult;

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function inside(context: StandInContext, relative: string, input: string): string {
  const target = path.resolve(context.workspace, relative || '.');
  if (!isInside(context.workspace, target)) throw new Error(`${input} ${JSON.stringify(relative)} is outside the workspace`);
  return target;
}

const checkout: StandIn = (context, inputs) => {
  const dest = inside(context, inputs.path ?? '', 'path');
  mkdirSync(dest, { recursive: true });
  const ref = inputs.ref || context.ref;
  const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
  let sha = context.sha;
  if (ref !== context.ref) sha = git(context.repository, 'rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`);
  const depth = Number(inputs['fetch-depth'] ?? '1');
  if (depth === 0) {
    git(dest, 'clone', '--quiet', '--no-checkout', '--', context.repository, '.');
  } else {
    git(dest, 'init', '--quiet');
    const source = ref === context.ref && !context.refExists ? 'HEAD' : ref;
    git(dest, 'fetch', '--quiet', '--no-tags', `--depth=${depth}`, '--', `file://${context.repository}`, source);
  }
  git(dest, '-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', sha);
  if (tag && !git(dest, 'tag', '--list', '--', tag)) git(dest, 'tag', '--', tag, sha);
  const made = tag && !context.refExists && ref === context.ref ? ` (tag ${tag} made on ${sha.slice(0, 12)} for the rehearsal: it does not exist yet)` : '';
  return { outcome: 'success', outputs: { ref, commit: sha }, note: `${path.relative(context.workspace, dest) || 'workspace'} ← ${ref} at ${sha.slice(0, 12)}, ${depth === 0 ? 'all history' : `depth ${depth}`}${made}` };
};

/** Files a path input names: lines of paths or globs, `!` lines excluded; the root is their common folder. */
function filesOf(context: StandInContext, spec: string): { root: string; files: string[] } {
  const include: string[] = [];
  const exclude = new Set<string>();
  for (const line of spec.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const negated = line.startsWith('!');
    const pattern = negated ? line.slice(1) : line;
    const absolute = inside(context, pattern, 'path');
    const matches = /[*?[{]/.test(pattern) ? globSync(absolute) : existsSync(absolute) ? [absolute] : [];
    for (const match of matches) {
      const found = statSync(match).isDirectory() ? readdirSync(match, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : [match];
      for (const file of found) (negated ? exclude.add(file) : include.push(file));
      if (!negated && statSync(match).isDirectory()) include.push(`${match}${path.sep}`);
    }
  }
  const files = [...new Set(include.filter((f) => !f.endsWith(path.sep) && !exclude.has(f)))].sort();
  const roots = include.map((f) => (f.endsWith(path.sep) ? f.slice(0, -1) : path.dirname(f)));
  let root = roots[0] ?? context.workspace;
  for (const other of roots) while (!isInside(root, other)) root = path.dirname(root);
  return { root, files };
}

const uploadArtifact: StandIn = (context, inputs): StandInResult => {
  const name = inputs.name || 'artifact';
  const store = path.join(context.artifacts, name);
  if (existsSync(store) && inputs.overwrite !== 'true') return { outcome: 'failure', outputs: {}, note: `an artifact named ${name} already exists in this run (overwrite: false)` };
  const { root, files } = filesOf(context, inputs.path ?? '');
  if (!files.length) {
    const mode = inputs['if-no-files-found'] || 'warn';
    const message = `no files were found with the provided path: ${inputs.path}. No artifacts will be uploaded.`;
    return { outcome: mode === 'error' ? 'failure' : 'success', outputs: {}, note: mode === 'ignore' ? 'nothing to upload' : message };
  }
  for (const file of files) cpSync(file, path.join(store, path.relative(root, file)), { force: true });
  return { outcome: 'success', outputs: { 'artifact-id': name }, note: `artifact ${name}: ${files.length} file${files.length === 1 ? '' : 's'}` };
};

const downloadArtifact: StandIn = (context, inputs): StandInResult => {
  const dest = inside(context, inputs.path ?? '', 'path');
  const all = existsSync(context.artifacts) ? readdirSync(context.artifacts).sort() : [];
  if (inputs.name) {
    if (!all.includes(inputs.name)) return { outcome: 'failure', outputs: {}, note: `Unable to download artifact(s): Artifact not found for name: ${inputs.name}` };
    cpSync(path.join(context.artifacts, inputs.name), dest, { recursive: true });
    return { outcome: 'success', outputs: { 'download-path': dest }, note: `artifact ${inputs.name} → ${path.relative(context.workspace, dest) || '.'}` };
  }
  const chosen = inputs.pattern ? all.filter((name) => path.matchesGlob(name, inputs.pattern!)) : all;
  const merge = inputs['merge-multiple'] === 'true';
  for (const name of chosen) cpSync(path.join(context.artifacts, name), merge ? dest : path.join(dest, name), { recursive: true });
  return { outcome: 'success', outputs: { 'download-path': dest }, note: `${chosen.length} artifact${chosen.length === 1 ? '' : 's'} (${chosen.join(', ') || 'none'})${merge ? ' merged' : ''} → ${path.relative(context.workspace, dest) || '.'}` };
};

const skipped = (why: string): StandIn => () => ({ outcome: 'skipped', outputs: {}, note: why });
const hostTool = (tool: string): StandIn => () => ({ outcome: 'success', outputs: {}, note: `the host's ${tool} is used (${versionOf(tool)})` });

function versionOf(tool: string): string {
  try {
    return execFileSync(tool, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0]!.trim();
  } catch {
    return 'not installed here: steps that need it will fail';
  }
}

/** Third-party actions by `owner/name` (any ref): what stands in for each. */
export const STAND_INS: Record<string, StandIn> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/attest-build-provenance': skipped('provenance attestation needs GitHub\'s OIDC token and Sigstore: skipped in a rehearsal'),
  'actions/attest': skipped('attestation needs GitHub\'s OIDC token and Sigstore: skipped in a rehearsal'),
  'actions/cache': skipped('no cache in a rehearsal: every step runs from scratch'),
  'actions/setup-node': hostTool('node'),
  'actions/setup-python': hostTool('python3'),
  'actions/setup-go': hostTool('go'),
  'actions/setup-java': hostTool('java'),
  'dtolnay/rust-toolchain': hostTool('cargo'),
  'actions-rust-lang/setup-rust-toolchain': hostTool('cargo'),
  'pnpm/action-setup': hostTool('pnpm'),
};

export function standInFor(uses: string): StandIn | undefined {
  const at = uses.indexOf('@');
  const name = (at < 0 ? uses : uses.slice(0, at)).split('/').slice(0, 2).join('/').toLowerCase();
  return Object.hasOwn(STAND_INS, name) ? STAND_INS[name] : undefined;
}
