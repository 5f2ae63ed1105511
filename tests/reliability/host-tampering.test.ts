import { existsSync, readFileSync } from 'node:fs';
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

  test.runIf(existsSync(join(ROOT, 'dist/index.js')))(
    'keys the shield cannot set aside (non-configurable, after loading): every answer is a host-environment refusal, never a decision',
    async () => {
      const dist = join(ROOT, 'dist/index.js');
      const [clean, fixed] = await Promise.all([
        runChild({ runtime: 'node', module: dist, apps }),
        runChild({ runtime: 'node', module: dist, apps, tamper: 'fixed' }),
      ]);
      expect(fixed.stderr).toContain('fixed true'); // the keys really are there, for good
      // Before the shield refused to run beside such keys, 6 of these 63 answers were decisions that
      // had read a field left out (ipViolationDates, isSme …) from the host's prototype: wrong amounts.
      const answers = fixed.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { ok: boolean; issues?: { code: string; params?: { detail?: string } }[] });
      // one answer per application (the clean run answers for two guidelines)
      expect(answers.length).toBe((JSON.parse(readFileSync(apps, 'utf8')) as { applications: unknown[] }).applications.length);
      expect(clean.stdout).toContain('"ok":true');
      for (const a of answers) {
        expect(a.ok).toBe(false);
        expect(a.issues?.map((i) => i.code)).toEqual(['host-environment']);
        expect(a.issues?.[0]?.params?.detail).toContain('cannot be set aside (non-configurable): isSme, creditCode');
      }
      record('host tampering: non-configurable keys refused', answers.length, 0);
    },
  );

  test('control: the same pollution does change a naive reader, so the comparison can fail', async () => {
    const { default: Decimal } = await import('decimal.js');
    const Naive = Decimal.clone();
    Naive.set({ rounding: Decimal.ROUND_DOWN });
    expect(new Naive('2.675').toDecimalPlaces(2).toFixed(2)).toBe('2.67');
    expect(new Decimal('2.675').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe('2.68');
  });
});
