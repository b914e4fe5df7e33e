/**
 * A local executor of a GitHub Actions workflow called with `workflow_call`: jobs in `needs` order, job
 * and step `if:`, `strategy.matrix` (with `include`/`exclude`), job outputs, `env`, `working-directory`,
 * run steps through bash with the file commands, our own actions from this kit (node24 bundles with
 * their `post:` steps at job end, the root composite action expanded step by step) and third-party
 * actions through stand-ins. Before anything runs, the whole file is checked: every expression parses,
 * every `steps.<id>`, `needs.<job>` and `.outputs.<name>` reference resolves, every `uses:` can run, every
 * `with:` key is an input of its action. Each problem is one error naming file, job, step and construct.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../kit/errors.js';
import { asString, conditionExpression, evaluateCondition, evaluateString, evaluateTemplate, expressionsIn, ExpressionProblem, referencesOf, type Contexts, type StatusState } from './expressions.js';
import { fileCommandFiles, inputEnv, parseWorkflowCommands, readFileCommands, runProcess, type Annotation } from './runner-protocol.js';
import { standInFor, type StandInContext } from './stand-ins.js';

export interface StepSpec {
  id?: string;
  name?: string;
  if?: unknown;
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
  shell?: string;
  env?: Record<string, unknown>;
  'working-directory'?: string;
  'continue-on-error'?: unknown;
}

interface JobSpec {
  needs?: string | string[];
  if?: unknown;
  'runs-on'?: unknown;
  strategy?: { matrix?: unknown; 'fail-fast'?: unknown };
  outputs?: Record<string, string>;
  env?: Record<string, unknown>;
  defaults?: { run?: { shell?: string; 'working-directory'?: string } };
  'timeout-minutes'?: number;
  steps?: StepSpec[];
  uses?: string;
}

interface WorkflowSpec {
  name?: string;
  on?: { workflow_call?: { inputs?: Record<string, { type?: string; default?: unknown; required?: boolean }>; secrets?: Record<string, unknown>; outputs?: Record<string, { value?: string }> } };
  env?: Record<string, unknown>;
  jobs?: Record<string, JobSpec>;
}

interface ActionManifest {
  name?: string;
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { value?: string }>;
  runs: { using: string; main?: string; post?: string; 'post-if'?: string; steps?: StepSpec[] };
}

/** What a leg of a job is on this host. */
export type LegDecision = { kind: 'run' } | { kind: 'cross'; os: string } | { kind: 'skip'; why: string };

export interface ExecutorOptions {
  workflowFile: string;
  /** How the file is named in messages. */
  shownAs: string;
  /** The kit: action.yml, actions/<name>/action.yml and the dist/ bundles they run. */
  kitRoot: string;
  /** The owner/name the kit's actions are referenced by, e.g. org/release-kit. */
  kitRepository: RegExp;
  repository: string;
  runDir: string;
  ref: string;
  sha: string;
  refExists: boolean;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  github: Record<string, unknown>;
  /** The environment every step's process starts from. */
  env: Record<string, string>;
  decideLeg(job: string, runsOn: string, matrix: Record<string, unknown> | undefined): LegDecision;
  /** For a leg that is not rehearsed: put placeholder files where the leg's artifacts would be; returns their names. */
  standInLeg?(job: string, matrix: Record<string, unknown> | undefined, artifacts: string, needs: Record<string, { outputs: Record<string, string> }>): string[];
  /** Values for our actions' inputs the workflow leaves empty (the local timestamp server, the test CA). */
  inputDefaults?(action: string): Record<string, string>;
  /** Values that replace our actions' inputs in a rehearsal (distribute: a dry run into a folder), with the note logged for the step. */
  inputOverrides?(action: string): { inputs: Record<string, string>; note: string } | undefined;
  log(line: string): void;
}

export type Outcome = 'success' | 'failure' | 'skipped';

export interface StepRecord {
  job: string;
  leg: string;
  step: string;
  outcome: Outcome;
  note?: string;
  /** What the step set with GITHUB_OUTPUT. */
  outputs?: Record<string, string>;
}

export interface Problem {
  level: 'error' | 'warning';
  where: string;
  message: string;
}

export interface RunResult {
  jobs: Record<string, { result: Outcome; outputs: Record<string, string> }>;
  steps: StepRecord[];
  summaries: Array<{ where: string; markdown: string }>;
  problems: Problem[];
  /** Legs not rehearsed (or stood in), one line each. */
  legs: string[];
  outputs: Record<string, string>;
}

/** A construct the executor cannot run or a reference that cannot resolve. */
export class WorkflowError extends UserError {}

const OUR_ACTION = (kit: RegExp, uses: string): string | undefined => {
  const match = new RegExp(`^${kit.source}(?:/actions/([\\w-]+))?@[\\w./-]+$`).exec(uses);
  return match ? (match[1] ?? '') : undefined;
};

const stepName = (step: StepSpec, index: number): string => step.name ?? step.id ?? (step.uses ? step.uses.replace(/@.*$/, '') : `run #${index + 1}`);

