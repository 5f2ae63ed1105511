// Problems as plain data, and the closed sets of codes the locales word.
// Every layer reads these types; the wording itself lives in src/locales/.

export type IssueCode =
  | 'missing-field'
  | 'unknown-field'
  | 'reserved-key'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-money'
  | 'money-as-number'
  | 'invalid-rate'
  | 'invalid-date'
  | 'invalid-credit-code'
  | 'invalid-patent-number'
  | 'host-environment'
  | 'invalid-count'
  | 'too-long'
  | 'too-many'
  | 'too-few'
  | 'duplicate-event-id'
  | 'duplicate-applicant-id'
  | 'patent-grant-not-subsidised'
  | 'credit-code-prefix'
  | 'count-above-field'
  | 'predecessor-funded-required'
  | 'unknown-event-type'
  | 'unknown-clause'
  | 'invalid-json'
  | 'duplicate-key'
  | 'invalid-input'
  | 'invalid-rule'
  | 'invalid-path'
  | 'unknown-operator'
  | 'invalid-guideline'
  | 'above-ceiling'
  | 'figure-not-on-form'
  | 'unknown-level'
  | 'level-not-eligible'
  | 'duplicate-patch'
  | 'id-mismatch'
  | 'duplicate-id'
  | 'duplicate-article'
  | 'year-mismatch'
  | 'reversed-period'
  | 'period-overlaps-window'
  | 'window-outside-year'
  | 'applicant-cap-removed'
  | 'applicant-cap-raised'
  | 'unsafe-rule-file'
  | 'too-large'
  | 'budget-above-total'
  | 'year-outside-effective-period'
  | 'no-guideline'
  | 'engine-mismatch'
  | 'invalid-csv'
  | 'csv-unknown-column'
  | 'csv-duplicate-column'
  | 'csv-missing-column'
  | 'csv-cell-count'
  | 'csv-applicant-differs'
  | 'csv-applicant-split'
  | 'usage'
  | 'too-deep'
  | 'source-changed'
  | 'invalid-source'
  | 'unlabelled-condition'
  | 'unknown-field-path'
  | 'operator-type'
  | 'amount-type'
  | 'table-coverage'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'not-found'
  | 'unauthorized'
  | 'timeout'
  | 'internal-error';

export type PathSegment = string | number;

/** A problem as plain data, like a zod issue: a code, where, and what to do, in both languages. */
export interface Issue {
  code: IssueCode;
  path: PathSegment[];
  /** What is wrong and what to write instead, without the path (a form shows it beside the field `path` names). */
  message: { zh: string; en: string };
  /** The values the message was worded from (`received`, `expected`, `allowed`, `limit`, …), for a form that words its own. */
  params?: IssueParams;
  /** The rule or input file the issue is in, when there is one. */
  file?: string;
}

export type Bilingual = { zh: string; en: string };

/** The data behind an issue's wording; which keys a code sets is listed in docs/choices.md ("Issues for forms"). */
export interface IssueParams {
  expected?: string;
  received?: string;
  allowed?: readonly string[];
  key?: string;
  limit?: number;
  detail?: string;
  [name: string]: unknown;
}

/** `events[0].interestPaid`: how paths are shown to people. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || '(root)';
}

/** RFC 6901 pointer, for rule files and lint output. */
export function jsonPointer(path: readonly PathSegment[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('') || '';
}

/** A result that is either a value or every issue found: the `safe*` entry points return it. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** The kinds of step that change an item's amount; each locale words every one. */
export type AdjustmentKind =
  | 'item-cap'
  | 'higher-level-top-up'
  | 'higher-level-exclusive'
  | 'once-only'
  | 'once-only-difference'
  | 'take-the-higher'
  | 'clause-cap'
  | 'applicant-cap'
  | 'budget-proration';

/** What a clause is: each locale words them (资助/奖励/项目). */
export const CLAUSE_NATURES = ['award', 'subsidy', 'project'] as const;
export type ClauseNature = (typeof CLAUSE_NATURES)[number];

/** What a once-only rule keys on: the applicant, or a field of the event (its rule path) with the item's value. */
export interface OnceKey {
  field: string | null;
  value: string;
}

/**
 * What each kind of adjustment says, as data: the engine fills these in and
 * each locale words them (src/locales/<lang>/issues.ts), so no sentence is
 * built where the money is computed. Amounts are money strings.
 */
export interface AdjustmentParams {
  'item-cap': { cap: string };
  'higher-level-top-up': { funding: string };
  'higher-level-exclusive': { funding: string };
  /** Paid already: by another event of this application, or in past years (sorted as the history gave them). */
  'once-only': { key: OnceKey; earlier: { subject: string } | { years: readonly number[] } };
  'once-only-difference': { key: OnceKey; paid: string };
  'take-the-higher': { group: Bilingual; winner: { title: Bilingual; subject: string }; winnerAmount: string };
  /** `lowered`: the year's guideline lowered the cap from the policy's ceiling; `already`: paid this year before. */
  'clause-cap': { cap: string; lowered: { year: number; ceiling: string } | null; already: string | null };
  'applicant-cap': { cap: string; year: number; already: string | null };
  'budget-proration': { part: { number: number; title: Bilingual }; budget: string; requested: string; ratio: string };
}

/** One language's wording of every adjustment kind. */
export type AdjustmentWording = { [K in AdjustmentKind]: (p: AdjustmentParams[K]) => string };
