/** The GitHub release endpoints publish uses, behind one interface (tests replace it; the action uses Octokit). */

export interface RemoteAsset {
  id: number;
  name: string;
  label: string | null;
  /** `uploaded`, or `open` (also seen as `starter`/`new`) for an upload that never finished. */
  state: string;
  size: number;
  /** `sha256:<hex>`; null on releases older than GitHub's asset digests. */
  digest: string | null;
  browser_download_url: string;
}

export interface RemoteRelease {
  id: number;
  tag_name: string;
  name: string | null;
  body?: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable?: boolean;
  created_at: string;
  html_url: string;
  upload_url: string;
  assets: RemoteAsset[];
}

export interface ReleaseFields {
  tag_name?: string;
  target_commitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  make_latest?: 'true' | 'false' | 'legacy';
  discussion_category_name?: string;
}

export interface ReleaseApi {
  /** Every release, drafts included (the by-tag endpoint hides drafts), newest first. */
  listReleases(): Promise<RemoteRelease[]>;
  getRelease(id: number): Promise<RemoteRelease>;
  createRelease(fields: ReleaseFields & { tag_name: string }): Promise<RemoteRelease>;
  updateRelease(id: number, fields: ReleaseFields): Promise<RemoteRelease>;
  deleteRelease(id: number): Promise<void>;
  listAssets(releaseId: number): Promise<RemoteAsset[]>;
  deleteAsset(assetId: number): Promise<void>;
  /** An asset's bytes (small files: update feeds). */
  downloadAsset(assetId: number): Promise<Buffer>;
  /** Streams a file from disk; never holds it in memory. */
  uploadAsset(release: RemoteRelease, file: { path: string; name: string; size: number; contentType: string; label?: string }): Promise<RemoteAsset>;
}

/** An HTTP failure from the API, with what a retry decision needs. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string | undefined;
  constructor(status: number, message: string, code?: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** A 422 whose error code is `already_exists` (a release for the tag, or an asset of the name). */
export function isAlreadyExists(error: unknown): boolean {
  const e = error as { status?: number; code?: string; response?: { data?: { errors?: Array<{ code?: string }> } } };
  return e.status === 422 && (e.code === 'already_exists' || Boolean(e.response?.data?.errors?.some((x) => x.code === 'already_exists')));
}
