/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters
 * from a 31-character alphabet, the last a check character over the first 17;
 * characters 9–17 are an organisation code (GB 11714) with its own check
 * character in position 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

// Each character's value in ALPHABET by char code, -1 where it is not in it: one
// lookup instead of a scan per character (every enterprise application checks one code).
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** The GB 32100 check character of the first 17 characters of `code` (a whole code may be passed). */
export function creditCodeCheckChar(code: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += VALUE[code.charCodeAt(i)]! * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** The GB 11714 check character of the 8-character organisation code body starting at `from`. */
export function orgCodeCheckChar(code: string, from = 0): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = code.charCodeAt(from + i);
    const v = c >= 48 && c <= 57 ? c - 48 : c - 55; // digits 0-9, letters A=10 … Z=35
    sum += v * ORG_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function isValidCreditCode(code: unknown): code is string {
  if (typeof code !== 'string' || !SHAPE.test(code)) return false;
  if (code[17] !== creditCodeCheckChar(code)) return false;
  // the organisation code, characters 9–17: [0-9A-Z]{8} then [0-9X] (SHAPE already excludes I, O, S, V, Z)
  const last = code.charCodeAt(16);
  if (!((last >= 48 && last <= 57) || last === 88)) return false;
  return code[16] === orgCodeCheckChar(code, 8);
}
