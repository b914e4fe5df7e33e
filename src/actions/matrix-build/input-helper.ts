import path from 'node:path';
import { InputError } from '../../kit/errors.js';
import { isInside } from '../../kit/glob.js';
import { booleanField, choiceField, integerField, secretField, stringField, type InputSource } from '../../kit/inputs.js';
import { parseBuildSecrets } from '../../build/settings.js';
import type { ReleaseKitConfig, Target } from '../../plan/config.js';

export interface MatrixBuildSettings {
  target: Target;
  version: string;
  /** Run the build command (false: collect what an earlier step built). */
  build: boolean;
  outDir: string;
  upload: boolean;
  retentionDays?: number;
  /** The secrets the workflow handed this step (build-secrets), by name. */
  buildSecrets: Record<string, string>;
  /** A build-env secret the workflow did not pass: fail (a release), or leave it unset (a PR check). */
  missingBuildEnv: 'fail' | 'warn';
}

export function getMatrixBuildSettings(source: InputSource, config: ReleaseKitConfig, context: { workspace: string }): MatrixBuildSettings {
  const id = stringField(source, 'target', { required: true });
  const target = config.targets.find((t) => t.id === id);
  if (!target) throw new InputError(source.describe('target'), id, `it must be the id of a target in release-kit.yml (${config.targets.map((t) => t.id).join(', ')})`);
  const version = stringField(source, 'version', { required: true });
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version)) throw new InputError(source.describe('version'), version, 'it must be a semantic version such as 1.2.0 or 1.2.0-beta.1 (the plan action outputs it)');
  const outDir = path.resolve(context.workspace, stringField(source, 'output-dir', { default: path.join('.release-kit', 'artifacts', target.id) }));
  if (!isInside(context.workspace, outDir) || isInside(outDir, context.workspace)) throw new InputError(source.describe('output-dir'), stringField(source, 'output-dir'), 'it must be a folder of its own inside the workspace (it is emptied before the files are collected; the signing and checksum steps read them from there)');
  const retention = stringField(source, 'retention-days') ? integerField(source, 'retention-days', { min: 1, max: 90 }) : undefined;
  return {
    target,
    version,
    build: booleanField(source, 'build', true),
    outDir,
    upload: booleanField(source, 'upload', true),
    ...(retention !== undefined ? { retentionDays: retention } : {}),
    buildSecrets: parseBuildSecrets(secretField(source, 'build-secrets'), source.describe('build-secrets')),
    missingBuildEnv: choiceField(source, 'missing-build-env', ['fail', 'warn'] as const, { default: 'fail' }),
  };
}
