import { describe, expect, it } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { applicantIdentity, canonicalPatentNumber, identityKey, isPatentNumber } from '../../src/core/identity.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import { applicationArb } from '../properties/arbitraries.js';
import { guardGlobals, record, runs } from '../properties/harness.js';
import { applicant, creditCode } from '../support/golden.js';
import { sampleApplication } from './fixtures.js';

guardGlobals();

/*
 * The same subject, however it is typed, is paid once. Regressions: the same
 * patent twice paid 180000.00 instead of 100000.00 when one number had a
 * trailing space, a lower-case x, no dot or a full-width Ｚ; a GI product paid
 * in 2024 was paid again as "河源米粉 " or with a zero-width space; "A-001"
 * and "A-001 " with one credit code each got the 600000 per-applicant cap.
 */

const policy = loadPolicy({ year: 2026 });

describe('identity keys', () => {
  it('ignore surrounding and inner whitespace, invisible characters, full-width forms and case', () => {
    const k = identityKey('河源米粉');
    for (const v of ['河源米粉 ', ' 河源米粉', '河源\u200b米粉', '\ufeff河源米粉', '河源\u3000米粉', '河源米粉\u00ad']) expect(identityKey(v)).toBe(k);
    expect(identityKey('A-001')).toBe(identityKey('ａ－００１ '));
    expect(identityKey('HVC-1')).not.toBe(identityKey('HVC-2'));
  });

  it('put a CNIPA number in one canonical form, with its shape checked (check character not verified)', () => {
    const canonical = 'ZL202310123456.7';
    for (const v of [
      'ZL 2023 1 0123456.7',
      '202310123456.7',
      'zl202310123456.7',
      'ZL2023101234567',
      'ＺＬ２０２３１０１２３４５６．７',
      'CN202310123456.7',
      ' ZL202310123456.7\u200b',
    ]) {
      expect(canonicalPatentNumber(v)).toBe(canonical);
      expect(identityKey(v)).toBe(identityKey(canonical));
    }
    expect(canonicalPatentNumber('ZL95115608.x')).toBe('ZL95115608.X');
    for (const bad of ['ZL1', 'K1', 'ZL20231012345.7', 'ZL202310123456.', 'ZL202310123456.A', '']) expect(isPatentNumber(bad)).toBe(false);
  });

  it('an applicant is its credit code when it has one', () => {
    const code = creditCode(5);
    expect(applicantIdentity({ id: 'A-001', creditCode: code })).toBe(applicantIdentity({ id: 'A-001 ', creditCode: code }));
    expect(applicantIdentity({ id: 'X', creditCode: code })).toBe(applicantIdentity({ id: 'Y', creditCode: code }));
    expect(applicantIdentity({ id: 'A-001' })).toBe(applicantIdentity({ id: 'a-001\u200b' }));
  });

  it('an application with a patent number of the wrong shape is refused with its own code', () => {
    const app = sampleApplication();
    app.events[0].patentNumber = 'ZL1';
    const r = policy.safeEvaluate(app);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.code, e.path.join('.')])).toEqual([['invalid-patent-number', 'events.0.patentNumber']]);
  });
});

