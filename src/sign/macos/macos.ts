import { lstat, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError, errorMessage } from '../../kit/errors.js';
import { removeLeftovers } from '../leftovers.js';
import { withTemporarySibling } from '../leftovers.js';
import { createPrivateDir, decodeBase64, privateDirPath, writePrivateFile } from '../private-files.js';
import type { Leftover, SignatureRecord, Signer, SignMethod } from '../signer.js';
import { realAppleTools, type AppleTools } from './apple-tools.js';
import { deepestFirst, isBundlePath, isMachO, nestedCode } from './bundle.js';
import { createSigningKeychain, parseIdentities, type CreatedKeychain, type Identity, type ImportedCertificate } from './keychain.js';

/** Input names used in the macOS signer's error messages. */
export interface MacosInputNames {
  certificate?: string;
  certificatePassword?: string;
  installerCertificate?: string;
  installerCertificatePassword?: string;
  identity?: string;
  installerIdentity?: string;
  entitlements?: string;
}

/** Options of the macOS signer: certificates as base64 .p12, which identities, how to sign. */
export interface MacosSignerOptions {
  /** base64 of a .p12 holding the Developer ID Application identity (it may hold the Installer one too). */
  certificate?: string;
  certificatePassword?: string;
  /** base64 of a .p12 holding the Developer ID Installer identity, when it is not in `certificate`. */
  installerCertificate?: string;
  installerCertificatePassword?: string;
  /** Application identity: SHA-1 or part of its name; default the only one (a "Developer ID Application" one preferred). */
  identity?: string;
  /** Installer identity for .pkg: SHA-1 or part of its name; default the only "Installer" one. */
  installerIdentity?: string;
  /** Entitlements plist for the apps and binaries given (not for code nested inside them). */
  entitlements?: string;
  /** Entitlements plist for nested helper apps, XPC services and executables (Electron's "inherit"). */
  nestedEntitlements?: string;
  /** Hardened runtime (`--options runtime`), required for notarization; default true. */
  hardenedRuntime?: boolean;
  /** Apple's secure timestamp (`--timestamp`), required for notarization; default true. */
  timestamp?: boolean;
  /** Gatekeeper assessment with `spctl -a -vv` after signing; default true. */
  assess?: boolean;
  /** Folder for the keychain and the .p12 files (RUNNER_TEMP in a workflow). */
  tempRoot: string;
  /** Apple's tools; the real ones by default. */
  tools?: AppleTools;
  /** Called with every secret the signer makes up (the keychain's random password) so the log hides it. */
  mask?: (secret: string) => void;
  inputNames?: MacosInputNames;
}

/** What `spctl -a -vv` said about a signed file. */
export interface Assessment {
  file: string;
  /** accepted; rejected only because it is not notarized yet (expected before notarization); or not assessed (frameworks, dylibs, bare binaries). */
  outcome: 'accepted' | 'unnotarized' | 'not-assessed';
  detail: string;
}

type Kind = 'bundle' | 'code' | 'pkg' | 'dmg';

const APPLE_TIMESTAMP = 'timestamp.apple.com';

const defaults = (given: MacosInputNames | undefined): Required<MacosInputNames> => ({
  certificate: given?.certificate ?? 'macos-certificate',
  certificatePassword: given?.certificatePassword ?? 'macos-certificate-password',
  installerCertificate: given?.installerCertificate ?? 'macos-installer-certificate',
  installerCertificatePassword: given?.installerCertificatePassword ?? 'macos-installer-certificate-password',
  identity: given?.identity ?? 'macos-identity',
  installerIdentity: given?.installerIdentity ?? 'macos-installer-identity',
  entitlements: given?.entitlements ?? 'entitlements',
});

