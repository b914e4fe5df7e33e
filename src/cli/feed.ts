import path from 'node:path';
import { parsePublicKey, PUBLIC_KEY_FORMS } from '../feed/minisign.js';
import { verifyFeed } from '../feed/verify.js';
import { InputError, UserError } from '../kit/errors.js';
import { integerField, stringField } from '../kit/inputs.js';
import { defineCommand, optionSource, UsageError } from './command.js';

export const verifyFeedCommand = defineCommand({
  name: 'verify-feed',
  synopsis: '[options] <feed file>...',
  summary: 'Check latest*.yml / latest.json update feeds against the files they name.',
  options: [
    { name: 'dir', type: 'string', value: 'DIR', help: 'read the files from DIR (default: beside the feed; Tauri URLs are downloaded)' },
    { name: 'base-url', type: 'string', value: 'URL', help: 'download the files from URL + name instead' },
    { name: 'public-key', type: 'string', value: 'KEY', help: 'Tauri: the updater public key (pubkey of tauri.conf.json, .pub content or RW… line)' },
    { name: 'threads', type: 'string', value: 'N', help: 'hashing threads (default: every core)' },
  ],
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError('verify-feed needs the feed file to check (latest.yml, latest-mac.yml, latest.json…)', verifyFeedCommand);
    const source = optionSource(values);
    const dir = stringField(source, 'dir');
    const baseUrl = stringField(source, 'base-url');
    if (dir && baseUrl) throw new InputError(source.describe('base-url'), baseUrl, '--dir and --base-url cannot both be given');
    if (baseUrl && !/^https?:\/\/[^/]/i.test(baseUrl)) throw new InputError(source.describe('base-url'), baseUrl, 'it must be an absolute http(s) URL');
    const keyText = stringField(source, 'public-key');
    const publicKey = keyText ? parsePublicKey(keyText) : undefined;
    if (keyText && !publicKey) throw new InputError(source.describe('public-key'), keyText, PUBLIC_KEY_FORMS);
    const threads = source.read('threads') ? integerField(source, 'threads', { min: 1, max: 256 }) : undefined;
    let failed = 0;
    let total = 0;
    for (const feed of positionals) {
      const feedFile = path.resolve(feed);
      const report = await verifyFeed(
        { feedFile, ...(dir ? { dir: path.resolve(dir) } : {}), ...(baseUrl ? { baseUrl } : {}), ...(publicKey ? { publicKey } : {}) },
        threads ? { threads } : {},
      );
      for (const check of report.checks) {
        console.log(check.problem ? `FAILED ${check.problem}` : `OK ${path.basename(feed)}: ${check.entry} (${check.size} bytes, ${report.format === 'tauri' ? 'signature' : 'size and sha512'})`);
      }
      failed += report.problems.length;
      total += report.checks.length;
    }
    if (failed) throw new UserError(`${failed} of ${total} feed checks failed`);
    console.log(`all ${total} feed entries match`);
  },
});
