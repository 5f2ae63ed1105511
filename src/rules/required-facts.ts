import { fundingPath } from '../schema/clause.js';
import { amountForm } from '../schema/amount/registry.js';
import type { YearClause } from './apply-guideline.js';
import { type Condition, isFactReference, leavesOf } from '../schema/condition.js';
import type { PolicyFile } from '../schema/policy.js';

/**
 * A field of the application a clause reads: where it is in the application
 * (`applicant.county`, `events[].interestPaid`, `history[].year`), the fact
 * and rule path the rule files read it by, and what reads it (a condition,
 * the amount, a limit, a group, the stacking rule).
 */
export interface RequiredFact {
  path: string;
  fact: 'applicant' | 'event' | 'history';
  rulePath: string;
  readBy: ('condition' | 'amount' | 'limit' | 'group' | 'stacking')[];
}

/** Facts the engine derives from the application rather than reads from one field: the fields each comes from. */
const DERIVED: Record<string, string[]> = {
  'history $.clawbackYears': ['history[].year', 'history[].clawedBack'],
  // The events the previous policy already supported, by the application's own word (dated up to its expiry).
  'history $.predecessorFunded': ['events[].date', 'events[].predecessorFunded'],
};

/** `$.interestPaid` read on the event → `events[].interestPaid`; none for facts no application holds (context, clause). */
function applicationPaths(fact: string, rulePath: string): string[] {
  const derived = DERIVED[`${fact} ${rulePath}`];
  if (derived) return derived;
  const rest = rulePath.replace(/^\$\.?/, '');
  if (fact === 'applicant') return [`applicant.${rest}`];
  if (fact === 'event') return [`events[].${rest}`];
  if (fact === 'history') return [`history[].${rest}`];
  return [];
}

/**
 * The application fields a clause reads, found statically from its conditions
 * (general, its own, the guideline's), its amount, its once-only key and its
 * group: what a form must ask for, and what "missing" means for this clause.
 * Facts the engine supplies itself (the guideline's dates, the clause's own
 * settings) are not fields of an application and are not listed.
 */
export function requiredFacts(yc: YearClause, policy: PolicyFile): RequiredFact[] {
  const found = new Map<string, RequiredFact>();
  const add = (fact: string, rulePath: string, by: RequiredFact['readBy'][number]) => {
    for (const path of applicationPaths(fact, rulePath)) {
      const entry = found.get(path) ?? { path, fact: fact as RequiredFact['fact'], rulePath, readBy: [] };
      if (!entry.readBy.includes(by)) entry.readBy.push(by);
      found.set(path, entry);
    }
  };
  const { clause } = yc;
  const general = policy.generalConditions.filter((l) => clause.subject !== 'applicant' || l.fact !== 'event');
  const own = clause.conditions as Condition;
  for (const leaf of leavesOf({ all: [...general, own, ...yc.addedConditions] } as Condition)) {
    add(leaf.fact, leaf.path, 'condition');
    if (isFactReference(leaf.value)) add(leaf.value.fact, leaf.value.path, 'condition');
  }
  for (const r of amountForm(clause.amount.form).reads(clause.amount)) add('event', r.path, 'amount');
  if (clause.limits.oncePer !== undefined && clause.limits.oncePer !== 'applicant') add('event', clause.limits.oncePer, 'limit');
  const group = policy.groups.find((g) => g.id === clause.stacking.group);
  if (group && group.key !== 'applicant') add('event', group.key, 'group');
  if (clause.stacking.higherLevel !== 'independent') add('event', fundingPath(clause.stacking), 'stacking');
  return [...found.values()];
}
