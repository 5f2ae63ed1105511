import type { AdjustmentWording, OnceKey } from '../../core/issue.js';
import { labelInSentence } from '../format/label-in-sentence.js';
import type { IssueWording } from '../types.js';
import { usageEn } from './usage.js';

const list = (xs?: readonly string[]) => (xs ?? []).map((x) => JSON.stringify(x)).join(', ');
/** The codes a writer types, each with the vocabulary's label: "yuancheng" (Yuancheng District). */
const coded = (codes?: readonly string[], labels?: readonly string[]) =>
  codes !== undefined && labels?.length === codes.length
    ? codes.map((c, i) => `${JSON.stringify(c)} (${labelInSentence(labels[i]!)})`).join(', ')
    : list(codes);

/** What a field should have been, by zod's type name (or ours). */
const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  int: 'a whole number',
  number: 'a number',
  array: 'an array',
  object: 'an object',
  money: 'a decimal string of yuan, e.g. "98000.50"',
  'non-empty-string': 'a non-empty string',
};
const typeName = (t: unknown) => (typeof t === 'string' ? (TYPE_NAMES[t] ?? t) : 'a value');

/** What a `not-found` issue could not find, by its `key`. */
const NOT_FOUND_EN: Record<string, string> = { clause: 'clause', guideline: 'guideline for the year', schema: 'schema', route: 'route' };

