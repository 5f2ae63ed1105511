import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Sentences a user or a reviewer reads live in src/locales/ (issue #13): the
 * code builds structures, each language module words them. This test reads
 * every src/**\/*.ts through the TypeScript parser, so comments are never
 * looked at, and reports each string or template literal that
 *   - holds a Chinese character, or
 *   - is the English twin of a Chinese text built in code: the `en` property
 *     of an object literal that also has `zh`, or the `else` branch of a
 *     `lang === 'zh' ? … : …` choice.
 *
 * Allowed, and why:
 *   - src/locales/**: the wording itself.
 *   - src/heyuan/*.generated.ts: rule data (the clauses' own text), generated.
 *   - CLI usage text: the arguments of commander's `.description()`,
 *     `.option()`, `.requiredOption()`, `.argument()`, `.version()`,
 *     `.summary()`, `.usage()`, `.addHelpText()` — help is read beside the
 *     command it describes (see docs/maintaining.md).
 *   - Schema labels: anything inside a zod `.meta({ … })` call, and the value
 *     of a `title:` property (a string or a `{ zh, en }` pair) — the titles and
 *     descriptions of the generated JSON Schemas and OpenAPI document are
 *     data of the schema, not messages.
 *
 * PENDING lists the files not yet moved, with how many literals each still
 * has: the count must match exactly, so a new sentence anywhere fails, and a
 * file that is cleaned up must be taken off the list.
 */

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

const USAGE_METHODS = new Set(['description', 'option', 'requiredOption', 'argument', 'version', 'summary', 'usage', 'addHelpText']);
const CHINESE = /[\u3400-\u9fff]/;

/** Files whose sentences are still in code, and how many literals: shrink this, never grow it. */
const PENDING: Record<string, number> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(abs);
    return e.name.endsWith('.ts') ? [abs] : [];
  });
}

const allowedFile = (rel: string) => rel.startsWith('src/locales/') || /^src\/heyuan\/[^/]+\.generated\.ts$/.test(rel);

/** Is the node an argument (however deep) of a usage method or of `.meta()`, or a `title:`? */
function inAllowedCall(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at) && ts.isPropertyAccessExpression(at.expression)) {
      const name = at.expression.name.text;
      if (USAGE_METHODS.has(name) || name === 'meta') return true;
    }
    if (ts.isPropertyAssignment(at) && ts.isIdentifier(at.name) && at.name.text === 'title') return true;
  }
  return false;
}

/** The English twin of a Chinese text: `{ zh: …, en: <here> }` or `lang === 'zh' ? … : <here>`. */
function isEnglishTwin(node: ts.Node): boolean {
  let at: ts.Node = node;
  while (ts.isTemplateSpan(at.parent) || ts.isTemplateExpression(at.parent) || ts.isParenthesizedExpression(at.parent)) at = at.parent;
  const parent = at.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === at && ts.isIdentifier(parent.name) && parent.name.text === 'en') {
    return ts.isObjectLiteralExpression(parent.parent) && parent.parent.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'zh');
  }
  if (ts.isConditionalExpression(parent) && parent.whenFalse === at) return /===\s*'zh'/.test(parent.condition.getText());
  return false;
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function findings(): Finding[] {
  const out: Finding[] = [];
  for (const abs of sourceFiles(SRC)) {
    const rel = relative(ROOT, abs).split('\\').join('/');
    if (allowedFile(rel)) continue;
    const sf = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
        const text = node.text;
        const literal = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.parent : node;
        if (!inAllowedCall(node) && (CHINESE.test(text) || (/[A-Za-z]{2,} [A-Za-z]{2,}/.test(text) && isEnglishTwin(literal)))) {
          out.push({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe('no sentence outside src/locales (issue #13)', () => {
  const found = findings();
  const byFile = new Map<string, Finding[]>();
  for (const f of found) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);

  if (process.env.DUMP_SENTENCES) for (const f of found) console.log(`${f.file}:${f.line} ${JSON.stringify(f.text)}`);

  it('no file outside the PENDING list has a sentence in code', () => {
    const stray = found.filter((f) => !Object.hasOwn(PENDING, f.file)).map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`);
    expect(stray).toEqual([]);
  });

  it('each PENDING file has exactly the sentences listed (take a file off when it is clean)', () => {
    const counts = Object.fromEntries(Object.keys(PENDING).map((file) => [file, byFile.get(file)?.length ?? 0]));
    expect(counts).toEqual(PENDING);
  });

  it('catches a sentence when one is there (the detector is not blind)', () => {
    const sample = [
      "const a = { zh: '未知的格式', en: 'unknown format: use table or json' };",
      "const b = lang === 'zh' ? `共 ${n} 处问题` : `${n} problems found here`;",
      "cmd.description('检查申报 | check an application');",
      "z.string().meta({ title: '金额' });",
    ].join('\n');
    const sf = ts.createSourceFile('sample.ts', sample, ts.ScriptTarget.Latest, true);
    const hits: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateTail(node)) {
        const literal = ts.isTemplateHead(node) || ts.isTemplateTail(node) ? node.parent : node;
        if (!inAllowedCall(node) && (CHINESE.test(node.text) || (/[A-Za-z]{2,} [A-Za-z]{2,}/.test(node.text) && isEnglishTwin(literal)))) hits.push(node.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    expect(hits).toEqual(['未知的格式', 'unknown format: use table or json', '共 ', ' 处问题', ' problems found here']);
  });
});