describe('the same subject typed differently is paid once (regressions)', () => {
  // An enterprise is rewarded as the patentee (1.5, catalogue v2). China excellent 100000, Guangdong silver 80000: same-patent pays the higher.
  const award = (id: string, scheme: string, level: string, patentNumber: string) => ({
    id,
    type: 'award',
    date: '2025-07-15',
    role: 'patentee',
    scheme,
    level,
    patentNumber,
  });
  const twoAwards = (second: string) => ({
    applicant: applicant('enterprise'),
    events: [award('E-1', 'china-patent-award', 'excellent', 'ZL202110000001.X'), award('E-2', 'guangdong-patent-award', 'silver', second)],
  });

  it.each(['ZL202110000001.X ', 'ZL202110000001.x', 'ZL202110000001X', 'Ｚ L202110000001.X', 'ZL\u200b202110000001.X'])(
    'the same patent as %j: 100000.00, not 180000.00',
    (second) => {
      expect(policy.evaluateSync(twoAwards('ZL202110000001.X')).total).toBe('100000.00');
      expect(policy.evaluateSync(twoAwards(second)).total).toBe('100000.00');
    },
  );

  it.each(['河源米粉 ', '河源\u200b米粉', ' 河源米粉', '河源米粉\u3000'])('a GI product paid in 2024 is not paid again as %j', (giName) => {
    const app = {
      applicant: applicant('industry-association'),
      // Dated before 2025-06-24: G8 asks whether the previous policy funded it (no), so only the 2024 history can bar it.
      events: [{ id: 'E-1', type: 'gi-product-approved', date: '2025-05-01', giName, predecessorFunded: false }],
      history: [{ clause: 'gi-product', year: 2024, subjectKey: '河源米粉', amount: '200000.00' }],
    };
    const d = policy.evaluateSync(app);
    expect(d.items.find((i) => i.clause === 'gi-product')!.amount).toBe('0.00');
    expect(d.total).toBe('0.00');
  });

  it('one credit code under two spellings of an id is one applicant in a batch: the second is refused', async () => {
    const a = sampleApplication();
    const b = sampleApplication();
    b.applicant.id = `${a.applicant.id} `;
    // evaluateBatch refuses it and goes on, as evaluateStream does (issue #18).
    const batch = await policy.evaluateBatch([a, b]);
    expect(batch.decisions).toHaveLength(1);
    expect(batch.rejected).toMatchObject([{ index: 1, issues: [{ code: 'duplicate-applicant-id' }] }]);
    const entries = [];
    for await (const e of policy.evaluateStream(() => [a, b])) entries.push(e);
    expect(entries.map((e) => e.kind)).toEqual(['decision', 'rejected', 'budget']);
    expect(entries[1]).toMatchObject({ kind: 'rejected', errors: [{ code: 'duplicate-applicant-id' }] });
  });

  it('one credit code under two different ids is one applicant too', async () => {
    const a = sampleApplication();
    const b = sampleApplication();
    b.applicant.id = 'B-002';
    const entries = [];
    for await (const e of policy.evaluateStream(() => [a, b])) entries.push(e);
    expect(entries.map((e) => e.kind)).toEqual(['decision', 'rejected', 'budget']);
  });

  it('individuals (no credit code) are told apart by the identity of their id', async () => {
    const person = (id: string, e: string) => ({
      applicant: applicant('individual', { id }),
      events: [{ id: e, type: 'talent-qualification', date: '2025-05-01', qualification: 'senior-title', employedInHeyuan: true, predecessorFunded: false }],
    });
    const entries = [];
    for await (const e of policy.evaluateStream(() => [person('P-1', 'E-1'), person('p-1 ', 'E-2'), person('P-2', 'E-3')])) entries.push(e);
    expect(entries.map((e) => e.kind)).toEqual(['decision', 'rejected', 'decision', 'budget']);
  });
});

/** Spellings of the same key: padded, full-width, case-flipped, with invisible or ideographic spaces inside. */
const variantArb = fc.constantFrom<(s: string, at: number) => string>(
  (s) => ` ${s} `,
  (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  (s) => [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join(''),
  (s, at) => s.slice(0, at % (s.length + 1)) + '\u200b' + s.slice(at % (s.length + 1)),
  (s, at) => s.slice(0, at % (s.length + 1)) + '\u3000' + s.slice(at % (s.length + 1)),
  (s) => `\ufeff${s}\t`,
);

/** Fields whose value is an identity (once-only, group and history keys, ids). */
const KEY_FIELDS = ['id', 'patentNumber', 'giName', 'zoneName', 'trademarkNumber', 'centerId', 'projectId', 'productId'];

describe('key variants never raise the total (property)', () => {
  const N = runs(300);
  prop.prop(
    [
      applicationArb(policy),
      fc.array(fc.tuple(variantArb, fc.nat(40)), { minLength: 64, maxLength: 64 }),
      fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    ],
    { numRuns: N },
  )('whitespace, full-width, case and invisible variants of any key: total ≤ the total as typed', (app, variants, pick) => {
    const before = policy.safeEvaluate(app);
    fc.pre(before.ok);
    if (!before.ok) return;
    const changed = structuredClone(app) as { applicant: Record<string, unknown>; events: Record<string, unknown>[]; history: Record<string, unknown>[] };
    let n = 0;
    const vary = (s: string) => {
      const i = n++ % variants.length;
      if (!pick[i]) return s;
      const [f, at] = variants[i]!;
      return f(s, at);
    };
    changed.applicant.id = vary(String(changed.applicant.id));
    for (const e of changed.events) {
      for (const k of KEY_FIELDS) if (typeof e[k] === 'string') e[k] = vary(e[k] as string);
      if (Array.isArray(e.patentNumbers)) e.patentNumbers = e.patentNumbers.map((p: string) => vary(p));
    }
    for (const h of changed.history) h.subjectKey = vary(String(h.subjectKey));
    const after = policy.safeEvaluate(changed);
    expect(after.ok).toBe(true);
    if (!after.ok) return;
    expect(BigInt(after.decision.total.replace('.', ''))).toBeLessThanOrEqual(BigInt(before.decision.total.replace('.', '')));
  });
  record('identity: key variants never raise the total', N, 0);
});
