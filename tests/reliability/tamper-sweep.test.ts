import { spawn } from 'node:child_process';
import * as childProcess from 'node:child_process';
import * as crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import { join } from 'node:path';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import * as url from 'node:url';
import * as util from 'node:util';
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/api/load-policy.js';
import { applicationSchema } from '../../src/heyuan/application.js';
import { clauseSchema } from '../../src/schema/clause.js';
import { guidelineSchema } from '../../src/schema/guideline.js';
import { policySchema } from '../../src/schema/policy.js';
import { applicationArb } from '../properties/arbitraries.js';
import { record } from '../properties/harness.js';
import { tempDir } from '../cli/run-cli.js';
import { creditCode } from '../support/golden.js';
import { ROOT, sampleApplication } from './fixtures.js';

/*
 * A host that put any key on Object.prototype, enumerable or not, before or
 * after importing us: the ESM and CJS builds give the same decisions (or the
 * typed `host-environment` refusal), never a crash at import, never a throw
 * from a safe* function. Regression: any enumerable key set before import
 * made every build throw at import (esbuild's `__export` walks with for…in,
 * and so does zod); set after import, safeEvaluate threw a TypeError.
 * Names that break Node itself (its own module loading, with the test's
 * control) are counted apart: not ours to fix.
 */

function propertyNames(): string[] {
  const sources: object[] = [
    globalThis,
    Object,
    Array,
    Array.prototype,
    String,
    String.prototype,
    Number,
    Number.prototype,
    Function.prototype,
    Math,
    JSON,
    Reflect,
    Promise,
    Promise.prototype,
    Map.prototype,
    Set.prototype,
    WeakMap.prototype,
    Date,
    Date.prototype,
    RegExp.prototype,
    Error,
    Error.prototype,
    Symbol,
    Intl,
    BigInt.prototype,
    ArrayBuffer.prototype,
    Object.getPrototypeOf(Uint8Array.prototype),
    Buffer,
    Buffer.prototype,
    process,
    fs,
    path,
    EventEmitter.prototype,
    Readable.prototype,
    Writable.prototype,
    util,
    os,
    crypto,
    childProcess,
    http,
    url,
    zlib,
    net.Socket.prototype,
    z,
  ];
  const names = new Set<string>();
  for (const o of sources) for (const k of Object.getOwnPropertyNames(o)) names.add(k);
  // Every field name of the schemas: the keys a polluted prototype would most likely answer for.
  const walk = (s: unknown): void => {
    if (s === null || typeof s !== 'object') return;
    for (const [k, v] of Object.entries(s)) {
      if (k === 'properties' && v && typeof v === 'object') for (const f of Object.keys(v)) names.add(f);
      walk(v);
    }
  };
  for (const schema of [applicationSchema, clauseSchema, guidelineSchema, policySchema]) walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  for (const n of [
    'precision',
    'rounding',
    'modulo',
    'toExpNeg',
    'toExpPos',
    'minE',
    'maxE',
    'crypto',
    'defaults',
    'allowUndefinedFacts',
    'pathResolver',
    'fact',
    'any',
    'all',
    'not',
    'path',
    'priority',
    'event',
    'params',
  ])
    names.add(n);
  for (const k of Object.getOwnPropertyNames(Object.prototype)) names.delete(k);
  names.delete('__proto__');
  return [...names].sort();
}

interface ChildReport {
  result: Record<string, string>;
  /** The group being tried when the child died (a name that hangs Node's loader): null if it finished. */
  inFlight: string[] | null;
  done: boolean;
  stderr: string;
}

function runChild(job: object, dir: string, name: string): Promise<ChildReport> {
  const file = join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(job));
  return new Promise((resolve) => {
    // Progress goes to a file, not a pipe: a loaded machine must not lose the lines of a child that dies.
    const child = spawn(process.execPath, [join(ROOT, 'tests/reliability/fixtures/tamper-sweep-child.mjs'), file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', () => {
      const out = fs.existsSync(`${file}.progress`) ? fs.readFileSync(`${file}.progress`, 'utf8') : '';
      const result: Record<string, string> = {};
      let inFlight: string[] | null = null;
      let done = false;
      for (const line of out.split('\n')) {
        if (line.startsWith('T')) inFlight = JSON.parse(line.slice(1)) as string[];
        else if (line.startsWith('R')) {
          const [n, v] = JSON.parse(line.slice(1)) as [string, string];
          result[n] = v;
        } else if (line.startsWith('D')) done = true;
      }
      resolve({ result, inFlight: done ? null : inFlight, done, stderr: err });
    });
  });
}

