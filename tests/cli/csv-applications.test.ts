import { parseApplication } from '../../src/api/parse-application.js';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvApplications, parseCsvHeader } from '../../src/cli/csv-applications.js';
import { csvRecords } from '../../src/cli/csv-records.js';
import type { SourceEntry } from '../../src/cli/source-entry.js';

async function read(text: string): Promise<SourceEntry[]> {
  const records = csvRecords(Readable.from([text]));
  const first = await records.next();
  if (first.done || 'error' in first.value) throw new Error('no header');
  const header = parseCsvHeader(first.value.cells);
  if (!header.ok) throw new Error(header.issues.map((i) => i.message.en).join('; '));
  const out: SourceEntry[] = [];
  for await (const e of csvApplications(header.value, records)) out.push(e);
  return out;
}

const A = 'applicant.id,applicant.name,applicant.kind,applicant.county,applicant.seriousDishonesty,applicant.ipViolationDates';

describe('CSV input: cells become typed fields by the application schema', () => {
  it('turns true/false into booleans, digits into counts, ";" lists into arrays, and keeps money as written', async () => {
    const text = [
      `${A},event.id,event.type,event.date,event.casesResolved,event.mechanism,event.higherLevelFunding`,
      'P-1,陈志强,individual,yuancheng,FALSE,2023-05-01; 2022-01-09,E-1,mediation-cases,2025-03-01,14,mediation,1200.50',
      'P-1,陈志强,individual,yuancheng,false,2023-05-01; 2022-01-09,E-2,mediation-cases,2025-04-01,0,arbitration,',
    ].join('\n');
    const [entry] = await read(text);
    expect(entry!.issues).toEqual([]);
    expect(entry!.application).toEqual({
      applicant: {
        id: 'P-1',
        name: '陈志强',
        kind: 'individual',
        county: 'yuancheng',
        seriousDishonesty: false,
        ipViolationDates: ['2023-05-01', '2022-01-09'],
      },
      events: [
        { id: 'E-1', type: 'mediation-cases', date: '2025-03-01', casesResolved: 14, mechanism: 'mediation', higherLevelFunding: '1200.50' },
        // the empty higherLevelFunding cell is an absent field, not ""
        { id: 'E-2', type: 'mediation-cases', date: '2025-04-01', casesResolved: 0, mechanism: 'arbitration' },
      ],
      history: [],
    });
    expect(parseApplication(entry!.application).ok).toBe(true);
  });

  it('reads history rows into history entries, with the year as a number', async () => {
    const text = [
      `${A},history.clause,history.year,history.subjectKey,history.amount,history.clawedBack`,
      'P-2,黄丽娟,individual,heping,false,,ip-talent,2024,patent-attorney,5000.00,',
      'P-2,黄丽娟,individual,heping,false,,pledge-loan-interest,2023,E-9,100.00,true',
    ].join('\n');
    const [entry] = await read(text);
    expect((entry!.application as { history: unknown[] }).history).toEqual([
      { clause: 'ip-talent', year: 2024, subjectKey: 'patent-attorney', amount: '5000.00' },
      { clause: 'pledge-loan-interest', year: 2023, subjectKey: 'E-9', amount: '100.00', clawedBack: true },
    ]);
  });

  it('leaves a cell that does not fit its type as text, for the validator to name', async () => {
    const text = [
      `${A},event.id,event.type,event.date,event.casesResolved,event.mechanism`,
      'P-3,x,individual,yuancheng,yes,,E-1,mediation-cases,2025-03-01,3.5,mediation',
    ].join('\n');
    const [entry] = await read(text);
    const app = entry!.application as { applicant: Record<string, unknown>; events: Record<string, unknown>[] };
    expect(app.applicant.seriousDishonesty).toBe('yes');
    expect(app.events[0]!.casesResolved).toBe('3.5');
  });
});

