import semver from 'semver';
import { UserError } from '../kit/errors.js';
import { compileTagPattern } from '../notes/tags.js';
import type { ReleaseKitConfig, Target } from './config.js';
import { versionFromFile } from './version-source.js';

export type PlanKind = 'release' | 'pr-check' | 'dry-run';

export interface PlanRequest {
  /** GITHUB_REF: refs/tags/v1.2.0 for a release, refs/pull/12/merge for a PR check. */
  ref: string;
  /** GITHUB_EVENT_NAME. */
  event: string;
  /** The repository root: where the version files are. */
  root: string;
}

export interface MatrixLeg {
  target: string;
  runner: string;
  os: Target['os'];
  arch: Target['arch'];
}

export interface TargetPlan {
  target: Target;
  /** The steps this leg runs, in order; a step left out says why. */
  steps: Array<{ step: LegStep; run: boolean; why?: string }>;
}

export type LegStep = 'build' | 'codesign' | 'notarize' | 'checksum' | 'smoke-test';
export type ReleaseStep = 'download' | 'checksum' | 'sign-checksums' | 'update-feed' | 'release-notes' | 'publish-draft' | 'verify' | 'publish';

export interface ReleasePlan {
  kind: PlanKind;
  product: string;
  version: string;
  /** The tag a release publishes (release only). */
  tag?: string;
  prerelease: boolean;
  channel: string;
  /** Where the version came from, for the summary. */
  versionSource: string;
  matrix: { include: MatrixLeg[] };
  targets: TargetPlan[];
  release: Array<{ step: ReleaseStep; run: boolean; why?: string }>;
}

const TAG_REF = /^refs\/tags\/(.+)$/;

/** The channel of a version: its prerelease identifier's channel (beta → beta), stable otherwise. */
export function channelOf(version: string, config: ReleaseKitConfig): string {
  const id = semver.prerelease(version)?.[0];
  if (id === undefined) return 'stable';
  const rule = config.channels.find((c) => c.prerelease === String(id));
  return rule?.channel ?? String(id);
}

async function resolveVersion(config: ReleaseKitConfig, request: PlanRequest): Promise<{ kind: PlanKind; version: string; tag?: string; source: string }> {
  const pattern = compileTagPattern(config.notes?.['tag-pattern'] ?? 'v{version}', 'notes.tag-pattern');
  const tagName = TAG_REF.exec(request.ref)?.[1];
  const kind: PlanKind = request.event === 'pull_request' || request.event === 'pull_request_target' ? 'pr-check' : tagName ? 'release' : 'dry-run';
  const fromTag = tagName ? pattern.versionOf(tagName)?.version : undefined;
  if (kind === 'release' && !fromTag) {
    throw new UserError(`The tag ${tagName} does not match the tag pattern ${pattern.template} (notes.tag-pattern): it is not a release tag of this product.`);
  }
  const source = config.product['version-from'];
  if (source === 'tag') {
    if (fromTag) return { kind, version: fromTag, tag: tagName!, source: `tag ${tagName}` };
    const pr = /^refs\/pull\/(\d+)\//.exec(request.ref)?.[1];
    return pr ? { kind, version: `0.0.0-pr.${pr}`, source: `pull request #${pr} (no release tag: a check build)` } : { kind, version: '0.0.0-dev', source: 'no release tag (a check build)' };
  }
  const declared = await versionFromFile(source, request.root, config.product['version-file']);
  if (fromTag && fromTag !== declared.version) {
    throw new UserError(`The tag ${tagName} says version ${fromTag}, but ${source} says ${declared.version}: bump the file or move the tag so they agree.`);
  }
  if (!semver.valid(declared.version)) throw new UserError(`${source} declares the version ${JSON.stringify(declared.version)}, which is not semantic versioning (e.g. 1.2.0 or 1.2.0-beta.1).`);
  return { kind, version: declared.version, ...(tagName ? { tag: tagName } : {}), source };
}

/**
 * What a run will do, before anything is built: the matrix legs and their steps, the version and
 * channel, and the release job's steps. A PR check builds and smoke-tests without signing or
 * publishing; a release does everything the config asks.
 */
export async function planRelease(config: ReleaseKitConfig, request: PlanRequest): Promise<ReleasePlan> {
  const { kind, version, tag, source } = await resolveVersion(config, request);
  const releasing = kind === 'release';
  const noSigning = releasing ? undefined : 'not a release: nothing is signed';
  const targets = config.targets.map((target): TargetPlan => ({
    target,
    steps: [
      { step: 'build', run: true },
      target.sign.platform === 'none' ? { step: 'codesign', run: false, why: 'sign: none' } : noSigning ? { step: 'codesign', run: false, why: noSigning } : { step: 'codesign', run: true },
      !target.notarize ? { step: 'notarize', run: false, why: 'notarize: false' } : noSigning ? { step: 'notarize', run: false, why: noSigning } : { step: 'notarize', run: true },
      { step: 'checksum', run: true },
      target.smoke ? { step: 'smoke-test', run: true } : { step: 'smoke-test', run: false, why: 'no smoke: block' },
    ],
  }));
  const notRelease = releasing ? undefined : kind === 'pr-check' ? 'a PR check publishes nothing' : 'not a release tag';
  const sumsSign = config.checksum?.sign ?? 'none';
  const feeds = [config.feeds?.electron && 'electron', config.feeds?.tauri && 'tauri'].filter(Boolean) as string[];
  const step = (name: ReleaseStep, why?: string) => (why ? { step: name, run: false, why } : { step: name, run: true });
  return {
    kind,
    product: config.product.name,
    version,
    ...(tag ? { tag } : {}),
    prerelease: semver.prerelease(version) !== null,
    channel: channelOf(version, config),
    versionSource: source,
    matrix: { include: config.targets.map((t) => ({ target: t.id, runner: t.runner, os: t.os, arch: t.arch })) },
    targets,
    release: [
      step('download', notRelease),
      step('checksum', notRelease),
      step('sign-checksums', notRelease ?? (sumsSign === 'none' ? 'checksum.sign: none' : undefined)),
      step('update-feed', notRelease ?? (feeds.length ? undefined : 'no feeds configured')),
      step('release-notes'),
      step('publish-draft', notRelease),
      step('verify', notRelease),
      step('publish', notRelease),
    ],
  };
}
