import type { UsageWording } from '../usage-wording.js';

export const usageEn: UsageWording = {
  'options-not-object': (p) => `options must be an object, e.g. ${p.expected}`,
  'rules-not-object': () => 'rules must be an object { policy, clauses, guidelines }',
  'year-not-guideline-year': (p) => `year ${p.received} does not match the guideline's year ${p.expected}`,
  'no-year-or-guideline': () => 'give a year (loadPolicy({ year: 2026 })) or a guideline',
  'engine-is-async': () => 'json-rules-engine is asynchronous: use evaluate()',
  'applications-not-iterable': () => 'simulate takes an array or an (async) iterable of applications',
  'draft-not-object': () => 'the draft must be a guideline object',
  'base-not-year-or-object': () => 'the base must be a year (2026) or a guideline object',
  'request-unreadable': () => 'the request cannot be read',
};
