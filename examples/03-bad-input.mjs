// Bad input never throws from safeEvaluate: every problem comes back with a code, a path and both languages.
// Run: npm run build && node examples/03-bad-input.mjs
import { loadPolicy } from 'heyuan-ip-policy';

const policy = loadPolicy({ year: 2026 });
const result = policy.safeEvaluate({
  applicant: {
    id: 'A-003', name: '示例', kind: 'enterprise', creditCode: '914403007152672600',
    county: 'yuancheng', isSme: true, seriousDishonesty: false,
  },
  events: [
    { id: 'E-1', type: 'pledge-loan', date: '2025-02-30', interestPaid: 180000, evaluationFee: '0',
      guaranteeFee: '0', pledgeRegistered: true, repaidOnSchedule: true, lenderKind: 'bank', intrestRate: '0.04' },
  ],
});

console.log(`ok: ${result.ok}`);
for (const e of result.issues) console.log(`${e.code} at ${JSON.stringify(e.path)}: ${e.message.en}`);

// Output:
// ok: false
// invalid-credit-code at ["applicant","creditCode"]: "914403007152672600" is not a valid unified social credit code (18 characters, GB 32100-2015, check digits verified)
// invalid-date at ["events",0,"date"]: "2025-02-30" is not a calendar date; write YYYY-MM-DD, e.g. "2025-07-15"
// money-as-number at ["events",0,"interestPaid"]: money must be a decimal string, not a JSON number (JSON numbers lose precision); write "180000"
// unknown-field at ["events",0,"intrestRate"]: unknown field "intrestRate" (check the spelling; unknown fields are refused so that no condition is silently lost)
