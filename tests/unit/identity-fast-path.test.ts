import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityKey } from '../../src/core/identity.js';

// The full folding every identity key went through before the ASCII fast path, written out here as the reference.
const PATENT = /^(?:zl|cn)?([0-9]{12}|[0-9]{8})\.?([0-9x])$/;
function reference(text: string): string {
  const f = text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s/gu, '')
    .toLowerCase();
  const p = PATENT.exec(f);
  return p ? `zl${p[1]}.${p[2]}` : f;
}

describe('identity keys: the printable-ASCII fast path folds exactly as the full path', () => {
  it('for any string of printable ASCII, with or without spaces (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...' !"#%&*+-./0123456789:;<=>?@ABCXZ[\\]^_`abcxz{|}~'.split('')) }),
        (s) => identityKey(s) === reference(s),
      ),
      {
        numRuns: 2000,
      },
    );
  });
  it('for the ids and patent numbers the examples use, and the variants a hostile applicant sends', () => {
    for (const s of [
      'A-001',
      'ZL202110000001.X',
      'zl202110000001x',
      'ZL202110000001.X ',
      'Ｚ L202110000001.X',
      'ZL\u200b202110000001.X',
      '河源米粉',
      'HY-001\t',
    ])
      expect(identityKey(s)).toBe(reference(s));
    expect(identityKey('ZL202110000001.X')).toBe(identityKey('Ｚ L202110000001.x'));
  });
});
