import { runTool } from '../kit/exec.js';

export type AuthenticodeStatus = 'signed' | 'unsigned' | 'invalid';

export interface AuthenticodeVerdict {
  status: AuthenticodeStatus;
  /** The signer's subject, when a signature is there. */
  subject?: string;
  /** Why the signature does not count, in the verifier's words. */
  detail?: string;
}

/** Reads `osslsigncode verify`'s answer: no signature, a signature that verifies, or one that does not (and why). */
export function parseOsslsigncodeVerify(exitCode: number, output: string): AuthenticodeVerdict {
  const subject = /Signer #0:\s*\n\s*Subject:\s*(.+)/.exec(output)?.[1]?.trim();
  const withSubject = subject ? { subject } : {};
  if (/No signature found|file has no signature/i.test(output)) return { status: 'unsigned' };
  const verified = Number(/Number of verified signatures: (\d+)/.exec(output)?.[1] ?? '0');
  if (exitCode === 0 && verified > 0) return { status: 'signed', ...withSubject };
  if (/MISMATCH/.test(output)) return { status: 'invalid', ...withSubject, detail: 'the file was changed after it was signed (digest mismatch)' };
  const reason = /^\s*Error: (.+)$/m.exec(output)?.[1]?.trim() ?? /^.*(?:error|failed).*$/im.exec(output)?.[0]?.trim() ?? `osslsigncode verify exited ${exitCode}`;
  return { status: 'invalid', ...withSubject, detail: reason };
}

/** Checks one PE, MSI or MSIX with `osslsigncode verify` (the CA bundle decides which roots are trusted). */
export async function verifyAuthenticode(file: string, caBundle?: string): Promise<AuthenticodeVerdict> {
  const ca = caBundle ? ['-CAfile', caBundle, '-TSA-CAfile', caBundle] : [];
  const { exitCode, stdout, stderr } = await runTool('osslsigncode', ['verify', ...ca, '-in', file], { allowFailure: true, timeoutMs: 120_000 });
  return parseOsslsigncodeVerify(exitCode, `${stdout}\n${stderr}`);
}
