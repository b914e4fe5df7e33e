import path from 'node:path';
import { choiceListField, integerField, linesField, stringField, type InputSource } from '../kit/inputs.js';
import type { AuditPlatform } from './audit.js';

export const AUDIT_PLATFORMS = ['windows', 'macos'] as const satisfies readonly AuditPlatform[];

export interface AuditSettings {
  patterns: string[];
  /** Platforms whose binaries must all be signed; empty: report only. */
  required: AuditPlatform[];
  /** Extra roots to trust (a private CA), added to the system's. */
  caFile?: string;
  maxDepth: number;
  /** Inner paths (globs, as in the report: `Octo.app/Contents/**`) not audited. */
  ignore: string[];
}

/** The audit's settings, read the same way from action inputs and CLI options. */
export function readAuditSettings(source: InputSource, workspace: string, options: { files?: string[] } = {}): AuditSettings {
  const patterns = options.files ?? linesField(source, 'files', { required: true });
  const required = choiceListField(source, 'require-signed', AUDIT_PLATFORMS, { default: [] });
  const caFile = stringField(source, 'ca-file');
  const maxDepth = integerField(source, 'max-depth', { min: 1, max: 20 }, { default: 6 });
  const ignore = linesField(source, 'ignore');
  return { patterns, required, ...(caFile ? { caFile: path.resolve(workspace, caFile) } : {}), maxDepth, ignore };
}
