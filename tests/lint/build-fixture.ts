import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatch } from 'rfc6902';
import type { LintFixture } from './fixtures.js';

const RULES = join(__dirname, '..', '..', 'rules');
const read = (file: string): unknown => JSON.parse(readFileSync(join(RULES, file), 'utf8'));

/** The fixture's rule files as saved text, by path inside a rules directory. */
export function fixtureFiles(f: LintFixture): Record<string, string> {
  const guideline = read('guidelines/2026.json') as { patches: { clause: string }[] };
  const tree: { policy: unknown; clauses: Record<string, unknown>; guideline?: unknown } = {
    policy: read('policy.json'),
    clauses: Object.fromEntries(f.clauses.map((id) => [id, read(`clauses/${id}.json`)])),
    ...(f.guideline ? { guideline: { ...guideline, patches: guideline.patches.filter((p) => f.clauses.includes(p.clause)) } } : {}),
  };
  const failed = applyPatch(tree, f.patch ?? []).filter((e) => e !== null);
  if (failed.length > 0) throw new Error(`fixture ${f.name}: its patch does not apply to the real rules: ${failed.map((e) => e!.message).join('; ')}`);

  const files: Record<string, string> = { 'policy.json': JSON.stringify(tree.policy, null, 2) };
  for (const [id, data] of Object.entries(tree.clauses)) files[`clauses/${f.fileNames?.[id] ?? id}.json`] = JSON.stringify(data, null, 2);
  if (tree.guideline) files['guidelines/2026.json'] = JSON.stringify(tree.guideline, null, 2);
  for (const [file, edit] of Object.entries(f.text ?? {})) {
    const before = files[file];
    if (before === undefined) throw new Error(`fixture ${f.name}: no file ${file} to edit`);
    const after = edit(before);
    if (after === before) throw new Error(`fixture ${f.name}: the edit of ${file} changed nothing`);
    files[file] = after;
  }
  return files;
}

/** Writes the fixture into a fresh temporary rules directory and returns its path. */
export function writeFixture(f: LintFixture): string {
  const dir = mkdtempSync(join(tmpdir(), `lint-${f.name}-`));
  for (const [file, text] of Object.entries(fixtureFiles(f))) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
