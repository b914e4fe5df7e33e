import { mapLimit } from '../kit/map-limit.js';
import { matchesGlob } from 'node:path';
import { UserError } from '../kit/errors.js';
import { formatDuration } from '../kit/duration.js';
import { doublingDelay } from '../kit/retry.js';
import { checkSumsFiles } from './sums-check.js';
import { ApiError, isAlreadyExists, type ReleaseApi, type RemoteAsset, type RemoteRelease } from './api.js';

export interface LocalAsset {
  path: string;
  /** The name GitHub stores. */
  name: string;
  originalName?: string;
  size: number;
  sha256: string;
  contentType: string;
}

export interface PublishRequest {
  tag: string;
  name?: string;
  body?: string;
  targetCommitish?: string;
  assets: LocalAsset[];
  /** Names or globs that must be on the release before it is published (one per platform, say). */
  expected: string[];
  /** Stop at a verified draft. */
  draftOnly: boolean;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
  /** Replace an asset whose bytes differ (an identical one is always kept). */
  overwrite: boolean;
  discussionCategory?: string;
  concurrency?: number;
  /** Attempts of one upload after the first. */
  retries?: number;
  /** Wait before retry n (1-based) when the server gave no Retry-After. */
  backoffMs?: (attempt: number) => number;
  /** Reads of the release list, at most, until it shows a draft just created (it lags behind writes). */
  listLagReads?: number;
  /** Wait before list read n + 1 while the list lags. */
  listLagDelayMs?: (read: number) => number;
}

export type AssetOutcome = 'uploaded' | 'reused' | 'replaced' | 'repaired';
export type ReleaseOutcome = 'created' | 'reused' | 'adopted';

export interface PublishedAsset {
  name: string;
  size: number;
  sha256: string;
  url: string;
  outcome: AssetOutcome;
}

export interface PublishReport {
  release: RemoteRelease;
  releaseOutcome: ReleaseOutcome;
  /** Duplicate drafts for the tag that were deleted. */
  duplicatesDeleted: number;
  assets: PublishedAsset[];
  published: boolean;
}

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** A check that failed before publishing: the release stays a draft and each problem is reported. */
export class VerificationError extends UserError {
  readonly problems: string[];
  constructor(tag: string, problems: string[]) {
    super(`The release ${tag} was left as a draft: ${problems.length} problem${problems.length === 1 ? '' : 's'} before publishing:\n- ${problems.join('\n- ')}`);
    this.problems = problems;
  }
}

/** Releases list their assets inline; past this many, the list may be cut, so assets are listed on their own. */
const EMBEDDED_ASSETS_LIMIT = 1000;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const byAge = (a: RemoteRelease, b: RemoteRelease): number => a.created_at.localeCompare(b.created_at) || a.id - b.id;
const remoteSha = (asset: RemoteAsset): string | undefined => (asset.digest?.startsWith('sha256:') ? asset.digest.slice(7) : undefined);


/**
 * Step 1 — one release per tag, whatever the concurrency and however stale GitHub's release list is.
 * Drafts are found by listing (the by-tag endpoint hides them), and the list is eventually consistent:
 * a new draft can be missing from it for a while. So a draft is created only when the list shows none,
 * confirmed by id (strongly consistent), and then the list is read again (with bounded back-off) until
 * it shows that draft — by then every older draft for the tag shows too. Every publisher keeps the
 * published release or else the oldest draft and deletes the others, so all of them converge on one.
 */
