import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Issue, IssueParamsByCode } from '../core/issue.js';
import { makeIssue } from '../locales/issue.js';
import type { RuleFile, RuleFiles } from '../rules/load-rules.js';
import { readJson } from './io.js';

/*
 * A rules directory as `lint`, `check`, `batch`, `explain` and `clauses` read
 * it: policy.json, clauses/*.json, guidelines/*.json and vocabulary.json when there is one, each file named as
 * the reader sees it (relative to the working directory when inside it).
 */

/** The built CLI sits in dist/, so the package's own rules are one level up. */
export function defaultRulesDir(): string {
  return fileURLToPath(new URL('../rules/', import.meta.url));
}

export function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export function shownPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

/** Why a rule file may not be read (null: it may): it is not a regular file, or it resolves outside the rules directory. */
function unsafeRuleFile(abs: string, root: string): IssueParamsByCode['unsafe-rule-file'] | null {
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return null; // missing or unreadable: the reader says so in its own words
  }
  if (real !== root && !real.startsWith(root + sep)) return { reason: 'outside', received: abs, target: real };
  if (!statSync(real).isFile()) return { reason: 'not-regular', received: abs };
  return null;
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export interface RuleDirectory {
  files: RuleFiles;
  /** The shown name of policy.json. */
  policyFile: string;
  /** policy.json could be read (and parsed as JSON). */
  policyRead: boolean;
  /** Files that could not be read or are not JSON: one issue each, named by file. */
  problems: Issue[];
}

export function readRuleDirectory(dirArg: string): RuleDirectory {
  const dir = resolve(dirArg);
  const problems: Issue[] = [];
  const root = isDirectory(dir) ? realpathSync(dir) : dir;
  const read = (abs: string): { ok: true; value: unknown } | { ok: false } => {
    // Only regular files inside the rules directory: a symlink out of it is not followed, a FIFO
    // or device is never opened (reading one would block for ever).
    const unsafe = unsafeRuleFile(abs, root);
    if (unsafe !== null) {
      problems.push(makeIssue('unsafe-rule-file', [], unsafe, shownPath(abs)));
      return { ok: false };
    }
    const r = readJson(abs);
    if (r.ok) return r;
    problems.push(...r.issues.map((i) => ({ ...i, file: shownPath(abs) })));
    return { ok: false };
  };
  const readAll = (sub: string): RuleFile[] =>
    jsonFiles(join(dir, sub)).flatMap((f) => {
      const abs = join(dir, sub, f);
      const r = read(abs);
      return r.ok ? [{ file: shownPath(abs), data: r.value }] : [];
    });
  const policyPath = join(dir, 'policy.json');
  const policy = read(policyPath);
  const clauses = readAll('clauses');
  const guidelines = readAll('guidelines');
  const files: RuleFiles = { policy: policy.ok ? policy.value : null, clauses, guidelines };
  // Optional: a rule set without one is decided with the bundled vocabulary (docs/rule-format.md).
  const vocabularyPath = join(dir, 'vocabulary.json');
  if (existsSync(vocabularyPath)) {
    const vocabulary = read(vocabularyPath);
    if (vocabulary.ok) files.vocabulary = vocabulary.value;
  }
  return { files, policyFile: shownPath(policyPath), policyRead: policy.ok, problems };
}

export type RulesDir = { ok: true; files: RuleFiles } | { ok: false; missing: true } | { ok: false; missing: false; issues: Issue[] };

/** The rule files of a directory, or why not: it is missing, or some file could not be read. */
export function readRulesDir(dir: string): RulesDir {
  if (!isDirectory(dir)) return { ok: false, missing: true };
  const read = readRuleDirectory(dir);
  if (read.problems.length > 0) return { ok: false, missing: false, issues: read.problems };
  return { ok: true, files: read.files };
}
