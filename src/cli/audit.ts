import { tmpdir } from 'node:os';
import { auditFailure, runAudit } from '../audit/run.js';
import { findingLine } from '../audit/report.js';
import { readAuditSettings } from '../audit/settings.js';
import { UserError } from '../kit/errors.js';
import { defineCommand, optionSource, UsageError } from './command.js';

export const auditCommand = defineCommand({
  name: 'audit',
  synopsis: '[options] <artifact>...',
  summary: 'Open installers, archives and packages; list every unsigned Windows or macOS binary inside.',
  options: [
    { name: 'require-signed', type: 'string', value: 'LIST', help: 'fail when a binary of these platforms is not signed: windows, macos (default: report only)' },
    { name: 'ca-file', type: 'string', value: 'FILE', help: 'extra CA certificates (PEM) to trust for Authenticode' },
    { name: 'ignore', type: 'string', value: 'GLOB', multiple: true, help: 'an inner path not held against the artifact' },
    { name: 'max-depth', type: 'string', value: 'N', help: 'containers opened at most this deep (default 6)' },
  ],
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError('audit needs the artifacts to open (setup.exe, app.msi, app.dmg, app.AppImage…)', auditCommand);
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
});
