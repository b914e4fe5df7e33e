import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { valid as validSemver } from 'semver';
import { z } from 'zod';
import { channelOfVersion, DEFAULT_CHANNELS, STABLE } from '../../feed/channels.js';
import { parsePublicKey, PUBLIC_KEY_FORMS } from '../../feed/minisign.js';
import { InputError } from '../../kit/errors.js';
import { choiceField, choiceListField, field, integerField, linesField, splitList, stringField, type InputSource } from '../../kit/inputs.js';

export interface UpdateFeedSettings {
  workspace: string;
  patterns: string[];
  version: string;
  tag?: string;
  electron: boolean;
  tauri: boolean;
  /** Globs of release names each feed covers; every file when absent. */
  electronFiles?: string[];
  tauriFiles?: string[];
  /** Given explicitly: electron URLs are absolute too. */
  baseUrl?: string;
  /** The GitHub release download URL of the tag, when known. */
  defaultBaseUrl?: string;
  channel: string;
  knownChannels: string[];
  stagingPercentage?: number;
  tauriPlatforms: string[];
  tauriWindowsInstaller: 'nsis' | 'msi';
  tauriPublicKey?: string;
  notes: string;
  /** Absolute; undefined: the folder holding the files. */
  outputDir?: string;
  releaseDate: string;
}

export interface FeedEnvironment {
  workspace: string;
  ref?: string;
  repository?: string;
  serverUrl?: string;
  now?: () => Date;
}

const CHANNEL = /^[a-z][a-z0-9-]*$/;
const PLATFORM_KEY = /^(darwin|linux|windows)-(x86_64|aarch64|i686|armv7)(-(app|appimage|deb|rpm|nsis|msi))?$/;

function urlField(source: InputSource, name: string): string | undefined {
  const value = stringField(source, name);
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(source.describe(name), value, 'it must be an absolute http(s) URL, such as https://example.com/downloads/1.2.0/');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InputError(source.describe(name), value, 'it must be an http or https URL');
  if (/\/releases\/download\/untagged-/.test(url.pathname)) {
    throw new InputError(source.describe(name), value, 'it points to a draft release ("untagged-…"), whose URLs stop working once it is published; use the tag (…/releases/download/v1.2.0/)');
  }
  return value.endsWith('/') ? value : `${value}/`;
}

