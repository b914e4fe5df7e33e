/**
 * One interface for every way release-kit signs a file. A signer is chosen by platform and method;
 * the codesign action prepares it once, hands it every file, records what it did, and always
 * cleans up — in the same process when it can, and from the `post:` step (through the leftovers it
 * declared) when the job failed or was cancelled.
 */

/** How a file is signed, in the words a release engineer uses. */
export type SignMethod =
  | 'pfx' // Authenticode with a .pfx/.p12 certificate (osslsigncode on Linux, signtool on Windows)
  | 'pkcs11' // Authenticode with a key in a PKCS#11 token/HSM
  | 'azure-trusted-signing'
  | 'azure-key-vault'
  | 'command' // the user's own command template with {file}
  | 'codesign' // macOS code signature (apps, Mach-O, frameworks, dmg)
  | 'productsign' // macOS installer package signature
  | 'gpg' // detached armored signature (.asc)
  | 'rpmsign' // signature inside an .rpm
  | 'debsigs' // signature inside a .deb
  | 'minisign'; // .minisig (and the Tauri updater .sig derived from it)

export type SignPlatform = 'windows' | 'macos' | 'linux';

/** What happened to one file: the `signed` output and the summary row. */
export interface SignatureRecord {
  /** The signed file, as given to the signer. */
  file: string;
  method: SignMethod;
  /** Certificate subject (Authenticode, Apple) or key user id (GPG, minisign comment). */
  subject?: string;
  /** SHA-1 thumbprint of the certificate, or the key fingerprint / key id. */
  thumbprint?: string;
  /** The RFC 3161 / Apple timestamp server that answered, when the signature is timestamped. */
  timestampServer?: string;
  /** Detached signature files written next to the file (.asc, .minisig, .sig). */
  signatureFiles?: string[];
  /** The signature was checked with the platform's own verifier after signing. */
  verified: boolean;
  /** Set when the file was left as it was (already signed by this certificate). */
  skipped?: 'already-signed';
}

/** Something a signer created that must not outlive the job. Serialisable: the post step reads it back. */
export type Leftover =
  | { kind: 'path'; path: string } // key material, temporary folders: removed recursively
  | { kind: 'gpg-home'; path: string } // a temporary GNUPGHOME: its agent killed, then the folder removed
  | { kind: 'keychain'; path: string; searchList: string[] }; // a temporary macOS keychain: deleted, search list restored

export interface Signer {
  readonly method: SignMethod;
  /** Imports keys, creates keychains, checks tools are present. Declares every leftover before creating it. */
  prepare(): Promise<void>;
  /** Signs every file (a copy first, then renamed over the original) and verifies each signature. */
  signAll(files: readonly string[]): Promise<SignatureRecord[]>;
  /** What `cleanup` (or the post step, if this process dies) must remove. */
  leftovers(): Leftover[];
  /** Removes every leftover; safe to call twice. */
  cleanup(): Promise<void>;
}
