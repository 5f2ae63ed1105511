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

/** Why a call of the library's API is refused before any rule or application is read. */
export const USAGE_REASONS = [
  'options-not-object',
  'rules-not-object',
  'year-not-guideline-year',
  'no-year-or-guideline',
  'engine-is-async',
  'applications-not-iterable',
  'draft-not-object',
  'base-not-year-or-object',
  'request-unreadable',
] as const;
export type UsageReason = (typeof USAGE_REASONS)[number];

/**
 * One parameter of an issue: whether a call may leave it out, and (as a type
 * only) the value it holds. The runtime part is what tests and docs read; the
 * type part is what `makeIssue` and a narrowed `Issue` check.
 */
export interface ParamSpec<T, Optional extends boolean> {
  /** What the value is at run time: a `text` may be narrowed to a few literals by `T`. */
  readonly kind: ParamKind;
  readonly optional: Optional;
  /** Never set: carries `T` for the type derived below. */
  readonly type?: T;
}
export type ParamKind = 'text' | 'number' | 'texts';
const req = <T>(kind: ParamKind): ParamSpec<T, false> => ({ kind, optional: false });
const opt = <T>(kind: ParamKind): ParamSpec<T, true> => ({ kind, optional: true });
const text = () => req<string>('text');
const maybeText = () => opt<string>('text');
const count = () => req<number>('number');
const texts = () => req<readonly string[]>('texts');
const maybeTexts = () => opt<readonly string[]>('texts');
/** A text that is one of a few literals (`side: 'field' | 'value'`). */
const oneOf = <T extends string>() => req<T>('text');
const maybeOneOf = <T extends string>() => opt<T>('text');

/**
 * Which params each code sets, and of what type: the one source both the
 * `IssueParamsByCode` type and the runtime key lists (tests, docs/choices.md
 * "Issues for forms") are derived from. A key is here when a caller sets it
 * or a locale words it; optional when some caller leaves it out.
 */
