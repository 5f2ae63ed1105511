import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode, orgCodeCheckChar } from '../../src/credit-code.js';

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
});
