import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode, orgCodeCheckChar } from '../../src/core/credit-code.js';

describe('unified social credit code (GB 32100-2015)', () => {
  // Published codes of real companies: both check characters hold.
  it.each(['9144030071526726XG', '91440300708461136T'])('%s is valid', (c) => expect(isValidCreditCode(c)).toBe(true));

  it('the organisation code check of 71526726 is X (GB 11714: 11 − 199 mod 11 = 10)', () => expect(orgCodeCheckChar('71526726')).toBe('X'));
  it('the code check of 9144030071526726X is G', () => expect(creditCodeCheckChar('9144030071526726X')).toBe('G'));

  it.each([
    ['9144030071526726XH', 'wrong final check character'],
    ['91440300715267260G', 'wrong organisation-code check character (recomputed final)'],
    ['9144030071526726X', 'too short'],
    ['9144030071526726XGG', 'too long'],
    ['9144030071526726xg', 'lower case'],
    ['9I44030071526726XG', 'I is not in the alphabet'],
    ['91440A0071526726XG', 'letters in the division code'],
  ])('%s is refused: %s', (c) => expect(isValidCreditCode(c)).toBe(false));

  it('a code whose final check was recomputed still fails when the organisation check is wrong', () => {
    const first17 = '9144030071526726' + '0';
    expect(isValidCreditCode(first17 + creditCodeCheckChar(first17))).toBe(false);
  });

  it('agrees with the two standards written out plainly, on random and on valid codes', () => {
    // GB 32100 and GB 11714 as the standards state them: alphabet positions by indexOf, the patterns as regexes
    const A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const OW = [3, 7, 9, 10, 5, 8, 4, 2];
    const check = (s: string) => A[(31 - ([...s.slice(0, 17)].reduce((n, c, i) => n + A.indexOf(c) * W[i]!, 0) % 31)) % 31];
    const orgCheck = (s: string) => {
      const r = 11 - ([...s].reduce((n, c, i) => n + parseInt(c, 36) * OW[i]!, 0) % 11);
      return r === 10 ? 'X' : r === 11 ? '0' : String(r);
    };
    const reference = (c: string) =>
      /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(c) &&
      c[17] === check(c) &&
      /^[0-9A-Z]{8}[0-9X]$/.test(c.slice(8, 17)) &&
      c[16] === orgCheck(c.slice(8, 16));
    const ch = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const body = fc.array(ch, { minLength: 16, maxLength: 16 }).map((cs) => cs.join(''));
    // a body with both checks computed, so that valid codes are common
    const valid = body.map((b) => {
      const b16 = b.slice(0, 8).replace(/[^0-9]/g, '1') + b.slice(8, 16).replace(/[IOSVZ]/g, 'A');
      const withOrg = b16 + orgCheck(b16.slice(8, 16));
      return withOrg + check(withOrg);
    });
    fc.assert(
      fc.property(
        fc.oneof(
          body.map((b) => b + 'AB'),
          valid,
        ),
        (c) => isValidCreditCode(c) === reference(c),
      ),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(valid, (c) => isValidCreditCode(c) === reference(c) && (reference(c) || /[IOSVZ]/.test(c))),
      { numRuns: 2_000 },
    );
  });
});
