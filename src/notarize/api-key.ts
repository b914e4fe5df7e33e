import { importPKCS8, SignJWT, type CryptoKey } from 'jose';
import { UserError } from '../kit/errors.js';

/** The audience every App Store Connect (and Notary API) token names. */
export const AUDIENCE = 'appstoreconnect-v1';
/** Apple refuses tokens that live longer than 20 minutes; 15 leaves room for clock skew. */
export const TOKEN_LIFETIME_SECONDS = 15 * 60;
/** A token is renewed when less than this is left of it, so no request carries one about to expire. */
const RENEW_BEFORE_SECONDS = 60;

const PEM = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/;

/**
 * The PEM of an App Store Connect API key, from what users store in a secret: the .p8 file's contents,
 * the same with `\n` escapes (one-line secrets), the file base64-encoded, or the bare base64 body.
 * Returns undefined when the text is none of these.
 */
export function keyPem(raw: string): string | undefined {
  const text = raw.trim().replace(/\\n/g, '\n');
  const direct = PEM.exec(text);
  if (direct) return direct[0];
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/=]+$/.test(compact)) return undefined;
  const decoded = PEM.exec(Buffer.from(compact, 'base64').toString('utf8'));
  if (decoded) return decoded[0];
  // The body alone (no BEGIN/END lines): a DER PKCS#8 EC key starts with a SEQUENCE (0x30).
  if (Buffer.from(compact, 'base64')[0] === 0x30) return `-----BEGIN PRIVATE KEY-----\n${compact.match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----`;
  return undefined;
}

/**
 * Reads the API key as an ES256 signing key; anything else is one clear error that names the input
 * (`label`) and never shows the value.
 */
export async function importApiKey(raw: string, label = 'Input "api-key"'): Promise<{ key: CryptoKey; pem: string }> {
  const expected =
    'it must be the contents of the AuthKey_<KEY ID>.p8 file App Store Connect gave you (a PKCS#8 PEM EC P-256 private key starting with ' +
    '"-----BEGIN PRIVATE KEY-----"), or that file base64-encoded';
  const pem = keyPem(raw);
  if (!pem) throw new UserError(`${label} is not an App Store Connect API key: ${expected}.`);
  try {
    return { key: await importPKCS8(pem, 'ES256'), pem };
  } catch {
    throw new UserError(`${label} is not an App Store Connect API key: it holds a private key, but not an EC P-256 (ES256) one; ${expected}.`);
  }
}

export interface TokenOptions {
  /** Seconds since the epoch; injectable so tests can step past an expiry. */
  now?: () => number;
  /** Called with every new token before it is used: the place to mask it. */
  onToken?: (token: string) => void;
  lifetimeSeconds?: number;
}

/**
 * Signed tokens for the Notary API: header `{ alg: ES256, kid, typ: JWT }`, claims `iss`, `iat`,
 * `exp` (15 minutes on), `aud: appstoreconnect-v1`. One token serves until a minute before it expires;
 * a long wait gets fresh ones as it goes.
 */
export class NotaryTokens {
  readonly #key: CryptoKey;
  readonly #keyId: string;
  readonly #issuer: string;
  readonly #now: () => number;
  readonly #onToken: (token: string) => void;
  readonly #lifetime: number;
  #current: { token: string; expires: number } | undefined;

  constructor(key: CryptoKey, keyId: string, issuer: string, options: TokenOptions = {}) {
    this.#key = key;
    this.#keyId = keyId;
    this.#issuer = issuer;
    this.#now = options.now ?? (() => Math.floor(Date.now() / 1000));
    this.#onToken = options.onToken ?? (() => undefined);
    this.#lifetime = Math.min(options.lifetimeSeconds ?? TOKEN_LIFETIME_SECONDS, 20 * 60);
  }

  async token(): Promise<string> {
    const now = this.#now();
    if (this.#current && this.#current.expires - now > RENEW_BEFORE_SECONDS) return this.#current.token;
    const expires = now + this.#lifetime;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: this.#keyId, typ: 'JWT' })
      .setIssuer(this.#issuer)
      .setIssuedAt(now)
      .setExpirationTime(expires)
      .setAudience(AUDIENCE)
      .sign(this.#key);
    this.#onToken(token);
    this.#current = { token, expires };
    return token;
  }

  /** Forgets the current token (after a 401), so the next request signs a new one. */
  invalidate(): void {
    this.#current = undefined;
  }
}
