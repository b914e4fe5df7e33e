import { tmpdir } from 'node:os';
import { auditFailure, runAudit } from '../audit/run.js';
import { findingLine } from '../audit/report.js';
import { readAuditSettings } from '../audit/settings.js';
import { UserError } from '../kit/errors.js';
import { optionSource, UsageError, type Command } from './command.js';

export const auditCommand: Command = {
  name: 'audit',
  usage: `release-kit audit [options] <artifact>...   open installers, archives and packages; list every unsigned Windows or macOS binary inside
  --require-signed windows,macos   fail when a binary of these platforms is not signed (default: report only)
  --ca-file FILE                   extra CA certificates (PEM) to trust for Authenticode
  --ignore GLOB                    an inner path not held against the artifact (repeatable)
  --max-depth N                    containers opened at most this deep (default 6)`,
  options: {
    'require-signed': { type: 'string' },
    'ca-file': { type: 'string' },
    ignore: { type: 'string', multiple: true },
    'max-depth': { type: 'string' },
  },
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError('audit needs the artifacts to open (setup.exe, app.msi, app.dmg, app.AppImage…)');
    const ignore = (values as { ignore?: string[] }).ignore?.join('\n') ?? '';
    const cwd = process.cwd();
    const settings = readAuditSettings(optionSource({ ...values, ignore }), cwd, { files: positionals });
    const run = await runAudit(settings, cwd, tmpdir(), 'The artifacts given', (message) => console.error(message));
    for (const finding of run.report.findings) console.log(findingLine(finding));
    const binaries = run.report.findings.filter((finding) => finding.platform);
    console.log(`${binaries.length} binaries checked, ${binaries.filter((finding) => finding.status !== 'signed').length} not signed`);
    const failure = auditFailure(run);
    if (failure) throw new UserError(failure);
  },
};