export class WorkflowExecutor {
  private readonly workflow: WorkflowSpec;
  private readonly manifests = new Map<string, ActionManifest>();
  private readonly result: RunResult = { jobs: {}, steps: [], summaries: [], problems: [], legs: [], outputs: {} };
  private readonly artifacts: string;
  private readonly masks = new Set<string>();
  private readonly temps: string[] = [];
  /** Matrix legs a job could not rehearse, by label: the jobs that need that job leave them out too. */
  private readonly legsNotRehearsed = new Map<string, { job: string; why: string }>();
  private readonly reruns = new Map<string, () => Promise<{ outcome: Outcome; note?: string }>>();

  private readonly options: ExecutorOptions;

  constructor(options: ExecutorOptions) {
    this.options = options;
    let parsed: unknown;
    try {
      parsed = parseYaml(readFileSync(options.workflowFile, 'utf8'));
    } catch (error) {
      throw new WorkflowError(`${options.shownAs}: not valid YAML: ${(error as Error).message}`);
    }
    if (!parsed || typeof parsed !== 'object' || !(parsed as WorkflowSpec).jobs) throw new WorkflowError(`${options.shownAs}: no jobs`);
    this.workflow = parsed as WorkflowSpec;
    this.artifacts = path.join(options.runDir, 'artifacts');
    for (const secret of Object.values(options.secrets)) if (secret) this.mask(secret);
  }

  private mask(value: string): void {
    for (const line of value.split('\n').map((l) => l.trim())) if (line.length >= 4) this.masks.add(line);
  }

  /** A value with every secret it holds replaced by ***, as the runner's log does. */
  redact(text: string): string {
    let out = text;
    for (const secret of this.masks) out = out.split(secret).join('***');
    return out;
  }

  private fail(where: string, construct: string): never {
    throw new WorkflowError(`${this.options.shownAs}: ${where}: ${construct}`);
  }

  // ---------- the kit's actions ----------

  private manifest(name: string): { dir: string; manifest: ActionManifest; file: string } {
    const dir = name ? path.join(this.options.kitRoot, 'actions', name) : this.options.kitRoot;
    const file = path.join(dir, 'action.yml');
    let manifest = this.manifests.get(file);
    if (!manifest) {
      if (!existsSync(file)) throw new WorkflowError(`no action ${name || '(root)'} in this kit (${file})`);
      manifest = parseYaml(readFileSync(file, 'utf8')) as ActionManifest;
      this.manifests.set(file, manifest);
    }
    return { dir, manifest, file };
  }

  // ---------- the check before anything runs ----------

  private order(): string[] {
    const jobs = this.workflow.jobs!;
    const ordered: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (name: string, chain: string[]): void => {
      if (state.get(name) === 'done') return;
      if (state.get(name) === 'visiting') this.fail(`job ${name}`, `needs form a cycle (${[...chain, name].join(' → ')})`);
      state.set(name, 'visiting');
      for (const need of this.needsOf(name)) {
        if (!Object.hasOwn(jobs, need)) this.fail(`job ${name}`, `needs ${JSON.stringify(need)}, which is not a job of this workflow (jobs: ${Object.keys(jobs).join(', ')})`);
        visit(need, [...chain, name]);
      }
      state.set(name, 'done');
      ordered.push(name);
    };
    for (const name of Object.keys(jobs)) visit(name, []);
    return ordered;
  }

  private needsOf(job: string): string[] {
    const needs = this.workflow.jobs![job]!.needs;
    return needs === undefined ? [] : Array.isArray(needs) ? needs.map(String) : [String(needs)];
  }

  /** Checks the expressions of a value: they parse, and their steps/needs/jobs references resolve. */
  private checkExpressions(where: string, value: unknown, scope: { steps?: Map<string, ActionManifest | undefined>; allSteps?: boolean; needs?: string[]; jobs?: boolean; condition?: boolean }): void {
    const expressions = expressionsIn(value);
    const bare = scope.condition ? conditionExpression(value) : undefined;
    if (bare) expressions.push(bare);
    for (const expression of expressions) {
      let references;
      try {
        references = referencesOf(expression);
      } catch (error) {
        if (error instanceof ExpressionProblem) this.fail(where, error.message);
        throw error;
      }
      for (const ref of references) {
        const shown = `\${{ ${expression.trim()} }}`;
        if (ref.context === 'steps') {
          if (!scope.steps) this.fail(where, `${shown}: the steps context is not available here`);
          const before = scope.allSteps ? '' : ' before it';
          if (!scope.steps.has(ref.name)) this.fail(where, `${shown}: no step with id ${JSON.stringify(ref.name)}${before} (${scope.steps.size ? `step ids: ${[...scope.steps.keys()].join(', ')}` : `no step${before} has an id`})`);
          const manifest = scope.steps.get(ref.name);
          if (ref.output && manifest && !Object.hasOwn(manifest.outputs ?? {}, ref.output)) this.fail(where, `${shown}: step ${ref.name} (${manifest.name ?? 'action'}) has no output ${JSON.stringify(ref.output)} (outputs: ${Object.keys(manifest.outputs ?? {}).join(', ')})`);
        } else if (ref.context === 'needs') {
          if (!scope.needs) this.fail(where, `${shown}: the needs context is not available here`);
          if (!scope.needs.includes(ref.name)) this.fail(where, `${shown}: job ${JSON.stringify(ref.name)} is not in this job's needs (${scope.needs.join(', ') || 'none'})`);
          const outputs = this.workflow.jobs![ref.name]?.outputs ?? {};
          if (ref.output && !Object.hasOwn(outputs, ref.output)) this.fail(where, `${shown}: job ${ref.name} has no output ${JSON.stringify(ref.output)} (outputs: ${Object.keys(outputs).join(', ') || 'none'})`);
        } else if (ref.context === 'jobs') {
          if (!scope.jobs) this.fail(where, `${shown}: the jobs context is only available in the workflow's outputs`);
          const outputs = this.workflow.jobs![ref.name]?.outputs;
          if (!outputs) this.fail(where, `${shown}: no job ${JSON.stringify(ref.name)} with outputs`);
          if (ref.output && !Object.hasOwn(outputs, ref.output)) this.fail(where, `${shown}: job ${ref.name} has no output ${JSON.stringify(ref.output)}`);
        }
      }
    }
  }

