import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/cli/csv-records.js';

/*
 * Where a CSV problem is, as the spreadsheet shows it. Regression: after a
 * cell with line breaks inside, rows were numbered by physical line, so an
 * error pointed below the row it was about.
 */

async function rows(text: string): Promise<Array<[number, string]>> {
  const out: Array<[number, string]> = [];
  for await (const item of csvRecords(Readable.from([text]))) out.push([item.row, 'error' in item ? 'error' : item.cells[0]!]);
  return out;
}

describe('CSV row numbers', () => {
  it('count records, not physical lines: a cell with two line breaks is one row', async () => {
    const text = ['h1,h2', 'A,"one', 'two', 'three"', 'B,x', '', 'C,y'].join('\r\n');
    expect(await rows(text)).toEqual([
      [1, 'h1'],
      [2, 'A'],
      [3, 'B'],
      [5, 'C'], // a blank line is a row in a spreadsheet too
    ]);
  });

  it('a syntax error after a multi-line cell names the spreadsheet row', async () => {
    const text = ['h1,h2', 'A,"line', 'break"', 'B,ab"c', 'C,z'].join('\n');
    expect(await rows(text)).toEqual([
      [1, 'h1'],
      [2, 'A'],
      [3, 'error'],
      [4, 'C'],
    ]);
  });
});
