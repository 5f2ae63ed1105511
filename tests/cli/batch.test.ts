import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CLI, cli, EXAMPLES, noStack, type Run, tempDir } from './run-cli.js';

// util-linux `script` gives the CLI a terminal; where it is missing the terminal case is skipped.
const hasScript = spawnSync('script', ['--version']).status === 0;

const JSONL = join(EXAMPLES, 'applications.jsonl');
const CSV = join(EXAMPLES, 'applications.csv');
const WITH_ERRORS = join(EXAMPLES, 'applications-with-errors.csv');

type Json = Record<string, any>;
const lines = (text: string): Json[] =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
const readCsv = (file: string): Record<string, string>[] => parse(readFileSync(file), { bom: true, columns: true });
/** Whole fen from a two-decimal amount string, so sums in tests never touch a float. */
const fen = (amount: string): bigint => {
  expect(amount).toMatch(/^(0|[1-9][0-9]*)\.[0-9]{2}$/);
  return BigInt(amount.replace('.', ''));
};

function individual(id: string, event: Json): Json {
  return {
    applicant: { id, name: '陈志强', kind: 'individual', county: 'yuancheng', seriousDishonesty: false },
    events: [
      {
        id: 'E-1',
        type: 'talent-qualification',
        date: '2025-06-01',
        predecessorFunded: false,
        qualification: 'senior-title',
        employedInHeyuan: true,
        ...event,
      },
    ],
  };
}

// The example batches several tests read, each run once: the JSONL example to JSONL, the CSV example to JSONL and to CSV.
let exampleRuns: Promise<{ dir: string; fromJsonl: Run; fromCsv: Run; csvOut: Run }> | undefined;
function examples() {
  exampleRuns ??= (async () => {
    const dir = tempDir();
    const [fromJsonl, fromCsv, csvOut] = await Promise.all([
      cli(['batch', JSONL, '--year', '2026', '--out', join(dir, 'from-jsonl.jsonl'), '--lang', 'en']),
      cli(['batch', CSV, '--year', '2026', '--out', join(dir, 'from-csv.jsonl')]),
      cli(['batch', CSV, '--year', '2026', '--out', join(dir, 'from-csv.csv'), '--lang', 'zh']),
    ]);
    return { dir, fromJsonl, fromCsv, csvOut };
  })();
  return exampleRuns;
}

