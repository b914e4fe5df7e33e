/**
 * A rehearsal of a product's whole release, on this machine, through the kit's real release workflow:
 * throwaway keys (unless real secrets are given), the embedded GitHub emulator as the API, the
 * workflow executed job by job; legs this host cannot run are skipped with a line each (or stood in by
 * placeholder files); then the release page that would be published, the job summaries and every problem.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { isInside } from '../kit/glob.js';
import type { ReleaseKitConfig } from '../plan/config.js';
import { loadReleaseKitConfig } from '../plan/load-config.js';
import { plannedName } from '../plan/describe.js';
import { GitHubEmulator } from './github-emulator.js';
import { makeThrowawayKeys, type ThrowawayKeys } from './keys.js';
import { checkWorkflow, WorkflowExecutor, type LegDecision, type RunResult } from './workflow.js';

export interface RehearsalOptions {
  /** The product repository (its root). */
  repository: string;
  /** The kit: where action.yml, actions/ and dist/ are. */
  kitRoot: string;
  ref?: string;
  targets?: string[];
  config: string;
  standInMissing: boolean;
  /** The workflow to run (default: the kit's .github/workflows/release.yml). */
  workflow?: string;
  /** Where the run's files go (default: <repository>/.release-kit/rehearsal). */
  out?: string;
  /** Real secrets by workflow secret name; the others are throwaway ones. */
  secrets?: Record<string, string>;
  log(line: string): void;
}

export interface ReleasePage {
  tag: string;
  name: string;
  url: string;
  draft: boolean;
  prerelease: boolean;
  latest: boolean;
  body: string;
  assets: Array<{ name: string; size: number; digest: string; file?: string }>;
  feeds: string[];
}

export interface Rehearsal {
  ok: boolean;
  /** The package-manager manifests the distribute step wrote in its dry run (paths under `<out>/package-manifests`). */
  manifests?: string[];
  out: string;
  run: RunResult;
  release?: ReleasePage;
  rerun?: { outcome: string; reads: number; writes: string[] };
  /** The public halves of the throwaway keys, for checking the rehearsal's files. */
  keys?: { caPem: string; gpgPublicKey: string; minisignPublicKey: string };
  report: string;
}

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The kit's own reference to itself inside workflows: org/release-kit[/actions/<name>]@<ref>. */
const KIT_REPOSITORY = /[\w.-]+\/release-kit/;

function repositoryRoot(dir: string): string {
  try {
    return git(dir, 'rev-parse', '--show-toplevel');
  } catch {
    throw new UserError(`${dir} is not inside a git repository: a rehearsal checks out the product at the ref, so run it in the product's repository`);
  }
}

function resolveRef(repository: string, ref: string | undefined): { ref: string; sha: string; exists: boolean } {
  if (!ref) {
    const tags = git(repository, 'tag', '--points-at', 'HEAD').split('\n').filter(Boolean);
    if (!tags.length) throw new UserError('HEAD has no tag: pass --ref refs/tags/<tag> (the tag you are about to push, e.g. --ref refs/tags/v1.2.3)');
    ref = `refs/tags/${tags.sort().pop()}`;
  }
  if (!/^refs\/(tags|heads)\/\S+$/.test(ref)) throw new UserError(`--ref ${JSON.stringify(ref)}: a full ref is needed, refs/tags/<tag> for a release (e.g. refs/tags/v1.2.3) or refs/heads/<branch> for a dry run`);
  try {
    return { ref, sha: git(repository, 'rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`), exists: true };
  } catch {
    if (!ref.startsWith('refs/tags/')) throw new UserError(`--ref ${ref}: no such branch in ${repository}`);
    return { ref, sha: git(repository, 'rev-parse', 'HEAD'), exists: false };
  }
}

function repositoryName(repository: string): { owner: string; repo: string } {
  let url = '';
  try {
    url = git(repository, 'remote', 'get-url', 'origin');
  } catch {
    // no remote: a local name
  }
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
  return match ? { owner: match[1]!, repo: match[2]! } : { owner: 'local', repo: path.basename(repository).replace(/[^\w.-]/g, '-') || 'product' };
}

/** The environment a step starts from: this shell's, without what would make an action think it runs elsewhere. */
function baseEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|STATE_)/.test(e[0])));
}

