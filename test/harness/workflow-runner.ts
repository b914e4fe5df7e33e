/**
 * Runs the jobs of the reusable release workflow as the runner would, from the YAML itself: each step's
 * `if:` and `with:` evaluated with GitHub's expression library over the job's contexts (inputs, secrets,
 * matrix, needs, steps), our actions as their built bundles, the root action's composite steps in their
 * order, and the artifact steps over a folder that stands for the run's artifact storage (upload keeps
 * paths below the files' common folder, as actions/upload-artifact does).
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { cpSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, runBuiltAction, type ActionRun } from './runner.js';

type Step = { id?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> };
type Contexts = Record<string, unknown>;

const CONTEXTS = ['inputs', 'secrets', 'matrix', 'needs', 'steps', 'github', 'env'];

function evaluate(expression: string, contexts: Contexts): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, CONTEXTS, []).parse();
  const dictionary = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(parsed, dictionary).evaluate();
}

/** A `with:` value: `${{ }}` parts replaced by their values as text. */
export function evaluateTemplate(value: unknown, contexts: Contexts): string {
  const text = typeof value === 'string' ? value : String(value);
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => evaluate(expression.trim(), contexts).coerceString());
}

function condition(text: string | undefined, contexts: Contexts): boolean {
  if (text === undefined) return true;
  const expression = text.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1').trim();
  const result = evaluate(expression, contexts);
  return !(result.kind === data.Kind.Null || (result.kind === data.Kind.Boolean && !(result as data.BooleanData).value) || result.coerceString() === '' || (result.kind === data.Kind.Number && (result as data.NumberData).value === 0));
}

export interface StepRun {
  id?: string;
  uses: string;
  with: Record<string, string>;
  run?: ActionRun;
}

export interface JobRun {
  ok: boolean;
  steps: StepRun[];
  /** The step that failed, when one did. */
  failed?: StepRun;
  outputs: Record<string, Record<string, string>>;
}

export interface JobContext {
  workspace: string;
  /** The run's artifact storage: one folder per artifact name. */
  artifacts: string;
  /** What actions/checkout leaves: copied into the workspace. */
  checkout: string;
  contexts: Contexts;
  env?: Record<string, string>;
}

function commonFolder(files: string[]): string {
  const parts = files.map((file) => path.resolve(file).split(path.sep));
  const first = parts[0]!;
  let length = statSync(files[0]!).isDirectory() && files.length === 1 ? first.length : first.length - 1;
  for (const other of parts.slice(1)) {
    let i = 0;
    while (i < length && i < other.length - 1 && other[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length).join(path.sep) || path.sep;
}

/** actions/upload-artifact: the listed paths (files or folders), relative to their common folder. */
function uploadArtifact(inputs: Record<string, string>, job: JobContext): void {
  const paths = inputs.path!.split('\n').map((line) => line.trim()).filter(Boolean).map((p) => path.resolve(job.workspace, p));
  if (paths.length === 0 && inputs['if-no-files-found'] === 'error') throw new Error('upload-artifact: no files');
  const root = commonFolder(paths);
  const into = path.join(job.artifacts, inputs.name!);
  mkdirSync(into, { recursive: true });
  for (const source of paths) cpSync(source, path.join(into, path.relative(root, source)), { recursive: true });
}

/** actions/download-artifact by name, into `path` (default: the workspace). */
function downloadArtifact(inputs: Record<string, string>, job: JobContext): void {
  const from = path.join(job.artifacts, inputs.name!);
  cpSync(from, path.resolve(job.workspace, inputs.path || '.'), { recursive: true });
}

async function runStep(step: Step, inputs: Record<string, string>, job: JobContext, contexts: Contexts): Promise<StepRun> {
  const uses = step.uses!;
  const record: StepRun = { ...(step.id ? { id: step.id } : {}), uses, with: inputs };
  if (uses.startsWith('actions/checkout@')) cpSync(job.checkout, job.workspace, { recursive: true });
  else if (uses.startsWith('actions/upload-artifact@')) uploadArtifact(inputs, job);
  else if (uses.startsWith('actions/download-artifact@')) downloadArtifact(inputs, job);
  else if (uses === 'org/release-kit@v1') {
    const composite = await runComposite(inputs, job);
    record.run = { exitCode: composite.ok ? 0 : 1, outputs: {}, errors: composite.failed?.run?.errors ?? [] } as unknown as ActionRun;
    Object.assign(record, { composite });
  } else {
    const action = /^org\/release-kit\/actions\/([a-z-]+)@v1$/.exec(uses)?.[1];
    if (!action) throw new Error(`no stand-in for ${uses}`);
    record.run = await runBuiltAction(action, { workspace: job.workspace, inputs, timeoutMs: 180_000, ...(job.env ? { env: job.env } : {}) });
  }
  void contexts;
  return record;
}

async function runSteps(steps: Step[], job: JobContext, contexts: Contexts): Promise<JobRun> {
  const stepOutputs: Record<string, { outputs: Record<string, string> }> = {};
  const runs: StepRun[] = [];
  for (const step of steps) {
    const scope = { ...contexts, steps: stepOutputs };
    if (!condition(step.if, scope)) continue;
    if (step.run) throw new Error('run: steps are not part of this stand-in');
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, evaluateTemplate(value, scope)]));
    const ran = await runStep(step, inputs, job, scope);
    runs.push(ran);
    if (step.id) stepOutputs[step.id] = { outputs: ran.run?.outputs ?? {} };
    if (ran.run && ran.run.exitCode !== 0) return { ok: false, steps: runs, failed: ran, outputs: Object.fromEntries(Object.entries(stepOutputs).map(([id, s]) => [id, s.outputs])) };
  }
  return { ok: true, steps: runs, outputs: Object.fromEntries(Object.entries(stepOutputs).map(([id, s]) => [id, s.outputs])) };
}

/** The root action (action.yml): its composite steps with its inputs (defaults filled in). */
export async function runComposite(given: Record<string, string>, job: JobContext): Promise<JobRun> {
  const manifest = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { steps: Step[] } };
  for (const name of Object.keys(given)) if (!(name in manifest.inputs)) throw new Error(`action.yml has no input ${name}`);
  const inputs = { ...Object.fromEntries(Object.entries(manifest.inputs).map(([name, spec]) => [name, spec.default ?? ''])), ...given };
  return runSteps(manifest.runs.steps, job, { inputs });
}

/** One job of .github/workflows/release.yml (one matrix leg), its steps as the YAML has them. */
export async function runWorkflowJob(name: string, job: JobContext): Promise<JobRun> {
  const workflow = parseYaml(readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  return runSteps(workflow.jobs[name]!.steps, job, job.contexts);
}
