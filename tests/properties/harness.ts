import { appendFileSync } from 'node:fs';
import { assertNoPoisoning } from '@fast-check/poisoning';
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

const PROTOTYPES: Array<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
];
const snapshot = PROTOTYPES.map(([, p]) => new Set(Reflect.ownKeys(p)));

/** Throws, naming them, when keys were added to the built-in prototypes (and removes them again). */
export function assertPrototypesClean(): void {
  const added: string[] = [];
  PROTOTYPES.forEach(([name, proto], i) => {
    for (const key of Reflect.ownKeys(proto)) {
      if (snapshot[i]!.has(key)) continue;
      added.push(`${name}.${String(key)}`);
      delete (proto as Record<PropertyKey, unknown>)[key];
    }
  });
  if (added.length > 0) throw new Error(`prototype polluted: ${added.join(', ')}`);
  if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('({}).polluted is defined');
}

/** The test runner changes these between tests, and zod creates its registry lazily: not pollution. */
const RUNNER_ROOTS = /^(__vitest_|__zod_|console$|AbortController$|TextEncoder$|TextDecoder$|performance$|process$|fetch$|crypto$)/;

/**
 * After every test: nothing reachable from globalThis was added, altered or
 * dropped (@fast-check/poisoning, which also sees changed built-in methods),
 * and no key was added to a built-in prototype.
 */
export function guardGlobals(): void {
  afterEach(() => {
    assertPrototypesClean();
    assertNoPoisoning({ ignoredRootRegex: RUNNER_ROOTS });
  });
}