/** English wording of every issue code. */
export const en: IssueWording = {
  'missing-field': (p) => `required field is missing${p.expected ? ` (expected ${typeName(p.expected)})` : ''}`,
  'unknown-field': (p) => `unknown field "${p.key}" (check the spelling; unknown fields are refused so that no condition is silently lost)`,
  'reserved-key': (p) => `the key "${p.key}" is not allowed anywhere in the input`,
  'invalid-type': (p) => `expected ${typeName(p.expected)}, got ${p.received}`,
  'invalid-value': (p) => `${p.received} is not allowed; expected one of ${coded(p.allowed, p.allowedEn)}`,
  'invalid-money': (p) => `${p.received} is not an amount of money; write yuan as a decimal string with at most two decimals, e.g. "98000.50"`,
  'money-as-number': (p) => `money must be a decimal string, not a JSON number (JSON numbers lose precision); write "${p.detail}"`,
  'invalid-rate': (p) => `${p.received} is not a rate; write a decimal string between 0 and 1, e.g. "0.30"`,
  'invalid-date': (p) => `${p.received} is not a calendar date; write YYYY-MM-DD, e.g. "2025-07-15"`,
  'invalid-credit-code': (p) => `${p.received} is not a valid unified social credit code (18 characters, GB 32100-2015, check digits verified)`,
  'invalid-count': (p) => `${p.received} is not a count; write a non-negative whole number`,
  'too-long': (p) => `too long; at most ${p.limit} characters`,
  'too-many': (p) => `too many entries; at most ${p.limit}`,
  'too-few': (p) => `at least ${p.limit} ${p.limit === 1 ? 'entry is' : 'entries are'} required`,
  'duplicate-event-id': (p) => `event id "${p.key}" is used more than once in this application`,
  'duplicate-applicant-id': (p) =>
    `applicant id "${p.key}" appears in more than one application of the batch (applications ${p.first} and ${p.index}, counted from 0)`,
  'invalid-source': (p) =>
    p.detail === 'function'
      ? `the function given to ${p.key} returned ${p.received}, not an iterable or async iterable of applications`
      : `${p.key} takes an iterable or an async iterable of applications${p.key === 'evaluateStream' ? ', or a function returning one' : ''}; got ${p.received === 'object' ? 'an object that is not iterable' : p.received}`,
  'patent-grant-not-subsidised': () =>
    `patent grants are not subsidised: national guidance abolished every subsidy or award at the patent-grant stage by the end of 2025`,
  'unknown-event-type': (p) => `unknown event type ${p.received}; expected one of ${coded(p.allowed, p.allowedEn)}`,
  'unknown-clause': (p) => `unknown clause id "${p.key}"`,
  'invalid-json': (p) => `not valid JSON (${p.detail})`,
  'duplicate-key': (p) => `the key "${p.key}" appears twice in the same object`,
  'invalid-input': (p) => `${p.detail ?? 'invalid input'}`,
  'invalid-rule': (p) => `${p.detail ?? 'invalid rule'}`,
  'invalid-path': (p) => `${p.received} is not a rule path; write a dotted path on own fields such as "$.interestPaid" (no filters or scripts)`,
  'unknown-operator': (p) => `unknown operator ${p.received}; expected one of ${list(p.allowed)}`,
  'invalid-guideline': (p) => `${p.detail ?? 'invalid guideline'}`,
  'above-ceiling': (p) => `${p.key} ${p.received} is above the policy's ${p.ceiling}: a guideline may lower a figure, never raise it`,
  'figure-not-on-form': (p) => `a ${p.received} amount has no figure "${p.key}"; it has ${list(p.allowed)}`,
  'unknown-level': (p) => `the amount table has no level "${p.key}"`,
  'level-not-eligible': (p) => `level "${p.key}" is not eligible under the policy; a guideline cannot give it a figure`,
  'duplicate-patch': (p) => `clause "${p.key}" is already patched by patches[${p.limit}]`,
  'id-mismatch': (p) => `the id "${p.key}" must equal the file name "${p.received}"`,
  'duplicate-id': (p) => `the id "${p.key}" is also used by ${p.received}`,
  'duplicate-article': (p) => `article ${p.key} is also used by ${p.received}`,
  'year-mismatch': (p) => `the year ${p.key} must equal the file name "${p.received}"`,
  'reversed-period': (p) => `the period ends (${p.detail}) before it starts`,
  'period-overlaps-window': (p) => `the event period must end before the application window opens (${p.detail})`,
  'budget-above-total': (p) => `the part budgets add up to ${p.detail}, more than the total budget`,
  'year-outside-effective-period': (p) => `year ${p.received} is outside the policy's effective period (${p.detail})`,
  'no-guideline': (p) => `there is no guideline for year ${p.received}; years with a guideline: ${p.detail}`,
  'engine-mismatch': (p) => `the two evaluators disagree (${p.detail})`,
  usage: (p) => (p.reason !== undefined ? usageEn[p.reason](p) : `${p.detail}`),
  'too-deep': (p) => `nested too deeply; at most ${p.limit} levels`,
  'source-changed': () =>
    `the applications changed between the two passes over the source (a streamed batch reads it twice and needs the same rows both times); nothing was paid out`,
  'invalid-patent-number': (p) =>
    `${p.received} is not a CNIPA application or patent number (ZL, 12 or 8 digits, a dot and a check character, e.g. ZL202310123456.7)`,
  'host-environment': (p) => `no decision: the host environment is broken (the host changed Object.prototype or another built-in: ${p.detail})`,
  'window-outside-year': (p) => `the application window (${p.from} – ${p.to}) must lie within the guideline's own year ${p.key}`,
  'applicant-cap-removed': (p) =>
    `the per-applicant annual cap may not be removed (${p.key !== undefined ? `the ${p.key} guideline had ${p.received}` : 'every guideline states one'})`,
  'applicant-cap-raised': (p) =>
    `the per-applicant annual cap ${p.received} is above ${p.ceiling} (the ${p.key} guideline): a guideline may lower it, never raise it`,
  'unsafe-rule-file': (p) =>
    p.reason === 'outside'
      ? `not read: ${p.received} leads outside the rules directory (${p.target})`
      : `not read: ${p.received} is not a regular file (a FIFO, device or directory)`,
  'too-large': (p) => `refused before reading: ${p.received} bytes, more than the ${p.limit} bytes one application or rule file may have`,
  'credit-code-prefix': (p) =>
    `${p.received} does not fit the applicant's kind: the unified social credit code of an applicant of kind "${labelInSentence(p.kindEn)}" begins with "${p.prefix}"`,
  'count-above-field': (p) => `${p.received} is more than the event's "${labelInSentence(p.keyEn)}" (${p.limit})`,
  'predecessor-funded-required': (p) =>
    `required (true or false): the event is dated on or before ${p.expired}, the day the previous policy (${p.titleEn}) expired, so the application must say whether it was already supported under that policy`,
  'invalid-csv': (p) => `not valid CSV (${p.detail}); this row and any it swallowed are rejected`,
  'csv-unknown-column': (p) =>
    `column "${p.key}" is not a field of the application; name columns applicant.<field>, event.<field> or history.<field> as in the application schema (heyuan-ip schema)`,
  'csv-duplicate-column': (p) => `column "${p.key}" appears more than once in the header`,
  'csv-missing-column': (p) => `the header has no column "${p.key}"; it is needed to group rows into applications`,
  'csv-cell-count': (p) => `this row has ${p.received} cells but the header has ${p.limit} columns`,
  'csv-applicant-differs': (p) =>
    `column "${p.key}" reads ${p.received} here but ${p.expected} on row ${p.detail}; repeat the same applicant values on every row of an applicant (or leave the cell empty)`,
  'csv-applicant-split': (p) =>
    `the rows of applicant "${p.key}" are not together (it already appeared on row ${p.detail}); keep each applicant's rows next to each other`,
  'unlabelled-condition': (p) =>
    `the condition has no ${p.key === 'both' ? 'label' : `label.${p.key}`}; every leaf needs label.zh and label.en so that a decision reads like the clause`,
  'unknown-field-path': (p) =>
    p.scope === '-'
      ? `the ${p.fact} fact has no ${p.received}: a clause about the applicant pays for no event, so it cannot read one`
      : `the ${p.fact} fact has no field ${p.received}${p.scope ? (p.scope === '*' ? ' on every event type' : ` on a "${p.scope}" event`) : ''}; known fields there: ${list(p.allowed)} (a condition that reads a missing field silently fails)`,
  'operator-type': (p) =>
    p.side === 'field'
      ? `${p.operator} compares ${kindsEn(p.allowed)}, but ${p.field} is ${kindEn(String(p.received))}`
      : `${p.operator} needs a value that is ${kindsEn(p.allowed)}; got ${kindEn(String(p.received))}${p.detail ? ` (${p.detail})` : ''}`,
  'amount-type': (p) => `a ${p.form} amount reads ${kindsEn(p.allowed)} here, but ${p.field} is ${kindEn(String(p.received))}`,
  'table-coverage': (p) =>
    p.reason === 'missing'
      ? `the table has no row for "${p.key}", which ${p.field} allows; add it, with null if it is not eligible`
      : p.reason === 'extra'
        ? `"${p.key}" is not a value ${p.field} can take (allowed: ${list(p.allowed)}); remove the row or fix its spelling`
        : `${p.field} is ${kindEn(String(p.received))}, not a field with a fixed list of values, so no table can cover it`,
  'body-too-large': (p) => `the request body is larger than the service accepts (at most ${p.limit} bytes)${p.detail ? `; ${p.detail}` : ''}`,
  'unsupported-media-type': (p) => `content type ${p.received} is not accepted here; send ${list(p.allowed)}`,
  'not-found': (p) => `there is no ${NOT_FOUND_EN[String(p.key)] ?? String(p.key)} ${p.received}${p.allowed ? `; known: ${list(p.allowed)}` : ''}`,
  unauthorized: () => 'a valid bearer token is required (header Authorization: Bearer <token>)',
  timeout: (p) => `the request took longer than the service allows (${p.limit} ms) and was stopped; nothing was decided`,
  'internal-error': (p) => `internal error (request ${p.key}); the service log has the details`,
};

