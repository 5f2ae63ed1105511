import { buildTree } from '../src/rules/condition-tree.js';
import { compileTree } from '../src/engine/evaluate-compiled.js';
import { type Facts, nullProtoCopy } from '../src/core/facts.js';
import type { YearClause } from '../src/rules/apply-guideline.js';
import type { Condition, Leaf } from '../src/schema/condition.js';

/*
 * The library's compiled condition evaluator on its own, for the side-by-side
 * row "conditions alone" (what stock json-rules-engine does there): each
 * clause's full tree (G1–G7, its own leaves, the guideline's) compiled once
 * into closures, exactly as load-policy.ts builds it, then run on facts made
 * as decide.ts makes them. Every leaf is still recorded (actual, expected,
 * passed). No validation, amounts, adjustments or Decision.
 */

interface Context {
  year: number;
  window: { from: string; to: string };
  eventPeriod: { from: string; to: string };
  violationLookback: { from: string; to: string };
  clawbackBar: { from: number; to: number };
}

export interface ConditionsApp {
  applicant: Record<string, unknown>;
  events: Array<Record<string, unknown> & { type: string }>;
  history?: Array<{ year: number; clawedBack?: boolean }>;
}

export function compiledConditions(
  clauses: readonly YearClause[],
  general: readonly Leaf[],
  context: Context,
  predecessor?: { expired: string; field: string },
): (app: ConditionsApp) => Set<string> {
  const ctx = Object.freeze(nullProtoCopy(context));
  const compiled = clauses.map((yc) => {
    const { clause } = yc;
    const own = clause.conditions as Condition;
    const ownList = 'all' in own ? own.all : [own];
    const gen = general.filter((leaf) => clause.subject !== 'applicant' || leaf.fact !== 'event');
    const tree = buildTree({ all: [...gen, ...ownList, ...yc.addedConditions] });
    const clauseFact = Object.freeze(nullProtoCopy({ id: clause.id, applicants: clause.applicants, suspended: yc.suspended !== null }));
    return { id: clause.id, subject: clause.subject, clauseFact, run: compileTree(tree) };
  });
  return (app) => {
    const applicant = nullProtoCopy(app.applicant);
    const history = nullProtoCopy({
      clawbackYears: (app.history ?? []).filter((h) => h.clawedBack === true).map((h) => h.year),
      // G8: the events the previous policy funded, by the application's word (only those up to its expiry count)
      predecessorFunded:
        predecessor === undefined ? [] : app.events.filter((e) => (e.date as string) <= predecessor.expired && e[predecessor.field] === true).map((e) => e.id),
    });
    const passed = new Set<string>();
    for (const c of compiled) {
      for (const e of app.events) {
        if (e.type !== c.subject) continue;
        const facts: Facts = { applicant, event: nullProtoCopy(e), context: ctx, clause: c.clauseFact, history };
        if (c.run(facts).passed) passed.add(c.id);
      }
    }
    return passed;
  };
}

// The CLI's spills (temporary files) and the simulation that takes them: throughput.mjs's `simulate-files` mode.
export { fileSpills } from '../src/cli/file-spill.js';
export { safeSimulateWith } from '../src/api/simulate.js';