describe.concurrent('heyuan-ip batch', () => {
  it('JSONL in, JSONL out: one Decision per line in input order, exit 0, an empty errors file, a summary on stderr', async () => {
    const { dir, fromJsonl: r } = await examples();
    const out = join(dir, 'from-jsonl.jsonl');
    expect(r.status).toBe(0);
    const inputIds = lines(readFileSync(JSONL, 'utf8')).map((a) => a.applicant.id);
    const decisions = lines(readFileSync(out, 'utf8'));
    expect(decisions.map((d) => d.applicantId)).toEqual(inputIds);
    expect(inputIds.length).toBeGreaterThanOrEqual(50);
    expect(readFileSync(`${out}.errors.jsonl`, 'utf8')).toBe('');
    expect(r.stderr).toContain(`${inputIds.length} applications: ${inputIds.length} decided, 0 rejected`);
    // the per-part table adds up: the total paid is the sum of every decision's total
    const paid = decisions.reduce((s, d) => s + fen(d.total), 0n);
    const totalLine = r.stderr.split('\n').find((l) => l.startsWith('total'))!;
    expect(totalLine.trim().split(/\s+/)[3]!.replaceAll(',', '')).toBe(`${paid / 100n}.${String(paid % 100n).padStart(2, '0')}`);
    // not a terminal: no progress bar drawn
    // eslint-disable-next-line no-control-regex -- looking for the escape sequence a progress bar would draw
    expect(r.stderr).not.toMatch(/[\u2588\u2591]|\u001b\[/);
    expect(
      readdirSync(dir)
        .filter((f) => f.startsWith('from-jsonl'))
        .sort(),
    ).toEqual(['from-jsonl.jsonl', 'from-jsonl.jsonl.errors.jsonl']);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('decides the CSV example exactly as the same applications written as JSONL', async () => {
    const { dir, fromJsonl: a, fromCsv: b } = await examples();
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'from-csv.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'from-jsonl.jsonl'), 'utf8'));
  });

  it('round trip: CSV in, CSV out, read back: every amount matches the JSONL output', async () => {
    const { dir, csvOut: c, fromCsv: j } = await examples();
    expect([c.status, j.status]).toEqual([0, 0]);
    const rows = readCsv(join(dir, 'from-csv.csv'));
    const decisions = lines(readFileSync(join(dir, 'from-csv.jsonl'), 'utf8'));
    const expected = decisions.flatMap((d) =>
      d.items.length === 0 ? [[d.applicantId, '', '', '', d.total]] : d.items.map((i: Json) => [d.applicantId, i.clause, i.subject, i.amount, d.total]),
    );
    expect(rows.map((r) => [r.applicant_id, r.clause, r.subject, r.amount, r.applicant_total])).toEqual(expected);
    // each applicant's rows add up to its total
    for (const d of decisions) {
      const sum = rows.filter((r) => r.applicant_id === d.applicantId && r.amount !== '').reduce((s, r) => s + fen(r.amount!), 0n);
      expect(sum).toBe(fen(d.total));
    }
    expect(rows.find((r) => r.clause === 'pledge-loan-interest')!.title).toBe('知识产权质押融资贴息');
  });

  it('writes CSV as UTF-8 with a BOM, for spreadsheet programs', async () => {
    const { dir, csvOut } = await examples();
    expect(csvOut.status).toBe(0);
    const bytes = readFileSync(join(dir, 'from-csv.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').startsWith('applicant_id,year,article,clause,')).toBe(true);
  });

  it('puts a quote before any cell that a spreadsheet would run as a formula', async () => {
    const dir = tempDir();
    const input = join(dir, 'hostile.jsonl');
    const apps = [
      individual('=HYPERLINK("http://example.invalid","x")', { id: '@SUM(1+1)' }),
      individual('+61 cmd', { id: '-2+3' }),
      individual('\tTAB', { id: 'E-ok' }),
    ];
    writeFileSync(input, apps.map((a) => JSON.stringify(a)).join('\n'));
    const out = join(dir, 'results.csv');
    expect((await cli(['batch', input, '--year', '2026', '--out', out])).status).toBe(0);
    const rows = readCsv(out);
    expect(rows.map((r) => [r.applicant_id, r.subject])).toEqual([
      [`'=HYPERLINK("http://example.invalid","x")`, `'@SUM(1+1)`],
      [`'+61 cmd`, `'-2+3`],
      [`'\tTAB`, 'E-ok'],
    ]);
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // amounts are untouched: a senior title pays 10000.00
    expect(rows.map((r) => r.amount)).toEqual(['10000.00', '10000.00', '10000.00']);
  });

  it('bad rows: every application is decided or rejected, never lost; the errors file names row, column and field; exit 1', async () => {
    const dir = tempDir();
    const out = join(dir, 'results.jsonl');
    const r = await cli(['batch', WITH_ERRORS, '--year', '2026', '--out', out, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(noStack(r.stderr)).toBe(true);
    // applications in the input: runs of rows with the same applicant.id (no blank or multi-line rows: data record i is row i + 2)
    const records = readCsv(WITH_ERRORS);
    const runs = records.filter((rec, i) => i === 0 || rec['applicant.id'] !== records[i - 1]!['applicant.id']).length;
    const decided = lines(readFileSync(out, 'utf8'));
    const errors = lines(readFileSync(`${out}.errors.jsonl`, 'utf8'));
    const rejected = new Set(errors.map((e) => e.index)).size;
    expect(decided.length + rejected).toBe(runs);
    expect(rejected).toBeGreaterThan(0);
    expect(r.stderr).toContain(`${records.length} rows read`);
    expect(r.stderr).toContain(`${runs} applications: ${decided.length} decided, ${rejected} rejected`);

    const yesRow = records.findIndex((rec) => rec['event.approved'] === 'yes') + 2;
    const yes = errors.find((e) => e.column === 'event.approved')!;
    expect(yes).toMatchObject({ row: yesRow, field: 'events[0].approved', code: 'invalid-type', applicantId: records[yesRow - 2]!['applicant.id'] });
    expect(yes.message.en).toContain('expected true or false');
    expect(yes.message.zh).toContain('"yes"');
    const dateRow = records.findIndex((rec) => rec['event.date'] === '2025/06/06') + 2;
    expect(errors.filter((e) => e.column === 'event.date').map((e) => [e.row, e.code])).toEqual([[dateRow, 'invalid-date']]);
    expect(errors.map((e) => e.code)).toEqual(
      expect.arrayContaining(['invalid-money', 'invalid-credit-code', 'csv-applicant-differs', 'invalid-count', 'csv-applicant-split']),
    );
    // v2: the patent-grant row is no longer a rejection; its application is decided with the grant excluded
    expect(errors.some((e) => e.code === 'patent-grant-not-subsidised')).toBe(false);
    expect(decided.some((d) => (d.excludedEvents ?? []).some((x: { code: string }) => x.code === 'patent-grant-not-subsidised'))).toBe(true);
    // stderr echoes each with the file and row, both languages on one line
    const echoed = r.stderr.split('\n').find((l) => l.includes(`:${yesRow} (event.approved)`))!;
    expect(echoed).toContain('expected true or false');
    expect(echoed).toContain('应为');
  });

  it('a line that is not JSON is a rejected row, and the rest are decided', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [JSON.stringify(individual('P-1', {})), '', '{not json', JSON.stringify(individual('P-2', {}))].join('\n'));
    const r = await cli(['batch', input, '--year', '2026', '--out', join(dir, 'out.jsonl')]);
    expect(r.status).toBe(1);
    expect(lines(readFileSync(join(dir, 'out.jsonl'), 'utf8')).map((d) => d.applicantId)).toEqual(['P-1', 'P-2']);
    // the blank line 2 is skipped but counted: the bad line is line 3
    expect(lines(readFileSync(join(dir, 'out.jsonl.errors.jsonl'), 'utf8')).map((e) => [e.row, e.index, e.code])).toEqual([[3, 1, 'invalid-json']]);
  });

  it('prorates a part over its budget so that it pays exactly the budget, to the fen', async () => {
    const dir = tempDir();
    const input = join(dir, 'talent.jsonl');
    const ids = Array.from({ length: 21 }, (_, i) => `T-${String(i + 1).padStart(2, '0')}`);
    writeFileSync(input, ids.map((id) => JSON.stringify(individual(id, {}))).join('\n') + '\n');
    const out = join(dir, 'out.jsonl');
    const r = await cli(['batch', input, '--year', '2026', '--out', out, '--lang', 'en']);
    expect(r.status).toBe(0);
    // 21 senior titles × 10000.00 = 210000.00 asked of the culture budget of 200000.00.
    // Each gets 10000 × 200000 / 210000 = 9523.8095… → 9523.80 rounded down; 21 × 9523.80 = 199999.80,
    // so 20 fen are left: one each to the 20 largest remainders (all equal: by applicant id), T-01 … T-20.
    const amounts = lines(readFileSync(out, 'utf8')).map((d) => [d.applicantId, d.total]);
    expect(amounts).toEqual(ids.map((id) => [id, id === 'T-21' ? '9523.80' : '9523.81']));
    const culture = r.stderr.split('\n').find((l) => l.startsWith('Culture'))!;
    expect(culture.trim().split(/\s+/)).toEqual(['Culture', '200,000.00', '210,000.00', '200,000.00', '0.952380']);
  });

  it('reads stdin: JSONL by default, CSV with --input-format csv; without --out, JSON lines go to stdout', async () => {
    const jsonl = readFileSync(JSONL);
    const [a, b, { dir }] = await Promise.all([
      cli(['batch', '-', '--year', '2026'], { input: jsonl }),
      cli(['batch', '-', '--year', '2026', '--input-format', 'csv'], { input: readFileSync(CSV) }),
      examples(),
    ]);
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(lines(a.stdout)).toHaveLength(jsonl.toString().trim().split('\n').length);
    const fromFile = readFileSync(join(dir, 'from-jsonl.jsonl'), 'utf8');
    expect(a.stdout).toBe(fromFile);
    expect(b.stdout).toBe(fromFile);
  });

  it('usage errors exit 2 and write nothing: unknown output or input format, a year with no guideline, no --year', async () => {
    const dir = tempDir();
    const xlsx = await cli(['batch', JSONL, '--year', '2026', '--out', join(dir, 'report.xlsx'), '--lang', 'en']);
    expect(xlsx.status).toBe(2);
    expect(xlsx.stderr).toContain('unknown output format ".xlsx"');
    expect(xlsx.stderr).toContain('未知的输出格式');
    const txt = join(dir, 'apps.txt');
    writeFileSync(txt, '');
    const results = await Promise.all([
      cli(['batch', txt, '--year', '2026', '--out', join(dir, 'a.jsonl')]),
      cli(['batch', JSONL, '--year', '2099', '--out', join(dir, 'b.jsonl')]),
      cli(['batch', JSONL, '--out', join(dir, 'c.jsonl')]),
      cli(['batch', JSONL, '--year', '2026', '--out', join(dir, 'missing-dir', 'd.jsonl')]),
      cli(['batch', join(dir, 'no-such.jsonl'), '--year', '2026', '--out', join(dir, 'e.jsonl')]),
      cli(['batch', JSONL, '--year', '2026', '--input-format', 'xml']),
    ]);
    expect(results.map((r) => r.status)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(readdirSync(dir)).toEqual(['apps.txt']);
  });

  it('a bad CSV header stops the run before anything is decided: exit 1, the column named, no output', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, 'applicant.id,applicant.nmae,__proto__\nP-1,x,y\n');
    const out = join(dir, 'out.csv');
    const r = await cli(['batch', input, '--year', '2026', '--out', out, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('column "applicant.nmae" is not a field of the application');
    expect(r.stderr).toContain('列名“applicant.nmae”');
    expect(r.stderr).toContain('reserved-key');
    expect(existsSync(out)).toBe(false);
  });

  it('a run that cannot finish its output leaves neither a partial file nor a temporary one', async () => {
    const dir = tempDir();
    // the output name is taken by a directory, so the final rename fails after everything was written
    mkdirSync(join(dir, 'out.jsonl'));
    writeFileSync(join(dir, 'in.jsonl'), JSON.stringify(individual('P-1', {})));
    const r = await cli(['batch', join(dir, 'in.jsonl'), '--year', '2026', '--out', join(dir, 'out.jsonl')]);
    expect(r.status).not.toBe(0);
    expect(noStack(r.stderr)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['in.jsonl', 'out.jsonl']);
    expect(readdirSync(join(dir, 'out.jsonl'))).toEqual([]);
  });

  it.skipIf(!hasScript)('draws a progress bar on stderr when it is a terminal', async () => {
    const dir = tempDir();
    const command = [process.execPath, CLI, 'batch', JSONL, '--year', '2026', '--out', join(dir, 'out.jsonl')].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\u2588+.*100% \| 2\/2/);
  });
});
