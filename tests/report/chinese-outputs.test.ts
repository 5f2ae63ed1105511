import { creditCode } from '../support/golden.js';
import { readFileSync, readdirSync } from 'node:fs';
import type * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { batchSummary } from '../../src/cli/batch-summary.js';
import { decisionTable } from '../../src/cli/format-table.js';
import { explain, loadPolicy, renderHtml } from '../../src/index.js';
import { Money } from '../../src/core/money.js';
import { bundledReportContext } from '../../src/api/explain.js';
import { explain as reportExplain, type ExplainOptions } from '../../src/report/explain.js';
import { prorationNotes } from '../../src/report/proration-notes.js';
import { APPLICANT_KINDS, bundledApplicationSchemas, COUNTIES, eventSchemas } from '../../src/heyuan/application.js';
import { bundledRules } from '../../src/heyuan/rules.generated.js';
import { type FieldType, fieldTypeOf } from '../../src/schema/field-types.js';
import { buildApplicationForm } from '../../src/workbench/application-form.js';
import { fieldPlace } from '../../src/workbench/field-place.js';
import { workbenchZh } from '../../src/locales/zh/workbench.js';
import { factLabelsZh } from '../../src/locales/zh/labels.js';
import { factLabelsEn } from '../../src/locales/en/labels.js';

/*
 * What a reviewer reads in Chinese never shows a code of the vocabulary: no
 * enum value, no field name, no part id, in any output made from the examples
 * (explanations, the HTML pages, the CLI table, the batch summary). The codes
 * are read off the application schema itself, not off the label table, so a
 * code that the table forgot is caught. And every prorated item's printed
 * fraction recomputes its amount exactly.
 */

const EXAMPLES = new URL('../../examples/', import.meta.url);
const policy = loadPolicy({ year: 2026 });

function examples(): unknown[] {
  const out: unknown[] = [];
  for (const name of readdirSync(EXAMPLES)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(new URL(name, EXAMPLES), 'utf8'));
    out.push(...(Array.isArray(data) ? data : [data]));
  }
  return out;
}

const batchApps = readFileSync(new URL('applications.jsonl', EXAMPLES), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l));

/** A round that prorates two parts: 40 gold and silver awards (innovation) and 40 pledge loans at the interest cap (transformation). */
function proratedApps() {
  const base = JSON.parse(readFileSync(new URL('01-enterprise.json', EXAMPLES), 'utf8'));
  return Array.from({ length: 40 }, (_, i) => {
    const a = structuredClone(base);
    a.applicant.id = `B-${String(i).padStart(3, '0')}`;
    // each its own credit code: one code is one applicant however its id is written (RELIABILITY.md)
    a.applicant.creditCode = creditCode(i);
    a.events[0].scheme = 'china-patent-award';
    a.events[0].level = i % 3 === 0 ? 'gold' : 'silver';
    a.events[1].interestPaid = `${250000 + i * 1111}.${String(i % 100).padStart(2, '0')}`;
    return a;
  });
}

function enumValues(t: FieldType, into: Set<string>): void {
  if (t.kind === 'enum') for (const v of t.values) into.add(v);
  if (t.kind === 'list') enumValues(t.of, into);
}

/** Every code of the vocabulary, from the schema: enum values (event types included), field names, part ids. */
function codes(): string[] {
  const values = new Set<string>([...APPLICANT_KINDS, ...COUNTIES, ...Object.keys(eventSchemas)]);
  const fields = new Set<string>();
  const shapes: Record<string, z.core.$ZodType>[] = [
    (bundledApplicationSchemas.strict as unknown as { applicantSchema: { shape: Record<string, z.core.$ZodType> } }).applicantSchema.shape,
    ...Object.values(eventSchemas).map((s) => s.shape as unknown as Record<string, z.core.$ZodType>),
  ];
  for (const shape of shapes) {
    for (const [field, schema] of Object.entries(shape)) {
      fields.add(field);
      enumValues(fieldTypeOf(schema), values);
    }
  }
  const parts = (bundledRules.policy as { parts: { id: string }[] }).parts.map((p) => p.id);
  // A standard's number is how the standard is named (GB/T 29490《…》), not a code.
  return [...values, ...fields, ...parts].filter((c) => !c.includes('/'));
}

