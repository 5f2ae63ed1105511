import { parse as parseAst, type ValueNode } from '@humanwhocodes/momoa';
import { type Issue, makeIssue, type PathSegment } from './issues.js';
import type { Result } from './load-rules.js';

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
 * Parses JSON text: the value, or `invalid-json` (with line and column) or
 * one `duplicate-key` issue per repeated key, each with the path of the key.
 */
export function parseJsonText(text: string, file?: string): Result<unknown> {
  let body: ValueNode;
  try {
    body = parseAst(stripBom(text), { mode: 'json', allowTrailingCommas: false }).body;
  } catch (err) {
    return { ok: false, issues: [makeIssue('invalid-json', [], { detail: syntaxDetail(err) }, file)] };
  }
  const issues: Issue[] = [];
  let value: unknown;
  try {
    value = toValue(body, [], issues, file);
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

function toValue(node: ValueNode, path: PathSegment[], issues: Issue[], file: string | undefined): unknown {
  switch (node.type) {
    case 'Object': {
      const out: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name;
        const at = [...path, key];
        if (seen.has(key)) issues.push(makeIssue('duplicate-key', at, { key }, file));
        seen.add(key);
        // defineProperty, as JSON.parse does: `out[key] = …` with "__proto__"
        // would set the prototype instead of making a key.
        Object.defineProperty(out, key, { value: toValue(member.value, at, issues, file), writable: true, enumerable: true, configurable: true });
      }
      return out;
    }
    case 'Array':
      return node.elements.map((e, i) => toValue(e.value, [...path, i], issues, file));
    case 'String':
    case 'Number':
    case 'Boolean':
      return node.value;
    case 'Null':
      return null;
    default:
      // NaN and Infinity exist only in json5 mode, which is never used here.
      throw new TypeError(`unexpected JSON node ${node.type}`);
  }
}
