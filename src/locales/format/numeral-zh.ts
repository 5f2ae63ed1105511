/* Small numbers as official Chinese writes an ordinal heading: 第二部分. */

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一 … 10 → 十: a part's number as 第二部分 writes it. */
export function smallNumeralZh(n: number): string {
  return NUMERALS[n] ?? String(n);
}