  /** The action a step runs, its manifest when it is ours; an error when nothing can run it. */
  private resolveStep(where: string, step: StepSpec): { kind: 'run' } | { kind: 'ours'; name: string; manifest: ActionManifest; dir: string } | { kind: 'stand-in' } {
    if (step.run !== undefined && step.uses !== undefined) this.fail(where, 'a step has both run and uses');
    if (step.run !== undefined) {
      const shell = step.shell ?? 'bash';
      if (!['bash', 'sh'].includes(shell)) this.fail(where, `shell: ${shell} is not supported by the rehearsal (bash, sh)`);
      return { kind: 'run' };
    }
    if (!step.uses) this.fail(where, 'a step with neither run nor uses');
    if (step.uses.startsWith('./') || step.uses.startsWith('docker://')) this.fail(where, `uses: ${step.uses}: local and docker actions have no stand-in in the rehearsal`);
    const ours = OUR_ACTION(this.options.kitRepository, step.uses);
    if (ours !== undefined) {
      const { manifest, dir } = this.manifest(ours);
      const using = manifest.runs.using;
      if (using !== 'composite' && !/^node\d+$/.test(using)) this.fail(where, `uses: ${step.uses}: runs.using ${using} is not supported`);
      const unknown = Object.keys(step.with ?? {}).filter((key) => !Object.hasOwn(manifest.inputs ?? {}, key));
      if (unknown.length) this.fail(where, `uses: ${step.uses}: with: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not an input' : 'are not inputs'} of the action (inputs: ${Object.keys(manifest.inputs ?? {}).join(', ')})`);
      return { kind: 'ours', name: ours || 'release-kit', manifest, dir };
    }
    if (!standInFor(step.uses)) this.fail(where, `uses: ${step.uses}: no local stand-in for this action (the rehearsal stands in for actions/checkout, upload-artifact, download-artifact, attest-build-provenance, cache and the setup actions)`);
    return { kind: 'stand-in' };
  }

  private checkSteps(where: string, steps: StepSpec[], scope: { needs?: string[]; composite?: boolean }): Map<string, ActionManifest | undefined> {
    const ids = new Map<string, ActionManifest | undefined>();
    steps.forEach((step, index) => {
      const at = `${where}, step ${JSON.stringify(stepName(step, index))}`;
      const resolved = this.resolveStep(at, step);
      if (resolved.kind === 'ours' && resolved.manifest.runs.using === 'composite') this.checkComposite(resolved.dir, resolved.manifest);
      this.checkExpressions(`${at}, if`, step.if, { steps: ids, needs: scope.needs, condition: true });
      const { if: _if, ...rest } = step;
      this.checkExpressions(at, rest, { steps: ids, needs: scope.needs });
      if (step.id) ids.set(step.id, resolved.kind === 'ours' ? resolved.manifest : undefined);
    });
    return ids;
  }

  private checkComposite(dir: string, manifest: ActionManifest): void {
    const where = path.relative(this.options.kitRoot, path.join(dir, 'action.yml')) || 'action.yml';
    const ids = this.checkSteps(where, manifest.runs.steps ?? [], { composite: true });
    for (const [name, output] of Object.entries(manifest.outputs ?? {})) this.checkExpressions(`${where}, outputs.${name}`, output.value, { steps: ids, allSteps: true });
  }

  /** Every construct and reference of the workflow, checked before the first step runs. */
  check(): string[] {
    const order = this.order();
    for (const name of order) {
      const job = this.workflow.jobs![name]!;
      const where = `job ${name}`;
      if (job.uses) this.fail(where, `uses: ${job.uses}: a nested reusable workflow is not supported by the rehearsal`);
      if (!job.steps?.length) this.fail(where, 'no steps');
      const needs = this.needsOf(name);
      this.checkExpressions(`${where}, if`, job.if, { needs, condition: true });
      this.checkExpressions(`${where}, strategy`, job.strategy, { needs });
      this.checkExpressions(`${where}, runs-on`, job['runs-on'], { needs });
      this.checkExpressions(`${where}, env`, job.env, { needs });
      const ids = this.checkSteps(where, job.steps, { needs });
      for (const [output, value] of Object.entries(job.outputs ?? {})) this.checkExpressions(`${where}, outputs.${output}`, value, { steps: ids, allSteps: true, needs });
    }
    for (const [output, spec] of Object.entries(this.workflow.on?.workflow_call?.outputs ?? {})) this.checkExpressions(`on.workflow_call.outputs.${output}`, spec.value, { jobs: true });
    return order;
  }

