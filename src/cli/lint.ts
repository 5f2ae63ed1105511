import { type Issue, jsonPointer } from '../core/issue.js';
import { makeIssue } from '../locales/issue.js';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { lintRules } from '../api/rules.js';
import { POLICY_FILE, type RuleFile } from '../rules/load-rules.js';
import { EXIT, type Lang } from './exit.js';
import { readJson } from './io.js';
import { parseLang } from './options.js';

/** `file /json/pointer [code] message ｜ message`: one problem per line, greppable by file and pointer. */
export function lintLine(issue: Issue, lang: Lang): string {
  const [first, second] = lang === 'zh' ? [issue.message.zh, issue.message.en] : [issue.message.en, issue.message.zh];
  // The root's pointer is the empty string; a word keeps the line's columns.
  return `${issue.file ?? '-'} ${jsonPointer(issue.path) || '(root)'} [${issue.code}] ${first} ｜ ${second}`;
}

/** Why a rule file may not be read (null: it may): it is not a regular file, or it resolves outside the rules directory. */
function unsafeRuleFile(abs: string, root: string): string | null {
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return null; // missing or unreadable: the reader says so in its own words
  }
  if (real !== root && !real.startsWith(root + sep)) return `${abs} leads outside the rules directory (${real}) ｜ 指向规则目录之外`;
  const st = statSync(real);
  if (!st.isFile()) return `${abs} is not a regular file (a FIFO, device or directory) ｜ 不是普通文件`;
  return null;
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** The built CLI sits in dist/, so the package's own rules are one level up. */
function defaultRulesDir(): string {
  return fileURLToPath(new URL('../rules/', import.meta.url));
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('check rule files: schema, labels, field paths, operator types, tables, guidelines | 检查规则文件')
    .argument('[rules-dir]', "rules directory holding policy.json, clauses/ and guidelines/ (default: the package's own rules)")
    .option('--lang <lang>', 'zh | en: which language comes first', parseLang, 'zh' as Lang)
    .action((dirArg: string | undefined, opts: { lang: Lang }) => {
      const dir = resolve(dirArg ?? defaultRulesDir());
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        process.stderr.write(`heyuan-ip lint: no such directory: ${dir} ｜ 目录不存在：${dir}\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      const shown = (abs: string) => {
        const rel = relative(process.cwd(), abs);
        return rel && !rel.startsWith('..') ? rel : abs;
      };
      const problems: Issue[] = [];
      const root = realpathSync(dir);
      const read = (abs: string): { ok: true; value: unknown } | { ok: false } => {
        // Only regular files inside the rules directory: a symlink out of it is not followed, a FIFO
        // or device is never opened (reading one would block lint for ever).
        const unsafe = unsafeRuleFile(abs, root);
        if (unsafe !== null) {
          problems.push(makeIssue('unsafe-rule-file', [], { detail: unsafe }, shown(abs)));
          return { ok: false };
        }
        const r = readJson(abs);
        if (r.ok) return r;
        // A broken file is a problem line like any other, named as the reader sees it.
        problems.push(...r.issues.map((i) => ({ ...i, file: shown(abs) })));
        return { ok: false };
      };
      const readAll = (sub: string): RuleFile[] =>
        jsonFiles(join(dir, sub)).flatMap((f) => {
          const abs = join(dir, sub, f);
          const r = read(abs);
          return r.ok ? [{ file: shown(abs), data: r.value }] : [];
        });

      const policyPath = join(dir, 'policy.json');
      const policy = read(policyPath);
      const clauses = readAll('clauses');
      const guidelines = readAll('guidelines');
      const found = lintRules({ policy: policy.ok ? policy.value : null, clauses, guidelines })
        // Without a readable policy.json, what is said about its stand-in is noise.
        .filter((i) => policy.ok || i.file !== POLICY_FILE)
        .map((i) => (i.file === POLICY_FILE ? { ...i, file: shown(policyPath) } : i));
      problems.push(...found);

      if (problems.length > 0) {
        for (const p of problems) process.stdout.write(lintLine(p, opts.lang) + '\n');
        process.stderr.write(`${problems.length} problem(s) ｜ 共 ${problems.length} 处问题\n`);
        process.exitCode = EXIT.invalidInput;
        return;
      }
      const n = clauses.length;
      const years = guidelines.map((g) => g.file.split('/').pop()!.replace(/\.json$/, '')).join(', ') || '-';
      process.stdout.write(
        opts.lang === 'zh'
          ? `规则检查通过：${shown(dir)}，${n} 个条款，年度指南 ${years} ｜ lint passed: ${n} clauses, guidelines ${years}\n`
          : `lint passed: ${shown(dir)}, ${n} clauses, guidelines ${years} ｜ 规则检查通过：${n} 个条款，年度指南 ${years}\n`,
      );
      process.exitCode = EXIT.decided;
    });
}
