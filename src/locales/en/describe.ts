import type { DescribeWording } from '../describe-wording.js';

/* English wording of `heyuan-ip explain <clause-id>`: a clause as an applicant reads it. */

const NATURE = {
  award: 'award (a fixed sum for a title or prize)',
  subsidy: 'subsidy (a share of money actually spent)',
  project: 'project (reviewed and approved)',
};

const FIGURE: Record<string, string> = { value: 'fixed amount', rate: 'rate', cap: 'item cap', unit: 'amount per unit', clauseCap: 'clause cap' };

const figureName = (name: string) => (name.startsWith('table:') ? `table entry ${name.slice(6)}` : (FIGURE[name] ?? name));

const joinAnd = (xs: readonly string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

export const describeEn: DescribeWording = {
  heading: (p) => `${p.article} ${p.title} (${p.id})`,
  part: (p) => `Part ${p.number}, ${p.title} · ${NATURE[p.nature]} · as the ${p.year} guideline has it`,
  // The basis is our summary of the drafting explanation, not a quotation: the label says so.
  basis: (text) => `Key points (summarised from the drafting explanation): ${text}`,
  applicants: (kinds) => `Who may apply: ${joinAnd(kinds)}`,
  subject: (type) => (type === null ? 'Pays: once a year for the applicant itself' : `Pays: one item for each "${type}" event`),
  keyParts: (labels) => labels.join(' · '),
  yesNo: { true: 'yes', false: 'no' },
  sections: {
    conditions: 'Conditions (all must hold):',
    amount: 'Amount:',
    limits: 'Limits and stacking:',
    materials: 'Materials to submit:',
    provenance: 'Provenance:',
  },
  condition: (p) => `${p.id} ${p.label}${p.source === 'guideline' ? ` (added by the ${p.year} guideline)` : ''}`,
  unlabelled: (p) => `${p.fact} ${p.path} ${p.operator} ${p.value}`,
  group: (kind) => (kind === 'any' ? 'at least one of:' : kind === 'all' ? 'all of:' : 'not:'),
  noOwnConditions: '(no conditions of its own: the general conditions and the amount table say everything)',
  fixed: (v) => `a fixed ${v} yuan`,
  percentOf: (p) =>
    `${p.percent}% of ${p.of.map((f) => `"${f}"`).join(' + ')}${p.less.length ? ` less ${p.less.map((f) => `"${f}"`).join(' + ')}` : ''} (never below zero)`,
  perUnit: (p) => `${p.unit} yuan × "${p.count}"`,
  byLevel: (fields) => `by ${joinAnd(fields.map((f) => `"${f}"`))}:`,
  tableRow: (p) => `${p.key} → ${p.value === null ? 'not eligible' : `${p.value} yuan`}`,
  itemCap: (cap) => `at most ${cap} yuan per item`,
  lowered: (p) => `the ${p.year} guideline lowered the ${figureName(p.figure)} from ${p.from} to ${p.to}`,
  clauseCap: (cap) => `clause cap: at most ${cap} yuan a year per applicant from this clause`,
  oncePer: (p) =>
    `paid once per ${p.key === 'applicant' ? 'applicant' : `"${p.key}"`}, ever${p.difference ? `: pays only what exceeds what was paid before for the same ${p.key === 'applicant' ? 'applicant' : `"${p.key}"`}` : ''}`,
  higherLevel: {
    'top-up': 'higher-level support for the same item: only the difference is paid (top-up)',
    exclusive: 'higher-level support for the same item: nothing is paid when it is above zero (exclusive)',
    independent: 'higher-level support does not change the amount (independent)',
  },
  takeTheHigher: (title) => `take the higher, not both: ${title}`,
  applicantCap: (p) => `the ${p.year} guideline caps what one applicant gets in the year at ${p.cap} yuan (all clauses)`,
  suspended: (p) => `SUSPENDED under the ${p.year} guideline: ${p.reason}`,
  note: (text) => `Note: ${text}`,
  noMaterials: '(the guideline lists none for this clause)',
  provenance: {
    reference: 'reference figures: not the published text of the measures; every decision that uses them says so',
    published: 'figures from the published text of the measures',
  },
  guidelineProvenance: (p) =>
    p.provenance === 'reference' ? `the ${p.year} guideline is a reference draft, not the published guideline` : `the ${p.year} guideline is the published one`,
  source: (text) => `source: ${text}`,
};
