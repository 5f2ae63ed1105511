import { appendFileSync } from 'node:fs';
import { assertNoPoisoning, restoreGlobals } from '@fast-check/poisoning';
import fc from 'fast-check';
import { afterEach } from 'vitest';

/*
 * Shared by every property and fuzz file: one seed per process, printed so a
 * failure can be replayed (FC_SEED=<seed> npx vitest run tests/properties),
 * run counts scaled by FC_RUNS (the reliability script raises them), and the
 * counts each file ran appended to RELIABILITY_COUNTS when the report script
 * asks for them.
 */

export const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : (Date.now() ^ (process.pid << 8)) >>> 1;
/** Multiplier on each property's default run count: 1 in `npm test`. */
export const SCALE = Math.max(1, Number(process.env.FC_SCALE ?? 1));

let printed = false;
export function configureFastCheck(): void {
  fc.configureGlobal({ seed: SEED, numRuns: 200 });
  if (!printed) {
    printed = true;
    console.log(`fast-check seed ${SEED} (replay: FC_SEED=${SEED}), scale ${SCALE}`);
  }
}
configureFastCheck();

export const runs = (n: number): number => n * SCALE;

/** Records how many cases a check ran and how many disagreed, for RELIABILITY.md. */
export function record(name: string, cases: number, mismatches = 0): void {
  const file = process.env.RELIABILITY_COUNTS;
  if (file) appendFileSync(file, JSON.stringify({ name, cases, mismatches }) + '\n');
}

/**
 * After every test: Object.prototype, Array.prototype and the other globals
 * are exactly as they were (assertNoPoisoning throws on any change, and
 * restores them so one failure does not cascade).
 */
export function guardGlobals(): void {
  afterEach(() => {
    try {
      assertNoPoisoning();
    } finally {
      restoreGlobals();
    }
  });
}
