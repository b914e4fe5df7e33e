// Writes one benchmark's section of docs/benchmarks.md between its markers
// (<!-- bench:<name>:start --> … <!-- bench:<name>:end -->), appending it when the markers are not there yet.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCHMARKS_DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/benchmarks.md');

export function writeBenchSection(name, section, docs = BENCHMARKS_DOC) {
  const startMark = `<!-- bench:${name}:start -->`;
  const endMark = `<!-- bench:${name}:end -->`;
  const block = `${startMark}\n${section}\n${endMark}`;
  const current = existsSync(docs) ? readFileSync(docs, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(startMark);
  const end = current.indexOf(endMark);
  const next = start !== -1 && end > start ? current.slice(0, start) + block + current.slice(end + endMark.length) : `${current.trimEnd()}\n\n${block}\n`;
  mkdirSync(path.dirname(docs), { recursive: true });
  writeFileSync(docs, next);
}
