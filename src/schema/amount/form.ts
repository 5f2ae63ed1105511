import type * as z from 'zod';
import type { IssueParamsByCode, PathSegment } from '../../core/issue.js';
import type { Money } from '../../core/money.js';
import type { DescribeWording } from '../../locales/describe-wording.js';
import type { FieldType } from '../field-types.js';

/*
 * What an amount form is: one module per form (fixed.ts, by-level.ts, …)
 * owns its schema, its figures, the event fields it reads, its computation,
 * its description and its own lint, and registry.ts lists them. Every tool
 * that needs to know a form (the guideline overlay, lint, required facts,
 * the engine, describe) asks the registry, so none can silently skip a form
 * it does not know.
 */

export interface Computation {
  form: string;
  /** The facts the amount read, by path, as the application gave them. */
  inputs: Record<string, string | number>;
  /** byLevel: the key looked up in the table. */
  key?: string;
  /** The figure applied: the fixed value, the table entry, the rate or the unit. */
  figure: string | null;
  /** The arithmetic, e.g. "0.30 × 180000.00 = 54000.00". */
  formula: string;
}

export interface BaseAmount {
  value: Money;
  /** formatMoney(value), made here where it is known or made anyway. */
  text: string;
  /** The item cap, applied later as the first adjustment so that a reviewer sees it cut. */
  cap: Money | null;
  computation: Computation;
}

/** An event field the amount reads: where the path sits in the amount, and the field kinds it may have (null: the form's `lint` checks it). */
export interface AmountRead {
  path: string;
  at: PathSegment[];
  kinds: readonly string[] | null;
}

/** What a form's own lint may ask and say. */
export interface AmountLintContext {
  /** The type of the event field the amount reads at `path`; undefined where the lint has already reported the path. */
  typeOf(path: string): FieldType | undefined;
  /** A field type's name as lint messages show it (`enum`, `list:date`, …). */
  kindName(t: FieldType): string;
  add(code: 'table-coverage', at: PathSegment[], params: IssueParamsByCode['table-coverage']): void;
}

export interface AmountFormDef<A extends { form: string }> {
  form: A['form'];
  schema: z.ZodType<A>;
  /** This clause's figures by name (`table:<key>` for a table's entries), each of which a guideline may lower. */
  figures(a: A): [name: string, value: string | null][];
  /** The keys of a guideline's `lower` patch this form takes, besides `clauseCap`. */
  lowerable: readonly string[];
  /** The event fields it reads, in the order lint and required facts list them. */
  reads(a: A): AmountRead[];
  /** The base amount, exact, rounded once to the fen (half-up). */
  compute(a: A, event: unknown): BaseAmount;
  /** The amount in words, one line each, indented as a clause description shows it: fields and table keys by their labels. */
  describe(a: A, w: DescribeWording, names: DescribeNames): string[];
  /** What lint checks beyond the kinds of the fields read. */
  lint?(a: A, ctx: AmountLintContext): void;
}

/** How a clause description names what a form reads: by the vocabulary's labels, in the description's language. */
export interface DescribeNames {
  /** An event field by its rule path ("$.interestPaid" → 利息支出). */
  field(path: string): string;
  /** A table key by its fields' values ("china-patent-award:gold" → 中国专利奖 · 金奖). */
  key(paths: readonly string[], key: string): string;
}