function decideLeg(runsOn: string, matrix: Record<string, unknown> | undefined, targets: string[] | undefined): LegDecision {
  const target = typeof matrix?.target === 'string' ? matrix.target : undefined;
  if (targets && target !== undefined && !targets.includes(target)) return { kind: 'skip', why: 'not selected with --targets' };
  if (/ubuntu|linux|self-hosted/i.test(runsOn)) return { kind: 'run' };
  if (/windows/i.test(runsOn)) return { kind: 'cross', os: 'Windows' };
  if (/macos/i.test(runsOn)) return { kind: 'skip', why: 'needs a macOS runner' };
  return { kind: 'skip', why: `needs a ${runsOn || 'runner of its own'} runner` };
}

/**
 * The variables of the kit's sign hook (`release-kit sign` in a build) that hold a key, and the secret of
 * release.yml that holds the same key for the sign job: a build-env entry naming one of these variables
 * gets that key in the rehearsal, throwaway or given, so the build signs as the sign job does.
 */
const SIGN_HOOK_KEYS: Readonly<Record<string, string>> = {
  RELEASE_KIT_CERTIFICATE: 'windows-certificate',
  RELEASE_KIT_CERTIFICATE_PASSWORD: 'windows-certificate-password',
  RELEASE_KIT_AZURE_CLIENT_SECRET: 'azure-client-secret',
  RELEASE_KIT_GPG_PRIVATE_KEY: 'gpg-private-key',
  RELEASE_KIT_GPG_PASSPHRASE: 'gpg-passphrase',
  RELEASE_KIT_MINISIGN_KEY: 'minisign-key',
  RELEASE_KIT_MINISIGN_PASSWORD: 'minisign-password',
  RELEASE_KIT_MACOS_CERTIFICATE: 'macos-certificate',
  RELEASE_KIT_MACOS_CERTIFICATE_PASSWORD: 'macos-certificate-password',
  RELEASE_KIT_MACOS_INSTALLER_CERTIFICATE: 'macos-installer-certificate',
  RELEASE_KIT_MACOS_INSTALLER_CERTIFICATE_PASSWORD: 'macos-installer-certificate-password',
};

/**
 * What the rehearsal passes as build-secrets (the caller's `toJSON(secrets)`): for each target's build-env
 * entry that names a sign-hook variable, the workflow secret it names holds the key the sign job gets;
 * a build-secrets given (RELEASE_KIT_SECRET_BUILD_SECRETS, a JSON object) adds to these and wins.
 * Other secrets a build-env names are not made up: the leg says which one is missing.
 */
export function rehearsalBuildSecrets(config: Pick<ReleaseKitConfig, 'targets'> | undefined, secrets: Record<string, string>, given: string | undefined): { text: string | undefined; signingKeys: string[] } {
  const derived: Record<string, string> = {};
  for (const target of config?.targets ?? []) {
    for (const [variable, secret] of Object.entries(target['build-env'] ?? {})) {
      const key = SIGN_HOOK_KEYS[variable.toUpperCase()];
      const value = key === undefined ? undefined : secrets[key];
      if (value) derived[secret] = value;
    }
  }
  let extra: unknown;
  try {
    extra = given === undefined ? {} : JSON.parse(given);
  } catch {
    extra = undefined;
  }
  // Not a JSON object: passed on as given, for the build step to refuse naming build-secrets.
  if (!extra || typeof extra !== 'object' || Array.isArray(extra)) return { text: given, signingKeys: [] };
  const merged = { ...derived, ...(extra as Record<string, string>) };
  return { text: Object.keys(merged).length ? JSON.stringify(merged) : undefined, signingKeys: Object.keys(derived).filter((name) => !Object.hasOwn(extra as object, name)) };
}

/**
 * A sign hook in a build (`release-kit sign`) times its signatures and checks them as the sign job does
 * here: at the local RFC 3161 server, against the test CA — where no target's sign: block sets its own.
 */
