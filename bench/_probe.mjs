import { loadPolicy, eventSchemas, parseApplication } from '../dist/index.js';
import { makeGenerator } from './generate.mjs';
const policy = loadPolicy({ year: 2026 });
const g = makeGenerator({ eventSchemas, clauses: policy.clauses });
const apps = Array.from({ length: 3000 }, (_, i) => g.application(i, { events: 3 }));
let bad = 0; let items = 0, elig = 0;
for (const a of apps) { const r = policy.validate(a); if (!r.ok) { bad++; if (bad < 3) console.log(JSON.stringify(r.issues[0])); } else { const d = policy.evaluateSync(a); items += d.items.length; elig += d.items.filter(i=>i.eligible).length; } }
console.log({ bad, items, elig });
for (let rep = 0; rep < 3; rep++) {
  let t = process.hrtime.bigint();
  for (const a of apps) policy.validate(a);
  const tv = Number(process.hrtime.bigint() - t) / apps.length;
  t = process.hrtime.bigint();
  for (const a of apps) policy.evaluateSync(a);
  const te = Number(process.hrtime.bigint() - t) / apps.length;
  console.log('validate ns', tv.toFixed(0), 'evaluateSync ns', te.toFixed(0));
}
