/**
 * A fault-injecting layer over the GitHub emulator, plugged in through its hook: a release list that
 * lags behind writes, error answers given before the request is applied or after it was applied (the
 * client sees a failure of something that happened), connection resets, stalls (no answer at all, or
 * an answer whose body stops half-way) and garbled bodies.
 *
 *   const faults = new Faults(github);            // installs itself as github.hook
 *   faults.listLag(3);                             // new releases miss the next 3 list reads
 *   faults.add('POST', /\/releases$/, { kind: 'status', status: 502, when: 'after' });
 */
import type { Answer, EmulatorHook, GitHubEmulator, HookExchange } from './github-emulator.ts';

export type When = 'before' | 'after';

export type InjectedFault =
  /** An error status, the request not applied (before) or applied (after). */
  | { kind: 'status'; status: 500 | 502 | 503 | 504; when: When }
  | { kind: '429'; retryAfter: number; when: When }
  | { kind: '403-secondary'; retryAfter: number; when: When }
  /** The connection is closed without an answer, before or after applying. */
  | { kind: 'reset'; when: When }
  /** The request is applied and never answered: the client waits for headers forever. */
  | { kind: 'stall-headers' }
  /** The request is applied; headers and half of the body are sent, then nothing more. */
  | { kind: 'stall-body' }
  /** The request is applied; the answer is 200/201 with a body that is not JSON. */
  | { kind: 'garbage' };

interface Rule {
  method: string;
  path: RegExp;
  fault: InjectedFault;
  times: number;
}

export interface InjectionRecord {
  method: string;
  path: string;
  fault: InjectedFault['kind'];
}

const isReleaseList = (x: HookExchange): boolean => x.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/releases(\?|$)/.test(x.path);
const isReleaseCreate = (x: HookExchange): boolean => x.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/releases(\?|$)/.test(x.path);

export class Faults implements EmulatorHook {
  /** Every fault injected so far, in order (tests check the fault really happened). */
  readonly injected: InjectionRecord[] = [];
  private rules: Rule[] = [];
  private lagReads = 0;
  /** Release id → list reads it is still missing from. */
  private hidden = new Map<number, number>();
  /** Stalled answers, released when the emulator stops. */
  private stalled = new Set<HookExchange>();

  constructor(github: GitHubEmulator) {
    github.hook = this;
  }

  /** Releases created from now on are missing from the next `reads` reads of the release list. */
  listLag(reads: number): this {
    this.lagReads = reads;
    return this;
  }

  add(method: string, path: RegExp, fault: InjectedFault, times = 1): this {
    this.rules.push({ method: method.toUpperCase(), path, fault, times });
    return this;
  }

  private take(x: HookExchange, phase: 'before' | 'after'): InjectedFault | undefined {
    const rule = this.rules.find((r) => r.times > 0 && r.method === x.method && r.path.test(x.path) && (phase === 'before' ? 'when' in r.fault && r.fault.when === 'before' : !('when' in r.fault) || r.fault.when === 'after'));
    if (!rule) return undefined;
    rule.times--;
    this.injected.push({ method: x.method, path: x.path, fault: rule.fault.kind });
    return rule.fault;
  }

  before(x: HookExchange): boolean {
    const fault = this.take(x, 'before');
    if (!fault) return false;
    x.request.resume();
    this.fail(x, fault);
    return true;
  }

  answer(x: HookExchange, status: number, body: unknown, headers: Record<string, string>, write: Answer): void {
    if (isReleaseCreate(x) && status === 201 && this.lagReads > 0) this.hidden.set((body as { id: number }).id, this.lagReads);
    if (isReleaseList(x) && status === 200 && Array.isArray(body)) body = this.lagging(body as Array<{ id: number }>);
    const fault = this.take(x, 'after');
    if (!fault) return write(status, body, headers);
    if (fault.kind === 'stall-headers') return void this.stalled.add(x);
    if (fault.kind === 'stall-body') {
      const text = JSON.stringify(body ?? {});
      x.response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
      x.response.write(text.slice(0, Math.floor(text.length / 2)));
      return void this.stalled.add(x);
    }
    if (fault.kind === 'garbage') {
      x.response.writeHead(status >= 400 ? 200 : status, { 'content-type': 'application/json; charset=utf-8' });
      return void x.response.end('<html><body>Unicorn! This page is taking too long to load.</body></html>');
    }
    this.fail(x, fault);
  }

  /** The list as a lagging replica shows it: each read brings hidden releases one step nearer. */
  private lagging(list: Array<{ id: number }>): Array<{ id: number }> {
    const shown = list.filter((r) => !this.hidden.has(r.id));
    for (const [id, left] of this.hidden) {
      if (left <= 1) this.hidden.delete(id);
      else this.hidden.set(id, left - 1);
    }
    return shown;
  }

  private fail(x: HookExchange, fault: InjectedFault): void {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      x.response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      x.response.end(JSON.stringify(body));
    };
    switch (fault.kind) {
      case 'status':
        return send(fault.status, { message: 'Server Error' });
      case '429':
        return send(429, { message: 'Too Many Requests' }, { 'retry-after': String(fault.retryAfter) });
      case '403-secondary':
        return send(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': String(fault.retryAfter) });
      case 'reset':
        return void x.request.socket.destroy();
      case 'stall-headers':
      case 'stall-body':
      case 'garbage':
        // Only meaningful once the request was applied (see answer); before applying, a stall is a hang.
        return void this.stalled.add(x);
    }
  }
}
