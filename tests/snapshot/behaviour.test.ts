// Pins what the library and CLI print today, byte for byte, so that a refactor
// that moves code cannot change a decision or a sentence unnoticed. A change
// of behaviour that is meant (a new clause, new wording) updates these files
// in the same commit, with `npx vitest run tests/snapshot -u`, and the diff
// shows a reviewer exactly what changed.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeClause, explain, loadPolicy, validateRules, bundledRules } from '../../src/index.js';
import { cli, EXAMPLES, ROOT } from '../cli/run-cli.js';

const SNAP = join(ROOT, 'tests/snapshot/__snapshots__');
const jsonl = readFileSync(join(EXAMPLES, 'applications.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as unknown);
const one = JSON.parse(readFileSync(join(EXAMPLES, '01-enterprise.json'), 'utf8')) as unknown;

describe('behaviour pinned before the layered-tree move', () => {
  it('both evaluators: every example decision and the batch budget', async () => {
    for (const engine of ['compiled', 'json-rules-engine'] as const) {
      const policy = loadPolicy({ year: 2026, engine });
      const single = await policy.evaluate(one);
      const batch = await policy.evaluateBatch(jsonl);
      await expect(JSON.stringify({ single, batch }, null, 1)).toMatchFileSnapshot(join(SNAP, 'decisions.json.snap'));
    }
  });

  it('explanations of every batch decision, zh and en', async () => {
    const policy = loadPolicy({ year: 2026 });
    const { decisions } = await policy.evaluateBatch(jsonl);
    for (const lang of ['zh', 'en'] as const) {
      const text = decisions.map((d) => JSON.stringify(explain(d, { lang }))).join('\n');
      await expect(text).toMatchFileSnapshot(join(SNAP, `explain-${lang}.snap`));
    }
  });

  it('every clause described, zh and en', async () => {
    const rules = validateRules(bundledRules);
    if (!rules.ok) throw new Error('bundled rules invalid');
    const policy = loadPolicy({ year: 2026 });
    for (const lang of ['zh', 'en'] as const) {
      const text = policy.clauses
        .map((c) => {
          const d = describeClause({ policy: rules.value.policy, guideline: policy.guideline, clauses: policy.clauses }, c.clause.id, lang);
          return d.ok ? d.value.join('\n') : JSON.stringify(d.issues);
        })
        .join('\n\n');
      await expect(text).toMatchFileSnapshot(join(SNAP, `describe-${lang}.snap`));
    }
  });

  it('the CLI: check in every format and language, batch to every output, diff, lint, schema', async () => {
    const out: string[] = [];
    const run = async (args: string[]) => {
      const r = await cli(args);
      out.push(`$ heyuan-ip ${args.join(' ')}\n[exit ${r.status}]\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
    };
    for (const lang of ['zh', 'en']) {
      for (const format of ['table', 'json', 'html']) await run(['check', 'examples/01-enterprise.json', '--year', '2026', '--format', format, '--lang', lang]);
    }
    await run(['check', 'examples/applications-with-errors.csv', '--year', '2026']);
    await run(['diff', '2026', 'tests/fixtures/guidelines/2027.json', '--format', 'json']);
    await run(['lint']);
    await run(['schema']);
    await expect(out.join('\n')).toMatchFileSnapshot(join(SNAP, 'cli.snap'));

    const dir = mkdtempSync(join(tmpdir(), 'heyuan-snap-'));
    const files: string[] = [];
    for (const [input, name] of [
      ['examples/applications.jsonl', 'r.jsonl'],
      ['examples/applications.csv', 'r.csv'],
      ['examples/applications.jsonl', 'r.html'],
      ['examples/applications-with-errors.csv', 'e.jsonl'],
    ] as const) {
      const r = await cli(['batch', input, '--year', '2026', '--out', join(dir, name)]);
      files.push(`$ batch ${input} --out ${name}\n[exit ${r.status}]\n${r.stdout.replaceAll(dir, '<dir>')}\n${r.stderr.replaceAll(dir, '<dir>')}`);
    }
    // The filing copy names the time of the run: the one thing a rerun may not repeat.
    const timeless = (text: string) => text.replace(/(<dt>(?:审核时间|Decided at)<\/dt><dd>)<time datetime="[^"]*">[^<]*<\/time>/g, '$1<time of the run>');
    for (const f of readdirSync(dir).sort()) files.push(`=== ${f}\n${timeless(readFileSync(join(dir, f), 'utf8'))}`);
    await expect(files.join('\n')).toMatchFileSnapshot(join(SNAP, 'batch.snap'));
  });
});
