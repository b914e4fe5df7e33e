/**
 * What `release-kit check` refuses beyond the schema: every rule the run applies that needs no built
 * file. The run applies the same rules again to the real files (collectArtifacts, the smoke reader,
 * the leg's signer selection).
 */
import path from 'node:path';
import { kindOf } from '../notarize/archive.js';
import { signerTakes, signerTakesInWords } from '../sign/settings.js';
import { smokeProblems } from '../smoke/settings.js';
import { companionOf, extensionOf } from './artifact-name.js';
import type { ReleaseKitConfig, Target } from './config.js';
import { plannedName } from './describe.js';

export interface ConfigProblem {
  /** Key path in release-kit.yml (numbers index lists). */
  path: Array<string | number>;
  message: string;
}

/** The version names are planned with: collisions do not depend on it. */
const SAMPLE_VERSION = '1.0.0';
const OPEN = /[*?[\]{}]/;
/** A planned name as messages show it: with {version}, since the version is not known when the config is read. */
const shown = (name: string): string => name.split(SAMPLE_VERSION).join('{version}');

/** A file a notary service takes (a bare .app is zipped by the notarize step; the leg ships the zip). */
const notarizable = (name: string): boolean | undefined => (OPEN.test(path.extname(name)) || /\*$/.test(name) ? undefined : kindOf(name) !== undefined && kindOf(name) !== 'app');

function targetProblems(config: ReleaseKitConfig, target: Target, index: number): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const at = (...rest: Array<string | number>) => ['targets', index, ...rest];
  const planned = target.artifacts.map((glob) => plannedName(config, target, SAMPLE_VERSION, glob).name);
  planned.forEach((name, j) => {
    const first = planned.indexOf(name);
    if (first < j) {
      problems.push({
        path: at('artifacts', j),
        message: `${target.artifacts[first]} and ${target.artifacts[j]} would both be released as ${shown(name)}: add {basename} to the artifact-name template (e.g. '{basename}-{os}-{arch}.{ext}'), or give each its own extension`,
      });
    }
  });
  // A template without {ext} suits a program with no extension (a Unix binary); a file that has one would lose it.
  const template = target['artifact-name'] ?? config['artifact-name'];
  if (!template.includes('{ext}')) {
    target.artifacts.forEach((glob, j) => {
      const extension = companionOf(glob) ? '' : extensionOf(path.basename(glob));
      if (extension && !OPEN.test(extension) && !planned[j]!.endsWith(`.${extension}`)) {
        problems.push({
          path: target['artifact-name'] ? at('artifact-name') : at('artifacts', j),
          message: `'${template}' has no {ext}, so ${glob} would be released without its .${extension} (as ${shown(planned[j]!)}): add .{ext} to the template, or give this target a template of its own`,
        });
      }
    });
  }
  const bundles = target.artifacts.filter((glob) => !companionOf(glob));
  const signer = target.sign.platform;
  if (signer !== 'none' && bundles.length && bundles.every((glob) => signerTakes(signer, path.basename(glob)) === false)) {
    problems.push({
      path: at('sign'),
      message: `sign: ${target.sign.written} can sign none of this target's files (${bundles.join(', ')}): ${signerTakesInWords(signer)}. Sign the program inside before packing it, ship a format the signer takes, or set sign: none`,
    });
  }
  if (target.notarize && bundles.every((glob) => notarizable(path.basename(glob)) === false)) {
    problems.push({ path: at('notarize'), message: `notarize: true, but none of this target's files is a .dmg, .pkg or .zip (what Apple's notary service takes): ${bundles.join(', ')}` });
  }
  const names = planned.filter((_, j) => !companionOf(target.artifacts[j]!));
  const open = names.some((name) => name.endsWith('*'));
  (target.smoke ?? []).forEach((smoke, j) => {
    const where = target.smoke!.length > 1 ? ['smoke', j] : ['smoke'];
    for (const problem of smokeProblems(smoke, SAMPLE_VERSION)) {
      problems.push({ path: at(...where, ...(problem.key === 'checks' ? [] : [problem.key])), message: problem.allowed });
    }
    const install = smoke.install;
    if (install && !/[\\/]/.test(install) && !open && !names.some((name) => path.matchesGlob(name.replaceAll('*', 'x'), install))) {
      problems.push({ path: at(...where, 'install'), message: `${install} matches none of this target's release files (${names.map(shown).join(', ')}); it is matched against their release names` });
    }
  });
  return problems;
}

/** Names two targets would both release (a merged download keeps only one of them). */
function collisions(config: ReleaseKitConfig): ConfigProblem[] {
  const owner = new Map<string, string>();
  const problems: ConfigProblem[] = [];
  config.targets.forEach((target, index) => {
    const mine = new Set(target.artifacts.map((glob) => plannedName(config, target, SAMPLE_VERSION, glob).name).filter((name) => !OPEN.test(name)));
    for (const name of mine) {
      const other = owner.get(name);
      if (other !== undefined) {
        problems.push({
          path: ['targets', index, 'artifacts'],
          message: `${other} and ${target.id} would both release ${shown(name)}: give one of them its own artifact-name (e.g. '{name}-{target}-{version}.{ext}' or with {basename})`,
        });
      } else owner.set(name, target.id);
    }
  });
  return problems;
}

function feedProblems(config: ReleaseKitConfig): ConfigProblem[] {
  const feeds = config.feeds;
  if (!feeds) return [];
  const problems: ConfigProblem[] = [];
  const ids = config.targets.map((t) => t.id);
  for (const name of ['electron', 'tauri'] as const) {
    const feed = feeds[name];
    if (typeof feed !== 'object') continue;
    (feed.targets ?? []).forEach((id, j) => {
      if (!ids.includes(id)) problems.push({ path: ['feeds', name, 'targets', j], message: `${id} is not a target id (${ids.join(', ')})` });
    });
    if (!feed.targets && !feed.files) problems.push({ path: ['feeds', name], message: 'give targets, files, or both (or write true for every file)' });
  }
  if (feeds.electron === true && feeds.tauri === true) {
    problems.push({
      path: ['feeds'],
      message: 'both feeds cover every file, so the Electron and the Tauri installers would collide in them: scope each to its targets, e.g. electron: { targets: [win-electron, mac-electron] } and tauri: { targets: [win-tauri] }',
    });
  }
  return problems;
}

/** Keys and values that still work under an old name: each a warning that says the new one. */
export function configWarnings(config: ReleaseKitConfig): string[] {
  return config.targets.filter((target) => target.sign.written === 'gpg').map((target) => `targets[${target.id}].sign: gpg is now called linux (as the codesign action names it); gpg keeps working`);
}

/** Every problem of a parsed config that the schema cannot see, each with its key path. */
export function configProblems(config: ReleaseKitConfig): ConfigProblem[] {
  return [...config.targets.flatMap((target, index) => targetProblems(config, target, index)), ...collisions(config), ...feedProblems(config)];
}
