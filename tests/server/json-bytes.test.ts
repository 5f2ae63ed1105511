import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/index.js';
import { utf8Bytes } from '../../src/server/json-bytes.js';
import { localize } from '../../src/server/localize.js';
import { EXAMPLES } from './http.js';

/*
 * utf8Bytes must give exactly Buffer.from(text, 'utf8'): the service's
 * decision bodies went from strings to these bytes without changing a byte.
 */

describe('utf8Bytes', () => {
  const policy = loadPolicy({ year: 2026 });

  it('gives the UTF-8 of the 59 example decisions, with and without ?lang=', () => {
    for (const app of EXAMPLES) {
      const d = policy.evaluateSync(app);
      for (const value of [d, localize(d, 'zh'), localize(d, 'en')]) {
        const json = JSON.stringify(value);
        expect(utf8Bytes(json).equals(Buffer.from(json, 'utf8'))).toBe(true);
      }
    }
  });

  it('encodes every kind of character as Buffer.from does: ASCII, Chinese, a surrogate pair, escapes', () => {
    const json = JSON.stringify({ a: 'plain', zh: '注册地在河源市', emoji: '😀', lone: 'x\ud800y', ctl: '\u0000\n"\\' });
    expect(utf8Bytes(json).equals(Buffer.from(json, 'utf8'))).toBe(true);
  });

  it('returns bytes of their own: a later call does not change an earlier answer', () => {
    const first = utf8Bytes('"第一"');
    const copy = Buffer.from(first);
    utf8Bytes('"second, longer than the first"');
    expect(first.equals(copy)).toBe(true);
  });

  it('encodes a body larger than its scratch buffer', () => {
    const json = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ i, text: '河源市示例科技有限公司' })));
    expect(json.length * 3).toBeGreaterThan(256 * 1024);
    expect(utf8Bytes(json).equals(Buffer.from(json, 'utf8'))).toBe(true);
  });
});
