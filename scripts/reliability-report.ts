// npm run reliability [-- --scale 5 --fuzz-runs 100000 --seed 42 --write]
//
// Runs the property, reliability and fuzz tests with every property's run
// count multiplied by --scale, then `scripts/fuzz.ts` for --fuzz-runs inputs,
// and prints what ran: cases per check, fuzzed inputs, mismatches, failures.
// --write also puts the table into RELIABILITY.md (between its markers).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const scale = Number(arg('scale', '5'));
const fuzzRuns = Number(arg('fuzz-runs', '100000'));
const seed = arg('seed', String(Date.now() % 2 ** 31));
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'heyuan-reliability-'));
const countsFile = join(dir, 'counts.jsonl');
const vitestJson = join(dir, 'vitest.json');

console.error(`reliability: scale ${scale}, fuzz ${fuzzRuns}, seed ${seed} …`);
const t0 = performance.now();
const vitest = spawnSync(
  join(root, 'node_modules/.bin/vitest'),
  ['run', 'tests/properties', 'tests/reliability', 'tests/fuzz', '--reporter=json', `--outputFile=${vitestJson}`],
  { cwd: root, env: { ...process.env, FC_SCALE: String(scale), FC_SEED: seed, RELIABILITY_COUNTS: countsFile }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const testSeconds = (performance.now() - t0) / 1000;
const report = JSON.parse(readFileSync(vitestJson, 'utf8')) as {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{ name: string; assertionResults: Array<{ fullName: string; status: string }> }>;
};

const t1 = performance.now();
const fuzz = spawnSync(join(root, 'node_modules/.bin/vite-node'), ['scripts/fuzz.ts', '--runs', String(fuzzRuns), '--seed', seed, '--json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const fuzzSeconds = (performance.now() - t1) / 1000;
const fuzzLine = fuzz.stdout.trim().split('\n').pop() ?? '{}';
const fuzzResult = JSON.parse(fuzzLine.startsWith('{') ? fuzzLine : '{"results":[]}') as {
  results: Array<{ name: string; cases: number; outcomes: Record<string, number>; failures: number }>;
};

// Counts recorded by the test files; a check collected twice (it should not be) is summed.
const counts = new Map<string, { cases: number; mismatches: number }>();
for (const line of readFileSync(countsFile, 'utf8').trim().split('\n').filter(Boolean)) {
  const { name, cases, mismatches } = JSON.parse(line) as { name: string; cases: number; mismatches: number };
  const c = counts.get(name) ?? { cases: 0, mismatches: 0 };
  counts.set(name, { cases: c.cases + cases, mismatches: c.mismatches + mismatches });
}
const failedTests = report.testResults.flatMap((f) =>
  f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${f.name.replace(root, '')}: ${a.fullName}`),
);
const failedIn = (word: string) => failedTests.filter((t) => t.includes(word)).length;

const sum = (pred: (name: string) => boolean) => [...counts].filter(([n]) => pred(n)).reduce((s, [, c]) => s + c.cases, 0);
const propertyCases = sum((n) => !n.startsWith('fuzz:') && !n.startsWith('time zones') && !n.startsWith('host tampering'));
const fuzzInTests = sum((n) => n.startsWith('fuzz:'));
const fuzzInScript = fuzzResult.results.reduce((s, r) => s + r.cases, 0);
const untyped = fuzzResult.results.reduce((s, r) => s + r.failures, 0) + failedIn('fuzz');
const diffPairs = counts.get('differential: condition trees × facts (pairs)');
const mismatches = {
  oracle: failedIn('oracle'),
  differential: (diffPairs?.mismatches ?? 0) + failedIn('differential'),
  timezones: failedIn('timezones'),
  tampering: failedIn('host-tampering'),
};

const lines: string[] = [];
lines.push(
  `Run: \`npm run reliability -- --scale ${scale} --fuzz-runs ${fuzzRuns} --seed ${seed}\` (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})`,
);
lines.push('');
lines.push('| measure | value |');
lines.push('|---|---|');
lines.push(
  `| tests run (properties, reliability, fuzz) | ${report.numTotalTests}: ${report.numPassedTests} passed, ${report.numFailedTests} failed (${testSeconds.toFixed(0)} s) |`,
);
lines.push(`| property cases (generated, all properties) | ${propertyCases.toLocaleString('en')} |`);
lines.push(
  `| fuzzed inputs | ${(fuzzInTests + fuzzInScript).toLocaleString('en')} (${fuzzInTests.toLocaleString('en')} in the tests, ${fuzzInScript.toLocaleString('en')} by scripts/fuzz.ts in ${fuzzSeconds.toFixed(0)} s) |`,
);
lines.push(`| untyped errors or exceptions from fuzzing | ${untyped} |`);
lines.push(`| BigInt-fen oracle mismatches | ${mismatches.oracle} |`);
lines.push(
  `| compiled vs json-rules-engine mismatches | ${mismatches.differential} (over ${(diffPairs?.cases ?? 0).toLocaleString('en')} tree × facts pairs, plus whole decisions) |`,
);
lines.push(`| time-zone diffs (UTC, Shanghai, Los Angeles, Kiritimati) | ${mismatches.timezones} |`);
lines.push(`| host-tampering diffs (Decimal.set, polluted prototype) | ${mismatches.tampering} |`);
lines.push('');
lines.push('| check | cases | mismatches |');
lines.push('|---|---:|---:|');
for (const [name, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`| ${name} | ${c.cases.toLocaleString('en')} | ${c.mismatches} |`);
for (const r of fuzzResult.results) {
  lines.push(`| fuzz script: ${r.name} | ${r.cases.toLocaleString('en')} | ${r.failures} |`);
}
if (failedTests.length > 0) {
  lines.push('');
  lines.push('Failed:');
  for (const t of failedTests) lines.push(`- ${t}`);
}
const table = lines.join('\n');
console.log(table);

if (process.argv.includes('--write')) {
  const file = join(root, 'RELIABILITY.md');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- reliability-report:start -->';
  const end = '<!-- reliability-report:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < 0) throw new Error('RELIABILITY.md has no report markers');
  writeFileSync(file, text.slice(0, a + start.length) + '\n' + table + '\n' + text.slice(b));
  console.error('RELIABILITY.md updated');
}
process.exitCode = vitest.status === 0 && fuzz.status === 0 ? 0 : 1;
