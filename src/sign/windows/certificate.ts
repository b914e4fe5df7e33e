import { X509Certificate } from 'node:crypto';
import { UserError } from '../../kit/errors.js';

/** Extended key usage OIDs that allow code signing. */
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const ANY_PURPOSE = '2.5.29.37.0';

/**
 * Decodes a base64 secret strictly (whitespace and line breaks allowed, nothing else): a truncated or
 * mangled secret is an error here, not a confusing one from a tool later. The value is never shown.
 */
export function decodeBase64Secret(text: string, inputName: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (compact === '' || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    throw new UserError(
      `${inputName} is not valid base64 (${compact.length} characters after removing whitespace; base64 uses A–Z, a–z, 0–9, +, / and ends in at most two "=" with a length divisible by 4). ` +
        'Encode the file with `base64 -w0 cert.pfx` (or `[Convert]::ToBase64String([IO.File]::ReadAllBytes("cert.pfx"))`) and store the result as the secret.',
    );
  }
  return Buffer.from(compact, 'base64');
}

/** `CN=Octo, O=Octo Org`: the subject on one line, in the order the certificate holds it. */
export function subjectOf(certificate: X509Certificate): string {
  return certificate.subject.split('\n').filter(Boolean).join(', ');
}

/** The SHA-1 thumbprint as Windows shows it: 40 upper-case hex digits. */
export function thumbprintOf(certificate: X509Certificate): string {
  return certificate.fingerprint.replace(/:/g, '').toUpperCase();
}

/** Refuses a certificate Windows would not accept for code signing now: expired, not yet valid, wrong purpose. */
export function checkCodeSigningCertificate(certificate: X509Certificate, inputName: string, now = new Date()): void {
  const who = `The certificate in ${inputName} (${subjectOf(certificate)}, thumbprint ${thumbprintOf(certificate)})`;
  const from = new Date(certificate.validFrom);
  const to = new Date(certificate.validTo);
  if (to.getTime() <= now.getTime()) throw new UserError(`${who} expired on ${to.toISOString()}; renew it — signatures made with an expired certificate are rejected.`);
  if (from.getTime() > now.getTime()) throw new UserError(`${who} is not valid before ${from.toISOString()}; check the runner's clock or the certificate.`);
  const usages = certificate.keyUsage;
  if (usages && usages.length > 0 && !usages.includes(CODE_SIGNING) && !usages.includes(ANY_PURPOSE)) {
    throw new UserError(
      `${who} is not a code-signing certificate: its extended key usage is ${usages.join(', ')}, without code signing (${CODE_SIGNING}). Use the certificate your CA issued for code signing.`,
    );
  }
  if (certificate.ca) throw new UserError(`${who} is a CA certificate, not a code-signing certificate; the .pfx must hold the code-signing certificate and its key.`);
}

/** Every certificate in a PEM bundle (what `openssl pkcs12 -nokeys` and `openssl pkcs7 -print_certs` print). */
export function parsePemCertificates(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => new X509Certificate(block));
}

/** A certificate given as PEM text or as base64 DER. */
export function parseCertificateText(text: string, inputName: string): X509Certificate {
  if (text.includes('-----BEGIN CERTIFICATE-----')) {
    const [first] = parsePemCertificates(text);
    if (first) return first;
  }
  try {
    return new X509Certificate(decodeBase64Secret(text, inputName));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${inputName} does not hold an X.509 certificate (PEM, or base64 of a DER certificate).`);
  }
}
