import * as core from '@actions/core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { collectArtifacts, type CollectedArtifact } from '../../build/collect.js';
import { runBuild } from '../../build/run-build.js';
import { actionInputs } from '../../kit/action-inputs.js';
import { UserError } from '../../kit/errors.js';
import { stringField } from '../../kit/inputs.js';
import { bytes, code, table } from '../../kit/markdown.js';
import { writeSummary } from '../../kit/summary.js';
import { kindOf } from '../../notarize/archive.js';
import { loadReleaseKitConfig, type Target } from '../../plan/config.js';
import { isSignatureFile, MACOS_EXTENSIONS } from '../../sign/select.js';
import { authenticodeFormatOf } from '../../sign/windows/file-types.js';
import { getMatrixBuildSettings } from './input-helper.js';

/** The smoke block's keys, given to the smoke-test step as inputs of the same names. */
export const SMOKE_KEYS = ['run', 'install', 'working-directory', 'expect-exit-code', 'expect-output', 'wait-for-port', 'health-url', 'expect-status', 'expect-body', 'wait-for-window', 'screenshot', 'stay-alive', 'timeout'] as const;

/**
 * The files of a leg each signer takes, by the same rules the codesign and notarize actions apply:
 * Authenticode formats for windows, Apple formats for macos, everything but detached signatures for gpg.
 */
const SIGNABLE: Record<Target['sign'], ((name: string) => boolean) | undefined> = {
  windows: (name) => authenticodeFormatOf(name) !== undefined,
  macos: (name) => MACOS_EXTENSIONS.includes(path.extname(name).toLowerCase()),
  gpg: (name) => !isSignatureFile(name),
  none: undefined,
};
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
    core.startGroup(`Build ${target.id}: ${command}`);
    try {
      ({ durationMs } = await runBuild({ command, cwd: root, env: { RELEASE_KIT_VERSION: version, RELEASE_KIT_TARGET: target.id, RELEASE_KIT_OS: target.os, RELEASE_KIT_ARCH: target.arch }, onLine: (line) => core.info(line) }));
    } finally {
      core.endGroup();
    }
  }
  const files = await collectArtifacts({
    patterns: target.artifacts,
    root,
    template: target['artifact-name'] ?? config['artifact-name'],
    parts: { name: config.product.name, version, os: target.os, arch: target.arch, target: target.id },
    outDir: settings.outDir,
  });
  const artifact = artifactNameOf(target.id);
  const artifactId = settings.upload ? await upload(artifact, files, settings.outDir, settings.retentionDays) : undefined;
  core.setOutput('files', files.map((f) => f.path).join('\n'));
  core.setOutput('dir', settings.outDir);
  core.setOutput('artifact-name', artifact);
  core.setOutput('artifact-id', artifactId === undefined ? '' : String(artifactId));
  // What the rest of this leg does, from release-kit.yml: the root action's steps switch on these.
  core.setOutput('os', target.os);
  core.setOutput('arch', target.arch);
  core.setOutput('sign', target.sign);
  const signable = SIGNABLE[target.sign];
  core.setOutput('sign-files', signable ? files.filter((f) => signable(f.name)).map((f) => f.path).join('\n') : '');
  core.setOutput('notarize-files', target.notarize ? files.filter((f) => notarizable(f.name)).map((f) => f.path).join('\n') : '');
  core.setOutput('notarize', String(target.notarize));
  core.setOutput('smoke', String(target.smoke !== undefined));
  // The smoke test runs in a scratch folder of its own (what it unpacks stays out of the release) and
  // finds the final files through RELEASE_KIT_ARTIFACTS.
  const scratch = path.join(workspace, '.release-kit', 'smoke', target.id);
  if (target.smoke) await mkdir(scratch, { recursive: true });
  for (const key of SMOKE_KEYS) {
    const value = target.smoke?.[key];
    const text = value === undefined ? '' : String(value).replaceAll('{version}', version);
    core.setOutput(`smoke-${key}`, key === 'working-directory' && !text && target.smoke ? scratch : text);
  }
  core.setOutput('smoke-env', `RELEASE_KIT_ARTIFACTS=${settings.outDir}\nRELEASE_KIT_VERSION=${version}`);
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
