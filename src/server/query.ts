import { makeIssue } from '../locales/issue.js';
import { HttpError } from './http-error.js';
import type { Lang } from './localize.js';
import type { LoadedYear, Policies } from './policies.js';

/*
 * The query parameters the routes share. A value the service does not know
 * is a 400 naming the parameter, never a silent default.
 */

type Query = Record<string, unknown>;

export function langOf(query: unknown): Lang | undefined {
  const lang = (query as Query | undefined)?.lang;
  if (lang === undefined) return undefined;
  if (lang === 'zh' || lang === 'en') return lang;
  throw new HttpError(400, [makeIssue('invalid-value', ['query', 'lang'], { received: JSON.stringify(lang), allowed: ['zh', 'en'] })]);
}

/** The year asked for, as a number; 404 when the service has no guideline for it. */
export function yearIn(policies: Policies, value: unknown, at: string[]): LoadedYear {
  if (value === undefined) return policies.years.get(policies.defaultYear)!;
  const year = typeof value === 'string' && /^[0-9]{4}$/.test(value) ? Number(value) : NaN;
  const loaded = policies.years.get(year);
  if (!loaded) {
    const known = [...policies.years.keys()].map(String);
    throw new HttpError(404, [makeIssue('not-found', at, { key: 'guideline', received: JSON.stringify(value), allowed: known })]);
  }
  return loaded;
}

export function yearOf(policies: Policies, query: unknown): LoadedYear {
  return yearIn(policies, (query as Query | undefined)?.year, ['query', 'year']);
}
