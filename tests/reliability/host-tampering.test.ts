import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { guardGlobals, record } from '../properties/harness.js';
import { ROOT } from './fixtures.js';
import { runChild, writeApplications } from './processes.js';

guardGlobals();

/*
 * A host that calls Decimal.set({ rounding: ROUND_DOWN, precision: 3 }) and
 * pollutes Object.prototype (decimal.js config names, json-rules-engine
 * options, optional fields of our rules and applications) BEFORE loading the
 * library gets byte-identical decisions: a private frozen Decimal clone with
 * every setting given, null-prototype copies of validated data, own-property
 * reads. (Stock json-rules-engine is not proof against a polluted `fact` or
 * `any`; that evaluator is the reference, not the default, and is left out
 * of that part of the pollution.)
 */

describe('host tampering before import', () => {
  const apps = writeApplications(30);

  test('the source: Decimal.set and a polluted Object.prototype change no byte', async () => {
    const source = join(ROOT, 'src/index.ts');
    const [clean, tampered] = await Promise.all([
      runChild({ runtime: 'vite-node', module: source, apps }),
      runChild({ runtime: 'vite-node', module: source, apps, tamper: true }),
    ]);
    expect(clean.stdout.length).toBeGreaterThan(10_000);
    expect(tampered.stderr).toContain('tampered 2.67 0.01'); // 2.675 rounded down: the host's Decimal really is changed
    expect(tampered.stdout).toBe(clean.stdout);
    record('host tampering: decisions compared (source)', 1, 0);
  });

  test.runIf(existsSync(join(ROOT, 'dist/index.js')))('the built dist/index.js: the same', async () => {
    const dist = join(ROOT, 'dist/index.js');
    const [clean, tampered] = await Promise.all([
      runChild({ runtime: 'node', module: dist, apps }),
      runChild({ runtime: 'node', module: dist, apps, tamper: true }),
    ]);
    expect(tampered.stderr).toContain('tampered 2.67 0.01');
    expect(tampered.stdout).toBe(clean.stdout);
    record('host tampering: decisions compared (dist)', 1, 0);
  });

  test('control: the same pollution does change a naive reader, so the comparison can fail', async () => {
    const { default: Decimal } = await import('decimal.js');
    const Naive = Decimal.clone();
    Naive.set({ rounding: Decimal.ROUND_DOWN });
    expect(new Naive('2.675').toDecimalPlaces(2).toFixed(2)).toBe('2.67');
    expect(new Decimal('2.675').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe('2.68');
  });
});
