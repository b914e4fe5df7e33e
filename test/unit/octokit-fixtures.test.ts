/**
 * GitHub's own recordings of the release-asset scenarios (@octokit/fixtures), replayed with nock
 * against release-kit's client: the requests it makes must be the recorded ones, and it must read the
 * recorded answers (including the 422 already_exists of a conflicting upload) correctly.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
// @ts-expect-error: the package ships no types
import fixtures from '@octokit/fixtures';
import nock from 'nock';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { githubClient } from '../../src/kit/github.js';
import { isAlreadyExists, type RemoteRelease } from '../../src/release/api.js';
import { octokitReleaseApi } from '../../src/release/octokit-api.js';

const TOKEN = '0000000000000000000000000000000000000001';

interface Definition {
  scope: string;
  method: string;
  path: string;
  status: number;
  response: unknown;
  reqheaders?: Record<string, unknown>;
  body?: unknown;
}

/**
 * The recordings as nock definitions. Our client asks for 100 assets a page (the recording used the
 * default page size) and sends the current media type; neither changes what is asked for.
 */
function recorded(name: string): Definition[] {
  return (fixtures.get(name) as Definition[]).map((d) => {
    const { accept: _accept, host: _host, ...headers } = d.reqheaders ?? {};
    const reqheaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)]));
    const listsAssets = d.method === 'get' && /\/releases\/\d+\/assets$/.test(d.path);
    return { ...d, reqheaders, path: listsAssets ? `${d.path}?per_page=100&page=1` : d.path };
  });
}

function uploadFile(): { path: string; size: number } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'fixture-')), 'test-upload.txt');
  writeFileSync(file, 'Hello, world!\n');
  return { path: file, size: 14 };
}

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
afterEach(() => nock.cleanAll());

describe('release asset client against GitHub’s recorded interactions', () => {
  test('release-assets: upload, list, delete', async () => {
    const definitions = recorded('api.github.com/release-assets');
    const release = definitions.find((d) => d.path.endsWith('/releases/tags/v1.0.0'))!.response as RemoteRelease;
    // The recording also reads and edits the asset by id (get, patch): calls release-kit never makes.
    const scopes = nock.define(definitions.filter((d) => !d.path.endsWith('/releases/tags/v1.0.0') && !(d.method !== 'delete' && /\/releases\/assets\/\d+$/.test(d.path))) as nock.Definition[]);
    const api = octokitReleaseApi(githubClient({ token: TOKEN, retries: 0 }), 'octokit-fixture-org', 'release-assets', TOKEN);
    const uploaded = await api.uploadAsset(release, { ...uploadFile(), name: 'test-upload.txt', contentType: 'text/plain', label: 'test' });
    expect(uploaded).toMatchObject({ id: 1000, name: 'test-upload.txt', label: 'test', state: 'uploaded', size: 14 });
    const assets = await api.listAssets(release.id);
    expect(assets.map((a) => [a.id, a.name, a.state])).toEqual([[1000, 'test-upload.txt', 'uploaded']]);
    await api.deleteAsset(1000);
    for (const scope of scopes) expect(scope.pendingMocks()).toEqual([]);
  });

  test('release-assets-conflict: a 422 already_exists upload, then replace (list, delete, upload)', async () => {
    const definitions = recorded('api.github.com/release-assets-conflict');
    const release = definitions[0]!.response as RemoteRelease;
    const scopes = nock.define(definitions.slice(1) as nock.Definition[]);
    const api = octokitReleaseApi(githubClient({ token: TOKEN, retries: 0 }), 'octokit-fixture-org', 'release-assets-conflict', TOKEN);
    const file = { ...uploadFile(), name: 'test-upload.txt', contentType: 'text/plain', label: 'test' };
    const conflict = await api.uploadAsset(release, file).catch((error: unknown) => error);
    expect(isAlreadyExists(conflict)).toBe(true);
    const [existing] = await api.listAssets(release.id);
    expect(existing).toMatchObject({ id: 1000, name: 'test-upload.txt' });
    await api.deleteAsset(existing!.id);
    expect(await api.uploadAsset(release, file)).toMatchObject({ id: 1001, name: 'test-upload.txt', state: 'uploaded' });
    for (const scope of scopes) expect(scope.pendingMocks()).toEqual([]);
  });
});
