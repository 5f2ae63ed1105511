import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../core/issue.js';
import type { RuleFile, RuleFiles } from '../rules/load-rules.js';
import { readJson } from './io.js';

/*
 * A rules directory (policy.json, clauses/, guidelines/, vocabulary.json) read into the
 * RuleFiles the library takes: a corrected clause or a draft kept outside the
 * package is decided with before it is bundled.
 */

export type RulesDir = { ok: true; files: RuleFiles } | { ok: false; missing: true } | { ok: false; missing: false; issues: Issue[] };

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function readRulesDir(dir: string): RulesDir {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { ok: false, missing: true };
  const issues: Issue[] = [];
  const readAll = (sub: string): RuleFile[] =>
    jsonFiles(join(dir, sub)).flatMap((f) => {
      const file = join(dir, sub, f);
      const r = readJson(file);
      if (!r.ok) issues.push(...r.issues.map((i) => ({ ...i, file })));
      return r.ok ? [{ file, data: r.value }] : [];
    });
  const policy = readJson(join(dir, 'policy.json'));
  if (!policy.ok) issues.push(...policy.issues.map((i) => ({ ...i, file: join(dir, 'policy.json') })));
  const clauses = readAll('clauses');
  const guidelines = readAll('guidelines');
  // Without a vocabulary.json the rules are decided with the bundled vocabulary (docs/rule-format.md).
  const vocabularyFile = join(dir, 'vocabulary.json');
  const vocabulary = existsSync(vocabularyFile) ? readJson(vocabularyFile) : null;
  if (vocabulary && !vocabulary.ok) issues.push(...vocabulary.issues.map((i) => ({ ...i, file: vocabularyFile })));
  if (issues.length > 0) return { ok: false, missing: false, issues };
  return { ok: true, files: { policy: policy.ok ? policy.value : null, clauses, guidelines, ...(vocabulary?.ok ? { vocabulary: vocabulary.value } : {}) } };
}
