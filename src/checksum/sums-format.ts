import { UserError } from '../kit/errors.js';
import { ALGORITHM_INFO, ALGORITHMS, algorithmForBsdTag, type Algorithm, type Digests } from './algorithms.js';

export const FORMATS = ['gnu', 'bsd', 'json'] as const;
export type SumsFormat = (typeof FORMATS)[number];

export interface SumsEntry {
  /** The name as written in the sums file: relative, `/` separated. */
  name: string;
  size?: number;
  digests: Digests;
}

/** One expected digest read from a sums file. */
export interface ExpectedDigest {
  name: string;
  algorithm: Algorithm;
  hex: string;
  /** 1-based line (or entry) in the sums file, for annotations. */
  line: number;
}

/** Byte order of the UTF-8 names, as `LC_ALL=C sort` orders them, so output is the same everywhere. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * coreutils escapes a name holding `\`, a newline or a carriage return, and marks the line with a
 * leading `\` so `sha256sum -c` reads it back exactly.
 */
function escapeName(name: string): { text: string; escaped: boolean } {
  if (!/[\\\n\r]/.test(name)) return { text: name, escaped: false };
  return { text: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r'), escaped: true };
}

function unescapeName(text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = text[++i];
    if (next === '\\') out += '\\';
    else if (next === 'n') out += '\n';
    else if (next === 'r') out += '\r';
    else return undefined;
  }
  return out;
}

function digestOf(entry: SumsEntry, algorithm: Algorithm): string {
  const hex = entry.digests[algorithm];
  if (hex === undefined) throw new Error(`no ${algorithm} digest for ${entry.name}`);
  return hex;
}

/** The text of one sums file; `gnu` and `bsd` carry one algorithm, `json` all of them. */
export function formatSums(entries: readonly SumsEntry[], format: SumsFormat, algorithms: readonly Algorithm[]): string {
  const sorted = [...entries].sort((a, b) => compareNames(a.name, b.name));
  if (format === 'json') {
    const files = sorted.map((entry) => ({ name: entry.name, size: entry.size, ...Object.fromEntries(algorithms.map((a) => [a, digestOf(entry, a)])) }));
    return `${JSON.stringify({ algorithms, files }, null, 2)}\n`;
  }
  const [algorithm] = algorithms;
  if (algorithms.length !== 1 || algorithm === undefined) throw new Error(`${format} sums carry exactly one algorithm`);
  return sorted
    .map((entry) => {
      const { text, escaped } = escapeName(entry.name);
      const hex = digestOf(entry, algorithm);
      const line = format === 'gnu' ? `${hex}  ${text}` : `${ALGORITHM_INFO[algorithm].bsdTag} (${text}) = ${hex}`;
      return `${escaped ? '\\' : ''}${line}\n`;
    })
    .join('');
}

const GNU_LINE = /^([0-9a-fA-F]+) [ *](.+)$/s;
const BSD_LINE = /^([A-Za-z0-9-]+) ?\((.+)\) ?= ?([0-9a-fA-F]+)$/s;

function malformed(file: string, line: number, why: string): UserError {
  return new UserError(`${file}, line ${line}: ${why}.`);
}

function parseJson(text: string, file: string): ExpectedDigest[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file} is not valid JSON: ${(error as Error).message}.`);
  }
  const files = (document as { files?: unknown }).files;
  if (!Array.isArray(files)) throw new UserError(`${file} has no "files" list; expected the JSON that format "json" writes.`);
  return files.flatMap((item: Record<string, unknown>, index) => {
    if (typeof item?.name !== 'string') throw malformed(file, index + 1, 'entry has no "name"');
    const found = ALGORITHMS.filter((algorithm) => typeof item[algorithm] === 'string');
    if (found.length === 0) throw malformed(file, index + 1, `entry ${JSON.stringify(item.name)} has no digest`);
    return found.map((algorithm) => checked(file, index + 1, item.name as string, algorithm, item[algorithm] as string));
  });
}

function checked(file: string, line: number, name: string, algorithm: Algorithm, hex: string): ExpectedDigest {
  const expected = ALGORITHM_INFO[algorithm].hexLength;
  if (hex.length !== expected || !/^[0-9a-fA-F]+$/.test(hex)) {
    throw malformed(file, line, `the ${algorithm} digest of ${JSON.stringify(name)} must be ${expected} hex digits, got ${JSON.stringify(hex)}`);
  }
  return { name, algorithm, hex: hex.toLowerCase(), line };
}

/**
 * Reads a sums file in any of the three formats (GNU and BSD lines may be mixed, as `cksum -c` allows).
 * `gnuAlgorithm` is the algorithm of untagged GNU lines. A line that fits no format is an error that
 * names the file and the line.
 */
export function parseSums(text: string, file: string, gnuAlgorithm: Algorithm): ExpectedDigest[] {
  if (text.trimStart().startsWith('{')) return parseJson(text, file);
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.flatMap((raw, index) => {
    const number = index + 1;
    const escaped = raw.startsWith('\\');
    const line = escaped ? raw.slice(1) : raw;
    if (line.trim() === '') return [];
    const bsd = BSD_LINE.exec(line);
    const tagged = bsd ? algorithmForBsdTag(bsd[1]!) : undefined;
    let algorithm: Algorithm;
    let hex: string;
    let nameText: string;
    if (bsd && tagged) {
      [algorithm, nameText, hex] = [tagged, bsd[2]!, bsd[3]!];
    } else {
      const gnu = GNU_LINE.exec(line);
      if (!gnu) {
        const hint = bsd ? `unknown algorithm tag ${JSON.stringify(bsd[1])}` : 'expected "<hex>  <name>" or "ALG (<name>) = <hex>"';
        throw malformed(file, number, `cannot read ${JSON.stringify(raw)}: ${hint}`);
      }
      [algorithm, hex, nameText] = [gnuAlgorithm, gnu[1]!, gnu[2]!];
    }
    const name = escaped ? unescapeName(nameText) : nameText;
    if (name === undefined) throw malformed(file, number, `bad escape sequence in ${JSON.stringify(nameText)}`);
    return [checked(file, number, name, algorithm, hex)];
  });
}