/** Chooses an identity by SHA-1 or name part, or the only (preferred) one. */
export function chooseIdentity(identities: readonly Identity[], wanted: string | undefined, prefer: RegExp, what: string, input: string): Identity {
  const listed = identities.map((i) => `${i.name} (${i.sha1})`).join(', ') || 'none';
  if (wanted?.trim()) {
    const w = wanted.trim();
    const matches = identities.filter((i) => i.sha1 === w.toUpperCase() || i.name === w || i.name.toLowerCase().includes(w.toLowerCase()));
    if (matches.length === 1) return matches[0]!;
    throw new UserError(
      `Input "${input}" has the value ${JSON.stringify(w)}, but ${matches.length === 0 ? `no ${what} identity in the certificates matches it` : `${matches.length} ${what} identities in the certificates match it; give the SHA-1`}; they hold: ${listed}.`,
    );
  }
  const preferred = identities.filter((i) => prefer.test(i.name));
  const pool = preferred.length > 0 ? preferred : identities;
  if (pool.length === 1) return pool[0]!;
  if (pool.length === 0) throw new UserError(`The certificates hold no valid ${what} identity (they hold: ${listed}).`);
  throw new UserError(`The certificates hold ${pool.length} ${what} identities (${listed}); choose one with input "${input}".`);
}

async function kindOf(file: string): Promise<Kind> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) throw new UserError(`${file} does not exist.`);
  const ext = path.extname(file).toLowerCase();
  if (info.isDirectory()) {
    if (isBundlePath(file)) return 'bundle';
    throw new UserError(`${file} is a folder but not a code bundle (.app, .framework, .xpc, .appex, .bundle, .plugin); give the bundle itself.`);
  }
  if (!info.isFile()) throw new UserError(`${file} is not a regular file or bundle.`);
  if (ext === '.pkg' || ext === '.mpkg') return 'pkg';
  if (ext === '.dmg') return 'dmg';
  if (await isMachO(file)) return 'code';
  throw new UserError(`${file} is not something macOS signs: give an .app or other bundle, a Mach-O binary or .dylib, a .pkg or a .dmg (sign an app before zipping it).`);
}

const ORDER: Record<Kind, number> = { bundle: 0, code: 0, pkg: 1, dmg: 2 };

/**
 * macOS code signatures: the .p12 imported into a temporary keychain, every bundle signed
 * inside-out (nested code deepest first, then the bundle) with the hardened runtime and Apple's
 * timestamp, installer packages signed with `productsign`, disk images after the apps; each
 * checked with `codesign --verify --deep --strict` and Gatekeeper's `spctl -a -vv`. Each file is
 * signed as a copy (made with ditto) that replaces the original only once it verifies.
 */
export class MacosSigner implements Signer {
  readonly method: SignMethod = 'codesign';
  readonly options: MacosSignerOptions;
  readonly tools: AppleTools;
  #leftovers: Leftover[] = [];
  #keychain: CreatedKeychain | undefined;
  #identities: Identity[] = [];
  #allIdentities: Identity[] = [];
  #assessments: Assessment[] = [];

  constructor(options: MacosSignerOptions) {
    this.options = options;
    this.tools = options.tools ?? realAppleTools;
  }

  /** The Gatekeeper outcome of each file signed so far. */
  assessments(): Assessment[] {
    return [...this.#assessments];
  }

  get #names(): Required<MacosInputNames> {
    return defaults(this.options.inputNames);
  }

