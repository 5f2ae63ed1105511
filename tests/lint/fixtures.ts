import type { Operation } from 'rfc6902';

/*
 * One fixture per lint rule: a few of the real rule files, each fixture stating
 * only what it breaks, as a JSON Patch (RFC 6902) on
 * { policy, clauses: { <id>: clause }, guideline } — or, for what only the saved
 * text can show (broken JSON, a key written twice), an edit of the text — and
 * every problem the lint must report (file, pointer, code), no more, no fewer.
 */

export interface ExpectedFinding {
  file: string;
  pointer: string;
  code: string;
}

export interface LintFixture {
  name: string;
  /** The real clauses it carries, from rules/clauses/. */
  clauses: string[];
  /** Carries the 2026 guideline, its patches narrowed to these clauses. */
  guideline?: boolean;
  patch?: Operation[];
  /** A clause saved under another file name than its id. */
  fileNames?: Record<string, string>;
  /** Edits of the saved text, by file inside the rules directory. */
  text?: Record<string, (text: string) => string>;
  expected: ExpectedFinding[];
}

export const LINT_FIXTURES: LintFixture[] = [
  {
    name: 'amount-type',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/pledge-loan-interest/amount/of/0', value: '$.pledgeRegistered' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/amount/of/0', code: 'amount-type' }],
  },
  {
    name: 'amount-type-per-unit',
    clauses: ['data-ip-registration'],
    patch: [{ op: 'replace', path: '/clauses/data-ip-registration/amount/count', value: '$.date' }],
    expected: [{ file: 'rules/clauses/data-ip-registration.json', pointer: '/amount/count', code: 'amount-type' }],
  },
  {
    name: 'broken-json',
    clauses: ['pledge-loan-interest'],
    // Saved half-written: the text stops in the middle of the file.
    text: { 'clauses/pledge-loan-interest.json': (t) => t.slice(0, t.indexOf('"amount"')) },
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '', code: 'invalid-json' }],
  },
  {
    name: 'broken-policy-json',
    clauses: ['pledge-loan-interest'],
    text: { 'policy.json': (t) => t.slice(0, t.indexOf('"parts"')) },
    expected: [{ file: 'rules/policy.json', pointer: '', code: 'invalid-json' }],
  },
  {
    name: 'duplicate-article',
    clauses: ['patent-award', 'pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/patent-award/article', value: '2.6' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/article', code: 'duplicate-article' }],
  },
  {
    name: 'duplicate-key',
    clauses: ['pledge-loan-interest'],
    // JSON.parse keeps the last of two equal keys, so the first one would be silently ignored.
    text: { 'clauses/pledge-loan-interest.json': (t) => t.replace('"clauseCap": "100000"', '"clauseCap": "90000",\n    "clauseCap": "100000"') },
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/limits/clauseCap', code: 'duplicate-key' }],
  },
  {
    name: 'enum-value',
    clauses: ['gi-trademark'],
    patch: [
      {
        op: 'add',
        path: '/clauses/gi-trademark/conditions/all/-',
        value: { fact: 'event', path: '$.markKind', operator: 'equal', value: 'certification-mark', label: { zh: '证明商标', en: 'certification mark' } },
      },
    ],
    expected: [{ file: 'rules/clauses/gi-trademark.json', pointer: '/conditions/all/0/value', code: 'invalid-value' }],
  },
  {
    name: 'event-path-on-applicant-clause',
    clauses: ['pledge-loan-interest'],
    patch: [
      { op: 'replace', path: '/clauses/pledge-loan-interest/subject', value: 'applicant' },
      { op: 'remove', path: '/clauses/pledge-loan-interest/amount/rate' },
      { op: 'remove', path: '/clauses/pledge-loan-interest/amount/of' },
      { op: 'add', path: '/clauses/pledge-loan-interest/amount/value', value: '1000' },
      { op: 'replace', path: '/clauses/pledge-loan-interest/amount/form', value: 'fixed' },
      { op: 'replace', path: '/clauses/pledge-loan-interest/stacking/higherLevel', value: 'independent' },
    ],
    expected: [
      { file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/0/path', code: 'unknown-field-path' },
      { file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/1/path', code: 'unknown-field-path' },
      { file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/2/path', code: 'unknown-field-path' },
      { file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/3/path', code: 'unknown-field-path' },
    ],
  },
  {
    name: 'guideline-above-ceiling',
    clauses: ['pledge-loan-interest'],
    guideline: true,
    patch: [{ op: 'replace', path: '/guideline/patches/0/lower/clauseCap', value: '120000' }],
    expected: [{ file: 'rules/guidelines/2026.json', pointer: '/patches/0/lower/clauseCap', code: 'above-ceiling' }],
  },
  {
    name: 'guideline-added-condition',
    clauses: ['pledge-loan-interest'],
    guideline: true,
    // Unlabelled, and reads a field the pledge-loan event does not have.
    patch: [
      {
        op: 'add',
        path: '/guideline/patches/0/addConditions',
        value: [{ fact: 'event', path: '$.amountPaid', operator: 'decimalGreaterThanInclusive', value: '10000' }],
      },
    ],
    expected: [
      { file: 'rules/guidelines/2026.json', pointer: '/patches/0/addConditions/0', code: 'unlabelled-condition' },
      { file: 'rules/guidelines/2026.json', pointer: '/patches/0/addConditions/0/path', code: 'unknown-field-path' },
    ],
  },
  {
    name: 'guideline-unknown-clause',
    clauses: ['pledge-loan-interest'],
    guideline: true,
    patch: [{ op: 'replace', path: '/guideline/patches/0/clause', value: 'pledge-loan-intrest' }],
    expected: [{ file: 'rules/guidelines/2026.json', pointer: '/patches/0/clause', code: 'unknown-clause' }],
  },
  {
    name: 'id-file-name',
    clauses: ['pledge-loan-interest'],
    fileNames: { 'pledge-loan-interest': 'pledge-loan' },
    expected: [{ file: 'rules/clauses/pledge-loan.json', pointer: '/id', code: 'id-mismatch' }],
  },
  {
    name: 'operator-type-count',
    clauses: ['data-ip-registration'],
    patch: [{ op: 'replace', path: '/clauses/data-ip-registration/conditions/all/0/value', value: '1' }],
    expected: [{ file: 'rules/clauses/data-ip-registration.json', pointer: '/conditions/all/0/value', code: 'operator-type' }],
  },
  {
    name: 'operator-type-date-between',
    clauses: ['pledge-loan-interest'],
    patch: [
      {
        op: 'add',
        path: '/clauses/pledge-loan-interest/conditions/all/-',
        value: { fact: 'event', path: '$.date', operator: 'dateBetween', value: '2025-01-01', label: { zh: '期间内', en: 'within the period' } },
      },
    ],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/4/value', code: 'operator-type' }],
  },
  {
    name: 'operator-type-equal-money',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/pledge-loan-interest/conditions/all/2/operator', value: 'equal' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/2/operator', code: 'operator-type' }],
  },
  {
    name: 'operator-type-field',
    clauses: ['pledge-loan-interest'],
    patch: [
      { op: 'replace', path: '/clauses/pledge-loan-interest/conditions/all/0/operator', value: 'decimalGreaterThan' },
      { op: 'replace', path: '/clauses/pledge-loan-interest/conditions/all/0/value', value: '0' },
    ],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/0/operator', code: 'operator-type' }],
  },
  {
    name: 'operator-type-in',
    clauses: ['pledge-loan-interest'],
    patch: [
      {
        op: 'add',
        path: '/clauses/pledge-loan-interest/conditions/all/0',
        value: { fact: 'applicant', path: '$.county', operator: 'in', value: 'yuancheng', label: { zh: '源城区', en: 'Yuancheng' } },
      },
    ],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/0/value', code: 'operator-type' }],
  },
  {
    name: 'operator-type-value',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/pledge-loan-interest/conditions/all/2/value', value: 0 }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/2/value', code: 'operator-type' }],
  },
  {
    name: 'patent-grant',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/pledge-loan-interest/subject', value: 'patent-grant' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/subject', code: 'patent-grant-not-subsidised' }],
  },
  {
    name: 'schema',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/pledge-loan-interest/amount/rate', value: '30%' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/amount/rate', code: 'invalid-rate' }],
  },
  {
    name: 'stacking-on-applicant-clause',
    clauses: ['pledge-loan-interest'],
    patch: [
      { op: 'replace', path: '/clauses/pledge-loan-interest/subject', value: 'applicant' },
      { op: 'remove', path: '/clauses/pledge-loan-interest/conditions/all/0' },
      { op: 'remove', path: '/clauses/pledge-loan-interest/conditions/all/0' },
      { op: 'remove', path: '/clauses/pledge-loan-interest/conditions/all/0' },
      { op: 'remove', path: '/clauses/pledge-loan-interest/conditions/all/0' },
      { op: 'remove', path: '/clauses/pledge-loan-interest/amount/rate' },
      { op: 'remove', path: '/clauses/pledge-loan-interest/amount/of' },
      { op: 'add', path: '/clauses/pledge-loan-interest/amount/value', value: '1000' },
      { op: 'replace', path: '/clauses/pledge-loan-interest/amount/form', value: 'fixed' },
      { op: 'replace', path: '/clauses/pledge-loan-interest/stacking/higherLevel', value: 'top-up' },
    ],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/stacking/funding', code: 'unknown-field-path' }],
  },
  {
    name: 'table-extra-row',
    clauses: ['patent-award'],
    patch: [{ op: 'add', path: '/clauses/patent-award/amount/table/china-patent-award:bronze', value: '50000' }],
    expected: [{ file: 'rules/clauses/patent-award.json', pointer: '/amount/table/china-patent-award:bronze', code: 'table-coverage' }],
  },
  {
    name: 'table-free-text-key',
    clauses: ['patent-award'],
    patch: [{ op: 'replace', path: '/clauses/patent-award/amount/path/1', value: '$.patentNumber' }],
    expected: [{ file: 'rules/clauses/patent-award.json', pointer: '/amount/path', code: 'table-coverage' }],
  },
  {
    name: 'table-missing-row',
    clauses: ['patent-award'],
    patch: [{ op: 'remove', path: '/clauses/patent-award/amount/table/guangdong-patent-award:excellent' }],
    expected: [{ file: 'rules/clauses/patent-award.json', pointer: '/amount/table', code: 'table-coverage' }],
  },
  {
    name: 'table-wrong-key',
    clauses: ['patent-award'],
    patch: [{ op: 'replace', path: '/clauses/patent-award/amount/path', value: '$.level' }],
    expected: [
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table', code: 'table-coverage' },
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table', code: 'table-coverage' },
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table', code: 'table-coverage' },
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table/china-patent-award:gold', code: 'table-coverage' },
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table/china-patent-award:silver', code: 'table-coverage' },
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table/china-patent-award:excellent', code: 'table-coverage' },
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table/china-design-award:gold', code: 'table-coverage' },
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table/china-design-award:silver', code: 'table-coverage' },
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table/china-design-award:excellent', code: 'table-coverage' },
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table/guangdong-patent-award:gold', code: 'table-coverage' },
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table/guangdong-patent-award:silver', code: 'table-coverage' },
      { file: 'rules/clauses/patent-award.json', pointer: '/amount/table/guangdong-patent-award:excellent', code: 'table-coverage' },
    ],
  },
  {
    name: 'unknown-amount-path',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/pledge-loan-interest/amount/of/0', value: '$.interest' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/amount/of/0', code: 'unknown-field-path' }],
  },
  {
    name: 'unknown-applicant-kind',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/pledge-loan-interest/applicants/0', value: 'enterprize' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/applicants/0', code: 'invalid-value' }],
  },
  {
    name: 'unknown-applicant-path',
    clauses: ['pledge-loan-interest'],
    patch: [
      {
        op: 'add',
        path: '/clauses/pledge-loan-interest/conditions/all/0',
        value: { fact: 'applicant', path: '$.sme', operator: 'equal', value: true, label: { zh: '中小微企业', en: 'an SME' } },
      },
    ],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/0/path', code: 'unknown-field-path' }],
  },
  {
    name: 'unknown-context-path',
    clauses: ['pledge-loan-interest'],
    patch: [
      {
        op: 'add',
        path: '/clauses/pledge-loan-interest/conditions/all/-',
        value: {
          fact: 'event',
          path: '$.date',
          operator: 'dateBetween',
          value: { fact: 'context', path: '$.period' },
          label: { zh: '期间内', en: 'within the period' },
        },
      },
    ],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/4/value/path', code: 'unknown-field-path' }],
  },
  {
    name: 'unknown-field-path',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/pledge-loan-interest/conditions/all/2/path', value: '$.interestPayed' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/2/path', code: 'unknown-field-path' }],
  },
  {
    name: 'unknown-group',
    clauses: ['patent-award'],
    patch: [{ op: 'replace', path: '/clauses/patent-award/stacking/group', value: 'same-patents' }],
    expected: [{ file: 'rules/clauses/patent-award.json', pointer: '/stacking/group', code: 'invalid-value' }],
  },
  {
    name: 'unknown-group-key-path',
    clauses: ['patent-award'],
    patch: [{ op: 'replace', path: '/policy/groups/1/key', value: '$.patentNo' }],
    expected: [{ file: 'rules/clauses/patent-award.json', pointer: '/stacking/group', code: 'unknown-field-path' }],
  },
  {
    name: 'unknown-less-path',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'add', path: '/clauses/pledge-loan-interest/amount/less', value: ['$.insurancePayout'] }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/amount/less/0', code: 'unknown-field-path' }],
  },
  {
    name: 'unknown-once-per-path',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'add', path: '/clauses/pledge-loan-interest/limits/oncePer', value: '$.loanId' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/limits/oncePer', code: 'unknown-field-path' }],
  },
  {
    name: 'unknown-operator',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/pledge-loan-interest/conditions/all/0/operator', value: 'equals' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/0/operator', code: 'unknown-operator' }],
  },
  {
    name: 'unknown-part',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/pledge-loan-interest/part', value: 'finance' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/part', code: 'invalid-value' }],
  },
  {
    name: 'unknown-subject',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/clauses/pledge-loan-interest/subject', value: 'pledge-loans' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/subject', code: 'unknown-event-type' }],
  },
  {
    name: 'unlabelled-condition',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'remove', path: '/clauses/pledge-loan-interest/conditions/all/1/label' }],
    expected: [{ file: 'rules/clauses/pledge-loan-interest.json', pointer: '/conditions/all/1', code: 'unlabelled-condition' }],
  },
  {
    name: 'unlabelled-general-condition',
    clauses: ['pledge-loan-interest'],
    patch: [{ op: 'replace', path: '/policy/generalConditions/1/label/en', value: '  ' }],
    expected: [{ file: 'rules/policy.json', pointer: '/generalConditions/1', code: 'unlabelled-condition' }],
  },
  {
    name: 'valid',
    clauses: ['patent-award', 'pledge-loan-interest'],
    guideline: true,
    expected: [],
  },
];
