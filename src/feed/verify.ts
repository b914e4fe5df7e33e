/**
 * Checks an update feed against the files it names, the way the updaters will: electron-updater feeds
 * by size and sha512 of every `files[]` entry (and the legacy top-level `path`/`sha512`), Tauri's
 * `latest.json` by the minisign signature of every platform's bundle. Files are read from a folder or
 * downloaded. A file changed after the feed was built (signed again, rebuilt) is a mismatch naming it.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse as parseYaml } from 'yaml';
import { hashFiles, type HashOptions } from '../checksum/hash-files.js';
import { storedAssetName } from '../kit/asset-name.js';
import { UserError } from '../kit/errors.js';
import { mapLimit } from '../kit/map-limit.js';
import { withRetry } from '../kit/retry.js';
import { readBlockMapFile, readEmbeddedBlockMap } from './blockmap.js';
import { verifyTauriSignature } from './minisign.js';

export interface VerifyFeedRequest {
  /** Path of latest*.yml, <channel>*.yml or latest.json. */
  feedFile: string;
  /** Folder holding the files (by their names); default: the feed's folder for relative URLs. */
  dir?: string;
  /** Download the files from here instead (name appended). */
  baseUrl?: string;
  /** Minisign public key line (`RW…`), required for Tauri feeds. */
  publicKey?: string;
  fetch?: typeof fetch;
  /** Downloads at once. */
  concurrency?: number;
}

export interface FeedCheck {
  /** Feed entry: the file's URL as the feed gives it (electron) or the platform key (Tauri). */
  entry: string;
  /** Where the file was read: a path or a URL. */
  source: string;
  size?: number;
  problem?: string;
}

export interface VerifyFeedReport {
  format: 'electron' | 'tauri';
  version: string;
  checks: FeedCheck[];
  problems: FeedCheck[];
}

type Source = { kind: 'file'; path: string } | { kind: 'url'; url: string };

/** A draft release's download URL: it stops working once the release is published. */
const UNTAGGED = /\/releases\/download\/untagged-[^/]+\//;
const UNTAGGED_PROBLEM = 'the URL points to a draft release ("untagged-…"), which stops working when the release is published; use the tag in the URL';
const isUrl = (text: string): boolean => /^https?:\/\//i.test(text);
const joinUrl = (base: string, name: string): string => new URL(name, base.endsWith('/') ? base : `${base}/`).href;
const lastSegment = (url: string): string => decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
const describe = (source: Source): string => (source.kind === 'file' ? source.path : source.url);

/**
 * A local file by the name the feed gives; in the build folder, where files still carry the names they
 * had before GitHub stored them (`My App Setup.exe` for `My.App.Setup.exe`), by its stored name.
 */
function localFile(folder: string, name: string): string {
  const exact = path.resolve(folder, name);
  if (existsSync(exact) || name.includes('/')) return exact;
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return exact;
  }
  const matches = entries.filter((entry) => storedAssetName(entry) === name);
  return matches.length === 1 ? path.join(folder, matches[0]!) : exact;
}

function locate(url: string, request: VerifyFeedRequest): Source {
  const name = isUrl(url) ? lastSegment(url) : url;
  if (request.dir) return { kind: 'file', path: localFile(request.dir, name) };
  if (request.baseUrl) return { kind: 'url', url: joinUrl(request.baseUrl, name) };
  if (isUrl(url)) return { kind: 'url', url };
  return { kind: 'file', path: localFile(path.dirname(request.feedFile), url) };
}

class HttpStatusError extends Error {
  readonly status: number;
  constructor(status: number, url: string) {
    super(`HTTP ${status} from ${url}`);
    this.status = status;
  }
}

/** Downloads a file (to `into`, when given) while hashing it with sha512; retried on network errors and 5xx. */
async function download(url: string, request: VerifyFeedRequest, into?: string): Promise<{ size: number; sha512: string }> {
  const fetchImpl = request.fetch ?? fetch;
  return withRetry(
    async () => {
      const response = await fetchImpl(url, { redirect: 'follow' });
      if (!response.ok || !response.body) throw new HttpStatusError(response.status, url);
      const hash = createHash('sha512');
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      });
      const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
      if (into) await pipeline(body, counter, createWriteStream(into));
      else await pipeline(body, counter, async (source: AsyncIterable<Buffer>) => { for await (const chunk of source) void chunk; });
      return { size, sha512: hash.digest('base64') };
    },
    {
      attempts: 4,
      initialDelayMs: 500,
      maxDelayMs: 8000,
      retryable: (error) => !(error instanceof HttpStatusError) || error.status >= 500 || error.status === 429,
    },
  );
}

