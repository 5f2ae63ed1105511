import type { Bilingual } from '../core/issue.js';
import type { Figure, YearClause } from './apply-guideline.js';
import { type Condition, leavesOf } from '../schema/condition.js';
import type { Guideline } from '../schema/guideline.js';

/*
 * What changed between two years (or the policy itself, "base", and a year):
 * the guideline's frame (window, event period, budget, caps) and, clause by
 * clause, figures, suspensions, added conditions and materials.
 */

export interface YearView {
  /** `base` or the year. */
  label: string;
  guideline: Guideline | null;
  clauses: readonly YearClause[];
}

export interface FrameChange {
  field: string;
  from: string | null;
  to: string | null;
}

export type ClauseChange =
  | { kind: 'figure'; name: string; from: string | null; to: string | null; ceiling: string | null }
  | { kind: 'suspended'; from: Bilingual | null; to: Bilingual | null }
  | { kind: 'conditions'; added: Bilingual[]; removed: Bilingual[] }
  | { kind: 'materials'; added: Bilingual[]; removed: Bilingual[] };

export interface ClauseDiff {
  clause: string;
  article: string;
  title: Bilingual;
  /** The standing of the clause's figures: a reference figure is not the published text, whatever the guideline sets. */
  provenance: 'reference' | 'published';
  changes: ClauseChange[];
}

export interface GuidelineDiff {
  from: string;
  to: string;
  frame: FrameChange[];
  clauses: ClauseDiff[];
}

function frameOf(g: Guideline | null): Map<string, string | null> {
  const m = new Map<string, string | null>();
  m.set('window', g ? `${g.window.from} – ${g.window.to}` : null);
  m.set('eventPeriod', g ? `${g.eventPeriod.from} – ${g.eventPeriod.to}` : null);
  m.set('applicantCap', g?.applicantCap ?? null);
  m.set('budget.total', g?.budget.total ?? null);
  for (const [part, amount] of Object.entries(g?.budget.parts ?? {})) m.set(`budget.parts.${part}`, amount);
  m.set('provenance', g?.provenance ?? null);
  return m;
}

const key = (b: Bilingual) => `${b.zh}\u0000${b.en}`;

function labelsOf(conditions: readonly Condition[]): Bilingual[] {
  return conditions.flatMap((c) => leavesOf(c)).map((l) => l.label ?? { zh: `${l.path} ${l.operator}`, en: `${l.path} ${l.operator}` });
}

function setDiff(a: Bilingual[], b: Bilingual[]): { added: Bilingual[]; removed: Bilingual[] } {
  const ka = new Set(a.map(key));
  const kb = new Set(b.map(key));
  return { added: b.filter((x) => !ka.has(key(x))), removed: a.filter((x) => !kb.has(key(x))) };
}

function figureValue(figures: Figure[], name: string): Figure | undefined {
  return figures.find((f) => f.name === name);
}

export function diffYears(a: YearView, b: YearView): GuidelineDiff {
  const fa = frameOf(a.guideline);
  const fb = frameOf(b.guideline);
  const frame: FrameChange[] = [];
  for (const field of new Set([...fa.keys(), ...fb.keys()])) {
    const from = fa.get(field) ?? null;
    const to = fb.get(field) ?? null;
    if (from !== to) frame.push({ field, from, to });
  }

  const before = new Map(a.clauses.map((c) => [c.clause.id, c]));
  const clauses: ClauseDiff[] = [];
  for (const yb of b.clauses) {
    const ya = before.get(yb.clause.id);
    if (!ya) continue;
    const changes: ClauseChange[] = [];
    for (const f of yb.figures) {
      const old = figureValue(ya.figures, f.name);
      if (old?.value !== f.value) changes.push({ kind: 'figure', name: f.name, from: old?.value ?? null, to: f.value, ceiling: f.ceiling });
    }
    if ((ya.suspended && key(ya.suspended)) !== (yb.suspended && key(yb.suspended))) {
      changes.push({ kind: 'suspended', from: ya.suspended, to: yb.suspended });
    }
    const conditions = setDiff(labelsOf(ya.addedConditions), labelsOf(yb.addedConditions));
    if (conditions.added.length + conditions.removed.length > 0) changes.push({ kind: 'conditions', ...conditions });
    const materials = setDiff(ya.materials, yb.materials);
    if (materials.added.length + materials.removed.length > 0) changes.push({ kind: 'materials', ...materials });
    if (changes.length > 0) clauses.push({ clause: yb.clause.id, article: yb.clause.article, title: yb.clause.title, provenance: yb.clause.provenance, changes });
  }
  return { from: a.label, to: b.label, frame, clauses };
}
