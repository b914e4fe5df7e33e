/**
 * The embedded GitHub emulator (src/rehearse/github-emulator.ts) judged by GitHub's OpenAPI description:
 * every request it receives and every response it sends is checked, and a violation fails the test.
 */
import { GitHubEmulator as Emulator } from '../../src/rehearse/github-emulator.js';
import { OpenApiJudge } from './openapi.ts';

export { githubStoredName, type EmulatedAsset, type EmulatedRelease, type Fault, type RequestRecord } from '../../src/rehearse/github-emulator.js';

export class GitHubEmulator extends Emulator<OpenApiJudge> {
  constructor() {
    super(new OpenApiJudge());
  }
}
