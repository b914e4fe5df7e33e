import { Mismatch, NotYet, type SmokeCheck } from '../check.js';

/** What the body must hold: a regex, or a JSON field (dotted path, `[n]` for array items) equal to a value. */
export type BodyExpectation = { kind: 'regex'; pattern: RegExp; source: string } | { kind: 'json'; path: string[]; expected: unknown; source: string; bareWord: boolean };

export interface HealthOptions {
  url: string;
  expectStatus: number;
  expectBody?: BodyExpectation;
  timeoutMs: number;
}

/** `json:status=ok`, `json:$.checks[0].healthy=true`, or a regex. Throws a message saying what is wrong. */
export function parseBodyExpectation(text: string): BodyExpectation {
  if (text.startsWith('json:')) {
    const spec = text.slice(5);
    const at = spec.indexOf('=');
    if (at <= 0) throw new Error('a JSON expectation is written json:<path>=<value>, as json:status=ok or json:checks[0].healthy=true');
    const pathText = spec.slice(0, at).trim().replace(/^\$\.?/, '');
    const path: string[] = [];
    for (const part of pathText.split('.')) {
      const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
      if (!match || (match[1] === '' && match[2] === '')) throw new Error(`the path ${JSON.stringify(pathText)} is not a dotted path (name.name[0].name)`);
      if (match[1]) path.push(match[1]);
      for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(index[1]!);
    }
    const raw = spec.slice(at + 1).trim();
    let expected: unknown = raw;
    let bareWord = false;
    try {
      expected = JSON.parse(raw);
    } catch {
      // A bare word (ok, 1.2.3): compared as text with the field's value written out.
      bareWord = true;
    }
    return { kind: 'json', path, expected, source: text, bareWord };
  }
  try {
    return { kind: 'regex', pattern: new RegExp(text), source: text };
  } catch (error) {
    throw new Error(`it is not a valid regular expression (${(error as Error).message})`);
  }
}

function lookup(value: unknown, path: readonly string[]): { found: boolean; value: unknown } {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return { found: false, value: undefined };
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, value: current };
}

/** Whether a body meets the expectation; the reason when not. */
export function matchBody(body: string, expectation: BodyExpectation): { ok: boolean; why: string } {
  if (expectation.kind === 'regex') {
    return expectation.pattern.test(body) ? { ok: true, why: `body matches /${expectation.source}/` } : { ok: false, why: `body does not match /${expectation.source}/: ${excerpt(body)}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, why: `body is not JSON: ${excerpt(body)}` };
  }
  const shown = expectation.path.join('.');
  const { found, value } = lookup(parsed, expectation.path);
  if (!found) return { ok: false, why: `body has no field ${shown}: ${excerpt(body)}` };
  const equal =
    expectation.bareWord && typeof value !== 'string' ? JSON.stringify(value) === expectation.expected : JSON.stringify(value) === JSON.stringify(expectation.expected);
  return equal ? { ok: true, why: `${shown} = ${JSON.stringify(value)}` } : { ok: false, why: `${shown} is ${JSON.stringify(value)}, expected ${JSON.stringify(expectation.expected)}` };
}

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${JSON.stringify(flat.slice(0, 200))}…` : JSON.stringify(flat);
}

/**
 * Passes when the URL answers with the expected status (and body). Connection errors and other statuses
 * (503 while starting) are retried; the expected status with a body that does not match fails at once.
 */
export function healthCheck(options: HealthOptions): SmokeCheck {
  return {
    name: 'health-url',
    describe: `GET ${options.url} → ${options.expectStatus}${options.expectBody ? `, body ${options.expectBody.source}` : ''}`,
    timeoutMs: options.timeoutMs,
    needsRunningApp: true,
    async attempt(context) {
      let response: Response;
      let body: string;
      try {
        response = await fetch(options.url, { signal: AbortSignal.timeout(Math.max(1, Math.min(10_000, context.remainingMs()))), redirect: 'follow' });
        body = await response.text();
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new NotYet(`${options.url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
      }
      if (response.status !== options.expectStatus) throw new NotYet(`HTTP ${response.status}, expected ${options.expectStatus}: ${excerpt(body)}`);
      if (options.expectBody) {
        const verdict = matchBody(body, options.expectBody);
        // The app answered as ready: a wrong body is its answer, not a state on the way to ready.
        if (!verdict.ok) throw new Mismatch(`HTTP ${response.status}, but ${verdict.why}`);
        return `HTTP ${response.status}, ${verdict.why}`;
      }
      return `HTTP ${response.status}`;
    },
  };
}
