import * as core from '@actions/core';
import path from 'node:path';
import { collectArtifacts, type CollectedArtifact } from '../../build/collect.js';
import { runBuild } from '../../build/run-build.js';
import { buildProcessEnv, resolveBuildEnv } from '../../build/settings.js';
import { actionInputs } from '../../kit/action-inputs.js';
import { UserError } from '../../kit/errors.js';
import { stringField } from '../../kit/inputs.js';
import { bytes, code, table } from '../../kit/markdown.js';
import { writeSummary } from '../../kit/summary.js';
import { kindOf } from '../../notarize/archive.js';
import { loadReleaseKitConfig } from '../../plan/load-config.js';
import { nameRuleOf } from '../../plan/describe.js';
import { signableFiles, signerTakesInWords } from '../../sign/settings.js';
import { getMatrixBuildSettings } from './input-helper.js';
import { writeFilesAtomically } from '../../kit/atomic-write.js';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { kitCommandFolder, withFirstOnPath } from '../../build/kit-command.js';

/** The kit's CLI bundle beside this one (dist/cli/index.js), for `release-kit` in the build; absent when run from the sources. */
const CLI_BUNDLE = ['..', 'cli', 'index.js'];
function cliBundle(): string | undefined {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), ...CLI_BUNDLE);
  return existsSync(file) ? file : undefined;
}

/** Where a leg's build records what it built: .release-kit/built/<target>.json. */
export const builtManifestOf = (workspace: string, target: string): string => path.join(workspace, '.release-kit', 'built', `${target}.json`);

/** With build: false, files a build job left (its manifest beside them) must be of the version given. */
async function checkBuiltManifest(file: string, target: string, version: string): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return;
  let built: { version?: unknown };
  try {
    built = JSON.parse(text) as { version?: unknown };
  } catch {
    throw new UserError(`${file} is not the JSON matrix-build writes; download the build job's files again.`);
  }
  if (built.version !== version) throw new UserError(`The files of ${target} here were built as version ${String(built.version)}, not ${version} (${file}): they are from another run; download this run's build.`);
}

const notarizable = (name: string): boolean => kindOf(name) !== undefined && kindOf(name) !== 'app';

/** The artifact name one target's files are uploaded under; the release job downloads `release-kit-*`. */
export const artifactNameOf = (target: string): string => `release-kit-${target}`;

async function upload(name: string, files: CollectedArtifact[], root: string, retentionDays?: number): Promise<number | undefined> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    throw new UserError('Cannot upload the artifacts: ACTIONS_RUNTIME_TOKEN is not set (this step runs outside GitHub Actions?). Set upload: false to only build and collect.');
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const result = await new DefaultArtifactClient().uploadArtifact(name, files.map((f) => f.path), root, retentionDays ? { retentionDays } : {});
  return result.id;
}

