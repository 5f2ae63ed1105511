import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleFiles } from '../../src/rules/load-rules.js';

/** A rules directory as parsed JSON, named as the bundle names the project's own files. */
export function readRules(dir: string): RuleFiles {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const list = (sub: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, sub))
        .filter((f) => f.endsWith('.json'))
        .sort();
    } catch {
      // A fixture without guidelines/ has none.
    }
    return names.map((f) => ({ file: `rules/${sub}/${f}`, data: read(join(dir, sub, f)) }));
  };
  return { policy: read(join(dir, 'policy.json')), clauses: list('clauses'), guidelines: list('guidelines') };
}
