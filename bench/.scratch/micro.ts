import { shielded } from '../../src/core/host-shield.js';
import { objectPrototypeIsClean } from '../../src/core/input-guard.js';
import { identityKey, isPatentNumber } from '../../src/core/identity.js';
import { loadPolicy, eventSchemas, bundledRules } from '../../src/index.js';
import { makeGenerator } from '../generate.mjs';
import { SEED, THREE_EVENTS, threeClauseRules } from '../common.mjs';

const three = loadPolicy({ year: 2026, rules: threeClauseRules(bundledRules) });
const gen = makeGenerator({ eventSchemas, clauses: three.clauses, seed: SEED + 3 });
const apps = Array.from({ length: 1000 }, (_, i) => gen.application(i, { only: THREE_EVENTS }));
function t(name: string, n: number, f: () => unknown) {
  for (let i = 0; i < n / 10; i++) f();
  const s = process.hrtime.bigint();
  for (let i = 0; i < n; i++) f();
  const ns = Number(process.hrtime.bigint() - s) / n;
  console.log(`${name.padEnd(28)} ${ns.toFixed(0).padStart(7)} ns`);
}
let k = 0;
for (let rep = 0; rep < 2; rep++) {
  t('evaluateSync', 20000, () => three.evaluateSync(apps[k++ % 1000]));
  t('validate', 20000, () => three.validate(apps[k++ % 1000]));
  t('shielded(noop)', 200000, () => shielded(() => 0));
  t('objectPrototypeIsClean', 200000, () => objectPrototypeIsClean());
  t('identityKey(E-1)', 200000, () => identityKey('E-' + (k++ % 10)));
  t('isPatentNumber', 200000, () => isPatentNumber('ZL202400000004.1'));
}
