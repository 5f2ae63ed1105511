/*
 * `?lang=zh|en`: every worded field of a decision ({ zh, en }) becomes the
 * text in that language, for clients that show one language and would rather
 * not pick it out themselves. Without `lang` the decision is the library's,
 * byte for byte.
 */

export type Lang = 'zh' | 'en';

function isBilingual(v: object): v is { zh: string; en: string } {
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as { zh?: unknown }).zh === 'string' && typeof (v as { en?: unknown }).en === 'string';
}

export function localize<T>(value: T, lang: Lang): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => localize(v, lang));
  if (isBilingual(value)) return value[lang];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = localize(v, lang);
  return out;
}
