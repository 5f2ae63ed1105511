import { describe, expect, it } from 'vitest';
import { bundledRules, eventSchemas, loadPolicy } from '../../src/index.js';
import { makeGenerator } from '../../bench/generate.mjs';
import { SEED, THREE_EVENTS, threeClauseRules } from '../../bench/common.mjs';
import { decideByHand, type HandApplication } from '../../bench/handwritten.js';

/*
 * `npm run bench` measures generated applications and compares the library
 * with hand-written code on three clauses. Both must follow the catalogue:
 * catalogue v2 (G8's `predecessorFunded`, the cooperative's "93" codes,
 * certificates put to use, a patentee's role, a bank as lender) once left
 * the generator making invalid applications and the hand-written code paying
 * what the library refuses, and the benchmark threw before printing a row.
 * This keeps them in step on a sample; the benchmark checks every one.
 */

describe('the benchmark follows the catalogue', () => {
  it('generates only valid applications, over every event type', () => {
    const policy = loadPolicy({ year: 2026 });
    const gen = makeGenerator({ eventSchemas, clauses: policy.clauses, seed: SEED });
    const types = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const app = gen.application(i);
      const d = policy.validate(app);
      expect(d.ok ? [] : d.issues.map((x) => `${x.code} ${x.path.join('.')}`), `application ${i}`).toEqual([]);
      for (const e of app.events) types.add(e.type);
    }
    expect(types.size).toBe(gen.types.length);
  });

  it('the hand-written three clauses pay exactly what the library pays, item by item', () => {
    const three = loadPolicy({ year: 2026, rules: threeClauseRules(bundledRules) });
    const gen = makeGenerator({ eventSchemas, clauses: three.clauses, seed: SEED + 3 });
    let paid = 0;
    for (let i = 0; i < 300; i++) {
      const app = gen.application(i, { only: THREE_EVENTS });
      const lib = three.evaluateSync(app);
      const hand = decideByHand(app as HandApplication);
      const line = (items: readonly { clause: string; subject: string; eligible: boolean; amount: string }[]) =>
        items.map((x) => `${x.clause}/${x.subject}/${x.eligible}/${x.amount}`);
      expect(line(hand.items), app.applicant.id).toEqual(line(lib.items));
      expect(hand.total).toBe(lib.total);
      if (lib.total !== '0.00') paid++;
    }
    // the sample exercises payment and refusal alike
    expect(paid).toBeGreaterThan(60);
    expect(paid).toBeLessThan(280);
  });
});
