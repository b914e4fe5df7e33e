#!/usr/bin/env node
/**
 * Writes the reference of every action — its inputs and outputs, and the release-kit.yml key each input
 * is also read from — into the action's README (actions/<name>/README.md; the root action's in
 * docs/root-action.md), from its action.yml and docs/release-kit.schema.json. The text around the
 * reference is written by hand and kept.
 *
 *   node scripts/action-docs.mjs           rewrite the references that changed
 *   node scripts/action-docs.mjs --check   exit 1 and name every README whose reference is stale
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
export const BEGIN = '<!-- reference: written by `node scripts/action-docs.mjs` from action.yml and docs/release-kit.schema.json; edit those, not this -->';
export const END = '<!-- end of reference -->';

const read = (file) => readFileSync(path.join(ROOT, file), 'utf8');

/** Every object key under a JSON Schema node, through anyOf/oneOf/allOf and $refs into $defs. */
function objectKeys(node, defs) {
  if (!node || typeof node !== 'object') return [];
  if (node.$ref) return objectKeys(defs[node.$ref.replace('#/$defs/', '')], defs);
  const nested = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].flatMap((n) => objectKeys(n, defs));
  return [...new Set([...Object.keys(node.properties ?? {}), ...nested])];
}

/** The block of a target in release-kit.yml each action that acts on a target reads its settings from. */
function configKeys() {
  const schema = JSON.parse(read('docs/release-kit.schema.json'));
  const target = schema.properties.targets.items.properties;
  const block = (name, node) => ({ name, keys: new Set(objectKeys(node, schema.$defs).filter((key) => key !== 'platform')) });
  return { 'actions/smoke-test': block('smoke', target.smoke), 'actions/codesign': block('sign', target.sign), 'actions/notarize': block('notarize', target.notarize) };
}

const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

/** The reference of one action.yml, as Markdown. */
export function reference(key, manifest, blocks) {
  const block = blocks[key];
  const inputs = Object.entries(manifest.inputs ?? {});
  const outputs = Object.entries(manifest.outputs ?? {});
  const lines = [BEGIN, '', '## Reference', ''];
  if (inputs.length) {
    const header = block ? `| Input | Default | In release-kit.yml | Description |\n| --- | --- | --- | --- |` : '| Input | Default | Description |\n| --- | --- | --- |';
    lines.push(header);
    for (const [name, input] of inputs) {
      const fallback = input.default === undefined || input.default === '' ? (input.required ? 'required' : '—') : `\`${cell(input.default)}\``;
      const inConfig = block ? (block.keys.has(name) ? `\`${block.name}.${name}\`` : '—') : undefined;
      lines.push(`| \`${name}\` | ${fallback} |${inConfig === undefined ? '' : ` ${inConfig} |`} ${cell(input.description)} |`);
    }
    lines.push('');
  }
  if (outputs.length) {
    lines.push('| Output | Description |', '| --- | --- |');
    for (const [name, output] of outputs) lines.push(`| \`${name}\` | ${cell(output.description)} |`);
    lines.push('');
  }
  if (block) lines.push(`With \`target\`, the inputs marked with a key are read from the target's \`${block.name}:\` block of release-kit.yml instead (same names, same checks; \`release-kit check\` checks them before anything is built).`, '');
  lines.push(END);
  return lines.join('\n');
}

/** Every action: its key, its action.yml and the README its reference lives in. */
export function actions() {
  const folders = readdirSync(path.join(ROOT, 'actions'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(ROOT, 'actions', d.name, 'action.yml')));
  return [
    ...folders.map((d) => ({ key: `actions/${d.name}`, manifest: `actions/${d.name}/action.yml`, readme: `actions/${d.name}/README.md` })),
    { key: '.', manifest: 'action.yml', readme: 'docs/root-action.md' },
  ].sort((a, b) => a.key.localeCompare(b.key));
}

/** The README with its reference written anew; the hand-written text around it kept. */
export function withReference(readme, generated) {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin === -1 || end < begin) return `${readme.trimEnd()}\n\n${generated}\n`;
  return `${readme.slice(0, begin)}${generated}${readme.slice(end + END.length)}`;
}

function main() {
  const check = process.argv.includes('--check');
  const blocks = configKeys();
  const stale = [];
  for (const action of actions()) {
    const file = path.join(ROOT, action.readme);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : `# ${parse(read(action.manifest)).name}\n`;
    const next = withReference(current, reference(action.key, parse(read(action.manifest)), blocks));
    if (next === current) continue;
    stale.push(action.readme);
    if (!check) writeFileSync(file, next);
  }
  if (check && stale.length) {
    console.error(`Stale action references (run node scripts/action-docs.mjs):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  if (!check) console.log(stale.length ? `wrote ${stale.join(', ')}` : 'every reference is up to date');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
