// Shared by the benchmark scripts: the library under test (the snapshot of the
// build), the three-clause policy of the side-by-side comparison, statistics.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
// BENCH_LIB: another build of the library to measure (an A/B comparison of a change)
export const LIB = process.env.BENCH_LIB ?? pathToFileURL(join(here, '.out', 'index.js')).href;
export const HAND = pathToFileURL(join(here, '.out', 'handwritten.js')).href;
export const INTERNALS = pathToFileURL(join(here, '.out', 'internals.js')).href;
export const SEED = 2026;
export const THREE = ['patent-award', 'pledge-loan-interest', 'gi-product'];
export const THREE_EVENTS = ['award', 'pledge-loan', 'gi-product-approved'];

/** The bundled rules with only the three clauses (and only the guideline patches that name them). */
export function threeClauseRules(bundledRules) {
  return {
    policy: bundledRules.policy,
    clauses: bundledRules.clauses.filter((c) => THREE.includes(c.data.id)),
    guidelines: bundledRules.guidelines.map((g) => ({
      file: g.file,
      data: { ...g.data, patches: (g.data.patches ?? []).filter((p) => THREE.includes(p.clause)) },
    })),
  };
}

/** The year's context fact (periods derived from the guideline), as the library derives it. */
export function yearContext(policy, lookbackYears = 2, clawbackYears = 3) {
  const g = policy.guideline;
  const from = g.window.from;
  const dayBefore = new Date(Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10) - 1)).toISOString().slice(0, 10);
  return {
    year: g.year,
    window: g.window,
    eventPeriod: g.eventPeriod,
    violationLookback: { from: `${+from.slice(0, 4) - lookbackYears}${from.slice(4)}`, to: dayBefore },
    clawbackBar: { from: g.year - clawbackYears, to: g.year - 1 },
  };
}

export const now = () => process.hrtime.bigint();
export const ms = (ns) => Number(ns) / 1e6;

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A plain-text table with a header row; numbers right-aligned. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => '| ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  return [line(all[0]), '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|', ...all.slice(1).map(line)].join(
    '\n',
  );
}
