// Decide one application under the 2026 guideline and print what each clause pays.
// Run: npm run build && node examples/01-decide-one.mjs
import { readFileSync } from 'node:fs';
import { loadPolicy } from 'heyuan-ip-policy';

const application = JSON.parse(readFileSync(new URL('./01-enterprise.json', import.meta.url), 'utf8'));
const policy = loadPolicy({ year: 2026 });
const decision = policy.evaluateSync(application);

for (const item of decision.items) {
  console.log(`${item.article} ${item.clause} ${item.subject}: ${item.eligible ? item.amount : 'not eligible'}`);
}
console.log(`total ${decision.total} yuan for ${decision.applicantId} under the ${decision.guideline.year} guideline`);
console.log(`warnings: ${decision.warnings.map((w) => w.code).join(', ')}`);

// Output:
// 1.5 patent-award E-1: 80000.00
// 2.6 pledge-loan-interest E-2: 54000.00
// 2.7 pledge-loan-fees E-2: 10000.00
// total 144000.00 yuan for A-001 under the 2026 guideline
// warnings: reference-guideline, reference-figure, reference-figure, reference-figure