  // ---------- running ----------

  /** Runs a finished step of ours again, in its job's workspace with the same inputs (as "Re-run job" would for that step). */
  async rerun(where: string, step: string): Promise<{ outcome: Outcome; note?: string } | undefined> {
    return this.reruns.get(`${where} › ${step}`)?.();
  }

  /** Removes the runner temp folders of the legs. */
  cleanUp(): void {
    for (const temp of this.temps.splice(0)) rmSync(temp, { recursive: true, force: true });
  }

  async run(): Promise<RunResult> {
    const order = this.check();
    const call = this.workflow.on?.workflow_call;
    const inputs: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(call?.inputs ?? {})) {
      const given = Object.hasOwn(this.options.inputs, name) ? this.options.inputs[name] : spec.default;
      inputs[name] = spec.type === 'boolean' ? given === true || given === 'true' : spec.type === 'number' ? Number(given ?? 0) : (given ?? '');
    }
    const secrets = Object.fromEntries(Object.keys(call?.secrets ?? {}).map((name) => [name, this.options.secrets[name] ?? '']));
    const base: Contexts = { github: this.options.github, inputs, secrets, vars: {} };
    base.env = this.envOf(this.workflow.env, base);
    for (const name of order) await this.runJob(name, base);
    const jobs = Object.fromEntries(Object.entries(this.result.jobs).map(([name, job]) => [name, { result: job.result, outputs: job.outputs }]));
    for (const [output, spec] of Object.entries(call?.outputs ?? {})) {
      this.result.outputs[output] = evaluateString(spec.value ?? '', { ...base, jobs });
    }
    return this.result;
  }

  private envOf(spec: Record<string, unknown> | undefined, contexts: Contexts, status?: StatusState): Record<string, string> {
    return Object.fromEntries(Object.entries(spec ?? {}).map(([key, value]) => [key, evaluateString(value, contexts, status)]));
  }

  private legs(name: string, job: JobSpec, contexts: Contexts): Array<Record<string, unknown> | undefined> {
    if (!job.strategy?.matrix) return [undefined];
    const matrix = evaluateTemplate(job.strategy.matrix, contexts);
    if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix)) this.fail(`job ${name}, strategy.matrix`, `${JSON.stringify(matrix)} is not a matrix (an object of lists, include, exclude)`);
    const { include = [], exclude = [], ...axes } = matrix as Record<string, unknown>;
    let combos: Array<Record<string, unknown>> = [{}];
    for (const [key, values] of Object.entries(axes)) {
      if (!Array.isArray(values)) this.fail(`job ${name}, strategy.matrix.${key}`, 'is not a list');
      combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [key]: value })));
    }
    if (!Object.keys(axes).length) combos = [];
    const matches = (combo: Record<string, unknown>, partial: Record<string, unknown>): boolean => Object.entries(partial).every(([k, v]) => !(k in combo) || JSON.stringify(combo[k]) === JSON.stringify(v));
    combos = combos.filter((combo) => !(exclude as Array<Record<string, unknown>>).some((e) => Object.entries(e).every(([k, v]) => JSON.stringify(combo[k]) === JSON.stringify(v))));
    const originals = combos.length;
    for (const entry of include as Array<Record<string, unknown>>) {
      const targets = combos.slice(0, originals).filter((combo) => Object.keys(axes).every((k) => !(k in entry) || JSON.stringify(combo[k]) === JSON.stringify(entry[k])) && matches(combo, entry));
      if (targets.length && Object.keys(axes).length) for (const combo of targets) Object.assign(combo, entry);
      else combos.push({ ...entry });
    }
    if (!combos.length) this.fail(`job ${name}, strategy.matrix`, 'the matrix has no legs');
    return combos;
  }

  private async runJob(name: string, base: Contexts): Promise<void> {
    const job = this.workflow.jobs![name]!;
    const needs = Object.fromEntries(this.needsOf(name).map((need) => [need, this.result.jobs[need]!]));
    const contexts: Contexts = { ...base, needs };
    const status: StatusState = { failed: Object.values(needs).some((n) => n.result !== 'success'), cancelled: false };
    let run: boolean;
    try {
      run = evaluateCondition(job.if, contexts, status);
    } catch (error) {
      if (error instanceof ExpressionProblem) this.fail(`job ${name}, if`, error.message);
      throw error;
    }
    if (!run) {
      // As GitHub shows it: a job whose needs did not all succeed was skipped because of them, not because of its if:.
      const unsuccessful = Object.entries(needs).filter(([, need]) => need.result !== 'success').map(([need, { result }]) => `${need} ${result === 'failure' ? 'failed' : `was ${result}`}`);
      const reason = unsuccessful.length && (job.if === undefined || !/\b(always|failure|cancelled)\s*\(/.test(String(job.if))) ? unsuccessful.join(', ') : `if: ${job.if === undefined ? 'success()' : String(job.if)}`;
      this.options.log(`⏭ job ${name}: skipped (${reason})`);
      this.result.jobs[name] = { result: 'skipped', outputs: {} };
      return;
    }
    const legs = this.legs(name, job, contexts);
    const outputs: Record<string, string> = {};
    let failed = false;
    let ran = 0;
    for (const matrix of legs) {
      const label = matrix ? String(matrix.target ?? Object.values(matrix).map(asString).join(', ')) : '';
      const legContexts: Contexts = { ...contexts, matrix: matrix ?? {}, strategy: { 'fail-fast': job.strategy?.['fail-fast'] ?? true, 'job-total': legs.length } };
      const runsOn = evaluateString(job['runs-on'] ?? '', legContexts);
      const where = label ? `${name} (${label})` : name;
      // A leg an earlier job could not rehearse (a sign job after its build, say) is not rehearsed here either: said once, stood in once.
      const before = label ? this.legsNotRehearsed.get(label) : undefined;
      if (before && Object.keys(needs).includes(before.job)) {
        this.options.log(`\n⏭ job ${where}: as in job ${before.job}, ${label} is not rehearsed (${before.why})`);
        continue;
      }
      const decision = this.options.decideLeg(name, runsOn, matrix);
      if (decision.kind === 'skip') {
        this.legSkipped(name, where, label, decision.why, matrix, needs);
        continue;
      }
      this.options.log(`\n▶ job ${where} on ${runsOn}${decision.kind === 'cross' ? ` (cross: the ${decision.os} leg's build runs on this host)` : ''}`);
      const leg = await this.runLeg(name, job, label, legContexts, decision);
      if (leg.outcome === 'not-rehearsable') {
        this.legSkipped(name, where, label, leg.why, matrix, needs);
        continue;
      }
      ran++;
      if (leg.outcome === 'failure') failed = true;
      Object.assign(outputs, leg.outputs);
      if (leg.outcome === 'failure' && job.strategy?.['fail-fast'] !== false && legs.length > 1) {
        this.options.log(`   fail-fast: the remaining legs of ${name} are cancelled`);
        break;
      }
    }
    this.result.jobs[name] = { result: failed ? 'failure' : ran || legs.some(Boolean) ? 'success' : 'skipped', outputs };
  }

  private legSkipped(job: string, where: string, label: string, why: string, matrix: Record<string, unknown> | undefined, needs: Record<string, { outputs: Record<string, string> }>): void {
    if (label) this.legsNotRehearsed.set(label, { job, why });
    const placeholders = this.options.standInLeg?.(job, matrix, this.artifacts, needs);
    const line = `${label || job}: ${why}${placeholders ? `; stood in by ${placeholders.length} placeholder file${placeholders.length === 1 ? '' : 's'} (${placeholders.join(', ')})` : ', not rehearsed'}`;
    this.result.legs.push(line);
    this.options.log(`\n⏭ job ${where}: ${line}`);
    if (!placeholders) this.result.problems.push({ level: 'warning', where, message: `not rehearsed: ${why}` });
  }

  private async runLeg(name: string, job: JobSpec, label: string, contexts: Contexts, decision: LegDecision): Promise<{ outcome: 'success' | 'failure'; outputs: Record<string, string> } | { outcome: 'not-rehearsable'; why: string }> {
    const dir = path.join(this.options.runDir, 'jobs', `${name}${label ? `-${label.replace(/[^\w.-]+/g, '_')}` : ''}`);
    const workspace = path.join(dir, 'workspace');
    mkdirSync(workspace, { recursive: true });
    // Short, like the runner's _temp: gpg's agent sockets live under it, and a socket path has at most 107 bytes.
    const temp = mkdtempSync(path.join(tmpdir(), 'rk-'));
    this.temps.push(temp);
    const where = label ? `${name} (${label})` : name;
    const github = { ...(contexts.github as object), workspace, job: name };
    const runner = { os: decision.kind === 'cross' ? decision.os : 'Linux', arch: 'X64', temp, tool_cache: path.join(this.options.runDir, 'toolcache'), name: 'rehearsal' };
    const jobContexts: Contexts = { ...contexts, github, runner, job: { status: 'success' }, steps: {} };
    const env: Record<string, string> = { ...(contexts.env as Record<string, string>), ...this.envOf(job.env, jobContexts) };
    jobContexts.env = env;
    const leg: Leg = { job: name, where, workspace, temp, dir, env, paths: [], post: [], status: { failed: false, cancelled: false }, decision, stepCount: 0, timeoutMs: (job['timeout-minutes'] ?? 360) * 60_000, notRehearsable: undefined };
    await this.runSteps(leg, job.steps ?? [], jobContexts, job.defaults?.run);
    for (const post of leg.post.reverse()) await post();
    if (leg.notRehearsable) return { outcome: 'not-rehearsable', why: leg.notRehearsable };
    const outputs: Record<string, string> = {};
    for (const [output, value] of Object.entries(job.outputs ?? {})) outputs[output] = evaluateString(value, jobContexts, leg.status);
    return { outcome: leg.status.failed ? 'failure' : 'success', outputs };
  }

  /** Runs steps in order with a steps context of their own (the job's, or a composite action's). */
  private async runSteps(leg: Leg, steps: StepSpec[], contexts: Contexts, defaults?: { shell?: string; 'working-directory'?: string }, composite?: string): Promise<void> {
    const stepsContext = contexts.steps as Record<string, { outputs: Record<string, string>; outcome: Outcome; conclusion: Outcome }>;
    for (const [index, step] of steps.entries()) {
      const label = `${composite ? `${composite} › ` : ''}${stepName(step, index)}`;
      const at = `job ${leg.where}, step ${JSON.stringify(label)}`;
      const started = Date.now();
      const stepContexts: Contexts = { ...contexts, env: leg.env, job: { status: leg.status.failed ? 'failure' : 'success' } };
      let go: boolean;
      try {
        go = !leg.notRehearsable && evaluateCondition(step.if, stepContexts, leg.status);
      } catch (error) {
        if (error instanceof ExpressionProblem) this.fail(`${at}, if`, error.message);
        throw error;
      }
      const record = (outcome: Outcome, outputs: Record<string, string>, note?: string): void => {
        if (step.id) stepsContext[step.id] = { outputs, outcome, conclusion: outcome === 'failure' && this.truthy(step['continue-on-error'], stepContexts) ? 'success' : outcome };
        this.result.steps.push({ job: leg.job, leg: leg.where, step: label, outcome, ...(note ? { note } : {}), ...(Object.keys(outputs).length ? { outputs } : {}) });
        if (outcome === 'failure' && !this.truthy(step['continue-on-error'], stepContexts)) leg.status.failed = true;
        else if (outcome === 'failure') {
          // continue-on-error: the run goes on green; what the step reported stays visible as a warning.
          for (const problem of this.result.problems) if (problem.where === at.replace(/^job /, '') && problem.level === 'error') Object.assign(problem, { level: 'warning', message: `(continue-on-error) ${problem.message}` });
        }
        const mark = outcome === 'success' ? '✓' : outcome === 'failure' ? '✗' : '⏭';
        const seconds = (Date.now() - started) / 1000;
        this.options.log(`   ${mark} ${label}${seconds >= 0.1 ? ` (${seconds.toFixed(1)} s)` : ''}${note ? ` — ${this.redact(note)}` : ''}`);
      };
      if (!go) {
        record('skipped', {}, leg.notRehearsable ? undefined : step.if === undefined ? undefined : `if: ${String(step.if)}`);
        continue;
      }
      try {
        const env = { ...leg.env, ...this.envOf(step.env, stepContexts, leg.status) };
        const resolved = this.resolveStep(at, step);
        if (resolved.kind === 'run') {
          const result = await this.runScript(leg, step, stepContexts, env, defaults, at);
          record(result.outcome, result.outputs, result.note);
        } else if (resolved.kind === 'stand-in') {
          const inputs = this.inputsOf(step, stepContexts, leg.status);
          const context: StandInContext = { workspace: leg.workspace, repository: this.options.repository, ref: this.options.ref, sha: this.options.sha, refExists: this.options.refExists, artifacts: this.artifacts };
          let result;
          try {
            result = standInFor(step.uses!)!(context, inputs);
          } catch (error) {
            result = { outcome: 'failure' as const, outputs: {}, note: (error as Error).message.split('\n')[0]! };
          }
          if (result.outcome === 'failure') this.result.problems.push({ level: 'error', where: `${leg.where} › ${label}`, message: result.note });
          record(result.outcome, result.outputs, `(stand-in) ${result.note}`);
        } else if (resolved.manifest.runs.using === 'composite') {
          const outputs = await this.runComposite(leg, step, resolved, stepContexts, label);
          record(outputs.failed ? 'failure' : 'success', outputs.values);
        } else {
          const result = await this.runNodeAction(leg, step, resolved, stepContexts, env, label);
          record(result.outcome, result.outputs, result.note);
        }
      } catch (error) {
        if (error instanceof WorkflowError) throw error;
        if (error instanceof ExpressionProblem) this.fail(at, error.message);
        throw error;
      }
    }
  }

  private truthy(value: unknown, contexts: Contexts): boolean {
    if (value === undefined) return false;
    const evaluated = evaluateTemplate(value, contexts);
    return evaluated === true || evaluated === 'true';
  }

  private inputsOf(step: StepSpec, contexts: Contexts, status: StatusState, manifest?: ActionManifest): Record<string, string> {
    const inputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(manifest?.inputs ?? {})) if (spec.default !== undefined) inputs[name] = evaluateString(spec.default, contexts, status);
    for (const [name, value] of Object.entries(step.with ?? {})) inputs[name] = evaluateString(value, contexts, status);
    return inputs;
  }

  private async runScript(leg: Leg, step: StepSpec, contexts: Contexts, env: Record<string, string>, defaults: { shell?: string; 'working-directory'?: string } | undefined, at: string): Promise<{ outcome: Outcome; outputs: Record<string, string>; note?: string }> {
    const files = fileCommandFiles(path.join(leg.dir, 'steps', String(++leg.stepCount)));
    const script = path.join(leg.dir, 'steps', String(leg.stepCount), 'script.sh');
    writeFileSync(script, evaluateString(step.run, contexts, leg.status));
    const shell = step.shell ?? defaults?.shell;
    const command = shell === 'sh' ? ['sh', '-e', script] : shell === 'bash' ? ['bash', '--noprofile', '--norc', '-eo', 'pipefail', script] : ['bash', '-e', script];
    const workingDirectory = evaluateString(step['working-directory'] ?? defaults?.['working-directory'] ?? '', contexts, leg.status);
    const cwd = path.resolve(leg.workspace, workingDirectory);
    if (!existsSync(cwd)) return { outcome: 'failure', outputs: {}, note: `working-directory ${workingDirectory} does not exist` };
    const run = await runProcess(command, { cwd, env: this.processEnv(leg, env, files, contexts), timeoutMs: leg.timeoutMs });
    return this.finish(leg, at, run, files);
  }

  private processEnv(leg: Leg, env: Record<string, string>, files: Record<string, string>, contexts: Contexts): Record<string, string> {
    const github = contexts.github as Record<string, unknown>;
    const pathValue = [...leg.paths, this.options.env.PATH ?? process.env.PATH ?? '/usr/bin:/bin'].join(path.delimiter);
    return {
      ...this.options.env,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: leg.temp,
      RUNNER_TOOL_CACHE: path.join(this.options.runDir, 'toolcache'),
      GITHUB_WORKSPACE: leg.workspace,
      GITHUB_JOB: leg.job,
      GITHUB_REF: String(github.ref),
      GITHUB_REF_NAME: String(github.ref_name),
      GITHUB_REF_TYPE: String(github.ref_type),
      GITHUB_SHA: String(github.sha),
      GITHUB_REPOSITORY: String(github.repository),
      GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
      GITHUB_EVENT_NAME: String(github.event_name),
      GITHUB_SERVER_URL: String(github.server_url),
      GITHUB_API_URL: String(github.api_url),
      GITHUB_RUN_ID: String(github.run_id),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_PATH: this.eventFile(),
      ...env,
      ...files,
      PATH: pathValue,
    };
  }

  private eventFile(): string {
    const file = path.join(this.options.runDir, 'event.json');
    if (!existsSync(file)) writeFileSync(file, JSON.stringify((this.options.github as { event?: unknown }).event ?? {}));
    return file;
  }

  /** Reads what a step wrote and printed: outputs, env, path, summary, annotations, masks. */
  private finish(leg: Leg, at: string, run: { exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }, files: ReturnType<typeof fileCommandFiles>): { outcome: Outcome; outputs: Record<string, string>; note?: string; state: Record<string, string>; annotations: Annotation[] } {
    const commands = readFileCommands(files);
    const { annotations, masked } = parseWorkflowCommands(run.stdout);
    for (const value of masked) this.mask(value);
    Object.assign(leg.env, commands.env);
    leg.paths.unshift(...commands.path.reverse());
    if (commands.summary.trim()) this.result.summaries.push({ where: at.replace(/^job /, ''), markdown: this.redact(commands.summary) });
    const log = path.join(path.dirname(files.GITHUB_OUTPUT), 'log.txt');
    writeFileSync(log, this.redact(`${run.stdout}${run.stderr ? `\n--- stderr ---\n${run.stderr}` : ''}`));
    for (const annotation of annotations) {
      if (annotation.level === 'notice') continue;
      this.result.problems.push({ level: annotation.level, where: at.replace(/^job /, ''), message: this.redact(annotation.message.split('\n')[0]!) });
    }
    const ok = run.exitCode === 0;
    let note: string | undefined;
    if (!ok) {
      const lastError = annotations.filter((a) => a.level === 'error').map((a) => a.message.split('\n')[0]!).pop();
      const tail = (run.stderr.trim() || run.stdout.trim()).split('\n').filter((l) => !l.startsWith('::')).slice(-3).join(' / ');
      note = this.redact(`${run.signal ? `killed by ${run.signal}` : `exit ${run.exitCode}`}: ${lastError ?? tail} (log: ${path.relative(this.options.runDir, log)})`);
      if (!lastError) this.result.problems.push({ level: 'error', where: at.replace(/^job /, ''), message: note });
    }
    return { outcome: ok ? 'success' : 'failure', outputs: commands.outputs, note, state: commands.state, annotations };
  }

  private async runNodeAction(leg: Leg, step: StepSpec, action: { name: string; manifest: ActionManifest; dir: string }, contexts: Contexts, env: Record<string, string>, label: string): Promise<{ outcome: Outcome; outputs: Record<string, string>; note?: string }> {
    const at = `job ${leg.where}, step ${JSON.stringify(label)}`;
    if (leg.decision.kind === 'cross' && (action.name === 'smoke-test' || action.name === 'notarize')) {
      const note = `${action.name} needs a ${leg.decision.os} runner: not rehearsed on this host`;
      // Part of a leg not rehearsed is said where the legs not rehearsed are listed, not only in the step log.
      this.result.legs.push(`${leg.where}: step ${JSON.stringify(label)} — ${note}`);
      this.result.problems.push({ level: 'warning', where: `${leg.where} › ${label}`, message: note });
      return { outcome: 'skipped', outputs: {}, note };
    }
    const inputs = this.inputsOf(step, contexts, leg.status, action.manifest);
    for (const [name, value] of Object.entries(this.options.inputDefaults?.(action.name) ?? {})) if (!inputs[name] && Object.hasOwn(action.manifest.inputs ?? {}, name)) inputs[name] = value;
    const override = this.options.inputOverrides?.(action.name);
    if (override) {
      Object.assign(inputs, Object.fromEntries(Object.entries(override.inputs).filter(([name]) => Object.hasOwn(action.manifest.inputs ?? {}, name))));
      this.options.log(`   (rehearsal) ${label}: ${override.note}`);
    }
    const script = path.resolve(action.dir, action.manifest.runs.main!);
    if (!existsSync(script)) throw new WorkflowError(`${this.options.shownAs}: ${at}: ${path.relative(this.options.kitRoot, script)} is not built (node scripts/build.mjs ${action.name})`);
    const files = fileCommandFiles(path.join(leg.dir, 'steps', String(++leg.stepCount)));
    const actionEnv = { ...this.processEnv(leg, env, files, contexts), ...inputEnv(inputs), GITHUB_ACTION: step.id ?? `__release-kit_${action.name}`, GITHUB_ACTION_PATH: action.dir };
    const run = await runProcess([process.execPath, script], { cwd: leg.workspace, env: actionEnv, timeoutMs: leg.timeoutMs });
    const result = this.finish(leg, at, run, files);
    this.reruns.set(`${leg.where} › ${label}`, async () => {
      const again = fileCommandFiles(path.join(leg.dir, 'steps', String(++leg.stepCount)));
      const rerun = await runProcess([process.execPath, script], { cwd: leg.workspace, env: { ...actionEnv, ...again }, timeoutMs: leg.timeoutMs });
      const done = this.finish(leg, `${at} (re-run)`, rerun, again);
      return { outcome: done.outcome, ...(done.note ? { note: done.note } : {}) };
    });
    if (result.outcome === 'failure' && leg.decision.kind === 'cross' && action.name === 'matrix-build') {
      // The leg is reported once, as a leg this host cannot build; its build's errors are not the release's.
      const where = at.replace(/^job /, '');
      for (let i = this.result.problems.length - 1; i >= 0; i--) if (this.result.problems[i]!.where === where) this.result.problems.splice(i, 1);
      const missing = /(?:^|\n)(?:.*?: )?([^\s:]+): (?:command )?not found/.exec(`${run.stdout}\n${run.stderr}`)?.[1];
      leg.notRehearsable = `the ${leg.decision.os} build does not run on this host (${missing ? `${missing}: command not found, a tool this host lacks` : result.note})`;
      return { outcome: 'skipped', outputs: {}, note: leg.notRehearsable };
    }
    const post = action.manifest.runs.post;
    if (post) {
      const postIf = action.manifest.runs['post-if'] ?? 'always()';
      leg.post.push(async () => {
        if (!evaluateCondition(postIf, { ...contexts, env: leg.env }, leg.status)) return;
        const postFiles = fileCommandFiles(path.join(leg.dir, 'steps', String(++leg.stepCount)));
        const state = Object.fromEntries(Object.entries(result.state).map(([key, value]) => [`STATE_${key}`, value]));
        const postRun = await runProcess([process.execPath, path.resolve(action.dir, post)], { cwd: leg.workspace, env: { ...actionEnv, ...this.processEnv(leg, env, postFiles, contexts), ...inputEnv(inputs), ...state }, timeoutMs: leg.timeoutMs });
        const done = this.finish(leg, `${at} (post)`, postRun, postFiles);
        this.result.steps.push({ job: leg.job, leg: leg.where, step: `Post ${label}`, outcome: done.outcome, ...(done.note ? { note: done.note } : {}) });
        this.options.log(`   ${done.outcome === 'success' ? '✓' : '✗'} Post ${label}${done.note ? ` — ${done.note}` : ''}`);
        if (done.outcome === 'failure') leg.status.failed = true;
      });
    }
    return { outcome: result.outcome, outputs: result.outputs, note: result.note };
  }

  private async runComposite(leg: Leg, step: StepSpec, action: { name: string; manifest: ActionManifest; dir: string }, contexts: Contexts, label: string): Promise<{ failed: boolean; values: Record<string, string> }> {
    const inputs = this.inputsOf(step, contexts, leg.status, action.manifest);
    const outer = leg.status;
    leg.status = { failed: false, cancelled: outer.cancelled };
    const inner: Contexts = { github: contexts.github, runner: contexts.runner, job: contexts.job, env: leg.env, inputs, steps: {}, secrets: {}, vars: {} };
    let failed: boolean;
    try {
      await this.runSteps(leg, action.manifest.runs.steps ?? [], inner, undefined, label);
    } finally {
      failed = leg.status.failed;
      leg.status = outer;
    }
    const values: Record<string, string> = {};
    for (const [name, output] of Object.entries(action.manifest.outputs ?? {})) values[name] = evaluateString(output.value ?? '', inner);
    return { failed, values };
  }
}

interface Leg {
  job: string;
  where: string;
  workspace: string;
  temp: string;
  dir: string;
  env: Record<string, string>;
  paths: string[];
  post: Array<() => Promise<void>>;
  status: StatusState;
  decision: LegDecision;
  stepCount: number;
  timeoutMs: number;
  /** Set when a cross leg's build cannot run here: the rest of the leg is not rehearsed. */
  notRehearsable: string | undefined;
}

/** The check `run` starts with, on its own: every construct and reference, before keys are made or anything runs. */
export function checkWorkflow(options: Pick<ExecutorOptions, 'workflowFile' | 'shownAs' | 'kitRoot' | 'kitRepository'>): void {
  new WorkflowExecutor({ ...options, repository: '', runDir: '', ref: '', sha: '', refExists: false, inputs: {}, secrets: {}, github: {}, env: {}, decideLeg: () => ({ kind: 'run' }), log: () => undefined }).check();
}
