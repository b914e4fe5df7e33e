/**
 * What a release file is, read from its name: the operating system, the CPU architecture and the kind
 * of package. Names are all the feeds have to go on (electron-updater itself picks files by name), so
 * the rules are explicit and a name they cannot place is reported, never guessed.
 */

export type Os = 'windows' | 'mac' | 'linux';
/** electron-builder's (and Node's `process.arch`) spelling. */
export type Arch = 'x64' | 'arm64' | 'ia32' | 'arm' | 'universal';

/** Tokens are whole words of the name: split at anything that is not a letter or digit. */
function tokens(name: string): string[] {
  return name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

const ARCH_TOKENS: ReadonlyArray<readonly [Arch, readonly string[]]> = [
  ['universal', ['universal']],
  ['arm64', ['arm64', 'aarch64']],
  ['x64', ['x64', 'x86', 'amd64', 'win64']],
  ['ia32', ['ia32', 'i386', 'i686', 'win32']],
  ['arm', ['armv7l', 'armv7', 'armhf', 'arm']],
];

/**
 * Every architecture a file name mentions. `x86_64` splits into `x86` and `64`, so `x86` followed by
 * `64` is x64 and a lone `x86` is 32-bit.
 */
export function archesIn(name: string): Set<Arch> {
  const words = tokens(name);
  const found = new Set<Arch>();
  words.forEach((word, i) => {
    if (word === 'x86') found.add(words[i + 1] === '64' ? 'x64' : 'ia32');
    else for (const [arch, names] of ARCH_TOKENS) if (names.includes(word)) found.add(arch);
  });
  return found;
}

/** The one architecture a name mentions; undefined for none or several (`app-x64-arm64.zip`). */
export function archOf(name: string): Arch | undefined {
  const found = archesIn(name);
  return found.size === 1 ? [...found][0] : undefined;
}

const OS_TOKENS: ReadonlyArray<readonly [Os, readonly string[]]> = [
  ['mac', ['mac', 'macos', 'darwin', 'osx', 'apple']],
  ['windows', ['win', 'windows', 'win32', 'win64']],
  ['linux', ['linux']],
];

/** The operating system a name mentions, if exactly one. */
export function osMentioned(name: string): Os | undefined {
  const words = tokens(name);
  const found = OS_TOKENS.filter(([, names]) => names.some((n) => words.includes(n))).map(([os]) => os);
  return found.length === 1 ? found[0] : undefined;
}

/** `name` ends with `suffix`, compared without regard to case. */
export function endsWith(name: string, suffix: string): boolean {
  return name.toLowerCase().endsWith(suffix.toLowerCase());
}
