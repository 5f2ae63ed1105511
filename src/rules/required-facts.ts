import { fundingPath } from '../schema/clause.js';
import { amountForm } from '../schema/amount/registry.js';
import type { YearClause } from './apply-guideline.js';
import { type Condition, isFactReference, leavesOf } from '../schema/condition.js';
import type { PolicyFile } from '../schema/policy.js';

/** A field a clause reads: which fact, which path, and what reads it (a condition, the amount, a limit, a group, the stacking rule). */
export interface RequiredFact {
  fact: string;
  path: string;
  readBy: ('condition' | 'amount' | 'limit' | 'group' | 'stacking')[];
}

/**
 * The fields a clause reads, found statically from its conditions (general,
 * its own, the guideline's), its amount, its once-only key and its group: what
 * a form must ask for, and what "missing" means for this clause.
 */
export function requiredFacts(yc: YearClause, policy: PolicyFile): RequiredFact[] {
  const found = new Map<string, RequiredFact>();
  const add = (fact: string, path: string, by: RequiredFact['readBy'][number]) => {
    const key = `${fact}\u0000${path}`;
    const entry = found.get(key) ?? { fact, path, readBy: [] };
    if (!entry.readBy.includes(by)) entry.readBy.push(by);
    found.set(key, entry);
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
