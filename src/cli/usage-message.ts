import type { Bilingual } from '../core/issue.js';
import type { Lang } from './exit.js';

/** A usage problem as one line in both languages, the reader's first, like an issue line. */
export function printUsage(message: Bilingual, lang: Lang): void {
  const [first, second] = lang === 'zh' ? [message.zh, message.en] : [message.en, message.zh];
  process.stderr.write(`${first} ｜ ${second}\n`);
}
