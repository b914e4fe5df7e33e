/**
 * The github.com side that updaters read, over the GitHub emulator's state: the releases Atom feed
 * (published releases, newest first, as github.com/<owner>/<repo>/releases.atom lists them), asset
 * downloads (/releases/download/<tag>/<name> and /releases/latest/download/<name>), and GitHub
 * Enterprise's `/api/v3` prefix, forwarded to the emulator's REST API (electron-updater asks
 * /api/v3/repos/<owner>/<repo>/releases/latest when its host is not github.com).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatedRelease, GitHubEmulator } from './github-emulator.ts';

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export class GitHubWeb {
  private server?: Server;
  url = '';
  /** Feed files served, in order: `<tag>/<name>` (what the updaters read). */
  readonly downloads: string[] = [];

  private readonly github: GitHubEmulator;
  private readonly owner: string;
  private readonly repo: string;

  constructor(github: GitHubEmulator, owner: string, repo: string) {
    this.github = github;
    this.owner = owner;
    this.repo = repo;
  }

  /** host:port, for electron-updater's `host` option. */
  get host(): string {
    return this.url.replace(/^http:\/\//, '');
  }

  private published(): EmulatedRelease[] {
    return this.github.releases.filter((r) => !r.draft).sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  }

  private atom(): string {
    const entries = this.published().map(
      (r) =>
        `<entry><id>tag:github.com,2008:Repository/1/${xml(r.tag_name)}</id><updated>${r.updated_at}</updated>` +
        `<link rel="alternate" type="text/html" href="${this.url}/${this.owner}/${this.repo}/releases/tag/${xml(r.tag_name)}"/>` +
        `<title>${xml(r.name ?? r.tag_name)}</title><content type="html">${xml(r.body ?? 'No content.')}</content></entry>`,
    );
    return `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US"><id>tag:github.com,2008:${this.owner}/${this.repo}/releases</id><title>Release notes</title>${entries.join('')}</feed>\n`;
  }

  async start(): Promise<this> {
    const base = `/${this.owner}/${this.repo}/releases`;
    this.server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const notFound = (): void => {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('Not Found');
      };
      if (path.startsWith('/api/v3/')) {
        // GitHub Enterprise's API prefix: the emulator is the API.
        fetch(`${this.github.url}${path.slice('/api/v3'.length)}`, { headers: { authorization: 'token ghs_web_front', accept: 'application/vnd.github+json' } }).then(
          async (answer) => {
            response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
            response.end(Buffer.from(await answer.arrayBuffer()));
          },
          () => notFound(),
        );
        return;
      }
      if (path === `${base}.atom`) {
        response.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' });
        response.end(this.atom());
        return;
      }
      const download = new RegExp(`^${base}/(?:download/([^/]+)|latest/download)/([^/]+)$`).exec(path);
      if (download) {
        const [, tag, name] = download;
        const release = tag ? this.published().find((r) => r.tag_name === tag) : this.github.releases.find((r) => r.latest && !r.draft);
        const asset = release?.assets.find((a) => a.name === name);
        if (!release || !asset?.data) return notFound();
        this.downloads.push(`${release.tag_name}/${name}`);
        response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(asset.data.length) });
        response.end(asset.data);
        return;
      }
      notFound();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
