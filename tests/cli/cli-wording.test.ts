import { describe, expect, it } from 'vitest';
import { batchSummary } from '../../src/cli/batch-summary.js';
import { cliBoth, cliWording } from '../../src/cli/cli-wording.js';
import type { BudgetReport } from '../../src/engine/prorate.js';

/*
 * The command line's own messages are worded in src/locales/<lang>/cli.ts
 * (issue #13). The texts below are what the CLI printed before they moved
 * there, byte for byte (checked against the built CLI of the commit before):
 * batch and simulate share one entry where they said the same thing.
 */

const budget: BudgetReport = {
  total: '5000000.00',
  requested: '1234567.89',
  paid: '1000000.00',
  parts: [
    { part: 'innovation', budget: '2000000.00', requested: '1234567.89', paid: '1000000.00', ratio: '0.81' },
    { part: 'transformation', budget: '3000000.00', requested: '0.00', paid: '0.00', ratio: '1' },
  ] as BudgetReport['parts'],
};
const counts = { year: 2026, input: 'apps.csv', rows: 1, decided: 1, rejected: 2, errorsFile: 'out.jsonl.errors.jsonl', referencePaid: '12345.60' };

describe('the batch summary', () => {
  it('in Chinese: counts, rejected rows, money per part, the figures’ standing', () => {
    const lines = batchSummary({ ...counts, guidelineProvenance: 'reference' }, budget, 'zh').split('\n');
    expect(lines.slice(0, 9)).toEqual([
      '批量审核2026年度：从apps.csv读取1行，共3份申报：1份已审核，2份数据有误退回',
      '退回的行及原因：out.jsonl.errors.jsonl',
      '',
      '部分                                  预算（元）    申请（元）    核拨（元）  比例',
      '第一部分　激活各类创新主体创新动能  2,000,000.00  1,234,567.89  1,000,000.00  0.81',
      '第二部分　深入推进知识产权转化运用  3,000,000.00          0.00          0.00     1',
      '合计                                5,000,000.00  1,234,567.89  1,000,000.00',
      '',
      '其中按参考值核拨12,345.60元，参考值并非政策措施公布文本；所用2026年度申报指南为参考稿，并非正式发布的指南',
    ]);
  });

  it('in English, with one row and several applications', () => {
    const lines = batchSummary({ ...counts, guidelineProvenance: 'reference' }, budget, 'en').split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'batch 2026: 1 row read from apps.csv, 3 applications: 1 decided, 2 rejected',
      'rejected rows and why: out.jsonl.errors.jsonl',
      '',
      'part            budget (yuan)  requested (yuan)   paid (yuan)  ratio',
      'Innovation       2,000,000.00      1,234,567.89  1,000,000.00   0.81',
      'Transformation   3,000,000.00              0.00          0.00      1',
      'total            5,000,000.00      1,234,567.89  1,000,000.00',
      '',
      'of the money paid, 12,345.60 yuan is at reference figures, not the published text of the measures; the 2026 guideline used is a reference draft, not the published guideline',
    ]);
  });

  it('names only the standing that applies: no reference money, or a published guideline', () => {
    const noMoney = { ...counts, rejected: 0, referencePaid: '0.00', guidelineProvenance: 'reference' as const };
    expect(batchSummary(noMoney, null, 'zh').split('\n')[2]).toBe('所用2026年度申报指南为参考稿，并非正式发布的指南');
    expect(batchSummary(noMoney, null, 'en').split('\n')[2]).toBe('the 2026 guideline used is a reference draft, not the published guideline');
    const published = { ...counts, rejected: 0, referencePaid: '100.00', guidelineProvenance: 'published' as const };
    expect(batchSummary(published, null, 'zh').split('\n')[2]).toBe('其中按参考值核拨100.00元，参考值并非政策措施公布文本');
    expect(batchSummary(published, null, 'en').split('\n')[2]).toBe(
      'of the money paid, 100.00 yuan is at reference figures, not the published text of the measures',
    );
    expect(batchSummary({ ...published, referencePaid: '0.00' }, null, 'en')).toBe(
      'batch 2026: 1 row read from apps.csv, 1 application: 1 decided, 0 rejected',
    );
  });
});

describe('--out of batch and simulate: one entry each, both languages', () => {
  it('an unknown extension', () => {
    expect(cliBoth((w) => w.unknownOutputFormat({ ext: '.txt', allowed: ['.jsonl', '.csv', '.html'] }))).toEqual({
      zh: '未知的输出格式“.txt”：--out 的扩展名应为 .jsonl, .csv, .html 之一',
      en: 'unknown output format ".txt": --out must end in one of .jsonl, .csv, .html',
    });
  });

  it('the input itself: batch also looks for links to it, and says so', () => {
    expect(cliBoth((w) => w.outIsInput({ links: true }))).toEqual({
      zh: '--out 不能是输入文件本身（含指向输入文件的链接）',
      en: '--out must not be the input file (nor a link to it)',
    });
    expect(cliBoth((w) => w.outIsInput({ links: false }))).toEqual({ zh: '--out 不能是输入文件本身', en: '--out must not be the input file' });
  });

  it('a directory that is not one', () => {
    expect(cliBoth((w) => w.outDirNotDirectory({ file: 'notdir/r.jsonl', dir: '/tmp/w/notdir' }))).toEqual({
      zh: '无法写入 notdir/r.jsonl：/tmp/w/notdir 不是目录',
      en: 'cannot write notdir/r.jsonl: /tmp/w/notdir is not a directory',
    });
  });

  it('an output another run holds, with its pid when the lock names one', () => {
    expect(cliBoth((w) => w.outputLocked({ file: 'held.jsonl', holder: 1971, lock: '/tmp/w/held.jsonl.lock' }))).toEqual({
      zh: '另一批量审核进程 (pid 1971)正在写入 held.jsonl；如确无其他进程运行，请删除 /tmp/w/held.jsonl.lock',
      en: 'another batch (pid 1971) is writing held.jsonl; if none is running, remove /tmp/w/held.jsonl.lock',
    });
    expect(cliWording('en').outputLocked({ file: 'h.jsonl', holder: null, lock: 'h.jsonl.lock' })).toBe(
      'another batch is writing h.jsonl; if none is running, remove h.jsonl.lock',
    );
  });

  it('rejections beyond those echoed: in the errors file (batch) or in the report (simulate)', () => {
    expect(cliBoth((w) => w.moreRejections({ count: 55, file: 'res.jsonl.errors.jsonl' }))).toEqual({
      zh: '……另有 55 条，见 res.jsonl.errors.jsonl',
      en: '… 55 more in res.jsonl.errors.jsonl',
    });
    expect(cliBoth((w) => w.moreRejections({ count: 55, file: null }))).toEqual({ zh: '……另有 55 条', en: '… 55 more' });
  });
});

it('a bug of ours is reported with its message', () => {
  expect(cliBoth((w) => w.internalError({ detail: 'boom' }))).toEqual({
    zh: '内部错误（程序缺陷，请连同命令行一并报告）：boom',
    en: 'internal error (a bug; please report it with the command line): boom',
  });
});
