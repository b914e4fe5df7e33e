// The local end-to-end run behind `bash scripts/demo.sh`: builds the sample product and runs the
// built action bundles on it through the runner protocol, printing what a maintainer would see.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuiltAction } from '../test/harness/runner.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const workspace = path.join(root, '.tmp/demo/workspace');
rmSync(path.dirname(workspace), { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });

let step = 0;
const heading = (text) => console.log(`\n\u001b[1m${++step}. ${text}\u001b[0m`);
function expectRun(run, ok, what) {
  for (const a of run.annotations) console.log(`   ${a.level}: ${a.message.replace(/\n/g, '⏎')}${a.properties.line ? ` (${a.properties.file}:${a.properties.line})` : ''}`);
  if ((run.exitCode === 0) !== ok) {
    console.error(run.stdout, run.stderr);
    throw new Error(`${what}: expected ${ok ? 'success' : 'failure'}, got exit ${run.exitCode}`);
  }
}

heading('Build the sample product (samples/hello-cli)');
const version = execFileSync('bash', [path.join(root, 'samples/hello-cli/build.sh'), path.join(workspace, 'dist')], { encoding: 'utf8' }).trim();
console.log(`   version ${version}: ${execFileSync('ls', ['-1', path.join(workspace, 'dist')], { encoding: 'utf8' }).trim().split('\n').join(', ')}`);

heading('checksum action: SHA256SUMS and SHA512SUMS over the artifacts');
const generated = await runBuiltAction('checksum', { workspace, inputs: { files: 'dist/*', 'base-dir': 'dist', algorithms: 'sha256,sha512' } });
expectRun(generated, true, 'checksum');
console.log(`   outputs: count=${generated.outputs.count}, files=${generated.outputs.files.split('\n').map((f) => path.relative(workspace, f)).join(', ')}`);
console.log(readFileSync(path.join(workspace, 'dist/SHA256SUMS'), 'utf8').replace(/^/gm, '   '));

heading('coreutils agrees: sha256sum -c and sha512sum -c');
for (const tool of ['sha256sum', 'sha512sum']) {
  const out = execFileSync(tool, ['--strict', '-c', tool === 'sha256sum' ? 'SHA256SUMS' : 'SHA512SUMS'], { cwd: path.join(workspace, 'dist'), encoding: 'utf8' });
  console.log(`   ${tool}: ${out.trim().split('\n').length} files OK`);
}

heading('checksum action, verify mode: the downloaded release checks out');
const download = path.join(workspace, 'download');
cpSync(path.join(workspace, 'dist'), download, { recursive: true });
expectRun(await runBuiltAction('checksum', { workspace, inputs: { verify: 'download/SHA256SUMS', files: 'download/*.tar.gz' } }), true, 'verify');
console.log('   every file matches');

heading('…and a tampered download is caught, with an annotation on the line');
writeFileSync(path.join(download, `hello-cli-${version}-win-x64.tar.gz`), 'tampered');
const tampered = await runBuiltAction('checksum', { workspace, inputs: { verify: 'download/SHA256SUMS' } });
expectRun(tampered, false, 'tampered verify');

const summary = path.join(workspace, '..', 'job-summary.md');
writeFileSync(summary, generated.summary + '\n' + tampered.summary);
heading(`Done. Job summaries: ${path.relative(root, summary)}; workspace: ${path.relative(root, workspace)}`);