function signHookEnv(config: ReleaseKitConfig | undefined, keys: ThrowawayKeys): Record<string, string> {
  const set = (name: string): boolean => Boolean(config?.targets.some((t) => t.sign.settings[name] !== undefined));
  return { ...(set('timestamp-urls') ? {} : { RELEASE_KIT_TIMESTAMP_URLS: keys.timestampUrl }), ...(set('ca-file') ? {} : { RELEASE_KIT_CA_FILE: keys.caPem }) };
}

function secretsOf(keys: ThrowawayKeys, given: Record<string, string>, config: ReleaseKitConfig | undefined): { secrets: Record<string, string>; buildSigningKeys: string[] } {
  const secrets: Record<string, string> = {
    'windows-certificate': keys.pfxBase64,
    'windows-certificate-password': keys.pfxPassword,
    'gpg-private-key': keys.gpg.secretKey,
    'gpg-passphrase': keys.gpg.passphrase,
    'minisign-key': keys.minisign.secretKey,
    'minisign-password': keys.minisign.password,
    ...given,
  };
  const build = rehearsalBuildSecrets(config, secrets, given['build-secrets']);
  if (build.text !== undefined) secrets['build-secrets'] = build.text;
  return { secrets, buildSigningKeys: build.signingKeys };
}

/** Placeholder files with the names the plan gives a target's artifacts, as the artifact its leg would upload. */
function placeholders(config: ReleaseKitConfig | undefined, target: string | undefined, version: string, artifacts: string, minisignKey: string): string[] {
  const spec = config?.targets.find((t) => t.id === target);
  if (!config || !spec) return [];
  // Where the build decides a part of the name (`*`), the placeholder says so.
  const names = [...new Set(spec.artifacts.map((glob) => plannedName(config, spec, version, glob).name.replace(/\*/g, 'placeholder')))];
  const dir = path.join(artifacts, `release-kit-${spec.id}`);
  mkdirSync(dir, { recursive: true });
  for (const name of names) writeFileSync(path.join(dir, name), `placeholder for ${name}: the ${spec.id} leg was not rehearsed on this host\n`);
  // A Tauri updater signature beside its bundle (`<bundle>.sig`: the base64 of a minisign signature), made
  // with the throwaway minisign key over the bundle's placeholder, so the feeds step reads it as it would the real one.
  for (const name of names.filter((n) => n.endsWith('.sig') && names.includes(n.slice(0, -'.sig'.length)))) {
    const minisig = path.join(dir, `${name}.minisig`);
    execFileSync('minisign', ['-S', '-s', minisignKey, '-m', path.join(dir, name.slice(0, -'.sig'.length)), '-x', minisig, '-t', 'placeholder'], { stdio: 'ignore' });
    writeFileSync(path.join(dir, name), Buffer.from(readFileSync(minisig)).toString('base64'));
    rmSync(minisig);
  }
  return names;
}

const size = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);

