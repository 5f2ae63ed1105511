import Decimal from 'decimal.js';

/*
 * The practical limit: three clauses of the 2026 guideline decided by hand,
 * the way a programmer would without a rules engine. `patent-award` (1.5),
 * `pledge-loan-interest` (2.6) and `gi-product` (2.11), with the general
 * conditions G1–G8, each clause's own conditions, exact amounts (decimal.js,
 * half-up to the fen) and the same cross-clause steps: higher-level
 * exclusion, once per GI name, take-the-higher per patent, the clause cap as
 * the 2026 guideline lowered it and the per-applicant cap. No validation, no
 * trace: it trusts its input. The benchmark checks that it pays exactly what
 * the library pays on every generated application.
 */

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;
const ZERO = new D(0);

const HEYUAN = new Set(['yuancheng', 'dongyuan', 'heping', 'longchuan', 'zijin', 'lianping', 'jiangdong', 'hitech']);
const EVENT_FROM = '2025-01-01';
const EVENT_TO = '2025-12-31';
const VIOLATION_FROM = '2024-03-01';
const VIOLATION_TO = '2026-02-28';
const CLAWBACK_FROM = 2023;
const CLAWBACK_TO = 2025;
const YEAR = 2026;
const PREDECESSOR_EXPIRED = '2025-06-23';
const APPLICANT_CAP = new D('600000');
const PLEDGE_CAP = new D('80000');
const PLEDGE_RATE = new D('0.30');
const GI_AMOUNT = new D('200000');

const AWARD_KINDS = new Set(['enterprise', 'university', 'research-institute', 'individual']);
const PLEDGE_KINDS = new Set(['enterprise', 'university', 'research-institute', 'public-institution']);
const GI_KINDS = new Set(['industry-association', 'government-body', 'public-institution']);
const AWARD_TABLE: Record<string, string> = {
  'china-patent-award:gold': '300000',
  'china-patent-award:silver': '200000',
  'china-patent-award:excellent': '100000',
  'china-design-award:gold': '300000',
  'china-design-award:silver': '200000',
  'china-design-award:excellent': '100000',
  'guangdong-patent-award:gold': '100000',
  'guangdong-patent-award:silver': '80000',
  'guangdong-patent-award:excellent': '50000',
};
const AWARD_AMOUNTS = new Map(Object.entries(AWARD_TABLE).map(([k, v]) => [k, new D(v)]));

export interface HandEvent {
  id: string;
  type: string;
  date: string;
  higherLevelFunding?: string;
  [field: string]: unknown;
}

export interface HandApplication {
  applicant: { id: string; kind: string; county: string; seriousDishonesty: boolean; ipViolationDates?: string[] };
  events?: HandEvent[];
  history?: { clause: string; year: number; subjectKey: string; amount: string; clawedBack?: boolean }[];
}

export interface HandItem {
  clause: string;
  subject: string;
  eligible: boolean;
  amount: string;
}

export interface HandDecision {
  applicantId: string;
  total: string;
  items: HandItem[];
}

interface Work {
  clause: 'patent-award' | 'pledge-loan-interest' | 'gi-product';
  event: HandEvent;
  eligible: boolean;
  amount: Dec;
}

