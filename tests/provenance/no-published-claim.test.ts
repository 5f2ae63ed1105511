import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, loadPolicy, renderHtml } from '../../src/index.js';
import { decisionTable } from '../../src/cli/format-table.js';
import { decisionCsvHeader, decisionCsvRows } from '../../src/cli/decision-csv.js';
import { cli, EXAMPLES, ROOT } from '../cli/run-cli.js';

/*
 * Every figure of the bundled rules is a reference figure (policy-reference.md:
 * read in a comparable city's measure, or estimated). No output a reviewer
 * reads may call one the standard the measures lay down.
 */
const CLAIMS = ['政策措施规定的标准', "the policy's figure", '政策规定的标准', 'set by the measures'];

const app = JSON.parse(readFileSync(join(EXAMPLES, '01-enterprise.json'), 'utf8'));
const d = loadPolicy({ year: 2026 }).evaluateSync(app);
// a guideline without patches: every figure is the policy's own (reference) one, the case where the claim used to appear
const unpatched = JSON.parse(readFileSync(join(ROOT, 'rules/guidelines/2026.json'), 'utf8'));
unpatched.patches = [];
const dPolicyFigures = loadPolicy({ guideline: unpatched }).evaluateSync(app);

function expectNoClaim(text: string, where: string) {
  for (const c of CLAIMS) expect(text.includes(c), `${where} contains “${c}”`).toBe(false);
}

describe('a decision paid from reference figures never calls a figure the measures’ standard', () => {
  it('is paid, from reference clauses', () => {
    expect(d.total).not.toBe('0.00');
    expect(d.items.filter((i) => i.amount !== '0.00').every((i) => i.provenance === 'reference')).toBe(true);
  });

  for (const [name, decision] of [
    ['2026', d],
    ['policy figures', dPolicyFigures],
  ] as const) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${name}: table, explain, HTML and CSV in ${lang}`, () => {
        expectNoClaim(decisionTable(decision, lang), `table ${lang}`);
        const e = explain(decision, { lang }).text;
        expectNoClaim(e, `explain ${lang}`);
        expectNoClaim(renderHtml(decision, { lang }), `HTML ${lang}`);
        expectNoClaim(decisionCsvHeader() + decisionCsvRows(decision, lang), `CSV ${lang}`);
      });
    }
  }

  it('explain says a figure is a reference figure instead', () => {
    expect(explain(dPolicyFigures, { lang: 'zh' }).text).toContain('参考值，并非政策措施公布文本');
    expect(explain(dPolicyFigures, { lang: 'en' }).text).toContain('a reference figure, not the published text of the measures');
  });

  it('diff between two years, table and JSON', async () => {
    const file = join(ROOT, 'tests/fixtures/guidelines/2027.json');
    for (const lang of ['zh', 'en']) {
      const table = await cli(['diff', '2026', file, '--lang', lang]);
      expect(table.stdout).toContain('9000');
      expectNoClaim(table.stdout, `diff ${lang}`);
    }
    const json = await cli(['diff', '2026', file, '--format', 'json']);
    expectNoClaim(json.stdout, 'diff JSON');
  });
});
