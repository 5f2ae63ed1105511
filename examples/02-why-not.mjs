// Why an item is not paid: the blocking conditions, in both languages.
// Run: npm run build && node examples/02-why-not.mjs
import { loadPolicy } from 'heyuan-ip-policy';

const policy = loadPolicy({ year: 2026 });
const decision = policy.evaluateSync({
  applicant: {
    id: 'A-002', name: '河源市示例电子有限公司', kind: 'enterprise', creditCode: '9144030071526726XG',
    county: 'dongyuan', isSme: true, seriousDishonesty: false, ipViolationDates: [],
  },
  events: [
    { id: 'L-1', type: 'pledge-loan', date: '2024-12-31', interestPaid: '90000', evaluationFee: '0',
      guaranteeFee: '0', pledgeRegistered: false, repaidOnSchedule: true, lenderKind: 'bank', predecessorFunded: false },
  ],
});

const item = decision.items.find((i) => i.clause === 'pledge-loan-interest');
console.log(`${item.clause} ${item.subject}: eligible ${item.eligible}, amount ${item.amount}`);
for (const c of item.conditions.filter((c) => c.blocking)) {
  console.log(`- ${c.id} ${c.failure.en} (${c.path} is ${JSON.stringify(c.actual)}) | ${c.failure.zh}`);
}

// Output:
// pledge-loan-interest L-1: eligible false, amount 0.00
// - G4 the event is outside this year's event period ($.date is "2024-12-31") | 事项发生时间不在本年度申报范围
// - C1 the pledge is not registered with CNIPA ($.pledgeRegistered is false) | 质押未办理登记