export async function resolveRelease(api: ReleaseApi, request: PublishRequest, log: Log): Promise<{ release: RemoteRelease; outcome: ReleaseOutcome; duplicatesDeleted: number }> {
  let outcome: ReleaseOutcome = 'reused';
  let createdId: number | undefined;
  let forTag = (await api.listReleases()).filter((r) => r.tag_name === request.tag);
  if (forTag.length === 0) {
    try {
      const created = await api.createRelease({
        tag_name: request.tag,
        draft: true,
        prerelease: request.prerelease,
        ...(request.name ? { name: request.name } : {}),
        ...(request.body !== undefined ? { body: request.body } : {}),
        ...(request.targetCommitish ? { target_commitish: request.targetCommitish } : {}),
      });
      createdId = (await api.getRelease(created.id)).id;
      log.info(`Created draft release ${request.tag} (id ${createdId}).`);
      outcome = 'created';
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      log.info(`Another job created the release for ${request.tag} first; adopting it.`);
      outcome = 'adopted';
    }
    const shows = createdId === undefined ? (list: RemoteRelease[]) => list.length > 0 : (list: RemoteRelease[]) => list.some((r) => r.id === createdId);
    forTag = await listUntil(api, request, shows, log);
  }
  const published = forTag.find((r) => !r.draft);
  const drafts = forTag.filter((r) => r.draft).sort(byAge);
  const keep = published ?? drafts[0];
  if (!keep) throw new UserError(`The release for ${request.tag} vanished while it was being created; run the job again.`);
  if (outcome === 'created' && keep.id !== createdId) outcome = 'adopted'; // another job's draft is older
  let duplicatesDeleted = 0;
  for (const duplicate of drafts.filter((d) => d.id !== keep.id)) {
    try {
      await api.deleteRelease(duplicate.id);
      duplicatesDeleted++;
      log.info(`Deleted duplicate draft ${duplicate.id} for ${request.tag}; keeping ${keep.id}.`);
    } catch (error) {
      if ((error as ApiError).status !== 404) throw error; // another publisher deleted it first
    }
  }
  return { release: keep, outcome, duplicatesDeleted };
}

/** Reads the release list until it shows what this run knows exists, within the bounded lag. */
async function listUntil(api: ReleaseApi, request: PublishRequest, shows: (forTag: RemoteRelease[]) => boolean, log: Log): Promise<RemoteRelease[]> {
  const reads = request.listLagReads ?? 10;
  const delay = request.listLagDelayMs ?? ((n: number) => Math.min(250 * 2 ** (n - 1), 2000));
  let waited = 0;
  for (let read = 1; ; read++) {
    const forTag = (await api.listReleases()).filter((r) => r.tag_name === request.tag);
    if (shows(forTag)) {
      if (read > 1) log.info(`GitHub's release list caught up after ${read} reads (${Math.round(waited / 100) / 10} s).`);
      return forTag;
    }
    if (read >= reads) {
      throw new UserError(
        `GitHub's release list still does not show the release for ${request.tag} after ${read} reads over ${Math.round(waited / 100) / 10} s (it lags behind writes). ` +
          'Nothing was uploaded or published; run the job again and it will adopt the draft.',
      );
    }
    const wait = delay(read);
    waited += wait;
    await sleep(wait);
  }
}

function describeApiError(error: unknown): string {
  return error instanceof ApiError ? `HTTP ${error.status}: ${error.message}` : (error as Error).message;
}

function retryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true; // connection reset, timeout, socket hang up
  return error.status >= 500 || error.status === 429 || (error.status === 403 && /rate limit/i.test(error.message));
}

/**
 * Step 2 — every local file on the release, streamed from disk. An identical asset (same size and
 * sha256) is kept, a half-uploaded one deleted and uploaded again, a different one replaced only with
 * `overwrite`. Failed uploads are retried with back-off (Retry-After honoured) after cleaning up.
 */
export interface UploadResult {
  assets: PublishedAsset[];
  problems: string[];
  /** Something on the release was deleted or uploaded by this run. */
  wrote: boolean;
  /**
   * The release's assets as GitHub last described them to this run: the listing it read, with every
   * deletion and every upload answer (which carries the stored size, state and digest) applied.
   * Undefined when an answer lacked a digest, so only a fresh listing can tell what is stored.
   */
  known?: RemoteAsset[];
}

