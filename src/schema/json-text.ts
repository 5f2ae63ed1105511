import type { Issue, PathSegment, Result } from '../core/issue.js';
import { parse as parseAst, type ValueNode } from '@humanwhocodes/momoa';
import { makeIssue } from '../locales/issue.js';

/*
 * JSON text -> value, strictly. JSON.parse silently keeps the last of two
 * equal keys, so a rule or guideline file with `"clauseCap"` written twice
 * would lose a figure without a word; this parser reports every duplicate with
 * its path instead. A leading BOM (what spreadsheet programs and Windows
 * editors write) is removed rather than being a syntax error. Everything else
 * is exactly JSON.parse's grammar and result.
 */

const BOM = 0xfeff;

/** Removes one leading byte-order mark, if there is one. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

/**
 * Parses JSON text: the value, or `invalid-json` (with JSON.parse's reason)
 * or one `duplicate-key` issue per repeated key, each with the path of the key.
 * JSON.parse decides the grammar and the value (momoa is laxer: it takes a raw
 * tab inside a string); the momoa syntax tree is only read for duplicates.
 */
export function parseJsonText(text: string, file?: string): Result<unknown> {
  const body = stripBom(text);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    return { ok: false, issues: [makeIssue('invalid-json', [], { detail: syntaxDetail(err) }, file)] };
  }
  const issues: Issue[] = [];
  try {
    findDuplicates(parseAst(body, { mode: 'json', allowTrailingCommas: false }).body, [], issues, file);
  } catch (err) {
    // Only a nesting deep enough to exhaust the stack gets here.
    return { ok: false, issues: [makeIssue('invalid-json', [], { detail: syntaxDetail(err) }, file)] };
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

function syntaxDetail(err: unknown): string {
  if (err instanceof RangeError) return 'nested too deeply';
  return err instanceof Error ? err.message : String(err);
}

function findDuplicates(node: ValueNode, path: PathSegment[], issues: Issue[], file: string | undefined): void {
  if (node.type === 'Array') {
    node.elements.forEach((e, i) => findDuplicates(e.value, [...path, i], issues, file));
  } else if (node.type === 'Object') {
    const seen = new Set<string>();
    for (const member of node.members) {
      const key = member.name.type === 'String' ? member.name.value : member.name.name;
      const at = [...path, key];
      if (seen.has(key)) issues.push(makeIssue('duplicate-key', at, { key }, file));
      seen.add(key);
      findDuplicates(member.value, at, issues, file);
    }
  }
}