  get keychain(): CreatedKeychain {
    if (!this.#keychain) throw new Error('MacosSigner used before prepare()');
    return this.#keychain;
  }

  async prepare(): Promise<void> {
    const names = this.#names;
    if (this.tools === realAppleTools && process.platform !== 'darwin') {
      throw new UserError(`macOS signing needs a macOS runner: security, codesign and productsign exist only there (this is ${process.platform}). Run this step on a macos-* runner.`);
    }
    const given: Array<{ base64: string; password: string; input: string; passwordInput: string }> = [];
    if (this.options.certificate?.trim()) {
      given.push({ base64: this.options.certificate, password: this.options.certificatePassword ?? '', input: names.certificate, passwordInput: names.certificatePassword });
    }
    if (this.options.installerCertificate?.trim()) {
      given.push({
        base64: this.options.installerCertificate,
        password: this.options.installerCertificatePassword ?? '',
        input: names.installerCertificate,
        passwordInput: names.installerCertificatePassword,
      });
    }
    if (given.length === 0) throw new UserError(`Input "${names.certificate}" is empty; give the signing certificate as base64 of a .p12 file.`);
    // Decode everything before creating anything: corrupt base64 fails with nothing to clean.
    const decoded = given.map((c) => {
      const bytes = decodeBase64(c.base64, `Input "${c.input}"`);
      if (bytes.length < 64 || bytes[0] !== 0x30) throw new UserError(`Input "${c.input}" is base64, but not of a .p12 (PKCS#12) file.`);
      return { ...c, bytes };
    });

    const dir = privateDirPath(this.options.tempRoot, 'release-kit-p12-');
    this.#leftovers.push({ kind: 'path', path: dir });
    await createPrivateDir(dir);
    const certificates: ImportedCertificate[] = [];
    for (const [i, c] of decoded.entries()) {
      const file = path.join(dir, `certificate-${i}.p12`);
      await writePrivateFile(file, c.bytes);
      certificates.push({ file, password: c.password, input: c.input, passwordInput: c.passwordInput });
    }
    const keychainPath = `${privateDirPath(this.options.tempRoot, 'release-kit-')}.keychain-db`;
    this.#keychain = await createSigningKeychain(
      this.tools,
      keychainPath,
      certificates,
      (keychain) => this.#leftovers.push({ kind: 'keychain', path: keychain.path, searchList: keychain.searchList }),
      // The .p12 is in the keychain now (or was refused): it has no reason to stay on disk.
      async (certificate) => rm(certificate.file, { force: true }),
      this.options.mask,
    );
    await rm(dir, { recursive: true, force: true });

    this.#identities = parseIdentities((await this.tools.security(['find-identity', '-v', '-p', 'codesigning', keychainPath])).stdout);
    this.#allIdentities = parseIdentities((await this.tools.security(['find-identity', '-v', keychainPath])).stdout);
    if (this.#allIdentities.length === 0 && this.#identities.length === 0) {
      throw new UserError(`The certificate in input "${names.certificate}" holds no identity (a certificate together with its private key); export both from Keychain Access as a .p12.`);
    }
  }

  #applicationIdentity(): Identity {
    return chooseIdentity(this.#identities, this.options.identity, /^Developer ID Application:/, 'code signing', this.#names.identity);
  }

  #installerIdentity(): Identity {
    const installers = this.#allIdentities.filter((i) => /Installer/i.test(i.name));
    return chooseIdentity(installers, this.options.installerIdentity, /^Developer ID Installer:/, 'installer', this.#names.installerIdentity);
  }

  /** The codesign arguments for one item. */
  codesignArguments(target: string, identity: Identity, role: 'top' | 'nested' | 'dmg'): string[] {
    const args = ['--force'];
    args.push(this.options.timestamp === false ? '--timestamp=none' : '--timestamp');
    if (role !== 'dmg' && this.options.hardenedRuntime !== false) args.push('--options', 'runtime');
    const entitlements = role === 'top' ? this.options.entitlements : role === 'nested' ? this.options.nestedEntitlements : undefined;
    if (entitlements) args.push('--entitlements', entitlements);
    args.push('--keychain', this.keychain.path, '--sign', identity.sha1, target);
    return args;
  }

  async signAll(files: readonly string[]): Promise<SignatureRecord[]> {
    const kinds = new Map<string, Kind>();
    for (const file of files) kinds.set(file, await kindOf(file));
    const needsCode = [...kinds.values()].some((k) => k !== 'pkg');
    const needsInstaller = [...kinds.values()].includes('pkg');
    // Both identities are resolved before the first file is touched.
    const application = needsCode ? this.#applicationIdentity() : undefined;
    const installer = needsInstaller ? this.#installerIdentity() : undefined;

    // Apps and binaries first, then installers, then disk images (which may hold either).
    const order = [...files].sort((a, b) => ORDER[kinds.get(a)!] - ORDER[kinds.get(b)!]);
    const records = new Map<string, SignatureRecord>();
    for (const file of order) {
      const kind = kinds.get(file)!;
      const identity = kind === 'pkg' ? installer! : application!;
      await this.#signOne(file, kind, identity);
      records.set(file, {
        file,
        method: kind === 'pkg' ? 'productsign' : 'codesign',
        subject: identity.name,
        thumbprint: identity.sha1,
        ...(this.options.timestamp === false ? {} : { timestampServer: APPLE_TIMESTAMP }),
        verified: true,
      });
    }
    return files.map((file) => records.get(file)!);
  }

