import type { Bilingual } from '../core/issue.js';
import type { CliWording } from '../locales/cli-wording.js';
import { cliEn } from '../locales/en/cli.js';
import { cliZh } from '../locales/zh/cli.js';

/** The command line's own messages in both languages, for a line that shows one or both. */
export function cliBoth(word: (w: CliWording) => string): Bilingual {
  return { zh: word(cliZh), en: word(cliEn) };
}

export function cliWording(lang: 'zh' | 'en'): CliWording {
  return lang === 'zh' ? cliZh : cliEn;
}
