import type { Issue } from '../../src/core/issue.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { codeNumberOf, creditCode } from '../support/golden.js';
import { bundledRules } from '../../src/heyuan/rules.generated.js';
import type { RuleFiles } from '../../src/rules/load-rules.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A valid application (the first example), fresh each call. */
export function sampleApplication(): Record<string, any> {
  return JSON.parse(readFileSync(`${ROOT}examples/01-enterprise.json`, 'utf8'));
}

/** The example under another applicant: its own id and its own credit code (applicants are told apart by the code). */
export function sampleApplicationOf(id: string): Record<string, any> {
  const app = sampleApplication();
  app.applicant.id = id;
  app.applicant.creditCode = creditCode(codeNumberOf(id));
  return app;
}

/** Sets `key` as an own property, as JSON.parse would, even when it is "__proto__". */
export function defineKey(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Bundled rules with one clause file's data replaced (or added). */
export function rulesWithClause(file: string, data: unknown): RuleFiles {
  const clauses = bundledRules.clauses.filter((c) => c.file !== file);
  return { ...bundledRules, clauses: [...clauses, { file, data }] };
}

export function bundledClause(id: string): Record<string, any> {
  const found = bundledRules.clauses.find((c) => c.file === `rules/clauses/${id}.json`);
  if (!found) throw new Error(`no bundled clause ${id}`);
  return structuredClone(found.data) as Record<string, any>;
}

export function bundledGuideline(year = 2026): Record<string, any> {
  return structuredClone(bundledRules.guidelines.find((g) => g.file === `rules/guidelines/${year}.json`)!.data) as Record<string, any>;
}

/** Every issue is data: a known-shaped code, a path array, both languages. */
export function expectTypedIssues(issues: readonly Issue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(typeof i.code).toBe('string');
    expect(Array.isArray(i.path)).toBe(true);
    expect(typeof i.message.zh).toBe('string');
    expect(typeof i.message.en).toBe('string');
    expect(i.message.en.length).toBeGreaterThan(0);
  }
}

export function codesOf(issues: readonly Issue[]): string[] {
  return issues.map((i) => i.code);
}
