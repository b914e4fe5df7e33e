/**
 * Tauri's updater signatures are minisign signatures, stored base64-encoded: a `.sig` file holds the
 * base64 of a whole `.minisig` file, and `tauri.conf.json`'s `pubkey` the base64 of a minisign public
 * key file. These helpers convert between the two and check a signature with `minisign -V`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { runTool } from '../kit/exec.js';

const COMMENT = 'untrusted comment:';

function decodeBase64Text(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64').toString('utf8');
}

/** A minisign signature file: untrusted comment, signature, trusted comment, global signature. */
function isMinisignSignature(text: string): boolean {
  const lines = text.trimEnd().split(/\r?\n/);
  return lines.length === 4 && lines[0]!.startsWith(COMMENT) && lines[2]!.startsWith('trusted comment:');
}

/**
 * The signature as Tauri's `latest.json` carries it (base64 of the `.minisig` text), from the content
 * of a `.sig` file in either form: Tauri's base64, or a plain minisign signature file.
 */
export function tauriSignature(content: string, file: string): string {
  const text = content.trim();
  if (text.startsWith(COMMENT)) {
    if (!isMinisignSignature(text)) throw new UserError(`${file} is not a minisign signature file (four lines, starting with "untrusted comment:").`);
    return Buffer.from(`${text}\n`).toString('base64');
  }
  const decoded = decodeBase64Text(text);
  if (decoded === undefined || !isMinisignSignature(decoded)) {
    throw new UserError(`${file} is not a Tauri updater signature (the base64 of a minisign signature, as "tauri build" writes it with TAURI_SIGNING_PRIVATE_KEY set).`);
  }
  return text.replace(/\s+/g, '');
}

/** The `.minisig` text of a Tauri signature. */
export function minisignText(signature: string, where: string): string {
  const decoded = decodeBase64Text(signature);
  if (decoded === undefined || !isMinisignSignature(decoded)) throw new UserError(`The signature of ${where} is not the base64 of a minisign signature.`);
  return decoded.endsWith('\n') ? decoded : `${decoded}\n`;
}

/** The forms `parsePublicKey` accepts, for error messages. */
export const PUBLIC_KEY_FORMS = "it must be a minisign public key: Tauri's pubkey (from tauri.conf.json), the content of the .pub file, or its key line (RW…)";

/**
 * A minisign public key as `minisign -P` takes it, from any of the forms users hold: Tauri's `pubkey`
 * (base64 of the key file), the key file's content, or the bare key line (`RW…`). Undefined otherwise.
 */
export function parsePublicKey(value: string): string | undefined {
  const text = value.trim();
  const fromFile = (file: string): string | undefined => {
    const lines = file.trim().split(/\r?\n/);
    return lines.length === 2 && lines[0]!.startsWith(COMMENT) ? lines[1]!.trim() : undefined;
  };
  const line = /^RW[A-Za-z0-9+/]+={0,2}$/.test(text) ? text : text.startsWith(COMMENT) ? fromFile(text) : fromFile(decodeBase64Text(text) ?? '');
  // Ed25519 public keys: "Ed", 8-byte key id, 32-byte key → 42 bytes, 56 base64 characters.
  return line && /^RW[A-Za-z0-9+/]{54}$/.test(line) ? line : undefined;
}

export interface SignatureCheck {
  ok: boolean;
  /** What minisign said, when it refused. */
  message?: string;
}

/** Checks `file` against a Tauri signature with `minisign -V`. */
export async function verifyTauriSignature(file: string, signature: string, publicKey: string): Promise<SignatureCheck> {
  const dir = await mkdtemp(path.join(tmpdir(), 'release-kit-minisig-'));
  try {
    const sigFile = path.join(dir, 'signature.minisig');
    await writeFile(sigFile, minisignText(signature, path.basename(file)));
    const result = await runTool('minisign', ['-V', '-q', '-P', publicKey, '-m', file, '-x', sigFile], { allowFailure: true, timeoutMs: 120_000 });
    if (result.exitCode === 0) return { ok: true };
    return { ok: false, message: (result.stderr || result.stdout).trim().split('\n').pop() || `minisign exit ${result.exitCode}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
