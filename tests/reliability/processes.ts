import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadPolicy } from '../../src/api/load-policy.js';
import { applicationArb } from '../properties/arbitraries.js';
import { bundledGuideline, ROOT, sampleApplication } from './fixtures.js';

/*
 * Child processes that decide the same applications, for comparisons of
 * bytes across time zones and after host tampering.
 */

export const CHILD = join(ROOT, 'tests/reliability/fixtures/decide-child.mjs');
export const VITE_NODE = join(ROOT, 'node_modules/.bin/vite-node');

/** A fixed set: generated applications (fixed seed) plus the example, under 2026 and a leap-day guideline. */
export function writeApplications(count = 40): string {
  const policy = loadPolicy({ year: 2026 });
  const applications = [sampleApplication(), ...fc.sample(applicationArb(policy), { numRuns: count, seed: 20260101 })];
  // A window that opens on 29 February: the two-year look-back ends on the 28th, however the host counts days.
  const leap = bundledGuideline();
  leap.year = 2028;
  leap.window = { from: '2028-02-29', to: '2028-04-30' };
  leap.eventPeriod = { from: '2027-01-01', to: '2028-02-28' };
  const dir = mkdtempSync(join(tmpdir(), 'heyuan-rel-'));
  const file = join(dir, 'applications.json');
  writeFileSync(file, JSON.stringify({ guidelines: [null, leap], applications }));
  return file;
}

export interface ChildRun {
  stdout: string;
  stderr: string;
}

export function runChild(args: {
  runtime: 'node' | 'vite-node';
  module: string;
  apps: string;
  /** true: Decimal.set and a polluted Object.prototype before import; 'fixed': optional application fields put on Object.prototype for good (non-configurable), after import. */
  tamper?: boolean | 'fixed';
  env?: Record<string, string>;
}): Promise<ChildRun> {
  const mode = args.tamper === 'fixed' ? ['tamper-fixed'] : args.tamper ? ['tamper'] : [];
  const [cmd, argv] =
    args.runtime === 'node' ? [process.execPath, [CHILD, args.module, args.apps, ...mode]] : [VITE_NODE, [CHILD, '--', args.module, args.apps, ...mode]];
  return new Promise((resolve, reject) => {
    execFile(cmd, argv, { cwd: ROOT, env: { ...process.env, ...args.env }, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${argv.join(' ')} failed: ${err.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}