export async function main(): Promise<void> {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const configFile = path.resolve(workspace, stringField(actionInputs, 'config', { default: 'release-kit.yml' }));
  const config = await loadReleaseKitConfig(configFile, path.relative(workspace, configFile));
  const settings = getMatrixBuildSettings(actionInputs, config, { workspace });
  const { target, version } = settings;
  const root = path.dirname(configFile);
  let durationMs: number | undefined;
  if (settings.build) {
    const command = target.build.replaceAll('{version}', version);
    const where = `${path.relative(workspace, configFile)}: target ${target.id}`;
    const declared = resolveBuildEnv(target['build-env'], settings.buildSecrets, where, { allowMissing: settings.missingBuildEnv === 'warn' });
    // Every secret handed to the step is hidden in the log, the declared ones and the others alike.
    for (const value of Object.values(settings.buildSecrets)) if (value) core.setSecret(value);
    for (const { name, secret } of declared.missing) core.warning(`${where}: build-env ${name} is left unset: the workflow passed no secret ${secret} (missing-build-env: warn).`, { title: 'Build environment' });
    // The kit's own variables: the version, the leg, and release-kit.yml for a `release-kit sign` hook in the
    // build, which finds `release-kit` first on its PATH (this action's own CLI).
    const kitEnv = { RELEASE_KIT_VERSION: version, RELEASE_KIT_TARGET: target.id, RELEASE_KIT_OS: target.os, RELEASE_KIT_ARCH: target.arch, RELEASE_KIT_CONFIG: configFile };
    const names = Object.keys(declared.env);
    if (names.length) core.info(`Build environment from build-env: ${names.join(', ')}.`);
    const cli = cliBundle();
    const kitCommand = cli ? await kitCommandFolder(cli, process.execPath, process.env.RUNNER_TEMP || tmpdir()) : undefined;
    const env = buildProcessEnv(process.env, kitEnv, declared.env);
    core.startGroup(`Build ${target.id}: ${command}`);
    try {
      ({ durationMs } = await runBuild({ command, cwd: root, env: kitCommand ? withFirstOnPath(env, kitCommand.dir) : env, onLine: (line) => core.info(line) }));
    } finally {
      core.endGroup();
      await kitCommand?.remove();
    }
  }
  const manifest = builtManifestOf(workspace, target.id);
  // Files built in an earlier job and downloaded here: they must be of this version.
  if (!settings.build) await checkBuiltManifest(manifest, target.id, version);
  const files = await collectArtifacts({
    patterns: target.artifacts,
    root,
    rule: nameRuleOf(config, target, version),
    outDir: settings.outDir,
  });
  if (settings.build) await writeFilesAtomically([{ path: manifest, content: `${JSON.stringify({ target: target.id, version, files: files.map((f) => path.relative(workspace, f.source)) }, null, 2)}\n` }]);
  // For a signing job on another runner: the built files where the build left them, and the manifest
  // (under the workspace, so an upload of these paths keeps them relative to the workspace).
  core.setOutput('built-files', settings.build ? [manifest, ...files.map((f) => f.source)].join('\n') : '');
  const artifact = artifactNameOf(target.id);
  const artifactId = settings.upload ? await upload(artifact, files, settings.outDir, settings.retentionDays) : undefined;
  core.setOutput('files', files.map((f) => f.path).join('\n'));
  core.setOutput('dir', settings.outDir);
  core.setOutput('artifact-name', artifact);
  core.setOutput('artifact-id', artifactId === undefined ? '' : String(artifactId));
  // What the rest of this leg does, from release-kit.yml: the root action's steps switch on these.
  core.setOutput('os', target.os);
  core.setOutput('arch', target.arch);
  const signer = target.sign.platform;
  core.setOutput('sign', signer);
  const toSign = await signableFiles(signer, files);
  if (signer !== 'none' && toSign.length === 0) {
    throw new UserError(`sign: ${target.sign.written} can sign none of the files of ${target.id} (${files.map((f) => f.name).join(', ')}): ${signerTakesInWords(signer)}. Sign the program inside before packing it, ship a format the signer takes, or set sign: none.`);
  }
  core.setOutput('sign-files', toSign.map((f) => f.path).join('\n'));
  core.setOutput('notarize-files', target.notarize ? files.filter((f) => notarizable(path.basename(f.source))).map((f) => f.path).join('\n') : '');
  core.setOutput('notarize', String(target.notarize));
  core.setOutput('smoke', String(target.smoke !== undefined));
  core.info(`${target.id}: ${files.length} artifact(s) in ${settings.outDir}${artifactId !== undefined ? `, uploaded as ${artifact} (id ${artifactId})` : ' (not uploaded: upload: false)'}.`);
  await writeSummary(
    [
      `### Build ${code(target.id)} (${target.os}/${target.arch}) — ${config.product.name} ${version}`,
      '',
      durationMs !== undefined ? `Built in ${(durationMs / 1000).toFixed(1)} s with ${code(target.build)}.` : 'Build step skipped (build: false): collected existing files.',
      '',
      table(['Release name', 'Built as', 'Size'], files.map((f) => [code(f.name), code(path.relative(root, f.source)), bytes(f.size)])),
      '',
      settings.upload ? `Uploaded as artifact ${code(artifact)}.` : `Not uploaded (upload: false); files in ${code(settings.outDir)}.`,
      '',
    ].join('\n'),
  );
}
