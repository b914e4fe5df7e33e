import path from 'node:path';
import { parsePublicKey, PUBLIC_KEY_FORMS } from '../feed/minisign.js';
import { verifyFeed } from '../feed/verify.js';
import { InputError, UserError } from '../kit/errors.js';
import { integerField, stringField } from '../kit/inputs.js';
import { optionSource, UsageError, type Command } from './command.js';

export const verifyFeedCommand: Command = {
  name: 'verify-feed',
  usage: `release-kit verify-feed [options] <feed file>...   check latest*.yml / latest.json against the files they name
  --dir DIR          read the files from DIR (default: beside the feed; Tauri URLs are downloaded)
  --base-url URL     download the files from URL + name instead
  --public-key KEY   Tauri: the updater public key (pubkey of tauri.conf.json, .pub content or RW… line)
  --threads N        hashing threads (default: every core)`,
  options: {
    dir: { type: 'string' },
    'base-url': { type: 'string' },
    'public-key': { type: 'string' },
    threads: { type: 'string' },
  },
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError('verify-feed needs the feed file to check (latest.yml, latest-mac.yml, latest.json…)');
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
};
