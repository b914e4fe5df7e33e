/** The digests a sums file can carry, by the names users write in `algorithms`. */
export const ALGORITHMS = ['sha256', 'sha384', 'sha512', 'sha3-256', 'blake2b512'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

export interface AlgorithmInfo {
  /** Node's (OpenSSL's) name for the hash. */
  readonly nodeName: string;
  readonly hexLength: number;
  /** The tag of BSD-style lines, as coreutils `--tag` (or openssl, for SHA3) writes it. */
  readonly bsdTag: string;
  /** The conventional name of a sums file with this algorithm. */
  readonly sumsFileName: string;
}

export const ALGORITHM_INFO: Readonly<Record<Algorithm, AlgorithmInfo>> = {
  sha256: { nodeName: 'sha256', hexLength: 64, bsdTag: 'SHA256', sumsFileName: 'SHA256SUMS' },
  sha384: { nodeName: 'sha384', hexLength: 96, bsdTag: 'SHA384', sumsFileName: 'SHA384SUMS' },
  sha512: { nodeName: 'sha512', hexLength: 128, bsdTag: 'SHA512', sumsFileName: 'SHA512SUMS' },
  'sha3-256': { nodeName: 'sha3-256', hexLength: 64, bsdTag: 'SHA3-256', sumsFileName: 'SHA3-256SUMS' },
  blake2b512: { nodeName: 'blake2b512', hexLength: 128, bsdTag: 'BLAKE2b', sumsFileName: 'B2SUMS' },
};

export function algorithmForBsdTag(tag: string): Algorithm | undefined {
  return ALGORITHMS.find((algorithm) => ALGORITHM_INFO[algorithm].bsdTag === tag);
}

/** `SHA512SUMS` → sha512, so a verify of a conventionally named file needs no `algorithms` input. */
export function algorithmForSumsFileName(fileName: string): Algorithm | undefined {
  const upper = fileName.toUpperCase();
  return ALGORITHMS.find((algorithm) => upper === ALGORITHM_INFO[algorithm].sumsFileName.toUpperCase());
}

export type Digests = Partial<Record<Algorithm, string>>;
