import { code, table } from '../kit/markdown.js';
import { artifactName, extensionOf } from './artifact-name.js';
import type { ReleaseKitConfig, Target } from './config.js';
import type { ReleasePlan } from './plan.js';

/** The file name a glob's files get: the extension is read off the glob when it names one. */
export function plannedName(config: ReleaseKitConfig, target: Target, version: string, glob: string): string {
  const template = target['artifact-name'] ?? config['artifact-name'];
  const ext = extensionOf(glob);
  const sample = ext && !ext.includes('*') ? `file.${ext}` : 'file.{ext}';
  return artifactName(template, { name: config.product.name, version, os: target.os, arch: target.arch, target: target.id }, sample).replace('{basename}', '<name>');
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
    for (const glob of target.artifacts) lines.push(`    ${glob} → ${plannedName(config, target, plan.version, glob)}`);
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
    target.artifacts.map((g) => `${code(g)} → ${code(plannedName(config, target, plan.version, g))}`).join('<br>'),
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
    target.artifacts.map((glob) => plannedName(config, target, plan.version, glob).replace('<name>', '*').replace('{ext}', '*')),
  );
  return [...new Set(patterns)];
}