/** The text a reader sees of a page: no markup, no stylesheet, no attribute values. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<title>[\s\S]*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function codesIn(text: string, all: readonly string[]): string[] {
  return all.filter((c) => new RegExp(`(?<![A-Za-z0-9_-])${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_-])`).test(text));
}

describe('Chinese outputs of the examples', () => {
  const all = codes();

  it('read the schema: the check knows the codes it looks for', () => {
    for (const c of ['yuancheng', 'enterprise', 'seriousDishonesty', 'silver', 'guangdong-patent-award', 'pledge-loan', 'interestPaid', 'innovation'])
      expect(all).toContain(c);
  });

  it('name no code in explanations, the CLI table or the single-decision page', () => {
    const found = new Map<string, string[]>();
    for (const app of examples()) {
      const r = policy.safeEvaluate(app);
      if (!r.ok) continue;
      const texts = {
        explain: explain(r.decision, { lang: 'zh' }).text,
        table: decisionTable(r.decision, 'zh'),
        html: visibleText(renderHtml(r.decision, { lang: 'zh' })),
      };
      for (const [where, text] of Object.entries(texts)) {
        const hits = codesIn(text, all);
        if (hits.length) found.set(`${r.decision.applicantId} ${where}`, hits);
      }
    }
    expect(Object.fromEntries(found)).toEqual({});
  });

  it('name no code in the 59-applicant batch: every explanation, the batch page and the summary', async () => {
    const batch = await policy.evaluateBatch(batchApps);
    expect([batch.decisions.length, batch.rejected.length]).toEqual([59, 0]);
    const found = new Map<string, string[]>();
    batch.decisions.forEach((d) => {
      const hits = [...codesIn(explain(d, { lang: 'zh' }).text, all), ...codesIn(decisionTable(d, 'zh'), all)];
      if (hits.length) found.set(d.applicantId, hits);
    });
    const page = visibleText(renderHtml({ ...batch, applicants: batchApps.map((a) => a.applicant) }, { lang: 'zh' }));
    const summary = batchSummary({ year: 2026, input: 'applications.jsonl', rows: 59, decided: 59, rejected: 0, errorsFile: null }, batch.budget, 'zh');
    expect(Object.fromEntries(found)).toEqual({});
    expect(codesIn(page, all)).toEqual([]);
    expect(codesIn(summary, all)).toEqual([]);
    // the check is not vacuous: the English page names a code's label, and raw JSON names the code
    expect(codesIn(JSON.stringify(batch.decisions[0]), all).length).toBeGreaterThan(0);
  });

  it('name no code on a prorated batch page either', async () => {
    const apps = proratedApps();
    const batch = await policy.evaluateBatch(apps);
    expect(codesIn(visibleText(renderHtml(batch, { lang: 'zh' })), all)).toEqual([]);
  });
});

describe('labels come from the policy: every user-facing path hands the report its vocabulary', () => {
  const all = codes();
  const app = examples()[0] as { applicant: Record<string, unknown> };
  const d = policy.evaluateSync(app);

  it('the report layer alone knows no policy: without a vocabulary it shows the codes (there is no second label table)', () => {
    const bare = reportExplain(d, { lang: 'zh' }).text;
    expect(codesIn(bare, all)).toEqual(expect.arrayContaining(['yuancheng', 'county', 'seriousDishonesty', 'enterprise', 'lenderKind', 'bank']));
    // the engine's own facts are labelled by the locale, vocabulary or not
    expect(bare).toContain(`${factLabelsZh.clause.suspended}：要求否`);
    expect(bare).toContain(`${factLabelsZh.history.clawbackYears}：要求2023至2025期间内无`);
    // the public explain, the CLI table and the page are handed the bundled vocabulary
    expect(explain(d, { lang: 'zh' }).text).toBe(reportExplain(d, { lang: 'zh', context: bundledReportContext() }).text);
    expect(explain(d, { lang: 'zh' }).text).toContain('注册地所在县（区）：要求为源城区、');
  });

  it("the engine's facts have a label in each language, and the Chinese ones are Chinese", () => {
    for (const labels of [factLabelsZh, factLabelsEn]) {
      for (const [fact, fields] of Object.entries(labels)) {
        for (const [field, label] of Object.entries(fields)) {
          expect(label, `${fact}.${field}`).toMatch(labels === factLabelsZh ? /^[\u3400-\u9fff（）]+$/ : /^[a-z][A-Za-z ]+$/);
          expect(bundledReportContext().fieldLabel(fact, field, labels === factLabelsZh ? 'zh' : 'en')).toBe(label);
        }
      }
    }
    // the clause's applicant kinds are the applicant's `kind`: labelled by the vocabulary
    expect(bundledReportContext().valueLabel('clause', 'applicants', 'cooperative', 'zh')).toBe('农民专业合作社');
  });

  it('the workbench form names no code: fields, values and event types by their vocabulary labels', () => {
    let eventFields = '';
    const typeSelect = { value: 'award', addEventListener: () => undefined };
    const host = {
      innerHTML: '',
      querySelector: (sel: string) =>
        sel === '#event-type'
          ? typeSelect
          : {
              set innerHTML(html: string) {
                eventFields = html;
              },
            },
    };
    const shown: string[] = [];
    for (const type of Object.keys(eventSchemas).filter((t) => t !== 'agency-established')) {
      typeSelect.value = type;
      buildApplicationForm(host as unknown as HTMLElement, 'zh', workbenchZh);
      shown.push(visibleText(host.innerHTML), visibleText(eventFields));
    }
    const text = shown.join('\n');
    expect(text).toContain('注册地所在县（区）');
    expect(text).toContain('源城区');
    expect(text).toContain('银奖');
    expect(codesIn(text, all)).toEqual([]);
  });

  it('the workbench names the place of a problem by labels', () => {
    const application = { applicant: app.applicant, events: [{ id: 'E-1', type: 'pledge-loan' }] };
    const places = [
      fieldPlace(['applicant', 'seriousDishonesty'], application, 'zh', workbenchZh),
      fieldPlace(['events', 0, 'lenderKind'], application, 'zh', workbenchZh),
    ].join('\n');
    expect(places).toContain('是否列入严重失信主体名单');
    expect(places).toContain('知识产权质押融资');
    expect(codesIn(places, all)).toEqual([]);
  });
});

describe('every prorated item prints a fraction that recomputes its amount exactly', () => {
  const FRACTION = /([\d,]+\.\d{2})元 × ([\d,]+\.\d{2}) ÷ ([\d,]+\.\d{2}) = ([\d,]+\.\d{2})元（舍去不足1分的部分，余数(\d+)\/(\d+)分）/;
  const PLACED = /本部分各项舍去后共余(\d+)分.*本项余数在(\d+)项中居第(\d+)位，(补1分|不补)，核定([\d,]+\.\d{2})元/;
  const n = (s: string) => new Money(s.replaceAll(',', ''));

  it('in the explanations and on the page, for each item the budget cut', async () => {
    const apps = proratedApps();
    const batch = await policy.evaluateBatch(apps);
    expect(batch.budget.parts.filter((p) => p.ratio !== '1.000000').length).toBeGreaterThanOrEqual(2);
    const notes = prorationNotes(batch.decisions, batch.budget);
    const page = visibleText(renderHtml(batch, { lang: 'zh' }));
    let checked = 0;
    let extra = 0;
    for (const d of batch.decisions) {
      const x = reportExplain(d, { lang: 'zh', proration: notes, context: bundledReportContext() } satisfies ExplainOptions);
      d.items.forEach((item, i) => {
        if (!item.adjustments.some((a) => a.kind === 'budget-proration')) return;
        const lines = x.items[i]!.sections.find((s) => s.kind === 'proration')?.lines.map((l) => l.text) ?? [];
        expect(lines, `${d.applicantId} ${item.clause}`).toHaveLength(2);
        const f = FRACTION.exec(lines[0]!)!;
        const p = PLACED.exec(lines[1]!)!;
        expect(f, lines[0]).not.toBeNull();
        expect(p, lines[1]).not.toBeNull();
        const [before, budget, requested, floor] = [f[1]!, f[2]!, f[3]!, f[4]!].map(n) as [Money, Money, Money, Money];
        // the printed fraction, redone: before × budget ÷ requested, rounded down to the fen
        const exact = before.times(budget).div(requested);
        expect(exact.toDecimalPlaces(2, Money.ROUND_DOWN).toFixed(2)).toBe(floor.toFixed(2));
        // the printed remainder is what was rounded away, in fen: exact − floor = remainder ÷ requested(fen) fen
        expect(exact.minus(floor).times(100).times(new Money(f[6]!)).toFixed(6)).toBe(new Money(f[5]!).toFixed(6));
        expect(new Money(f[6]!).toFixed(0)).toBe(requested.times(100).toFixed(0));
        // the odd fen: given to the largest remainders, as many as were left
        const added = p[4] === '补1分';
        expect(added).toBe(Number(p[3]) <= Number(p[1]));
        const paid = floor.plus(added ? '0.01' : '0');
        expect(paid.toFixed(2)).toBe(item.amount);
        expect(n(p[5]!).toFixed(2)).toBe(item.amount);
        expect(page).toContain(lines[0]!);
        if (added) extra++;
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(20);
    // some items got an odd fen and some did not: the rule is exercised both ways
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThan(checked);
  });
});
