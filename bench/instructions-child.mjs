// Runs one contender of the side-by-side comparison `rounds` times over the same
// 1,000 applications; bench/instructions.mjs counts its instructions under callgrind.
//   node bench/instructions-child.mjs <library|jre|hand> <rounds>
import { HAND, LIB, SEED, THREE_EVENTS, threeClauseRules } from './common.mjs';
import { makeGenerator } from './generate.mjs';
import { stockEngine } from './stock-jre.mjs';

const [who, roundsText] = process.argv.slice(2);
const rounds = Number(roundsText);
const { loadPolicy, eventSchemas, bundledRules } = await import(LIB);
const three = loadPolicy({ year: 2026, rules: threeClauseRules(bundledRules) });
const gen = makeGenerator({ eventSchemas, clauses: three.clauses, seed: SEED + 3 });
const apps = Array.from({ length: 1000 }, (_, i) => gen.application(i, { only: THREE_EVENTS }));
if (who === 'jre') {
  const jre = stockEngine(three, bundledRules.policy);
  for (let r = 0; r < rounds; r++) for (const a of apps) await jre(a);
} else if (who === 'hand') {
  const { decideByHand } = await import(HAND);
  for (let r = 0; r < rounds; r++) for (const a of apps) decideByHand(a);
} else {
  for (let r = 0; r < rounds; r++) for (const a of apps) three.evaluateSync(a);
}
