import { code, table } from '../kit/markdown.js';
import { artifactName, companionOf, extensionOf, releaseName, type NameRule } from './artifact-name.js';
import type { ReleaseKitConfig, Target } from './config.js';
import type { ReleasePlan } from './plan.js';

/** How one target's files are named, from the config. */
export function nameRuleOf(config: ReleaseKitConfig, target: Target, version: string): NameRule {
  return {
    template: target['artifact-name'] ?? config['artifact-name'],
    parts: { name: config.product.name, version, os: target.os, arch: target.arch, target: target.id },
    shipsWheel: target.artifacts.some((glob) => glob.toLowerCase().endsWith('.whl')),
  };
}

const WILDCARD = /[*?[\]{}!]/;

/** The release name of the files a glob matches: a pattern where the build decides (`*` for a {basename} or an extension the glob leaves open). */
function plannedFileName(base: string, rule: NameRule): { name: string; kept?: string } {
  const companion = companionOf(base);
  if (companion) {
    const bundle = plannedFileName(companion.bundle, rule);
    return { ...bundle, name: `${bundle.name}${companion.suffix}` };
  }
  const ext = extensionOf(base);
  if (!WILDCARD.test(ext) && (ext !== '' || !WILDCARD.test(base))) return releaseName(base, rule);
  // The extension is not known before the build (`dist/*`): the name ends in whatever it is.
  const stem = ext ? base.slice(0, base.length - ext.length - 1) : base;
  const name = artifactName(rule.template.replace(/\.?\{ext\}/g, '\u0000'), rule.parts, `${stem}.x`).replaceAll('\u0000', '*');
  return { name: name.replace(/\*+/g, '*') };
}

/** The release name of a glob's files, from the glob's own file name part. */
export function plannedName(config: ReleaseKitConfig, target: Target, version: string, glob: string): { name: string; kept?: string } {
  return plannedFileName(glob.split('/').pop() ?? glob, nameRuleOf(config, target, version));
}

const stepList = (steps: ReadonlyArray<{ step: string; run: boolean; why?: string }>): string => steps.map((s) => (s.run ? s.step : `(${s.step}: ${s.why})`)).join(' → ');

/** The plan as `release-kit check` prints it: stable text, no timestamps, nothing built. */
export function planText(plan: ReleasePlan, config: ReleaseKitConfig): string {
  const lines = [
    `${plan.product} ${plan.version} — ${plan.kind}${plan.tag ? ` of ${plan.tag}` : ''}`,
    `  version from: ${plan.versionSource}`,
    `  channel: ${plan.channel}${plan.prerelease ? ' (prerelease)' : ''}`,
    '',
    `Targets (${plan.targets.length} matrix legs):`,
  ];
  for (const { target, steps } of plan.targets) {
    lines.push(`  ${target.id}  runs-on ${target.runner}  (${target.os}/${target.arch})`);
    lines.push(`    build: ${target.build}`);
    const env = Object.entries(target['build-env']);
    if (env.length) lines.push(`    build-env: ${env.map(([name, secret]) => `${name} ← secret ${secret}`).join(', ')}`);
    for (const glob of target.artifacts) {
      const planned = plannedName(config, target, plan.version, glob);
      lines.push(`    ${glob} → ${planned.name}${planned.kept ? ` (${planned.kept})` : ''}`);
    }
    lines.push(`    steps: ${stepList(steps)}`);
  }
  lines.push('', 'Release job:', `  ${stepList(plan.release)}`);
  return `${lines.join('\n')}\n`;
}

/** The plan action's job summary. */
export function planMarkdown(plan: ReleasePlan, config: ReleaseKitConfig): string {
  const rows = plan.targets.map(({ target, steps }) => [
    code(target.id),
    code(target.runner),
    target.artifacts.map((g) => `${code(g)} → ${code(plannedName(config, target, plan.version, g).name)}`).join('<br>'),
    steps.map((s) => (s.run ? s.step : `~~${s.step}~~`)).join(' → '),
  ]);
  return [
    `### Plan: ${plan.product} ${plan.version} (${plan.kind}${plan.tag ? ` of ${code(plan.tag)}` : ''})`,
    '',
    `Channel ${code(plan.channel)}${plan.prerelease ? ' (prerelease)' : ''}; version from ${plan.versionSource}.`,
    '',
    table(['Target', 'Runner', 'Artifacts', 'Steps'], rows),
    '',
    `Release job: ${plan.release.map((s) => (s.run ? s.step : `~~${s.step}~~`)).join(' → ')}`,
    '',
  ].join('\n');
}

/** Globs of the release files every target must deliver: what publish checks before going public. */
export function expectedAssets(plan: ReleasePlan, config: ReleaseKitConfig): string[] {
  const patterns = plan.targets.flatMap(({ target }) =>
    target.artifacts.map((glob) => plannedName(config, target, plan.version, glob).name),
  );
  return [...new Set(patterns)];
}

export interface FeedPlan {
  /** What update-feed's feeds input takes: electron, tauri or both; '' for none. */
  feeds: '' | 'electron' | 'tauri' | 'both';
  /** Globs of the release names each feed covers; empty: every file. */
  electronFiles: string[];
  tauriFiles: string[];
}

/** The update feeds of a release, each scoped to the release names of its targets (and its own globs). */
export function feedPlan(plan: ReleasePlan, config: ReleaseKitConfig): FeedPlan {
  const scope = (feed: boolean | { targets?: string[]; files?: string[] } | undefined): string[] => {
    if (typeof feed !== 'object') return [];
    const targets = plan.targets.filter(({ target }) => feed.targets?.includes(target.id));
    const names = targets.flatMap(({ target }) => target.artifacts.map((glob) => plannedName(config, target, plan.version, glob).name));
    return [...new Set([...names, ...(feed.files ?? [])])];
  };
  const electron = Boolean(config.feeds?.electron);
  const tauri = Boolean(config.feeds?.tauri);
  return {
    feeds: electron && tauri ? 'both' : electron ? 'electron' : tauri ? 'tauri' : '',
    electronFiles: scope(config.feeds?.electron),
    tauriFiles: scope(config.feeds?.tauri),
  };
}