/** Reads and checks every input once, into one typed settings object. */
export function getUpdateFeedSettings(source: InputSource, env: FeedEnvironment): UpdateFeedSettings {
  const patterns = linesField(source, 'files', { required: true });
  // `both` and `electron,tauri` (the plan action's output) mean the same.
  const feeds = choiceListField(source, 'feeds', ['electron', 'tauri', 'both'] as const, { required: true });
  const electron = feeds.includes('electron') || feeds.includes('both');
  const tauri = feeds.includes('tauri') || feeds.includes('both');
  const scope = (name: string, on: boolean): string[] | undefined => {
    const globs = linesField(source, name);
    if (globs.length && !on) throw new InputError(source.describe(name), globs.join('\n'), `it scopes the ${name.replace('-files', '')} feed, which feeds does not ask for`);
    return globs.length ? globs : undefined;
  };
  const electronFiles = scope('electron-files', electron);
  const tauriFiles = scope('tauri-files', tauri);
  const pushed = env.ref?.startsWith('refs/tags/') ? env.ref.slice('refs/tags/'.length) : undefined;
  const tag = stringField(source, 'tag') || pushed;
  const versionInput = stringField(source, 'version');
  let version: string;
  if (versionInput) {
    const cleaned = versionInput.replace(/^v/, '');
    if (!validSemver(cleaned)) throw new InputError(source.describe('version'), versionInput, 'it must be a semantic version such as 1.2.0 or 1.2.0-beta.3');
    version = cleaned;
  } else {
    if (!tag) throw new InputError(source.describe('version'), '', 'it is required when the workflow was not started by a tag push (or give tag)');
    const fromTag = tag.replace(/^[^\d]*/, '');
    if (!validSemver(fromTag)) {
      throw new InputError(source.describe('version'), '', `it is required: the tag ${JSON.stringify(tag)} does not end in a semantic version (v1.2.0, app-v1.2.0-beta.3)`);
    }
    version = fromTag;
  }
  // The plan says `stable` for what electron-updater calls `latest`: both are the stable channel.
  const channelRaw = stringField(source, 'channel').toLowerCase();
  const channelInput = channelRaw === 'stable' ? STABLE : channelRaw;
  if (channelInput && !CHANNEL.test(channelInput)) {
    throw new InputError(source.describe('channel'), channelInput, 'it must be a channel name: lowercase letters, digits and "-", starting with a letter (latest, beta, alpha…)');
  }
  const fromVersion = channelOfVersion(version);
  const channel = channelInput || fromVersion;
  if (!channel) {
    throw new InputError(source.describe('channel'), '', `it is required: the version ${version} has no channel name in its prerelease part (as in 1.2.0-beta.3)`);
  }
  const knownRaw = source.read('channels');
  const knownChannels = knownRaw ? splitList(knownRaw.toLowerCase()) : [...DEFAULT_CHANNELS];
  const badChannel = knownChannels.find((name) => !CHANNEL.test(name) || name === STABLE);
  if (badChannel !== undefined) {
    throw new InputError(source.describe('channels'), knownRaw, `${JSON.stringify(badChannel)} is not allowed; list the channels below stable, least stable first (e.g. "alpha, beta, rc"), without "latest"`);
  }
  const staging = source.read('staging-percentage') ? integerField(source, 'staging-percentage', { min: 0, max: 100 }) : undefined;
  const tauriPlatforms = splitList(source.read('tauri-platforms'));
  const badKey = tauriPlatforms.find((key) => !PLATFORM_KEY.test(key));
  if (badKey !== undefined) {
    throw new InputError(
      source.describe('tauri-platforms'),
      source.read('tauri-platforms'),
      `${JSON.stringify(badKey)} is not a Tauri platform key; keys are {os}-{arch} or {os}-{arch}-{installer}: darwin|linux|windows, x86_64|aarch64|i686|armv7, app|appimage|deb|rpm|nsis|msi (e.g. darwin-aarch64, windows-x86_64-msi)`,
    );
  }
  const notesText = stringField(source, 'notes');
  const notesFile = stringField(source, 'notes-file');
  if (notesText && notesFile) throw new InputError(source.describe('notes-file'), notesFile, 'notes and notes-file cannot both be given');
  let notes = notesText;
  if (notesFile) {
    try {
      notes = readFileSync(path.resolve(env.workspace, notesFile), 'utf8').trim();
    } catch {
      throw new InputError(source.describe('notes-file'), notesFile, 'it must name a readable file (relative to the workspace)');
    }
  }
  const outputInput = stringField(source, 'output-dir');
  let outputDir: string | undefined;
  if (outputInput) {
    outputDir = path.resolve(env.workspace, outputInput);
    const relative = path.relative(env.workspace, outputDir);
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw new InputError(source.describe('output-dir'), outputInput, 'it must be a folder inside the workspace');
    if (statSync(outputDir, { throwIfNoEntry: false })?.isFile()) throw new InputError(source.describe('output-dir'), outputInput, 'it must be a folder, not a file');
  }
  const releaseDate = field(
    source,
    'release-date',
    z.string().refine((text) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text))).transform((text) => new Date(text).toISOString()),
    'it must be an ISO 8601 date and time with a zone, such as 2026-05-01T12:00:00Z',
    { default: (env.now?.() ?? new Date()).toISOString() },
  );
  const keyInput = stringField(source, 'public-key');
  const tauriPublicKey = keyInput ? parsePublicKey(keyInput) : undefined;
  if (keyInput && !tauriPublicKey) throw new InputError(source.describe('public-key'), keyInput, PUBLIC_KEY_FORMS);
  const baseUrl = urlField(source, 'base-url');
  const repository = env.repository ?? '';
  const server = (env.serverUrl || 'https://github.com').replace(/\/$/, '');
  const defaultBaseUrl = tag && /^[\w.-]+\/[\w.-]+$/.test(repository) ? `${server}/${repository}/releases/download/${encodeURIComponent(tag)}/` : undefined;
  return {
    workspace: env.workspace,
    patterns,
    version,
    ...(tag ? { tag } : {}),
    electron,
    tauri,
    ...(electronFiles ? { electronFiles } : {}),
    ...(tauriFiles ? { tauriFiles } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(defaultBaseUrl ? { defaultBaseUrl } : {}),
    channel,
    knownChannels,
    ...(staging !== undefined ? { stagingPercentage: staging } : {}),
    tauriPlatforms,
    tauriWindowsInstaller: choiceField(source, 'tauri-windows-installer', ['nsis', 'msi'] as const, { default: 'nsis' }),
    ...(tauriPublicKey ? { tauriPublicKey } : {}),
    notes,
    ...(outputDir ? { outputDir } : {}),
    releaseDate,
  };
}