const KIND_EN: Record<string, string> = {
  money: 'money (a decimal string)',
  date: 'a calendar date',
  count: 'a count (a whole number)',
  number: 'a number',
  boolean: 'true or false',
  text: 'text',
  enum: 'one of a fixed list of values',
  scalar: 'a single value (text, a number, true/false or one of a list)',
  array: 'a list',
  record: 'an object',
  unknown: 'of unknown type',
};

/** Kind tokens from the lint (`money`, `list:date`, `period:date`, …) in words. */
function kindEn(token: string): string {
  const [head, inner] = token.split(':', 2) as [string, string | undefined];
  if (head === 'list') return inner ? `a list of ${KIND_EN[inner] ?? inner}` : 'a list';
  if (head === 'period') return `a period {from, to} of ${KIND_EN[inner ?? ''] ?? inner}`;
  return KIND_EN[head] ?? head;
}

function kindsEn(tokens?: readonly string[]): string {
  return (tokens ?? []).map(kindEn).join(' or ');
}

/** English reasons for each kind of adjustment. */
const onceKeyEn = (k: OnceKey) => `${k.field === null ? 'applicant' : k.field.slice(2)} "${k.value}"`;

export const enAdjustments: AdjustmentWording = {
  'item-cap': (p) => `capped at ${p.cap} per item`,
  'higher-level-top-up': (p) => `higher-level support of ${p.funding} already granted for the same item: only the difference is paid`,
  'higher-level-exclusive': (p) => `higher-level support of ${p.funding} already granted for the same item: this clause does not pay alongside it`,
  'once-only': (p) =>
    `paid once per ${onceKeyEn(p.key)}: already paid ${'subject' in p.earlier ? `in this application (${p.earlier.subject})` : `in ${p.earlier.years.join(', ')}`}`,
  'once-only-difference': (p) => `paid once per ${onceKeyEn(p.key)}: ${p.paid} already paid before, only the difference is paid`,
  'take-the-higher': (p) => `${p.group.en}: ${p.winner.title.en} (${p.winner.subject}) pays ${p.winnerAmount}, the higher; the two are not stacked`,
  'clause-cap': (p) =>
    `clause cap of ${p.cap} a year per applicant${p.lowered ? ` (the ${p.lowered.year} guideline lowered it from ${p.lowered.ceiling})` : ''}${p.already !== null ? `; ${p.already} already paid this year` : ''}`,
  'applicant-cap': (p) =>
    `per-applicant annual cap of ${p.cap} under the ${p.year} guideline${p.already !== null ? `; ${p.already} already paid this year` : ''}`,
  // A part's English title reads "Part 2: …"; the sentence names the part by the words before the colon.
  'budget-proration': (p) => `the ${p.part.title.en.split(':')[0]!} budget ${p.budget} is below the ${p.requested} requested: scaled by ${p.ratio}`,
};

