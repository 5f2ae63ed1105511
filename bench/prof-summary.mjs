// Summarises a .cpuprofile: self time and inclusive time by function.
//   node bench/prof-summary.mjs <file.cpuprofile> [top=30] [under=<function name>]
// With under=, self time only of the samples inside that function (as a share of its inclusive time).
import { readFileSync } from 'node:fs';

const [file, topText = '30', underArg] = process.argv.slice(2);
const under = underArg?.startsWith('under=') ? underArg.slice(6) : undefined;
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = new Map();
prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
const incl = new Map();
let total = 0;
for (const [id, t] of dt) {
  if (under) {
    let inside = false;
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur).callFrame.functionName === under) inside = true;
    if (!inside) continue;
  }
  total += t;
  const n = byId.get(id);
  self.set(name(n), (self.get(name(n)) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = name(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + t);
  }
}
const top = Number(topText);
const show = (m, title) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
};
show(self, 'self time');
show(incl, 'inclusive time');