const byDateThenId = (a: HandEvent, b: HandEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function decideByHand(app: HandApplication): HandDecision {
  const a = app.applicant;
  const events = app.events ?? [];
  const history = app.history ?? [];

  // G1, G2, G3, G7: about the applicant, the same for every item.
  let general = HEYUAN.has(a.county) && a.seriousDishonesty === false;
  for (const d of a.ipViolationDates ?? []) if (d >= VIOLATION_FROM && d <= VIOLATION_TO) general = false;
  for (const h of history) if (h.clawedBack === true && h.year >= CLAWBACK_FROM && h.year <= CLAWBACK_TO) general = false;

  // G4, and G8: not funded under the previous policy (the application's word, for events up to its expiry)
  const inPeriod = (e: HandEvent) => e.date >= EVENT_FROM && e.date <= EVENT_TO && !(e.date <= PREDECESSOR_EXPIRED && e.predecessorFunded === true);
  const funded = (e: HandEvent, field: string) => typeof e[field] === 'string' && new D(e[field]).greaterThan(0);

  const awards: Work[] = [];
  const pledges: Work[] = [];
  const gis: Work[] = [];
  for (const e of [...events].sort(byDateThenId)) {
    if (e.type === 'award') {
      // an organisation as the patentee, an individual as the inventor or designer (catalogue v2)
      const role = a.kind === 'individual' ? 'inventor' : 'patentee';
      const eligible = general && inPeriod(e) && AWARD_KINDS.has(a.kind) && e.role === role;
      const amount = eligible ? (AWARD_AMOUNTS.get(`${e.scheme}:${e.level}`) ?? ZERO) : ZERO;
      awards.push({ clause: 'patent-award', event: e, eligible, amount });
    } else if (e.type === 'pledge-loan') {
      const interest = new D(e.interestPaid as string);
      const eligible =
        general &&
        inPeriod(e) &&
        PLEDGE_KINDS.has(a.kind) &&
        e.pledgeRegistered === true &&
        e.repaidOnSchedule === true &&
        interest.greaterThan(0) &&
        e.lenderKind === 'bank';
      let amount = eligible ? PLEDGE_RATE.times(interest).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : ZERO;
      if (eligible && funded(e, 'higherLevelInterestSubsidy')) amount = ZERO; // exclusive of higher-level interest subsidy
      pledges.push({ clause: 'pledge-loan-interest', event: e, eligible, amount });
    } else if (e.type === 'gi-product-approved') {
      const eligible = general && inPeriod(e) && GI_KINDS.has(a.kind);
      gis.push({ clause: 'gi-product', event: e, eligible, amount: eligible ? GI_AMOUNT : ZERO });
    }
  }

  // Once per GI name: ever (history), and the first item in this application.
  const giSeen = new Set<string>();
  for (const w of gis) {
    if (!w.eligible) continue;
    const key = w.event.giName as string;
    if (giSeen.has(key)) w.amount = ZERO;
    else {
      giSeen.add(key);
      if (history.some((h) => h.clause === 'gi-product' && h.subjectKey === key && h.clawedBack !== true)) w.amount = ZERO;
    }
  }

  // Take the higher per patent number (on a tie, the first).
  const bestByPatent = new Map<string, Work>();
  for (const w of awards) {
    if (!w.eligible) continue;
    const best = bestByPatent.get(w.event.patentNumber as string);
    if (!best || w.amount.greaterThan(best.amount)) bestByPatent.set(w.event.patentNumber as string, w);
  }
  for (const w of awards) if (w.eligible && bestByPatent.get(w.event.patentNumber as string) !== w) w.amount = ZERO;

  // Caps cut the last items in item order first: the clause cap, then the applicant's.
  const paidThisYear = (clause?: string) => {
    let s = ZERO;
    for (const h of history) if (h.year === YEAR && h.clawedBack !== true && (clause === undefined || h.clause === clause)) s = s.plus(h.amount);
    return s;
  };
  const cut = (list: Work[], cap: Dec, already: Dec) => {
    let left = Decimal.max(ZERO, cap.minus(already)) as Dec;
    for (const w of list) {
      if (!w.eligible) continue;
      if (w.amount.greaterThan(left)) w.amount = left;
      left = left.minus(w.amount);
    }
  };
  cut(pledges, PLEDGE_CAP, paidThisYear('pledge-loan-interest'));
  const all = [...awards, ...pledges, ...gis];
  cut(all, APPLICANT_CAP, paidThisYear());

  let total = ZERO;
  const items: HandItem[] = all.map((w) => {
    total = total.plus(w.amount);
    return { clause: w.clause, subject: w.event.id, eligible: w.eligible, amount: w.amount.toFixed(2) };
  });
  return { applicantId: a.id, total: total.toFixed(2), items };
}
