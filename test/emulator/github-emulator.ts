/**
 * The embedded GitHub emulator (src/rehearse/github-emulator.ts) judged by GitHub's OpenAPI description:
 * every request it receives and every response it sends is checked, and a violation fails the test.
 * Repository content (git data, contents, pull requests, forks, asset downloads) is served beside it.
 */
import { GitHubEmulator as Emulator, OPERATIONS } from '../../src/rehearse/github-emulator.js';
import { HANDLED, RepoContent } from './github-repo-content.ts';
import { OpenApiJudge } from './openapi.ts';

export { githubStoredName, type Answer, type EmulatedAsset, type EmulatedRelease, type EmulatorHook, type Fault, type HookExchange, type RequestRecord } from '../../src/rehearse/github-emulator.js';

export class GitHubEmulator extends Emulator<OpenApiJudge> {
  /** Repositories, git objects, pull requests, forks and asset downloads (github-repo-content.ts). */
  readonly content: RepoContent;

  constructor() {
    super(new OpenApiJudge([...OPERATIONS.map(([method, template]) => `${method} ${template}`), ...HANDLED]));
    this.content = new RepoContent(this);
    this.extension = this.content;
  }
}