/**
 * Children until every name has a verdict: a child stops after a name that
 * broke Node itself, or dies of one that hangs its loader; a fresh one takes
 * the rest, starting with the group that was in flight (halved down to the name).
 */
async function sweepAll(job: { format: string; when: string; enumerable: boolean } & Record<string, unknown>, names: string[], dir: string, name: string) {
  const result: Record<string, string> = {};
  let left = names;
  let first = 0;
  for (let round = 0; left.length > 0; round++) {
    const r = await runChild({ ...job, names: left, first }, dir, `${name}-${round}`);
    Object.assign(result, r.result);
    if (!r.done && r.inFlight === null) throw new Error(`child ${name}-${round} died before trying any name: ${r.stderr.slice(0, 1500)}`);
    if (round > names.length) throw new Error(`child ${name}: no progress after ${round} rounds`);
    if (r.inFlight && r.inFlight.length === 1) result[r.inFlight[0]!] = 'host-broken';
    const rest = left.filter((n) => !Object.hasOwn(result, n));
    // The group in flight first, halved, so that the next child narrows it down.
    const half = r.inFlight && r.inFlight.length > 1 ? r.inFlight.filter((n) => !Object.hasOwn(result, n)).slice(0, Math.ceil(r.inFlight.length / 2)) : [];
    left = [...half, ...rest.filter((n) => !half.includes(n))];
    first = half.length;
  }
  return { format: job.format, when: job.when, enumerable: job.enumerable, result };
}

const built = fs.existsSync(join(ROOT, 'dist/index.js')) && fs.existsSync(join(ROOT, 'dist/index.cjs'));

describe.runIf(built)('tamper sweep: names on Object.prototype before and after import', () => {
  it('≥ 1,000 names, enumerable and not, before and after import, ESM and CJS: the same decisions or the typed refusal, no crash', async () => {
    const names = propertyNames();
    expect(names.length).toBeGreaterThanOrEqual(1000);
    const policy = loadPolicy({ year: 2026 });
    // Distinct applicants (id and credit code), so that a batch of them is valid.
    const apps = [sampleApplication(), ...fc.sample(applicationArb(policy), { numRuns: 6, seed: 7 })]
      .map((a, i) => ({
        ...a,
        applicant: {
          ...(a.applicant as object),
          id: `T-${i}`,
          ...((a.applicant as { creditCode?: string }).creditCode ? { creditCode: creditCode(7000 + i) } : {}),
        },
      }))
      .filter((a) => policy.validate(a).ok);
    const dir = tempDir();
    const jobs: Promise<Awaited<ReturnType<typeof sweepAll>>>[] = [];
    for (const format of ['esm', 'cjs'] as const) {
      for (const when of ['before', 'after'] as const) {
        for (const enumerable of [true, false]) {
          const module = join(ROOT, format === 'esm' ? 'dist/index.js' : 'dist/index.cjs');
          jobs.push(sweepAll({ module, format, when, enumerable, apps }, names, dir, `${format}-${when}-${enumerable}`));
        }
      }
    }
    const runs = await Promise.all(jobs);
    const counts: Record<string, number> = {};
    const bad: string[] = [];
    for (const r of runs) {
      for (const [name, v] of Object.entries(r.result)) {
        const kind = v.startsWith('crash') ? 'crash' : v;
        counts[kind] = (counts[kind] ?? 0) + 1;
        if (kind === 'crash' || kind === 'differs') bad.push(`${r.format} ${r.when} ${r.enumerable ? 'enumerable' : 'non-enumerable'} ${name}: ${v}`);
      }
    }
    console.log(`tamper sweep: ${names.length} names × 8 settings:`, counts, bad.slice(0, 20));
    record('host tampering: Object.prototype names × {before, after} × {enumerable, not} × {ESM, CJS}', names.length * 8, bad.length);
    expect(bad).toEqual([]);
    expect(counts.same ?? 0).toBeGreaterThan(names.length * 7);
  }, 600_000); // well under a minute of CPU in all; the wall clock is generous for a loaded machine
});
