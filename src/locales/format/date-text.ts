/*
 * Calendar dates as official Chinese writes them (2024年12月31日), from the
 * YYYY-MM-DD text itself: no Date object, so the time zone cannot move a day.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-12-31" → "2024年12月31日"; other text comes back as it is. */
export function dateZh(date: string): string {
  const m = DATE.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

/** Every YYYY-MM-DD inside a sentence, written as dateZh does. */
export function datesZhIn(text: string): string {
  return text.replace(/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g, dateZh);
}