export async function uploadAssets(api: ReleaseApi, release: RemoteRelease, request: PublishRequest, log: Log): Promise<UploadResult> {
  // The release as listed already carries its assets: no further call unless it may be truncated.
  const listed = release.assets.length < EMBEDDED_ASSETS_LIMIT ? release.assets : await api.listAssets(release.id);
  const remote = new Map(listed.map((a) => [a.name, a]));
  /** What GitHub has said about each name since the listing; null = deleted. */
  const answers = new Map<string, RemoteAsset | null>();
  let answersComplete = true;
  let wrote = false;
  const problems: string[] = [];
  const immutable = !release.draft && release.immutable === true;
  const retries = request.retries ?? 4;
  const backoff = request.backoffMs ?? doublingDelay(1000);

  const compare = (local: LocalAsset, asset: RemoteAsset): 'same' | 'different' | 'unknown' => {
    if (asset.size !== local.size) return 'different';
    const sha = remoteSha(asset);
    return sha === undefined ? 'unknown' : sha === local.sha256 ? 'same' : 'different';
  };

  async function upload(local: LocalAsset): Promise<RemoteAsset> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await api.uploadAsset(release, { path: local.path, name: local.name, size: local.size, contentType: local.contentType });
      } catch (error) {
        if (isAlreadyExists(error) || attempt >= retries || !retryable(error)) throw error;
        const wait = ((error as { retryAfter?: number }).retryAfter ?? 0) * 1000 || backoff(attempt + 1);
        log.warning(`Upload of ${local.name} failed (${describeApiError(error)}); retry ${attempt + 1} of ${retries} in ${formatDuration(wait)}.`);
        await sleep(wait);
        // A connection that broke mid-upload can leave a half-uploaded asset behind: remove it first.
        const leftover = (await api.listAssets(release.id)).find((a) => a.name === local.name);
        if (leftover && leftover.state !== 'uploaded') await api.deleteAsset(leftover.id);
        else if (leftover && compare(local, leftover) === 'same') return leftover;
      }
    }
  }

  const assets = await mapLimit(request.assets, request.concurrency ?? 4, async (local): Promise<PublishedAsset | undefined> => {
    // What GitHub stored: its name, size, digest and download URL (verified against the local file before publishing).
    const done = (asset: RemoteAsset, outcome: AssetOutcome): PublishedAsset => ({ name: asset.name, size: asset.size, sha256: remoteSha(asset) ?? local.sha256, url: asset.browser_download_url, outcome });
    let existing = remote.get(local.name);
    let outcome: AssetOutcome = 'uploaded';
    if (existing && existing.state !== 'uploaded') {
      if (immutable) return void problems.push(`${local.name}: a half-uploaded asset is on an immutable release and cannot be repaired.`);
      log.info(`${local.name}: deleting a half-uploaded asset (state ${existing.state}).`);
      wrote = true;
      await api.deleteAsset(existing.id);
      answers.set(local.name, null);
      existing = undefined;
      outcome = 'repaired';
    }
    if (existing) {
      const same = compare(local, existing);
      if (same === 'same') return done(existing, 'reused');
      if (same === 'unknown') {
        log.warning(`${local.name}: GitHub gives no digest for the existing asset; its size matches, so it is kept.`);
        return done(existing, 'reused');
      }
      if (!request.overwrite || immutable) {
        return void problems.push(
          `${local.name}: the release already has an asset of this name with different bytes (${existing.size} bytes, ${remoteSha(existing) ?? 'no digest'}; local ${local.size} bytes, ${local.sha256})` +
            (immutable ? '; the release is immutable.' : '; set overwrite: true to replace it.'),
        );
      }
      wrote = true;
      await api.deleteAsset(existing.id);
      answers.set(local.name, null);
      outcome = 'replaced';
    }
    if (immutable) return void problems.push(`${local.name}: the release ${request.tag} is published and immutable; assets can no longer be added.`);
    try {
      wrote = true;
      const uploaded = await upload(local);
      answers.set(local.name, uploaded);
      if (uploaded.state !== 'uploaded' || remoteSha(uploaded) === undefined) answersComplete = false;
      log.info(`${local.name}: ${outcome} (${local.size} bytes).`);
      return done(uploaded, outcome);
    } catch (error) {
      if (isAlreadyExists(error)) {
        // Another publisher uploaded it between our listing and our upload.
        const theirs = (await api.listAssets(release.id)).find((a) => a.name === local.name);
        if (theirs && theirs.state === 'uploaded' && compare(local, theirs) !== 'different') {
          answers.set(local.name, theirs);
          if (remoteSha(theirs) === undefined) answersComplete = false;
          return done(theirs, 'reused');
        }
      }
      answersComplete = false;
      problems.push(`${local.name}: upload failed (${describeApiError(error)}).`);
      return undefined;
    }
  });
  let known: RemoteAsset[] | undefined;
  if (answersComplete) {
    const merged = new Map(remote);
    for (const [name, answer] of answers) {
      if (answer) merged.set(name, answer);
      else merged.delete(name);
    }
    known = [...merged.values()];
  }
  return { assets: assets.filter((a): a is PublishedAsset => a !== undefined), problems, wrote, ...(known ? { known } : {}) };
}