describe('CSV input: rows, groups and where problems are', () => {
  it('groups consecutive rows by applicant.id and numbers rows as a spreadsheet does (blank lines counted, a multi-line cell one row)', async () => {
    const text = [
      `${A},event.id,event.type,event.date,event.qualification,event.employedInHeyuan`,
      'P-1,陈志强,individual,yuancheng,false,,E-1,talent-qualification,2025-03-01,senior-title,true',
      '',
      'P-2,"黄',
      '丽娟",individual,heping,false,,E-2,talent-qualification,2025-03-01,senior-title,true',
      'P-2,,,,,,E-3,talent-qualification,2025-03-01,patent-attorney,maybe',
    ].join('\n');
    const [p1, p2] = await read(text);
    expect(p1!.applicantId).toBe('P-1');
    expect(p1!.rows).toBe(1);
    expect(p2!.applicantId).toBe('P-2');
    expect(p2!.rows).toBe(2);
    // rows: header 1, P-1 on 2, a blank line 3, P-2 on 4 (its name spans two lines: still one row), the next P-2 row on 5
    expect(p1!.locate(['applicant', 'name'])).toEqual({ row: 2, column: 'applicant.name' });
    expect(p2!.locate(['applicant', 'name'])).toEqual({ row: 4, column: 'applicant.name' });
    expect(p2!.locate(['events', 1, 'employedInHeyuan'])).toEqual({ row: 5, column: 'event.employedInHeyuan' });
    // empty applicant cells on later rows repeat the first row's
    expect((p2!.application as { applicant: { name: string } }).applicant.name).toBe('黄\n丽娟');
  });

  it("reports applicant cells that differ between an applicant's rows, and an applicant whose rows are apart", async () => {
    const text = [
      `${A},event.id,event.type,event.date,event.qualification,event.employedInHeyuan`,
      'P-1,陈志强,individual,yuancheng,false,,E-1,talent-qualification,2025-03-01,senior-title,true',
      'P-1,陈志刚,individual,yuancheng,false,,E-2,talent-qualification,2025-03-01,patent-attorney,true',
      'P-2,黄丽娟,individual,heping,false,,E-3,talent-qualification,2025-03-01,senior-title,true',
      'P-1,陈志强,individual,yuancheng,false,,E-4,talent-qualification,2025-03-01,patent-attorney,true',
    ].join('\n');
    const [first, , again] = await read(text);
    expect(first!.issues.map((i) => [i.issue.code, i.row, i.column])).toEqual([['csv-applicant-differs', 3, 'applicant.name']]);
    expect(first!.issues[0]!.issue.message.en).toContain('row 2');
    expect(again!.issues.map((i) => [i.issue.code, i.row, i.column])).toEqual([['csv-applicant-split', 5, 'applicant.id']]);
  });

  it('reports a row with the wrong number of cells and a CSV syntax error, each with its row, and reads on', async () => {
    const text = ['applicant.id,applicant.name', 'P-1,a,extra', 'P-2,b', 'P-3,"c"d', 'P-4,e'].join('\n');
    const entries = await read(text);
    expect(entries[0]!.issues.map((i) => [i.issue.code, i.row])).toEqual([['csv-cell-count', 2]]);
    expect(entries[1]!.issues).toEqual([]);
    // csv-parse recovers from the bad quote on row 4 only at the end of the file, so row 5 is reported too, not lost
    const broken = entries.slice(2);
    expect(broken.map((e) => [e.issues.map((i) => i.issue.code), e.issues[0]!.row, e.application])).toEqual([
      [['invalid-csv'], 4, undefined],
      [['invalid-csv'], 5, undefined],
    ]);
  });

  it('reports an unclosed quote at the row where it opens', async () => {
    const entries = await read(['applicant.id,applicant.name', 'P-1,a', 'P-2,"b', 'P-3,c', 'P-4,d'].join('\n'));
    expect(entries[0]!.applicantId).toBe('P-1');
    expect(entries[1]!.issues.map((i) => [i.issue.code, i.row])).toEqual([['invalid-csv', 3]]);
    expect(entries).toHaveLength(2);
  });
});

describe('CSV header', () => {
  it('accepts the columns of the schema and refuses everything else, naming the column', () => {
    expect(parseCsvHeader(['applicant.id', 'event.interestPaid', 'history.clause']).ok).toBe(true);
    const bad = parseCsvHeader(['applicant.id', 'applicant.nmae', 'notes', 'event.id', 'event.id']);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.map((i) => i.code)).toEqual(['csv-unknown-column', 'csv-unknown-column', 'csv-duplicate-column']);
      expect(bad.issues[0]!.message.en).toContain('"applicant.nmae"');
      expect(bad.issues[0]!.message.zh).toContain('“applicant.nmae”');
    }
  });

  it('refuses __proto__, constructor and prototype, alone or as a field', () => {
    for (const name of ['__proto__', 'constructor', 'prototype', 'applicant.__proto__', 'event.constructor']) {
      const r = parseCsvHeader(['applicant.id', name]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]!.code).toBe('reserved-key');
    }
  });

  it('needs applicant.id to group rows', () => {
    const r = parseCsvHeader(['applicant.name']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['csv-missing-column']);
  });
});
