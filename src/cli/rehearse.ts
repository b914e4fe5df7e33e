import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../kit/errors.js';
import { rehearse } from '../rehearse/rehearse.js';
import { defineCommand } from './command.js';

/** The kit this command belongs to: the folder with actions/plan/action.yml above this bundle. */
function kitRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'actions', 'plan', 'action.yml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new UserError(`rehearse runs the kit's release workflow and actions (.github/workflows/release.yml, actions/, dist/), which are not beside this copy of the command (${fileURLToPath(import.meta.url)}): run it from a checkout of release-kit at the version your workflow uses, e.g. node <release-kit>/dist/cli/index.js rehearse`);
    }
    dir = parent;
  }
}

/** Real secrets from RELEASE_KIT_SECRET_<NAME> (GPG_PRIVATE_KEY → gpg-private-key). */
function secretsFromEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env)
      .filter((e): e is [string, string] => e[0].startsWith('RELEASE_KIT_SECRET_') && Boolean(e[1]))
      .map(([name, value]) => [name.slice('RELEASE_KIT_SECRET_'.length).toLowerCase().replace(/_/g, '-'), value]),
  );
}

export const rehearseCommand = defineCommand({
  name: 'rehearse',
  synopsis: '[options]',
  summary: "The whole release of this repository, locally, through the kit's real release workflow: every job and step in order, with throwaway signing keys and an embedded GitHub emulator; then the release page that would be published, the job summaries and every problem the real run would hit.",
  options: [
    { name: 'ref', type: 'string', value: 'REF', help: 'the tag to rehearse, e.g. refs/tags/v1.2.3 (default: the tag on HEAD); it need not exist yet' },
    { name: 'targets', type: 'string', value: 'A,B', help: 'only these targets of release-kit.yml (the other legs are reported as not rehearsed)' },
    { name: 'config', type: 'string', value: 'FILE', help: 'release-kit.yml of the product (default: release-kit.yml)' },
    { name: 'stand-in-missing', type: 'boolean', help: 'legs this host cannot run get placeholder files with their planned names, so the release job runs end to end' },
    { name: 'workflow', type: 'string', value: 'FILE', help: "the workflow to run (default: the kit's .github/workflows/release.yml)" },
    { name: 'out', type: 'string', value: 'DIR', help: "where the run's files go (default: .release-kit/rehearsal; cleared first)" },
  ],
  epilogue: `Signing uses throwaway keys made for the run; RELEASE_KIT_SECRET_<NAME> (e.g.
RELEASE_KIT_SECRET_GPG_PRIVATE_KEY) passes a real secret of the workflow instead. A build-env entry
for a key of the sign hook (RELEASE_KIT_CERTIFICATE, ...) gets the sign job's key; the build's other
secrets come from RELEASE_KIT_SECRET_BUILD_SECRETS (a JSON object). Publishing goes to the embedded
GitHub emulator; with package managers in release-kit.yml, distribute runs as a dry run and the
manifests are kept in <out>/package-manifests.`,
  async run(values) {
    const targets = typeof values.targets === 'string' ? values.targets.split(',').map((t) => t.trim()).filter(Boolean) : undefined;
    if (targets && !targets.length) throw new UserError('--targets: empty; name target ids of release-kit.yml, comma-separated (e.g. --targets linux-x64,windows-x64)');
    const result = await rehearse({
      repository: process.cwd(),
      kitRoot: kitRoot(),
      ...(typeof values.ref === 'string' ? { ref: values.ref } : {}),
      ...(targets ? { targets } : {}),
      config: typeof values.config === 'string' ? values.config : 'release-kit.yml',
      standInMissing: values['stand-in-missing'] === true,
      ...(typeof values.workflow === 'string' ? { workflow: path.resolve(values.workflow) } : {}),
      ...(typeof values.out === 'string' ? { out: path.resolve(values.out) } : {}),
      secrets: secretsFromEnv(process.env),
      log: (line) => console.log(line),
    });
    console.log(result.report);
    if (!result.ok) process.exitCode = 1;
  },
});
