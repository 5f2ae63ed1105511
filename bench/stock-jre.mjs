// Stock json-rules-engine deciding the conditions (G1–G7 and each clause's
// own) of the comparison's clauses, and nothing else: one Engine with one rule
// per clause, `engine.run(facts)` once per application, its default
// jsonpath-plus path resolver. It only needs the operators json-rules-engine
// does not ship, written here as plainly as the library's.
import Decimal from 'decimal.js';
import { Engine } from 'json-rules-engine';
import { yearContext } from './common.mjs';

const D = Decimal.clone({ precision: 40 });
const isDate = (v) => typeof v === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v);
const isMoney = (v) => typeof v === 'string' && /^(0|[1-9][0-9]{0,12})(\.[0-9]{1,2})?$/.test(v);
const inRange = (x, r) => x >= r.from && x <= r.to;
const OPERATORS = {
  dateBetween: (a, b) => isDate(a) && inRange(a, b),
  noneBetween: (a, b) => Array.isArray(a) && a.every((x) => !inRange(x, b)),
  decimalGreaterThan: (a, b) => isMoney(a) && isMoney(b) && new D(a).greaterThan(b),
  decimalGreaterThanInclusive: (a, b) => isMoney(a) && isMoney(b) && new D(a).greaterThanOrEqualTo(b),
  decimalLessThan: (a, b) => isMoney(a) && isMoney(b) && new D(a).lessThan(b),
  decimalLessThanInclusive: (a, b) => isMoney(a) && isMoney(b) && new D(a).lessThanOrEqualTo(b),
  decimalEqual: (a, b) => isMoney(a) && isMoney(b) && new D(a).equals(b),
  dateOnOrAfter: (a, b) => isDate(a) && isDate(b) && a >= b,
  dateOnOrBefore: (a, b) => isDate(a) && isDate(b) && a <= b,
};

/** Rewrites a condition: `event` becomes the clause's own event fact, `clause` the clause's own fact. */
function rewrite(c, clauseId, subject) {
  const fact = (f) => (f === 'event' ? `event:${subject}` : f === 'clause' ? `clause:${clauseId}` : f);
  if (c.all) return { all: c.all.map((x) => rewrite(x, clauseId, subject)) };
  if (c.any) return { any: c.any.map((x) => rewrite(x, clauseId, subject)) };
  if (c.not) return { not: rewrite(c.not, clauseId, subject) };
  const value = c.value !== null && typeof c.value === 'object' && 'fact' in c.value ? { fact: fact(c.value.fact), path: c.value.path } : c.value;
  return { fact: fact(c.fact), path: c.path, operator: c.operator, value };
}

/**
 * `policy`: the library's Policy (for its year's clauses and guideline);
 * `bundledPolicy`: policy.json (general conditions, look-back years). Returns `run(app) -> Set of
 * clause ids whose conditions pass`.
 */
export function stockEngine(policy, bundledPolicy) {
  const general = bundledPolicy.generalConditions;
  const context = yearContext(policy, bundledPolicy.violationLookbackYears, bundledPolicy.clawbackBarYears);
  const engine = new Engine([], { allowUndefinedFacts: false, replaceFactsInEventParams: false });
  for (const [name, fn] of Object.entries(OPERATORS)) engine.addOperator(name, fn);
  engine.addFact('context', context);
  for (const { clause, suspended } of policy.clauses) {
    engine.addFact(`clause:${clause.id}`, { id: clause.id, applicants: clause.applicants, suspended: suspended !== null });
    const own = 'all' in clause.conditions ? clause.conditions.all : [clause.conditions];
    const all = [...general, ...own].map((c) => rewrite(c, clause.id, clause.subject));
    engine.addRule({ name: clause.id, conditions: { all }, event: { type: clause.id } });
  }
  const subjects = [...new Set(policy.clauses.map((c) => c.clause.subject))];
  return async (app) => {
    const facts = {
      applicant: app.applicant,
      history: {
        clawbackYears: (app.history ?? []).filter((h) => h.clawedBack === true).map((h) => h.year),
        predecessorFunded: predecessorFunded(bundledPolicy, app.events),
      },
    };
    for (const s of subjects) facts[`event:${s}`] = app.events.find((e) => e.type === s);
    const { results } = await engine.run(facts);
    return new Set(results.map((r) => r.name));
  };
}

/** G8's fact: the ids of events the previous policy funded, by the application's word (only those up to its expiry count). */
function predecessorFunded(bundledPolicy, events) {
  const p = bundledPolicy.predecessor;
  if (p === undefined) return [];
  return events.filter((e) => e.date <= p.expired && e[p.field] === true).map((e) => e.id);
}
