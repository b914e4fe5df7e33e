/**
 * `${{ }}` expressions, evaluated with GitHub's own expression library (@actions/expressions): the
 * lexer, parser and evaluator the Actions tooling uses, with the workflow's contexts as plain values
 * and the job status functions (success, failure, always, cancelled) supplied by the executor.
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';

export type Contexts = Record<string, unknown>;

/** The job status the status functions read. */
export interface StatusState {
  /** A step or needed job before this one failed. */
  failed: boolean;
  cancelled: boolean;
}

/** An expression that does not parse or names a function or context the executor does not know. */
export class ExpressionProblem extends Error {}

const CONTEXT_NAMES = ['github', 'inputs', 'secrets', 'needs', 'steps', 'matrix', 'env', 'runner', 'job', 'jobs', 'strategy', 'vars'];
const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];
const STATUS_CALL = /\b(success|failure|always|cancelled)\s*\(/i;

export function toExpressionData(value: unknown): data.ExpressionData {
  if (value === undefined) return new data.Null();
  return JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData;
}

export function fromExpressionData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown;
}

/** Evaluates one expression (the text between `${{` and `}}`) to a plain value. */
export function evaluate(expression: string, contexts: Contexts, status: StatusState = { failed: false, cancelled: false }): unknown {
  let parsed;
  try {
    const tokens = new Lexer(expression).lex().tokens;
    parsed = new Parser(tokens, CONTEXT_NAMES, STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }))).parse();
  } catch (error) {
    throw new ExpressionProblem(`\${{ ${expression.trim()} }}: ${(error as Error).message}`);
  }
  const dictionary = new data.Dictionary(...Object.entries(contexts).map(([key, value]) => ({ key, value: toExpressionData(value) })));
  const results: Record<string, boolean> = { success: !status.failed && !status.cancelled, failure: status.failed, always: true, cancelled: status.cancelled };
  const functions = new Map(Object.entries(results).map(([name, result]) => [name, { name, minArgs: 0, maxArgs: 0, call: (): data.ExpressionData => new data.BooleanData(result) }]));
  try {
    return fromExpressionData(new Evaluator(parsed, dictionary, functions).evaluate());
  } catch (error) {
    throw new ExpressionProblem(`\${{ ${expression.trim()} }}: ${(error as Error).message}`);
  }
}

/** The runner's string form of a value: objects as JSON, null as ''. */
export function asString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  if (typeof value === 'number') return String(value);
  return String(value);
}

/** The `${{ … }}` spans of a template, respecting quoted strings inside an expression. */
function spans(template: string): Array<{ start: number; end: number; expression: string }> {
  const found: Array<{ start: number; end: number; expression: string }> = [];
  let at = 0;
  for (;;) {
    const start = template.indexOf('${{', at);
    if (start < 0) return found;
    let i = start + 3;
    let quoted = false;
    for (; i < template.length; i++) {
      const c = template[i];
      if (c === "'") quoted = !quoted;
      else if (!quoted && c === '}' && template[i + 1] === '}') break;
    }
    if (i >= template.length) throw new ExpressionProblem(`${template.slice(start, start + 40)}…: the expression is not closed with }}`);
    found.push({ start, end: i + 2, expression: template.slice(start + 3, i) });
    at = i + 2;
  }
}

/**
 * A workflow value with `${{ }}` inside: a value that is one whole expression keeps its type (the
 * matrix from fromJSON stays an object); anything else is interpolated to a string. Lists and maps
 * (a matrix written out, with an axis from an expression) are evaluated item by item.
 */
export function evaluateTemplate(template: unknown, contexts: Contexts, status?: StatusState): unknown {
  if (Array.isArray(template)) return template.map((item) => evaluateTemplate(item, contexts, status));
  if (template && typeof template === 'object') return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, evaluateTemplate(value, contexts, status)]));
  if (typeof template !== 'string') return template;
  const found = spans(template);
  if (!found.length) return template;
  if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === template.length) return evaluate(found[0]!.expression, contexts, status);
  let out = '';
  let at = 0;
  for (const span of found) {
    out += template.slice(at, span.start) + asString(evaluate(span.expression, contexts, status));
    at = span.end;
  }
  return out + template.slice(at);
}

export function evaluateString(template: unknown, contexts: Contexts, status?: StatusState): string {
  return asString(evaluateTemplate(template, contexts, status));
}

/**
 * An `if:` condition: with or without `${{ }}`; without a status function it means `success() && (…)`,
 * as on the runner. Absent: `success()`.
 */
export function evaluateCondition(condition: unknown, contexts: Contexts, status: StatusState): boolean {
  if (condition === undefined || condition === null || condition === '') return !status.failed && !status.cancelled;
  if (typeof condition === 'boolean') return condition && !status.failed && !status.cancelled;
  let text = String(condition).trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
  if (whole && spans(text).length === 1) text = whole[1]!;
  else if (text.includes('${{')) text = `'${evaluateString(text, contexts, status).replace(/'/g, "''")}'`;
  const expression = STATUS_CALL.test(text.replace(/'(?:[^']|'')*'/g, "''")) ? text : `success() && (${text})`;
  const value = evaluate(expression, contexts, status);
  return value !== null && value !== false && value !== 0 && value !== '' && !(typeof value === 'number' && Number.isNaN(value));
}

/** Every `${{ }}` expression inside a workflow value (strings, lists, maps). */
export function expressionsIn(value: unknown): string[] {
  if (typeof value === 'string') return spans(value).map((span) => span.expression);
  if (Array.isArray(value)) return value.flatMap(expressionsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(expressionsIn);
  return [];
}

/** The bare expression of an `if:` (which may be written with or without `${{ }}`). */
export function conditionExpression(condition: unknown): string | undefined {
  if (condition === undefined || condition === null || typeof condition === 'boolean') return undefined;
  const text = String(condition).trim();
  return text.includes('${{') ? undefined : text;
}

export interface Reference {
  /** steps, needs or jobs. */
  context: string;
  name: string;
  /** The output named after `.outputs.`, if any. */
  output?: string;
}

/** Parses an expression (throwing ExpressionProblem as `evaluate` would) and lists its steps/needs/jobs references. */
export function referencesOf(expression: string): Reference[] {
  let tokens;
  try {
    tokens = new Lexer(expression).lex().tokens;
    new Parser(tokens, CONTEXT_NAMES, STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }))).parse();
  } catch (error) {
    throw new ExpressionProblem(`\${{ ${expression.trim()} }}: ${(error as Error).message}`);
  }
  const found: Reference[] = [];
  const word = (i: number): string | undefined => (tokens[i] && /^[A-Za-z_][\w-]*$/.test(tokens[i]!.lexeme) ? tokens[i]!.lexeme : undefined);
  const dot = (i: number): boolean => tokens[i]?.lexeme === '.';
  for (let i = 0; i < tokens.length; i++) {
    const context = word(i)?.toLowerCase();
    if (!context || !['steps', 'needs', 'jobs'].includes(context) || dot(i - 1) || !dot(i + 1) || !word(i + 2)) continue;
    const reference: Reference = { context, name: word(i + 2)! };
    if (dot(i + 3) && word(i + 4) === 'outputs' && dot(i + 5) && word(i + 6)) reference.output = word(i + 6)!;
    found.push(reference);
  }
  return found;
}
