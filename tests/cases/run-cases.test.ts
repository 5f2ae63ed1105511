import { describe, expect, it } from 'vitest';
import type { Decision, Item } from '../../src/index.js';
import { applicationOf, type Case, type ExpectedItem, guidelineOf, loadCaseFiles, type LoadedCaseFile } from './case-file.js';
import { decideBoth, rejectionsBoth } from './decide-case.js';

/*
 * Runs every clause table through both evaluators. A failing case names its
 * file and its sentence; the expected figures are the ones written in the table.
 */

/** An item as the table writes it, with only the fields the expectation states. */
function observed(item: Item, e: ExpectedItem): Record<string, unknown> {
  const o: Record<string, unknown> = {
    clause: item.clause,
    subject: item.subject,
    eligible: item.eligible,
    amount: item.amount,
    blocking: item.conditions.filter((c) => c.blocking).map((c) => c.id),
    adjustments: item.adjustments.map((a, i) => (/ /.test(e.adjustments?.[i] ?? '') ? `${a.kind} ${a.before} → ${a.after}` : a.kind)),
  };
  if (e.base !== undefined) o.base = item.baseAmount;
  if (e.subjectKey !== undefined) o.subjectKey = item.subjectKey;
  if (e.formula !== undefined) o.formula = item.computation?.formula;
  if (e.key !== undefined) o.key = item.computation?.key;
  if (e.figure !== undefined) o.figure = item.computation?.figure;
  if (e.materials !== undefined) o.materials = item.materials.map((m) => m.zh);
  if (e.figures !== undefined) {
    o.figures = Object.fromEntries(
      Object.keys(e.figures).map((name) => {
        const f = item.figures.find((x) => x.name === name);
        return [name, f ? { value: f.value, ceiling: f.ceiling, source: f.source } : 'no such figure'];
      }),
    );
  }
  if (e.conditions !== undefined) {
    o.conditions = Object.fromEntries(
      Object.entries(e.conditions).map(([id, want]) => {
        const c = item.conditions.find((x) => x.id === id);
        if (!c) return [id, 'no such condition'];
        const all: Record<string, unknown> = { passed: c.passed, actual: c.actual, expected: c.expected, failure: c.failure?.en };
        return [id, Object.fromEntries(Object.keys(want).map((k) => [k, all[k]]))];
      }),
    );
  }
  if (e.also !== undefined) o.also = Object.fromEntries(Object.keys(e.also).map((k) => [k, (item as unknown as Record<string, unknown>)[k]]));
  return o;
}

function expected(file: LoadedCaseFile, e: ExpectedItem): Record<string, unknown> {
  const { clause, blocking, adjustments, ...rest } = e;
  return { clause: clause ?? file.clause, blocking: blocking ?? [], adjustments: adjustments ?? [], ...rest };
}

/** Adds amounts in fen, as integers: no float touches money. */
function sumOf(amounts: string[]): string {
  const fen = amounts
    .reduce((n, a) => n + BigInt(a.replace('.', '')), 0n)
    .toString()
    .padStart(3, '0');
  return `${fen.slice(0, -2)}.${fen.slice(-2)}`;
}

function checkDecision(file: LoadedCaseFile, c: Case, d: Decision, where: string): void {
  const wanted = c.items!;
  const clauses = new Set(wanted.map((e) => e.clause ?? file.clause));
  const got = d.items.filter((i) => clauses.has(i.clause));
  expect(
    got.map((i) => `${i.clause} ${i.subject}`),
    `${where}: the items of ${[...clauses].join(', ')}, in the decision's order`,
  ).toEqual(wanted.map((e) => `${e.clause ?? file.clause} ${e.subject}`));
  wanted.forEach((e, n) => {
    expect(observed(got[n]!, e), `${where}: item ${e.subject}`).toEqual(expected(file, e));
  });
  if (c.total !== undefined) expect(d.total, `${where}: total`).toBe(c.total);
  else if (got.length === d.items.length) {
    // Every item of the decision is written out: the total is what they add up to.
    expect(d.total, `${where}: total (the sum of the items)`).toBe(sumOf(wanted.map((e) => e.amount)));
  }
  if (c.warnings !== undefined)
    expect([...new Set(d.warnings.flatMap((w) => (w.clause ? [w.clause] : [])))].sort(), `${where}: warnings`).toEqual([...c.warnings].sort());
}

for (const file of loadCaseFiles()) {
  describe(`${file.file} (${file.clause}, article ${file.article})`, () => {
    for (const c of file.cases) {
      it(c.case, async () => {
        const where = `${file.file}: “${c.case}”`;
        const application = applicationOf(file, c);
        const year = c.year ?? file.year;
        const guideline = guidelineOf(c.guideline ?? file.guideline);
        if (c.rejected) {
          expect(await rejectionsBoth(application, year, guideline, where), `${where}: refused at`).toEqual(c.rejected);
          return;
        }
        checkDecision(file, c, await decideBoth(application, year, guideline, where), where);
      });
    }
  });
}
