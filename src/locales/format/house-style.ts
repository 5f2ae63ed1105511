import { datesZhIn } from './date-text.js';
import { groupAmountsIn } from './money-text.js';

/*
 * The house style of docs/style-zh.md applied to a Chinese sentence the report
 * did not word itself: the engine's adjustment reasons and warnings, and rule
 * labels. Those strings are part of the Decision (pinned, other systems store
 * them), so the report restyles them where a reviewer reads them instead of
 * changing what the engine returns.
 */

const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef';
const SPACE_AFTER_CJK = new RegExp(`([${CJK}]) +`, 'g');
const FULL_WIDTH_AFTER_CJK = new RegExp(`([${CJK}0-9）])\\s*([;:])\\s*`, 'g');
const SPACE_BEFORE_CJK = new RegExp(` +([${CJK}])`, 'g');

export function houseStyleZh(text: string): string {
  const tight = datesZhIn(text)
    .replace(FULL_WIDTH_AFTER_CJK, (_m, c: string, mark: string) => `${c}${mark === ';' ? '；' : '：'}`)
    .replace(SPACE_AFTER_CJK, '$1')
    .replace(SPACE_BEFORE_CJK, '$1');
  return groupAmountsIn(tight);
}
