import { describe, expect, it } from 'vitest';
import { explainWording } from '../../src/report/explain.js';
import { beijingWallTime } from '../../src/locales/format/instant-text.js';

describe('the decision time on the filing copy, on the reviewer’s clock', () => {
  it('moves a UTC instant eight hours on, across midnight and a month end', () => {
    expect(beijingWallTime('2026-11-30T18:52:07Z')).toEqual({ year: 2026, month: 12, day: 1, hour: 2, minute: 52 });
    expect(explainWording('zh').html.decidedAtText('2026-11-30T18:52:07Z')).toBe('2026年12月1日02时52分（北京时间）');
    expect(explainWording('en').html.decidedAtText('2026-11-30T18:52:07Z')).toBe('1 December 2026, 02:52 Beijing time (UTC+8)');
  });
  it('keeps a morning instant on the same day, and takes fractions of a second', () => {
    expect(explainWording('zh').html.decidedAtText('2026-03-01T01:05:00.123Z')).toBe('2026年3月1日09时05分（北京时间）');
  });
  it('leaves text that is not a UTC instant as it is', () => {
    for (const t of ['2026-11-30', '2026-11-30T18:52:07+08:00', 'yesterday', '2026-02-30T10:00:00Z']) {
      // 2026-02-30 is no date: Date.UTC would roll it over to 2 March
      expect(explainWording('zh').html.decidedAtText(t)).toBe(t);
    }
  });
});
