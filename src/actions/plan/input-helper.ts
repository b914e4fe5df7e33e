import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../kit/errors.js';
import { stringField, type InputSource } from '../../kit/inputs.js';

export interface PlanSettings {
  configFile: string;
  ref: string;
  event: string;
  root: string;
}

export interface PlanContext {
  workspace: string;
  ref?: string;
  event?: string;
}

export function getPlanSettings(source: InputSource, context: PlanContext): PlanSettings {
  const config = stringField(source, 'config', { default: 'release-kit.yml' });
  const configFile = path.resolve(context.workspace, config);
  if (!existsSync(configFile)) throw new InputError(source.describe('config'), config, 'it must name the release-kit.yml of the repository (relative to the workspace) — is the repository checked out');
  const ref = stringField(source, 'ref', { default: context.ref ?? '' });
  if (!ref) throw new InputError(source.describe('ref'), ref, 'a ref such as refs/tags/v1.2.0 is needed when GITHUB_REF is not set');
  return { configFile, ref, event: context.event ?? 'push', root: path.dirname(configFile) };
}