export const ISSUE_PARAMS = {
  'missing-field': { expected: maybeText() },
  'unknown-field': { key: text() },
  'reserved-key': { key: text() },
  'invalid-type': { expected: text(), received: text() },
  // `allowedZh`/`allowedEn`: the vocabulary's labels of `allowed`, in its order, where the value is a code of the application.
  'invalid-value': { received: text(), allowed: texts(), allowedZh: maybeTexts(), allowedEn: maybeTexts() },
  'invalid-money': { received: text() },
  'money-as-number': { received: text(), detail: text() },
  'invalid-rate': { received: text() },
  'invalid-date': { received: text() },
  'invalid-credit-code': { received: text() },
  'invalid-patent-number': { received: text() },
  'host-environment': { detail: text() },
  'invalid-count': { received: text() },
  'too-long': { limit: count() },
  'too-many': { limit: count(), received: maybeText(), detail: maybeText() },
  'too-few': { limit: count() },
  'duplicate-event-id': { key: text() },
  'duplicate-applicant-id': { key: text(), first: count(), index: count() },
  'patent-grant-not-subsidised': {},
  // `kindZh`/`kindEn`, `keyZh`/`keyEn`: the vocabulary's labels of the code in `kind`, of the field in `key`.
  'credit-code-prefix': { received: text(), kind: text(), kindZh: text(), kindEn: text(), prefix: text() },
  'count-above-field': { received: text(), key: text(), keyZh: text(), keyEn: text(), limit: count() },
  'predecessor-funded-required': { expired: text(), titleZh: text(), titleEn: text() },
  'unknown-event-type': { received: text(), allowed: texts(), allowedZh: maybeTexts(), allowedEn: maybeTexts() },
  'unknown-clause': { key: text(), allowed: maybeTexts() },
  'invalid-json': { detail: text() },
  'duplicate-key': { key: text() },
  'invalid-input': { received: maybeText(), detail: maybeText() },
  'invalid-rule': { detail: maybeText() },
  'invalid-path': { received: text() },
  'unknown-operator': { received: text(), allowed: texts() },
  'invalid-guideline': { detail: maybeText() },
  'above-ceiling': { key: text(), received: text(), ceiling: text() },
  'figure-not-on-form': { key: text(), received: text(), allowed: texts() },
  'unknown-level': { key: text() },
  'level-not-eligible': { key: text() },
  'duplicate-patch': { key: text(), limit: count() },
  'id-mismatch': { key: text(), received: text() },
  'duplicate-id': { key: text(), received: text() },
  'duplicate-article': { key: text(), received: text() },
  'year-mismatch': { key: text(), received: text() },
  'reversed-period': { detail: text() },
  'period-overlaps-window': { detail: text() },
  'window-outside-year': { key: text(), from: text(), to: text() },
  'applicant-cap-removed': { key: maybeText(), received: maybeText() },
  'applicant-cap-raised': { received: text(), ceiling: text(), key: text() },
  // `received`: the file as given; `target`: where a link outside the rules directory leads.
  'unsafe-rule-file': { reason: oneOf<'outside' | 'not-regular'>(), received: text(), target: maybeText() },
  'too-large': { received: text(), limit: count() },
  'budget-above-total': { detail: text() },
  'year-outside-effective-period': { received: text(), detail: text() },
  'no-guideline': { received: text(), detail: text() },
  'engine-mismatch': { detail: text() },
  'invalid-csv': { detail: text() },
  'csv-unknown-column': { key: text() },
  'csv-duplicate-column': { key: text() },
  'csv-missing-column': { key: text() },
  'csv-cell-count': { received: text(), limit: count() },
  'csv-applicant-differs': { key: text(), received: text(), expected: text(), detail: text() },
  'csv-applicant-split': { key: text(), detail: text() },
  // A call of the library's own API it refuses, by reason, worded by each locale (`expected`: the shape it takes,
  // `received`: what was given); an I/O error's usage issue carries its message only, the service's a `detail`.
  usage: { reason: maybeOneOf<UsageReason>(), expected: maybeText(), received: maybeText(), detail: maybeText() },
  'too-deep': { limit: count() },
  'source-changed': {},
  'invalid-source': { received: text(), key: oneOf<'evaluateBatch' | 'evaluateStream'>(), detail: maybeOneOf<'function'>() },
  'unlabelled-condition': { key: oneOf<'zh' | 'en' | 'both'>() },
  'unknown-field-path': { received: text(), fact: maybeText(), scope: maybeText(), allowed: maybeTexts() },
  'operator-type': {
    side: oneOf<'field' | 'value'>(),
    operator: text(),
    allowed: texts(),
    received: text(),
    field: maybeText(),
    detail: maybeText(),
  },
  'amount-type': { form: text(), allowed: texts(), received: text(), field: text() },
  'table-coverage': { reason: oneOf<'missing' | 'extra' | 'not-enum'>(), field: text(), key: maybeText(), allowed: maybeTexts(), received: maybeText() },
  'body-too-large': { limit: count(), detail: maybeText() },
  'unsupported-media-type': { received: text(), allowed: texts() },
  'not-found': { key: oneOf<'clause' | 'guideline' | 'schema' | 'route'>(), received: text(), allowed: maybeTexts() },
  unauthorized: {},
  timeout: { limit: count() },
  'internal-error': { key: text() },
} as const satisfies { readonly [C in IssueCode]: Readonly<Record<string, ParamSpec<unknown, boolean>>> };

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type TypeOf<S> = S extends ParamSpec<infer T, boolean> ? T : never;
type ParamsOf<S> = [keyof S] extends [never]
  ? // A code that words nothing from params: any key given is a mistake.
    { readonly [name: string]: never }
  : Simplify<
      { [K in keyof S as S[K] extends ParamSpec<unknown, false> ? K : never]: TypeOf<S[K]> } & {
        [K in keyof S as S[K] extends ParamSpec<unknown, false> ? never : K]?: TypeOf<S[K]>;
      }
    >;

/** The data behind each code's wording, exactly the keys that code sets: `'too-many'` → `{ limit: number; … }`. */
export type IssueParamsByCode = { [C in IssueCode]: ParamsOf<(typeof ISSUE_PARAMS)[C]> };

/** Any code's params: what a caller that handles every code at once (a wire format, a log) sees. */
export type IssueParams = IssueParamsByCode[IssueCode];

/** Whether every param of the code may be left out (an empty object is valid params for it). */
export type ParamsOptional<C extends IssueCode> = Record<never, never> extends IssueParamsByCode[C] ? true : false;

/** The keys a code may set and their kinds, at run time (for tests and docs). */
export function issueParamSpec(code: IssueCode): Readonly<Record<string, ParamSpec<unknown, boolean>>> {
  return ISSUE_PARAMS[code];
}

interface IssueBase<C extends IssueCode> {
  code: C;
  path: PathSegment[];
  /** What is wrong and what to write instead, without the path (a form shows it beside the field `path` names). */
  message: { zh: string; en: string };
  /** The rule or input file the issue is in, when there is one. */
  file?: string;
}

/**
 * An issue of one code. `params` holds the values the message was worded from,
 * for a form that words its own; it is always there when the code has a
 * required key, and left out when nothing was given.
 */
export type IssueOf<C extends IssueCode> = C extends IssueCode
  ? IssueBase<C> & (ParamsOptional<C> extends true ? { params?: IssueParamsByCode[C] } : { params: IssueParamsByCode[C] })
  : never;

/** A problem as plain data, like a zod issue: a code, where, and what to do, in both languages. Narrow on `code` for typed `params`. */
export type Issue = IssueOf<IssueCode>;

export type Bilingual = { zh: string; en: string };

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
