import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError, errorMessage } from '../../kit/errors.js';
import type { ToolResult } from '../../kit/exec.js';
import type { AppleTools } from './apple-tools.js';

/** Parses `security list-keychains` output: one quoted path a line. */
export function parseKeychainList(stdout: string): string[] {
  const list: string[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^\s*"(.*)"\s*$/.exec(line);
    if (match?.[1]) list.push(match[1]);
  }
  return list;
}

/** A signing identity as `security find-identity` lists it. */
export interface Identity {
  /** SHA-1 of the certificate, 40 upper-case hex digits: what codesign/productsign are given. */
  sha1: string;
  /** The certificate's common name, e.g. `Developer ID Application: Example Ltd (AB12CD34EF)`. */
  name: string;
}

/** Parses `security find-identity -v` output (`  1) <SHA-1> "<name>"` lines). */
export function parseIdentities(stdout: string): Identity[] {
  const identities: Identity[] = [];
  const seen = new Set<string>();
  for (const line of stdout.split('\n')) {
    const match = /^\s*\d+\)\s+([0-9A-Fa-f]{40})\s+"(.*)"(?:\s+\(.*\))?\s*$/.exec(line);
    if (!match || seen.has(match[1]!.toUpperCase())) continue;
    seen.add(match[1]!.toUpperCase());
    identities.push({ sha1: match[1]!.toUpperCase(), name: match[2]! });
  }
  return identities;
}

const sameKeychain = (a: string, b: string): boolean => a === b || path.basename(a) === path.basename(b);

/** The user search list after our keychain is gone: the saved list, plus any keychain added since by someone else. */
export function restoredSearchList(saved: readonly string[], current: readonly string[], ours: string): string[] {
  const list = saved.filter((entry) => !sameKeychain(entry, ours));
  for (const entry of current) if (!sameKeychain(entry, ours) && !list.includes(entry)) list.push(entry);
  return list;
}

export interface CreatedKeychain {
  path: string;
  password: string;
  /** The user search list before this keychain was added. */
  searchList: string[];
}

export interface ImportedCertificate {
  /** The .p12 file (written 0600 by the caller). */
  file: string;
  password: string;
  /** Input names for error messages. */
  input: string;
  passwordInput: string;
}

function explainImport(result: ToolResult, certificate: ImportedCertificate): UserError {
  const said = `${result.stderr}\n${result.stdout}`;
  if (/MAC verification failed|wrong password|passphrase.*(incorrect|wrong)|-25264|-25293/i.test(said)) {
    return new UserError(`Input "${certificate.passwordInput}" is not the password of the .p12 certificate in input "${certificate.input}".`);
  }
  const line = said.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? `exit ${result.exitCode}`;
  return new UserError(`The certificate in input "${certificate.input}" could not be imported as a .p12 (PKCS#12) file: ${line}`);
}

/**
 * A fresh keychain for one job: created with a random password, never locking on its own,
 * unlocked, holding the imported identities with a partition list that lets codesign and
 * productsign use the keys without a prompt, and first on the user's search list.
 * `declare` is called with the keychain and the list to restore before anything is created.
 */
export async function createSigningKeychain(
  tools: AppleTools,
  keychainPath: string,
  certificates: readonly ImportedCertificate[],
  declare: (keychain: { path: string; searchList: string[] }) => void,
  afterImport: (certificate: ImportedCertificate) => Promise<void> = async () => {},
  mask: (secret: string) => void = () => {},
): Promise<CreatedKeychain> {
  const searchList = parseKeychainList((await tools.security(['list-keychains', '-d', 'user'])).stdout);
  declare({ path: keychainPath, searchList });
  const password = randomBytes(24).toString('base64url');
  mask(password);
  const secrets = [password, ...certificates.map((c) => c.password).filter(Boolean)];
  await tools.security(['create-keychain', '-p', password, keychainPath], { secrets });
  // No -t: the keychain never locks on a timeout; no -l: nor when the machine sleeps.
  await tools.security(['set-keychain-settings', keychainPath], { secrets });
  await tools.security(['unlock-keychain', '-p', password, keychainPath], { secrets });
  for (const certificate of certificates) {
    const imported = await tools.security(
      ['import', certificate.file, '-k', keychainPath, '-f', 'pkcs12', '-P', certificate.password, '-T', '/usr/bin/codesign', '-T', '/usr/bin/productsign'],
      { secrets, allowFailure: true },
    );
    await afterImport(certificate);
    if (imported.exitCode !== 0) throw explainImport(imported, certificate);
  }
  await tools.security(['set-key-partition-list', '-S', 'apple-tool:,apple:,codesign:', '-s', '-k', password, keychainPath], { secrets });
  await tools.security(['list-keychains', '-d', 'user', '-s', keychainPath, ...searchList.filter((entry) => !sameKeychain(entry, keychainPath))], { secrets });
  return { path: keychainPath, password, searchList };
}

/**
 * Deletes the keychain (if still there) and puts the user search list back as it was, keeping any
 * keychain another step added meanwhile. Returns what could not be done.
 */
export async function removeKeychain(tools: AppleTools, keychain: { path: string; searchList: readonly string[] }): Promise<string[]> {
  const problems: string[] = [];
  try {
    const deleted = await tools.security(['delete-keychain', keychain.path], { allowFailure: true });
    if (deleted.exitCode !== 0 && !/could not be found|does not exist|No such/i.test(deleted.stderr)) {
      problems.push(`security delete-keychain ${keychain.path} failed: ${deleted.stderr.trim() || `exit ${deleted.exitCode}`}`);
    }
  } catch (error) {
    problems.push(`security delete-keychain ${keychain.path}: ${errorMessage(error)}`);
  }
  // security deletes the file too; one it could not open (damaged, say) is removed all the same.
  await rm(keychain.path, { force: true }).catch((error: Error) => problems.push(`Cannot remove ${keychain.path}: ${error.message}`));
  try {
    const current = await tools.security(['list-keychains', '-d', 'user'], { allowFailure: true });
    const list = restoredSearchList(keychain.searchList, current.exitCode === 0 ? parseKeychainList(current.stdout) : [], keychain.path);
    await tools.security(['list-keychains', '-d', 'user', '-s', ...list]);
  } catch (error) {
    problems.push(`Restoring the keychain search list: ${errorMessage(error)}`);
  }
  return problems;
}
