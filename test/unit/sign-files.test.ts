import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../src/kit/errors.js';
import { LeftoverBook, signFiles } from '../../src/sign/sign-files.js';
import type { Leftover, SignatureRecord, Signer, SignMethod } from '../../src/sign/signer.js';
import { tempDir } from '../harness/runner.js';

/** A signer that creates a real folder in prepare and can fail at any stage. */
class FakeSigner implements Signer {
  readonly method: SignMethod;
  readonly dir: string;
  readonly events: string[];
  private readonly failAt: 'prepare' | 'sign' | 'cleanup' | undefined;
  private declared: Leftover[] = [];
  constructor(method: SignMethod, root: string, events: string[], failAt?: 'prepare' | 'sign' | 'cleanup') {
    this.method = method;
    this.dir = path.join(root, `${method}-keys`);
    this.events = events;
    this.failAt = failAt;
  }
  async prepare(): Promise<void> {
    this.events.push(`${this.method} prepare`);
    this.declared.push({ kind: 'path', path: this.dir });
    mkdirSync(this.dir);
    if (this.failAt === 'prepare') throw new UserError(`${this.method}: bad key`);
  }
  async signAll(files: readonly string[]): Promise<SignatureRecord[]> {
    this.events.push(`${this.method} sign ${files.join(',')}`);
    if (this.failAt === 'sign') throw new UserError(`${this.method}: signing failed`);
    return files.map((file) => ({ file, method: this.method, verified: true }));
  }
  leftovers(): Leftover[] {
    return [...this.declared];
  }
  async cleanup(): Promise<void> {
    this.events.push(`${this.method} cleanup`);
    if (this.failAt === 'cleanup') throw new Error('device busy');
    rmSync(this.dir, { recursive: true, force: true });
  }
}

describe('signFiles', () => {
  test('jobs run in order, records are kept per job, everything is cleaned up and the state emptied', async () => {
    const root = tempDir('jobs-');
    const events: string[] = [];
    const saved: Leftover[][] = [];
    const book = new LeftoverBook((leftovers) => saved.push(leftovers));
    const a = new FakeSigner('rpmsign', root, events);
    const b = new FakeSigner('minisign', root, events);
    const result = await signFiles(
      [
        { label: 'rpm', signer: a, files: ['x.rpm'] },
        { label: 'nothing', signer: new FakeSigner('gpg', root, events), files: [] },
        { label: 'minisign', signer: b, files: ['x.rpm', 'y.tar.gz'] },
      ],
      book,
    );
    expect(events).toEqual(['rpmsign prepare', 'rpmsign sign x.rpm', 'minisign prepare', 'minisign sign x.rpm,y.tar.gz', 'rpmsign cleanup', 'minisign cleanup']);
    expect(result.byJob.map((job) => [job.label, job.records.map((r) => r.file)])).toEqual([
      ['rpm', ['x.rpm']],
      ['minisign', ['x.rpm', 'y.tar.gz']],
    ]);
    expect(result.records).toHaveLength(3);
    // Persisted as soon as each folder existed, emptied once both were removed.
    expect(saved[0]).toEqual([{ kind: 'path', path: a.dir }]);
    expect(saved).toContainEqual([{ kind: 'path', path: a.dir }, { kind: 'path', path: b.dir }]);
    expect(saved.at(-1)).toEqual([]);
    expect(result.remaining).toEqual([]);
  });

  test('a failing prepare still persists what it created, cleans up every prepared signer and throws the first error', async () => {
    const root = tempDir('jobs-');
    const events: string[] = [];
    const saved: Leftover[][] = [];
    const first = new FakeSigner('gpg', root, events);
    const failing = new FakeSigner('codesign', root, events, 'prepare');
    const never = new FakeSigner('minisign', root, events);
    await expect(
      signFiles(
        [
          { label: 'gpg', signer: first, files: ['a'] },
          { label: 'mac', signer: failing, files: ['b.dmg'] },
          { label: 'minisign', signer: never, files: ['a'] },
        ],
        new LeftoverBook((leftovers) => saved.push(leftovers)),
      ),
    ).rejects.toThrow('codesign: bad key');
    expect(events).toEqual(['gpg prepare', 'gpg sign a', 'codesign prepare', 'gpg cleanup', 'codesign cleanup']);
    expect(saved).toContainEqual([{ kind: 'path', path: first.dir }, { kind: 'path', path: failing.dir }]);
    expect(existsSync(failing.dir)).toBe(false);
    expect(saved.at(-1)).toEqual([]);
  });

  test('a cleanup that fails is a warning, and what it left stays in the state for the post step', async () => {
    const root = tempDir('jobs-');
    const saved: Leftover[][] = [];
    const warnings: string[] = [];
    const stuck = new FakeSigner('pfx', root, [], 'cleanup');
    const result = await signFiles([{ label: 'pfx', signer: stuck, files: ['a.exe'] }], new LeftoverBook((leftovers) => saved.push(leftovers)), { warn: (m) => warnings.push(m) });
    expect(warnings).toEqual(['Cleaning up after pfx failed (the post step tries again): device busy']);
    expect(result.remaining).toEqual([{ kind: 'path', path: stuck.dir }]);
    expect(saved.at(-1)).toEqual([{ kind: 'path', path: stuck.dir }]);
  });
});