function unreadable(error: unknown, source: Source): string {
  if (error instanceof HttpStatusError) return `cannot be downloaded (${error.message})`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `is missing (${describe(source)})`;
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

interface ElectronFileInfo {
  url?: unknown;
  sha512?: unknown;
  size?: unknown;
  blockMapSize?: unknown;
}

async function verifyElectron(document: Record<string, unknown>, request: VerifyFeedRequest, hashOptions: HashOptions): Promise<FeedCheck[]> {
  const feedName = path.basename(request.feedFile);
  const files = Array.isArray(document.files) ? (document.files as ElectronFileInfo[]) : [];
  if (files.length === 0) throw new UserError(`${feedName} lists no files (no "files" list): it is not an electron-updater feed.`);
  const checks: FeedCheck[] = [];
  const entries = files.map((file, index) => {
    if (typeof file?.url !== 'string' || typeof file.sha512 !== 'string') {
      throw new UserError(`${feedName}: entry ${index + 1} of "files" needs a url and a sha512.`);
    }
    return { url: file.url, sha512: file.sha512, size: typeof file.size === 'number' ? file.size : undefined, blockMapSize: file.blockMapSize, source: locate(file.url, request) };
  });
  if (typeof document.path === 'string') {
    const listed = entries.find((entry) => entry.url === document.path);
    if (!listed) checks.push({ entry: document.path, source: feedName, problem: `the top-level path ${JSON.stringify(document.path)} is not one of the files` });
    else if (document.sha512 !== undefined && document.sha512 !== listed.sha512) {
      checks.push({ entry: document.path, source: feedName, problem: 'the top-level sha512 differs from the files entry of the same path (older electron-updater versions read it)' });
    }
  }
  // Local files: hashed together on every core; each missing or odd one becomes its entry's problem.
  const localDigests = new Map<string, { size: number; sha512: string } | { error: unknown }>();
  const present: string[] = [];
  for (const file of new Set(entries.flatMap((entry) => (entry.source.kind === 'file' ? [entry.source.path] : [])))) {
    try {
      if ((await stat(file)).isFile()) present.push(file);
      else localDigests.set(file, { error: new Error('not a regular file') });
    } catch (error) {
      localDigests.set(file, { error });
    }
  }
  const hashed = await hashFiles(present, ['sha512'], hashOptions);
  hashed.forEach((digest) => localDigests.set(digest.path, { size: digest.size, sha512: Buffer.from(digest.digests.sha512!, 'hex').toString('base64') }));
  const results = await mapLimit(entries, request.concurrency ?? 4, async (entry): Promise<FeedCheck> => {
    const where = describe(entry.source);
    if (UNTAGGED.test(entry.url)) return { entry: entry.url, source: where, problem: `${entry.url}: ${UNTAGGED_PROBLEM}` };
    let actual: { size: number; sha512: string };
    try {
      if (entry.source.kind === 'file') {
        const known = localDigests.get(entry.source.path)!;
        if ('error' in known) throw known.error;
        actual = known;
      } else {
        actual = await download(entry.source.url, request);
      }
    } catch (error) {
      return { entry: entry.url, source: where, problem: `${entry.url} ${unreadable(error, entry.source)}` };
    }
    const stale = 'the file changed after the feed was built (signed or rebuilt again?); build the feed from the final files';
    if (entry.size !== undefined && entry.size !== actual.size) {
      return { entry: entry.url, source: where, size: actual.size, problem: `${entry.url}: size is ${actual.size}, but ${feedName} lists ${entry.size}: ${stale}` };
    }
    if (entry.sha512 !== actual.sha512) {
      return { entry: entry.url, source: where, size: actual.size, problem: `${entry.url}: sha512 is ${actual.sha512}, but ${feedName} lists ${entry.sha512}: ${stale}` };
    }
    if (typeof entry.blockMapSize === 'number' && entry.source.kind === 'file') {
      const map = /\.appimage$/i.test(entry.url)
        ? await readEmbeddedBlockMap(entry.source.path, actual.size)
        : await readBlockMapFile(`${entry.source.path}.blockmap`);
      if (map && map.size !== entry.blockMapSize) {
        return { entry: entry.url, source: where, size: actual.size, problem: `${entry.url}: its block map is ${map.size} bytes, but ${feedName} lists blockMapSize ${entry.blockMapSize}` };
      }
    }
    return { entry: entry.url, source: where, size: actual.size };
  });
  return [...checks, ...results];
}

interface TauriPlatformInfo {
  url?: unknown;
  signature?: unknown;
}

async function verifyTauri(document: Record<string, unknown>, request: VerifyFeedRequest): Promise<FeedCheck[]> {
  const feedName = path.basename(request.feedFile);
  const platforms = document.platforms;
  if (typeof platforms !== 'object' || platforms === null || Object.keys(platforms).length === 0) {
    throw new UserError(`${feedName} has no platforms: it is not a Tauri update manifest.`);
  }
  if (!request.publicKey) {
    throw new UserError(`Checking ${feedName} needs the updater's public key (public-key: the pubkey of tauri.conf.json, or the minisign .pub file).`);
  }
  const entries = Object.entries(platforms as Record<string, TauriPlatformInfo>).map(([key, value]) => {
    if (typeof value?.url !== 'string' || typeof value.signature !== 'string' || !isUrl(value.url)) {
      throw new UserError(`${feedName}: the platform ${key} needs an absolute url and a signature.`);
    }
    return { key, url: value.url, signature: value.signature, source: locate(value.url, request) };
  });
  const temp = await mkdtemp(path.join(tmpdir(), 'release-kit-feed-'));
  try {
    // One download per file, even when several platform keys name it.
    const fetched = new Map<string, Promise<{ path: string; size: number }>>();
    const obtain = (source: Source): Promise<{ path: string; size: number }> => {
      const id = describe(source);
      if (!fetched.has(id)) {
        fetched.set(
          id,
          (async () => {
            if (source.kind === 'file') {
              const info = await stat(source.path);
              if (!info.isFile()) throw new Error('not a regular file');
              return { path: source.path, size: info.size };
            }
            const into = path.join(temp, `${fetched.size}-${lastSegment(source.url) || 'download'}`);
            const { size } = await download(source.url, request, into);
            return { path: into, size };
          })(),
        );
      }
      return fetched.get(id)!;
    };
    return await mapLimit(entries, request.concurrency ?? 4, async (entry): Promise<FeedCheck> => {
      const where = describe(entry.source);
      if (UNTAGGED.test(entry.url)) return { entry: entry.key, source: where, problem: `${entry.key}: ${UNTAGGED_PROBLEM}` };
      let file: { path: string; size: number };
      try {
        file = await obtain(entry.source);
      } catch (error) {
        return { entry: entry.key, source: where, problem: `${entry.key}: ${lastSegment(entry.url)} ${unreadable(error, entry.source)}` };
      }
      const check = await verifyTauriSignature(file.path, entry.signature, request.publicKey!).catch((error: Error) => ({ ok: false, message: error.message }));
      if (!check.ok) {
        return {
          entry: entry.key,
          source: where,
          size: file.size,
          problem:
            `${entry.key}: ${lastSegment(entry.url)} does not match its signature in ${feedName} (${check.message}): ` +
            'the file changed after it was signed and the feed built, or it was signed with another key; sign the final bytes and rebuild the feed',
        };
      }
      return { entry: entry.key, source: where, size: file.size };
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

export async function verifyFeed(request: VerifyFeedRequest, hashOptions: HashOptions = {}): Promise<VerifyFeedReport> {
  const feedName = path.basename(request.feedFile);
  let text: string;
  try {
    text = await readFile(request.feedFile, 'utf8');
  } catch (error) {
    throw new UserError(`Cannot read the feed ${request.feedFile}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  let document: unknown;
  let format: 'electron' | 'tauri';
  if (text.trimStart().startsWith('{')) {
    format = 'tauri';
    try {
      document = JSON.parse(text);
    } catch (error) {
      throw new UserError(`${feedName} is not valid JSON: ${(error as Error).message}`);
    }
  } else {
    format = 'electron';
    try {
      document = parseYaml(text, { version: '1.1' });
    } catch (error) {
      throw new UserError(`${feedName} is not valid YAML: ${(error as Error).message}`);
    }
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw new UserError(`${feedName} is not an update feed (not a mapping).`);
  const record = document as Record<string, unknown>;
  const version = typeof record.version === 'string' ? record.version : '';
  const checks = format === 'tauri' ? await verifyTauri(record, request) : await verifyElectron(record, request, hashOptions);
  if (!version) checks.unshift({ entry: 'version', source: feedName, problem: `${feedName} has no version` });
  return { format, version, checks, problems: checks.filter((check) => check.problem !== undefined) };
}
