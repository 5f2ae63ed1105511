import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `heyuan-ip diff` against a second guideline kept as a test fixture (2027 is
// not an official year, so it is not in rules/).
const root = join(__dirname, '..', '..');
const fixture = join(root, 'tests', 'fixtures', 'guidelines', '2027.json');
// diff exits 1 when the two sides differ (docs/cli.md), as every case here does: its output is what is compared.
const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: root, encoding: 'utf8' });
const cli = (...args: string[]) => {
  const r = run(...args);
  if (r.status !== 1) throw new Error(`diff exited ${r.status}: ${r.stderr}`);
  return r.stdout;
};

describe('heyuan-ip diff', () => {
  it('2026 → the 2027 fixture, as JSON: every change, exactly', () => {
    const diff = JSON.parse(cli('diff', '2026', fixture, '--format', 'json'));
    expect(diff.from).toBe('2026');
    expect(diff.to).toBe('2027');
    expect(diff.frame).toEqual([
      { field: 'window', from: '2026-03-01 – 2026-04-30', to: '2027-03-15 – 2027-05-15' },
      { field: 'eventPeriod', from: '2025-01-01 – 2025-12-31', to: '2026-01-01 – 2026-12-31' },
      { field: 'applicantCap', from: '600000', to: '500000' },
      { field: 'budget.total', from: '8000000', to: '7000000' },
      { field: 'budget.parts.innovation', from: '3000000', to: '2500000' },
      { field: 'budget.parts.transformation', from: '3000000', to: '2800000' },
      { field: 'budget.parts.services', from: '1000000', to: '700000' },
    ]);
    const byClause = Object.fromEntries(diff.clauses.map((c: { clause: string; changes: unknown[] }) => [c.clause, c.changes]));
    expect(byClause['patent-award']).toEqual([{ kind: 'figure', name: 'table:china-patent-award:gold', from: '300000', to: '250000', ceiling: '300000' }]);
    expect(byClause['pledge-loan-interest']).toEqual([
      { kind: 'figure', name: 'rate', from: '0.30', to: '0.25', ceiling: '0.30' },
      { kind: 'figure', name: 'clauseCap', from: '80000', to: '60000', ceiling: '100000' },
      { kind: 'conditions', added: [{ zh: '实际支付利息不少于 1 万元', en: 'interest actually paid is at least 10000' }], removed: [] },
      {
        kind: 'materials',
        added: [{ zh: '银行出具的付息证明', en: "the bank's certificate of interest paid" }],
        removed: [
          { zh: '借款合同', en: 'loan contract' },
          { zh: '还本付息凭证', en: 'receipts for principal and interest repaid' },
        ],
      },
    ]);
    expect(byClause['ip-securitization']).toEqual([
      {
        kind: 'suspended',
        from: { zh: '2026年度暂停受理知识产权证券化资助申报', en: 'IP securitisation support is not open for applications in 2026' },
        to: null,
      },
    ]);
    expect(byClause['gi-product']).toEqual([
      { kind: 'suspended', from: null, to: { zh: '2027年度暂停受理地理标志产品奖励', en: 'GI product awards are closed in 2027' } },
    ]);
    expect(byClause['data-ip-registration']).toEqual([{ kind: 'figure', name: 'unit', from: '8000', to: '9000', ceiling: '10000' }]);
    expect(Object.keys(byClause).sort()).toEqual(['data-ip-registration', 'gi-product', 'ip-securitization', 'patent-award', 'pledge-loan-interest']);
  });

  it('as a table in English, one row per change', () => {
    const lines = cli('diff', '2026', fixture, '--lang', 'en').trimEnd().split('\n');
    expect(lines[0]).toBe('2026 → 2027');
    // a changed figure says what it is: every bundled figure is a reference figure, not the published text
    expect(lines).toContainEqual(
      expect.stringMatching(/^2\.6 +Interest subsidy for IP pledge loans +clause cap a year +80000 +60000 +reference figure, not the published text$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^2\.9 +IP securitisation +suspended +IP securitisation support is not open for applications in 2026 +open$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ +guideline +per-applicant cap +600000 +500000$/));
  });

  it('in Chinese', () => {
    const out = cli('diff', '2026', fixture);
    expect(out).toMatch(/2\.6 +知识产权质押融资贴息 +条款年度上限 +80000 +60000 +参考值，并非政策措施公布文本/);
    expect(out).toMatch(/2\.11 +国家地理标志产品 +暂停受理 +正常受理 +2027年度暂停受理地理标志产品奖励/);
  });

  it('a year with itself has no differences', () => {
    const r = run('diff', '2026', '2026', '--lang', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('no differences between 2026 and 2026');
  });

  it('base → 2026 shows the guideline lowering figures from the policy ceilings', () => {
    const diff = JSON.parse(cli('diff', 'base', '2026', '--format', 'json'));
    const figures = diff.clauses.flatMap((c: { clause: string; changes: { kind: string; name?: string; from?: string; to?: string }[] }) =>
      c.changes.filter((ch) => ch.kind === 'figure').map((ch) => `${c.clause} ${ch.name} ${ch.from} → ${ch.to}`),
    );
    expect(figures).toEqual(['pledge-loan-interest clauseCap 100000 → 80000', 'data-ip-registration unit 10000 → 8000']);
  });

  it('an unknown year is a usage error listing the years there are', () => {
    const { status, stderr } = run('diff', '2026', '2031');
    expect(status).toBe(2);
    expect(stderr).toContain('[no-guideline]');
    expect(stderr).toContain('2026');
  });
});