/** English wording of decision warnings. */
export const enWarnings = {
  'patent-grant-not-subsidised': () =>
    'patent grants are not subsidised: national guidance abolished every subsidy or award at the patent-grant stage by the end of 2025; this event is left out and the rest of the application is decided',
  'reference-figure': (p: { article: string; title: string }) =>
    `article ${p.article} (${p.title}) paid with reference figures, not the published text of the measures`,
  'reference-condition': (p: { article: string; title: string; condition: string; label: string }) =>
    `article ${p.article} (${p.title}) refused on ${p.condition} (${p.label}), a condition whose threshold or scope is a reference choice, not the published text of the measures`,
  'reference-guideline': (p: { year: number }) =>
    `the ${p.year} guideline used (window, event period, budget, caps) is a reference draft, not the published guideline`,
};

/** English names of figures and of `diff` rows. */
export const enFigures = {
  name: (n: string) =>
    n.startsWith('table:')
      ? `amount for ${n.slice(6)}`
      : (({ value: 'amount', rate: 'rate', cap: 'item cap', unit: 'amount per unit', clauseCap: 'clause cap a year' } as Record<string, string>)[n] ?? n),
  none: 'none',
  suspended: 'suspended',
  open: 'open',
  addedConditions: 'added conditions',
  materials: 'materials',
  frame: (f: string) =>
    (
      ({
        window: 'application window',
        eventPeriod: 'event period',
        applicantCap: 'per-applicant cap',
        'budget.total': 'total budget',
        provenance: 'provenance',
      }) as Record<string, string>
    )[f] ?? f.replace('budget.parts.', 'budget: '),
  head: ['Art.', 'Clause', 'What', 'From', 'To', 'Standing'],
  standing: { reference: 'reference figure, not the published text', published: 'published figure' } as Record<'reference' | 'published', string>,
  standingNote: (s: string) => ` (${s})`,
  noChange: (a: string, b: string) => `no differences between ${a} and ${b}`,
};