  async #signOne(file: string, kind: Kind, identity: Identity): Promise<void> {
    await withTemporarySibling(file, '.release-kit-sign-', async (workDir) => {
      await mkdir(workDir, { mode: 0o700 });
      const copy = path.join(workDir, path.basename(file));
      if (kind === 'pkg') {
        const args = ['--sign', identity.sha1, '--keychain', this.keychain.path];
        if (this.options.timestamp !== false) args.push('--timestamp');
        await this.tools.productsign([...args, file, copy]);
      } else {
        // ditto keeps symbolic links, permissions and extended attributes: a bundle copied any other way may not verify.
        await this.tools.ditto([file, copy]);
        if (kind === 'bundle') {
          for (const nested of deepestFirst(await nestedCode(copy))) {
            await this.tools.codesign(this.codesignArguments(nested, identity, 'nested'));
          }
        }
        await this.tools.codesign(this.codesignArguments(copy, identity, kind === 'dmg' ? 'dmg' : 'top'));
      }
      await this.#verify(file, copy, kind);
      await this.#replace(file, copy, workDir);
    });
  }

  async #verify(file: string, copy: string, kind: Kind): Promise<void> {
    if (kind !== 'pkg') {
      const verified = await this.tools.codesign(['--verify', '--deep', '--strict', '--verbose=2', copy], { allowFailure: true });
      if (verified.exitCode !== 0) {
        throw new UserError(`The signature of ${file} does not verify (codesign --verify --deep --strict): ${verified.stderr.trim().split('\n').slice(-3).join(' ')}`);
      }
    }
    const type = kind === 'pkg' ? ['-t', 'install'] : kind === 'dmg' ? ['-t', 'open', '--context', 'context:primary-signature'] : path.extname(file).toLowerCase() === '.app' ? ['-t', 'execute'] : undefined;
    if (!type || this.options.assess === false) {
      this.#assessments.push({ file, outcome: 'not-assessed', detail: type ? 'assessment turned off' : 'Gatekeeper assesses apps, installers and disk images only' });
      return;
    }
    const assessed = await this.tools.spctl(['-a', '-vv', ...type, copy], { allowFailure: true });
    const said = `${assessed.stderr}\n${assessed.stdout}`.trim();
    if (assessed.exitCode === 0) this.#assessments.push({ file, outcome: 'accepted', detail: said });
    // Before notarization Gatekeeper rejects a Developer ID signature for that reason alone: expected here.
    else if (/Unnotarized Developer ID/i.test(said)) this.#assessments.push({ file, outcome: 'unnotarized', detail: said });
    else throw new UserError(`Gatekeeper rejects ${file} (spctl -a -vv ${type.join(' ')}): ${said.split('\n').slice(-3).join(' ')}`);
  }

  /** Puts the signed copy where the original was; the original comes back if that fails. */
  async #replace(file: string, copy: string, workDir: string): Promise<void> {
    const old = path.join(workDir, `${path.basename(file)}.original`);
    await rename(file, old);
    try {
      await rename(copy, file);
    } catch (error) {
      await rename(old, file);
      throw new UserError(`Cannot put the signed ${file} in place: ${errorMessage(error)}`);
    }
  }

  leftovers(): Leftover[] {
    return [...this.#leftovers];
  }

  async cleanup(): Promise<void> {
    const problems = await removeLeftovers(this.#leftovers, { apple: this.tools });
    this.#leftovers = [];
    this.#keychain = undefined;
    if (problems.length > 0) throw new UserError(`Cleaning up after macOS signing: ${problems.join('; ')}`);
  }
}