/** Step 3 — what is on the release now: every local file with its size and digest, every expected name. */
export async function verifyRelease(api: ReleaseApi, release: RemoteRelease, request: PublishRequest, current?: RemoteAsset[]): Promise<string[]> {
  const remote = current ?? (await api.listAssets(release.id));
  const problems: string[] = [];
  for (const local of request.assets) {
    const asset = remote.find((a) => a.name === local.name);
    if (!asset) problems.push(`${local.name}: missing from the release.`);
    else if (asset.state !== 'uploaded') problems.push(`${local.name}: not completely uploaded (state ${asset.state}).`);
    else if (asset.size !== local.size) problems.push(`${local.name}: ${asset.size} bytes on the release, ${local.size} on disk.`);
    else if (remoteSha(asset) !== undefined && remoteSha(asset) !== local.sha256) problems.push(`${local.name}: sha256 ${remoteSha(asset)} on the release, ${local.sha256} on disk.`);
  }
  for (const pattern of request.expected) {
    if (!remote.some((a) => a.state === 'uploaded' && (a.name === pattern || matchesGlob(a.name, pattern)))) {
      problems.push(`expected asset ${JSON.stringify(pattern)} is not on the release (a platform is missing?).`);
    }
  }
  return problems;
}

/**
 * Verification needs to know what GitHub stores. When every write of this run was answered with the
 * stored asset (state, size, sha256 digest) and every expected asset is among what GitHub has
 * described, those answers are checked and no further listing is made; a missing digest, a failed
 * upload or an expected asset not seen yet (another matrix job's, say) means a fresh listing.
 */
async function verifyAfterUpload(api: ReleaseApi, release: RemoteRelease, request: PublishRequest, uploaded: UploadResult, log: Log): Promise<string[]> {
  if (uploaded.known && uploaded.problems.length === 0) {
    const fromAnswers = await verifyRelease(api, release, request, uploaded.known);
    if (fromAnswers.length === 0) {
      if (uploaded.wrote) log.info(`Verified ${request.assets.length} asset(s) against the size and sha256 GitHub reported for each upload.`);
      return [];
    }
  }
  return verifyRelease(api, release, request);
}

/** The whole publish: check sums files → resolve → upload → verify → publish, stopping at the draft on any problem. */
export async function publishRelease(api: ReleaseApi, request: PublishRequest, log: Log): Promise<PublishReport> {
  const stale = await checkSumsFiles(request.assets);
  if (stale.length) throw new UserError(`Nothing was published: the sums files do not match the release.\n- ${stale.join('\n- ')}`);
  const { release, outcome, duplicatesDeleted } = await resolveRelease(api, request, log);
  const uploaded = await uploadAssets(api, release, request, log);
  const problems = [...uploaded.problems, ...(await verifyAfterUpload(api, release, request, uploaded, log))];
  if (problems.length) throw new VerificationError(request.tag, [...new Set(problems)]);
  const fields = {
    prerelease: request.prerelease,
    ...(request.name ? { name: request.name } : {}),
    ...(request.body !== undefined ? { body: request.body } : {}),
  };
  let final = release;
  const changed = release.draft || release.prerelease !== request.prerelease || (request.name !== undefined && request.name !== release.name) || (request.body !== undefined && request.body !== release.body);
  if (!request.draftOnly && changed) {
    final = await api.updateRelease(release.id, {
      ...fields,
      draft: false,
      make_latest: request.prerelease ? 'false' : request.makeLatest,
      ...(release.draft && request.discussionCategory ? { discussion_category_name: request.discussionCategory } : {}),
    });
    log.info(`${release.draft ? 'Published' : 'Updated'} ${request.tag}: ${final.html_url}`);
  } else if (!request.draftOnly) {
    log.info(`${request.tag} is already published with these assets: nothing to change.`);
  } else if (release.draft) {
    final = await api.updateRelease(release.id, fields);
    log.info(`Verified draft ${request.tag}; left as a draft (draft: true).`);
  }
  return { release: final, releaseOutcome: outcome, duplicatesDeleted, assets: uploaded.assets, published: !final.draft };
}
