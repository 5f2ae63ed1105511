import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { policyHashes } from '../../src/core/hash.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import { fromPrecomputed, validateRules, type ValidatedRules } from '../../src/rules/load-rules.js';
import { bundledPrecomputed, bundledRules } from '../../src/heyuan/rules.generated.js';

/*
 * loadPolicy({ year }) takes the bundled rules as scripts/bundle-rules.mjs
 * validated and hashed them. That must be exactly what validation and hashing
 * give at run time, down to key order and prototypes (a null prototype is what
 * keeps a polluted Object.prototype out of the rules), or the two could drift.
 * (tests/package/exports.test.ts checks that the generated file is up to date.)
 */

/** Everything a caller could tell apart: values, key order, prototypes, Map entries. */
function anatomy(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Map) return { map: [...v].map(([k, x]) => [k, anatomy(x)]) };
  if (Array.isArray(v)) return { array: v.map(anatomy) };
  const proto = Object.getPrototypeOf(v);
  return {
    proto: proto === null ? 'null' : proto === Object.prototype ? 'Object' : String(proto),
    entries: Object.keys(v).map((k) => [k, anatomy((v as Record<string, unknown>)[k])]),
  };
}

const atRunTime = (): ValidatedRules => {
  const r = validateRules(bundledRules);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('the precomputed bundled rules', () => {
  const runtime = atRunTime();
  const precomputed = fromPrecomputed(bundledPrecomputed, bundledRules);

  it('are what validateRules(bundledRules) gives', () => {
    // The application schemas are zod objects built from the vocabulary: compared by what they accept, below.
    const { application: pre, ...preData } = precomputed;
    const { application: run, ...runData } = runtime;
    expect(anatomy(preData)).toEqual(anatomy(runData));
    expect(pre.eventTypes).toEqual(run.eventTypes);
    expect(pre.refused).toEqual(run.refused);
    expect(z.toJSONSchema(pre.strict.applicationSchema)).toEqual(z.toJSONSchema(run.strict.applicationSchema));
    // the bilingual texts are plain objects, everything else null-prototype (see parseWith)
    expect(Object.getPrototypeOf(precomputed.clauses[0])).toBe(null);
    expect(Object.getPrototypeOf(precomputed.clauses[0]!.title)).toBe(Object.prototype);
  });

  it('keep the raw rule files themselves, as validateRules does', () => {
    expect(precomputed.raw.policy).toBe(bundledRules.policy);
    precomputed.raw.clauses.forEach((c, i) => expect(c).toBe(runtime.raw.clauses[i]));
    for (const [year, g] of runtime.guidelines) expect(precomputed.guidelines.get(year)!.raw).toBe(g.raw);
  });

  it('hash every bundled year as loadPolicy would on rules it is given', () => {
    expect(Object.keys(bundledPrecomputed.hashes).sort()).toEqual([...runtime.guidelines.keys()].map(String).sort());
    for (const [year, g] of runtime.guidelines) {
      expect(bundledPrecomputed.hashes[year]).toEqual(policyHashes(runtime.raw, g.raw));
    }
  });

  it('are read once', () => {
    expect(fromPrecomputed(bundledPrecomputed, bundledRules)).toBe(precomputed);
  });
});

describe('loadPolicy on the bundled rules', () => {
  const years = [...atRunTime().guidelines.keys()];

  it.each(years)('%i: the same policy as on the same rules validated at run time', (year) => {
    const fast = loadPolicy({ year });
    const checked = loadPolicy({ year, rules: bundledRules });
    expect(fast.rulesHash).toBe(checked.rulesHash);
    expect(anatomy(fast.guideline)).toEqual(anatomy(checked.guideline));
    expect(anatomy(fast.clauses)).toEqual(anatomy(checked.clauses));
  });

  it('hashes a guideline the caller passes, even one taken from the bundle and changed in place', () => {
    const year = years[0]!;
    const bundledYear = loadPolicy({ year });
    const raw = bundledRules.guidelines.find((g) => g.file.endsWith(`${year}.json`))!.data as { budget: { total: string } };
    const saved = raw.budget.total;
    try {
      raw.budget.total = `${Number.parseInt(saved, 10) + 1}.00`;
      const own = loadPolicy({ guideline: raw as never });
      expect(own.rulesHash).not.toBe(bundledYear.rulesHash);
      const ownRules = policyHashes(
        { policy: bundledRules.policy, clauses: bundledRules.clauses.map((c) => c.data), vocabulary: bundledRules.vocabulary },
        raw,
      );
      expect(own.rulesHash).toBe(ownRules.rulesHash);
    } finally {
      raw.budget.total = saved;
    }
  });
});