export async function rehearse(options: RehearsalOptions): Promise<Rehearsal> {
  const repository = repositoryRoot(options.repository);
  const workflow = path.resolve(options.workflow ?? path.join(options.kitRoot, '.github/workflows/release.yml'));
  if (!existsSync(workflow)) throw new UserError(`--workflow ${options.workflow ?? workflow}: no such file`);
  const out = path.resolve(repository, options.out ?? '.release-kit/rehearsal');
  if (out === repository || isInside(out, repository)) throw new UserError(`--out ${out}: the rehearsal clears this folder first, so it cannot be the repository or hold it`);
  const configFile = path.resolve(repository, options.config);
  if (!isInside(repository, configFile)) throw new UserError(`--config ${options.config}: outside the repository ${repository}`);
  const config = existsSync(configFile) ? await loadReleaseKitConfig(configFile, options.config) : undefined;
  if (options.targets && config) {
    const known = config.targets.map((t) => t.id);
    const unknown = options.targets.filter((t) => !known.includes(t));
    if (unknown.length) throw new UserError(`--targets ${options.targets.join(',')}: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a target' : 'are not targets'} of ${options.config} (targets: ${known.join(', ')})`);
  }
  const shownAs = path.relative(options.kitRoot, workflow).startsWith('..') ? workflow : path.relative(options.kitRoot, workflow);
  checkWorkflow({ workflowFile: workflow, shownAs, kitRoot: options.kitRoot, kitRepository: KIT_REPOSITORY });
  const { ref, sha, exists } = resolveRef(repository, options.ref);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The rehearsal's files stay out of the product's git status.
  writeFileSync(path.join(out, '.gitignore'), '*\n');
  const log = options.log;
  const dirty = git(repository, 'status', '--porcelain', '--untracked-files=no');
  if (dirty) log(`note: uncommitted changes are not part of the rehearsal (it checks out ${ref} at ${sha.slice(0, 12)})`);

  const keys = await makeThrowawayKeys(path.join(out, 'keys'));
  const github = new GitHubEmulator();
  github.assetDir = path.join(out, 'uploads');
  mkdirSync(github.assetDir, { recursive: true });
  await github.start();
  const name = repositoryName(repository);
  github.owner = name.owner;
  github.repo = name.repo;
  const given = options.secrets ?? {};
  const throwawayWindows = !given['windows-certificate'];
  log(`Rehearsing ${shownAs} for ${name.owner}/${name.repo} at ${ref} (${sha.slice(0, 12)}${exists ? '' : ', tag not created yet'})`);
  log(`throwaway keys: code-signing certificate "${keys.subject}" from a test CA, local RFC 3161 server, GPG key ${keys.gpg.fingerprint.slice(-16)}, minisign key${Object.keys(given).length ? `; real secrets given: ${Object.keys(given).sort().join(', ')}` : ''}; GitHub: the embedded emulator at ${github.url}`);

  const { secrets, buildSigningKeys } = secretsOf(keys, given, config);
  if (buildSigningKeys.length) log(`build-env: the builds get the sign job's keys as the secrets ${buildSigningKeys.join(', ')}`);

  const managers = config?.['package-managers'];
  const distributes = Boolean(managers && (['homebrew', 'scoop', 'winget', 'chocolatey', 'aur'] as const).some((m) => managers[m]));
  const refName = ref.replace(/^refs\/(tags|heads)\//, '');
  const executor = new WorkflowExecutor({
    workflowFile: workflow,
    shownAs,
    kitRoot: options.kitRoot,
    kitRepository: KIT_REPOSITORY,
    repository,
    runDir: out,
    ref,
    sha,
    refExists: exists,
    // With package managers in release-kit.yml the caller turns distribute on; here it runs as a dry run.
    inputs: { config: options.config, ...(distributes ? { distribute: true } : {}) },
    secrets,
    github: {
      repository: `${name.owner}/${name.repo}`,
      repository_owner: name.owner,
      ref,
      ref_name: refName,
      ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      sha,
      token: 'rehearsal-token',
      api_url: github.url,
      server_url: 'https://github.com',
      graphql_url: `${github.url}/graphql`,
      event_name: 'push',
      event: { ref, after: sha, repository: { full_name: `${name.owner}/${name.repo}`, name: name.repo, owner: { login: name.owner } } },
      run_id: '1',
      run_number: '1',
      run_attempt: '1',
      actor: 'rehearsal',
      workflow: 'release',
    },
    env: { ...baseEnv(), ...(throwawayWindows ? signHookEnv(config, keys) : {}) },
    decideLeg: (_job, runsOn, matrix) => decideLeg(runsOn, matrix, options.targets),
    ...(options.standInMissing
      ? {
          standInLeg: (_job: string, matrix: Record<string, unknown> | undefined, artifacts: string, needs: Record<string, { outputs: Record<string, string> }>) => {
            const version = Object.values(needs).map((n) => n.outputs.version).find(Boolean) ?? refName.replace(/^v/, '');
            return placeholders(config, typeof matrix?.target === 'string' ? matrix.target : undefined, version, artifacts, path.join(keys.dir, 'minisign.key'));
          },
        }
      : {}),
    inputOverrides: (action) => (action === 'distribute' ? { inputs: { 'dry-run': 'true', 'output-dir': 'package-manifests' }, note: 'a dry run: the package-manager manifests are written for review, nothing is pushed' } : undefined),
    inputDefaults: (action): Record<string, string> => (action === 'codesign' && throwawayWindows ? { 'timestamp-urls': keys.timestampUrl, 'ca-file': keys.caPem } : action === 'audit' && throwawayWindows ? { 'ca-file': keys.caPem } : {}),
    log,
  });

  let run: RunResult;
  let rerun: Rehearsal['rerun'];
  try {
    run = await executor.run();
    const publish = run.steps.find((s) => s.step === 'publish' && s.outcome === 'success');
    if (publish) {
      const before = github.requests.length;
      const again = await executor.rerun(publish.leg, publish.step);
      if (again) {
        const calls = github.requests.slice(before);
        rerun = { outcome: again.outcome, reads: calls.filter((c) => c.method === 'GET').length, writes: calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`) };
        if (rerun.writes.length) run.problems.push({ level: 'error', where: `${publish.leg} › publish (re-run)`, message: `a re-run wrote to the release: ${rerun.writes.join(', ')}` });
        if (again.outcome !== 'success') run.problems.push({ level: 'error', where: `${publish.leg} › publish (re-run)`, message: `a re-run of publish failed: ${again.note ?? ''}` });
      }
    }
  } finally {
    executor.cleanUp();
    await github.stop();
    await keys.close();
    // Only the public halves stay: what a user checking the rehearsal's files needs.
    const keep = new Set([keys.caPem, keys.minisign.publicKeyFile]);
    for (const entry of readdirSync(keys.dir)) if (!keep.has(path.join(keys.dir, entry))) rmSync(path.join(keys.dir, entry), { recursive: true, force: true });
    writeFileSync(path.join(keys.dir, 'gpg-public.asc'), keys.gpg.publicKey);
  }
  const notEmulated = github.judge.violations.filter((v) => v.endsWith('not served by the emulator (answered 404)'));
  for (const violation of github.judge.violations) if (!notEmulated.includes(violation)) run.problems.push({ level: 'warning', where: 'GitHub API', message: violation });

  const published = github.releases.find((r) => r.tag_name === refName) ?? github.releases[0];
  let release: ReleasePage | undefined;
  if (published) {
    const files = path.join(out, 'release');
    mkdirSync(files, { recursive: true });
    const assets = published.assets.map((asset) => {
      const file = asset.file ? path.join(files, asset.name) : undefined;
      if (file && asset.file) copyFileSync(asset.file, file);
      return { name: asset.name, size: asset.size, digest: asset.digest ?? '', ...(file ? { file } : {}) };
    });
    rmSync(github.assetDir, { recursive: true, force: true });
    release = {
      tag: published.tag_name,
      name: published.name ?? published.tag_name,
      url: `https://github.com/${name.owner}/${name.repo}/releases/${published.draft ? `untagged-${published.id}` : `tag/${published.tag_name}`}`,
      draft: published.draft,
      prerelease: published.prerelease,
      latest: published.latest,
      body: published.body ?? '',
      assets,
      feeds: assets.map((a) => a.name).filter((n) => /^latest.*\.(ya?ml|json)$/.test(n)),
    };
  }
  let manifests: string[] | undefined;
  const distributed = run.steps.find((s) => s.step === 'distribute' && s.outcome === 'success' && s.outputs?.['output-dir']);
  if (distributed && existsSync(distributed.outputs!['output-dir']!)) {
    const dir = path.join(out, 'package-manifests');
    cpSync(distributed.outputs!['output-dir']!, dir, { recursive: true });
    manifests = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
  }
  const failedJobs = Object.entries(run.jobs).filter(([, job]) => job.result === 'failure').map(([job]) => job);
  const errors = run.problems.filter((p) => p.level === 'error');
  const ok = !failedJobs.length && !errors.length;
  const notes = notEmulated.length ? [`API calls the emulator does not serve (answered 404 here; the real run gets GitHub's answer): ${[...new Set(notEmulated.map((v) => v.replace(/: not served.*$/, '').replace(/\b[0-9a-f]{40}\b/g, '{sha}')))].join(', ')}`] : [];
  // Legs left out without stand-ins leave the release without their files: the release job's gate then fails.
  const missing = run.legs.filter((leg) => !/: step "/.test(leg)).length;
  const hint = !ok && !options.standInMissing && missing ? `${missing} leg${missing === 1 ? ' was' : 's were'} not rehearsed (listed above), so the release lacks ${missing === 1 ? 'its files' : 'their files'}: add --stand-in-missing to stand them in with placeholder files under their planned names and rehearse the release job end to end.` : undefined;
  const report = reportText({ run, release, rerun, manifests, failedJobs, ok, out, notes, ...(hint ? { hint } : {}) });
  writeFileSync(path.join(out, 'report.md'), report);
  return { ok, out, run, ...(manifests ? { manifests } : {}), ...(release ? { release } : {}), ...(rerun ? { rerun } : {}), keys: { caPem: keys.caPem, gpgPublicKey: path.join(out, 'keys', 'gpg-public.asc'), minisignPublicKey: keys.minisign.publicKeyFile }, report };
}

function reportText(r: { run: RunResult; release: ReleasePage | undefined; rerun: Rehearsal['rerun']; manifests: string[] | undefined; failedJobs: string[]; ok: boolean; out: string; notes: string[]; hint?: string }): string {
  const lines: string[] = ['', '## The release page that would be published', ''];
  if (r.release) {
    const page = r.release;
    lines.push(`${page.name} — ${page.url}`, `draft: ${page.draft}, prerelease: ${page.prerelease}, latest: ${page.latest}, ${page.assets.length} assets:`);
    const width = Math.max(...page.assets.map((a) => a.name.length), 10);
    for (const asset of page.assets) lines.push(`  ${asset.name.padEnd(width)}  ${size(asset.size).padStart(10)}  ${asset.digest}`);
    lines.push('', `feeds: ${page.feeds.join(', ') || 'none'}`, '', 'notes:', '', ...page.body.trimEnd().split('\n').map((l) => `  ${l}`));
    lines.push('', `the files: ${path.join(r.out, 'release')}/`);
  } else {
    lines.push('(nothing was published)');
  }
  if (r.manifests) {
    lines.push('', `package-manager manifests (distribute, dry run): ${r.manifests.length} file${r.manifests.length === 1 ? '' : 's'} in ${path.join(r.out, 'package-manifests')}/`, ...r.manifests.map((m) => `  ${m}`));
  }
  if (r.rerun) lines.push('', `re-run of publish: ${r.rerun.outcome}, ${r.rerun.reads} read(s), ${r.rerun.writes.length} write${r.rerun.writes.length === 1 ? '' : 's'}`);
  lines.push('', '## Job summaries', '');
  for (const summary of r.run.summaries) lines.push(`### ${summary.where}`, '', summary.markdown.trimEnd(), '');
  lines.push('## Legs not rehearsed', '', ...(r.run.legs.length ? r.run.legs.map((l) => `- ${l}`) : ['(none: every leg ran)']), '');
  lines.push('## Problems', '');
  if (!r.run.problems.length) lines.push('(none)');
  for (const problem of r.run.problems) lines.push(`- ${problem.level}: ${problem.where}: ${problem.message}`);
  if (r.notes.length) lines.push('', ...r.notes.map((n) => `Note: ${n}`));
  const outputs = Object.entries(r.run.outputs);
  if (outputs.length) lines.push('', `Workflow outputs: ${outputs.map(([name, value]) => `${name}=${value === '' ? '(empty)' : value}`).join(', ')}`);
  const jobs = Object.entries(r.run.jobs).map(([name, job]) => `${name} ${job.result}`).join(', ');
  lines.push('', `Jobs: ${jobs}.`, r.ok ? `Rehearsal passed: the real run would publish this release${r.run.legs.length ? ` (${r.run.legs.length} leg${r.run.legs.length === 1 ? '' : 's'} or step${r.run.legs.length === 1 ? '' : 's'} not rehearsed here: listed above)` : ''}.` : `Rehearsal FAILED${r.failedJobs.length ? ` (failed jobs: ${r.failedJobs.join(', ')})` : ''}: see the problems above.`);
  if (r.hint) lines.push(`Hint: ${r.hint}`);
  return `${lines.join('\n')}\n`;
}
