import { statSync } from 'node:fs';
import path from 'node:path';
import { ALGORITHMS, type Algorithm } from '../../checksum/algorithms.js';
import { FORMATS, type SumsFormat } from '../../checksum/sums-format.js';
import { confinedPath } from '../../kit/confined-path.js';
import { InputError } from '../../kit/errors.js';
import { booleanField, choiceField, choiceListField, linesField, stringField, type InputSource } from '../../kit/inputs.js';

interface CommonSettings {
  /** The folder every pattern and path must stay inside. */
  workspace: string;
  /** Newline-separated globs, as given. */
  patterns: string[];
  algorithms: Algorithm[];
  /** Absolute folder the names are relative to. */
  baseDir: string;
}

export interface GenerateSettings extends CommonSettings {
  mode: 'generate';
  format: SumsFormat;
  output?: string;
  allowEmpty: boolean;
  assetNames: 'as-is' | 'github';
}

export interface VerifySettings extends CommonSettings {
  mode: 'verify';
  /** Absolute path of the sums file to check. */
  sumsFile: string;
}

export type ChecksumSettings = GenerateSettings | VerifySettings;

function folderInput(source: InputSource, name: string, value: string, workspace: string): string {
  const folder = confinedPath(source.describe(name), value, { workspace });
  const info = statSync(folder, { throwIfNoEntry: false });
  if (!info?.isDirectory()) throw new InputError(source.describe(name), value, 'it must name an existing folder (relative to the workspace)');
  return folder;
}

/** Reads and checks every input once, into one typed settings object. */
export function getChecksumSettings(source: InputSource, workspace: string): ChecksumSettings {
  const verify = stringField(source, 'verify');
  const patterns = linesField(source, 'files', { required: verify === '' });
  const algorithms = choiceListField(source, 'algorithms', ALGORITHMS, { default: ['sha256'] });
  const baseDirInput = stringField(source, 'base-dir');
  const common = { workspace, patterns, algorithms };
  if (verify !== '') {
    const sumsFile = confinedPath(source.describe('verify'), verify, { workspace });
    const baseDir = baseDirInput ? folderInput(source, 'base-dir', baseDirInput, workspace) : path.dirname(sumsFile);
    return { ...common, mode: 'verify', sumsFile, baseDir };
  }
  const baseDir = folderInput(source, 'base-dir', baseDirInput || '.', workspace);
  // Relative to base-dir; confined to the workspace like every path.
  const outputInput = stringField(source, 'output');
  const output = outputInput && confinedPath(source.describe('output'), outputInput, { workspace, relativeTo: baseDir });
  return {
    ...common,
    mode: 'generate',
    baseDir,
    format: choiceField(source, 'format', FORMATS, { default: 'gnu' }),
    ...(output ? { output } : {}),
    allowEmpty: booleanField(source, 'allow-empty', false),
    assetNames: choiceField(source, 'asset-names', ['as-is', 'github'] as const, { default: 'as-is' }),
  };
}
