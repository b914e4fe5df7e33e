/**
 * Chocolatey delivery: `nuget pack` turns the nuspec and tools/ into a .nupkg, which is pushed to a
 * NuGet v2 feed (PUT multipart to <feed>/api/v2/package with X-NuGet-ApiKey). A version the feed
 * already has (409) is not pushed again; a rollback unlists the rolled-back version (DELETE).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { runTool } from '../kit/exec.js';

/** Packs `<dir>/<id>.nuspec` (with `<dir>/tools`) into `<out>/<id>.<version>.nupkg`; answers its path. */
export async function nugetPack(dir: string, nuspec: string, out: string): Promise<string> {
  await mkdir(out, { recursive: true });
  await runTool('nuget', ['pack', path.join(dir, nuspec), '-OutputDirectory', out, '-NoDefaultExcludes', '-NonInteractive'], { cwd: dir, env: { HOME: process.env.HOME ?? dir } });
  const packed = (await readdir(out)).filter((f) => f.endsWith('.nupkg'));
  if (packed.length !== 1) throw new UserError(`nuget pack wrote ${packed.length} packages to ${out}, expected one.`);
  return path.join(out, packed[0]!);
}

function feedUrl(feed: string, suffix: string): string {
  return `${feed.replace(/\/+$/, '')}/api/v2/package${suffix}`;
}

export type PushOutcome = 'pushed' | 'already-published';

export async function nugetPush(nupkg: string, feed: string, apiKey: string): Promise<PushOutcome> {
  const boundary = `release-kit-${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="package"; filename="${path.basename(nupkg)}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const body = Buffer.concat([head, await readFile(nupkg), tail]);
  const url = feedUrl(feed, '');
  let response: Response;
  try {
    response = await fetch(url, { method: 'PUT', headers: { 'X-NuGet-ApiKey': apiKey, 'content-type': `multipart/form-data; boundary=${boundary}`, 'user-agent': 'release-kit' }, body });
  } catch (error) {
    throw new UserError(`Chocolatey: cannot reach the feed ${url}: ${(error as Error).message}`);
  }
  if (response.status === 409) return 'already-published';
  if (response.ok) return 'pushed';
  const text = (await response.text()).slice(0, 300).split(apiKey).join('***');
  throw new UserError(`Chocolatey: the feed ${url} refused ${path.basename(nupkg)}: HTTP ${response.status}${text ? ` ${text}` : ''}${response.status === 401 || response.status === 403 ? ' (check the API key)' : ''}`);
}

/** Unlists a version (NuGet v2 DELETE): installs of that version stop being offered. */
export async function nugetUnlist(feed: string, id: string, version: string, apiKey: string): Promise<'unlisted' | 'not-found'> {
  const url = feedUrl(feed, `/${encodeURIComponent(id)}/${encodeURIComponent(version)}`);
  const response = await fetch(url, { method: 'DELETE', headers: { 'X-NuGet-ApiKey': apiKey, 'user-agent': 'release-kit' } }).catch((error: Error) => {
    throw new UserError(`Chocolatey: cannot reach the feed ${url}: ${error.message}`);
  });
  if (response.status === 404) return 'not-found';
  if (response.ok) return 'unlisted';
  throw new UserError(`Chocolatey: the feed ${url} refused to unlist ${id} ${version}: HTTP ${response.status}`);
}
