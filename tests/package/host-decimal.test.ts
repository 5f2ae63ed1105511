import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The host's Decimal configuration must not reach our amounts: run the built
// library in fresh processes, one clean and one whose host set ROUND_DOWN first.
const root = join(__dirname, '..', '..');

const script = (tamper: boolean) => `
  import Decimal from 'decimal.js';
  ${tamper ? 'Decimal.set({ rounding: Decimal.ROUND_DOWN, precision: 5 });' : ''}
  const { loadPolicy } = await import('heyuan-ip-policy');
  const policy = loadPolicy({ year: 2026 });
  const amounts = ['100.05', '0.05', '33333.35', '266666.70'].map((interestPaid) => policy.evaluateSync({
    applicant: { id: 'A', name: 'n', kind: 'enterprise', creditCode: '9144030071526726XG', county: 'heping',
      isSme: true, seriousDishonesty: false },
    events: [{ id: 'E', type: 'pledge-loan', lenderKind: 'bank', date: '2025-06-01', predecessorFunded: false, interestPaid, evaluationFee: '0', guaranteeFee: '0',
      pledgeRegistered: true, repaidOnSchedule: true }],
  }).total);
  console.log(JSON.stringify({ amounts, hostRounding: Decimal.rounding }));
`;

const run = (tamper: boolean) =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script(tamper)], { cwd: root, encoding: 'utf8' })) as {
    amounts: string[];
    hostRounding: number;
  };

describe('a host that sets Decimal.rounding before importing us', () => {
  it('changes no amount', () => {
    const clean = run(false);
    const tampered = run(true);
    // 0.30 × 100.05 = 30.015 → 30.02; 0.30 × 0.05 = 0.015 → 0.02; 0.30 × 33333.35 = 10000.005 → 10000.01;
    // 0.30 × 266666.70 = 80000.01 → the 2026 clause cap 80000.00
    expect(clean.amounts).toEqual(['30.02', '0.02', '10000.01', '80000.00']);
    expect(tampered.hostRounding).toBe(1); // the host really did switch to ROUND_DOWN
    expect(tampered.amounts).toEqual(clean.amounts);
  });
});
