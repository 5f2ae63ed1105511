import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { cli, EXAMPLES, noStack } from './run-cli.js';

const example = join(EXAMPLES, '01-enterprise.json');

describe.concurrent('heyuan-ip check', () => {
  it('decides one application and prints the Decision as JSON (exit 0)', async () => {
    const r = await cli(['check', example, '--year', '2026', '--format', 'json']);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.applicantId).toBe('A-001');
    expect(d.year).toBe(2026);
    const interest = d.items.find((i: { clause: string }) => i.clause === 'pledge-loan-interest');
    // 30% of the 180000.00 interest paid = 54000.00, under the 2026 clause cap of 80000
    expect(interest.amount).toBe('54000.00');
  });

  it('reads the application from stdin for "-", with the same result as the file', async () => {
    const fromFile = await cli(['check', example, '--year', '2026', '--format', 'json']);
    const fromStdin = await cli(['check', '-', '--year', '2026', '--format', 'json'], { input: readFileSync(example) });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('refuses an unknown --format with exit 2, in both languages', async () => {
    const r = await cli(['check', example, '--year', '2026', '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown --format xml');
    expect(r.stderr).toContain('未知的 --format xml');
    expect(r.stdout).toBe('');
  });

  it('refuses an unknown --lang and a missing --year with exit 2', async () => {
    expect((await cli(['check', example, '--year', '2026', '--lang', 'fr'])).status).toBe(2);
    expect((await cli(['check', example])).status).toBe(2);
    expect((await cli(['check', example, '--year', '26'])).status).toBe(2);
  });

  it('exits 2 when the file cannot be read, and 2 for a year without a guideline', async () => {
    const missing = await cli(['check', 'no-such-file.json', '--year', '2026']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
    expect((await cli(['check', example, '--year', '2099'])).status).toBe(2);
  });

  it('exits 1 for an invalid application, naming the field in zh and en, one line each, no stack trace', async () => {
    const app = JSON.parse(readFileSync(example, 'utf8'));
    app.events[1].interestPaid = 180000; // a JSON number where money must be a string
    app.events[0].date = '2025-02-30';
    const r = await cli(['check', '-', '--year', '2026', '--lang', 'en'], { input: JSON.stringify(app) });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    const money = lines.find((l) => l.includes('events[1].interestPaid'))!;
    expect(money).toContain('money must be a decimal string');
    expect(money).toContain('金额必须写成十进制字符串');
    const date = lines.find((l) => l.includes('events[0].date'))!;
    expect(date).toContain('YYYY-MM-DD');
    expect(date).toContain('不是有效日期');
    expect(noStack(r.stderr)).toBe(true);
  });

  it("names a kind and a field by their labels, not their codes, in an invalid application's Chinese message", async () => {
    const app = JSON.parse(readFileSync(example, 'utf8'));
    app.applicant.kind = 'cooperative'; // its credit code begins 91, a cooperative's 93
    app.events.push({ id: 'E-3', type: 'data-ip-registration', date: '2025-10-10', certificates: 2, certificatesUsed: 3 });
    const r = await cli(['check', '-', '--year', '2026', '--lang', 'zh'], { input: JSON.stringify(app) });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.map((l) => /\[([a-z-]+)\]/.exec(l)?.[1])).toEqual(['credit-code-prefix', 'count-above-field']);
    // the Chinese half, after `[code] path：`: labels only, no Latin word but the credit code itself
    const zh = lines.map((l) => l.split(' ｜ ')[0]!.replace(/^.*?：/, ''));
    expect(zh).toEqual([
      '"9144030071526726XG" 与申报主体类型不符：申报主体为农民专业合作社的，统一社会信用代码应以“93”开头',
      '3 超过同一事项的“登记证书数量”（2）',
    ]);
    expect(lines[1]).toContain('is more than the event\'s "registration certificates" (2)');
  });

  it('exits 1 for text that is not JSON', async () => {
    const r = await cli(['check', '-', '--year', '2026'], { input: '{"applicant": ' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('invalid-json');
    expect(noStack(r.stderr)).toBe(true);
  });

  it('aligns the table by display width: Chinese characters take two columns', async () => {
    const r = await cli(['check', example, '--year', '2026', '--lang', 'zh']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith('条款'));
    const rows = lines.slice(head + 1, head + 3);
    const amountEnd = stringWidth(lines[head]!.slice(0, lines[head]!.indexOf('金额（元）') + '金额（元）'.length));
    for (const row of rows) {
      const m = /\d+\.\d{2}/.exec(row)!;
      // the amount column is right-aligned: each amount ends where the heading ends
      expect(stringWidth(row.slice(0, m.index + m[0].length))).toBe(amountEnd);
    }
    // the column after the title starts at one display column for every row
    const subjectStart = (l: string, s: string) => stringWidth(l.slice(0, l.indexOf(s)));
    expect(subjectStart(rows[0]!, 'E-1')).toBe(subjectStart(lines[head]!, '事项'));
    expect(subjectStart(rows[1]!, 'E-2')).toBe(subjectStart(lines[head]!, '事项'));
  });
});
