/*
 * An independent oracle for the amount arithmetic: everything in BigInt fen
 * (rates in millionths), written from the rule format, sharing no code with
 * src/ beyond nothing at all. If decimal.js, a precision setting or a rounding
 * mode ever drifts, the library and this file disagree.
 */

/** "12.3" -> 1230n; money strings have at most two decimals. */
export function fenOf(text: string): bigint {
  const [y, f = ''] = text.split('.');
  return BigInt(y!) * 100n + BigInt((f + '00').slice(0, 2));
}

/** "0.305" -> 305000n millionths. */
export function microOf(rate: string): bigint {
  const [i, f = ''] = rate.split('.');
  return BigInt(i!) * 1_000_000n + BigInt((f + '000000').slice(0, 6));
}

export function fenText(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const a = fen < 0n ? -fen : fen;
  return `${sign}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

/** n / d rounded half-up (away from zero on a tie) for n ≥ 0, d > 0. */
export function divHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

export const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

export function percentOf(rate: string, of: string[], less: string[]): bigint {
  const sum = of.reduce((s, x) => s + fenOf(x), 0n) - less.reduce((s, x) => s + fenOf(x), 0n);
  const base = sum < 0n ? 0n : sum;
  return divHalfUp(microOf(rate) * base, 1_000_000n);
}

export function perUnit(unit: string, count: number): bigint {
  return fenOf(unit) * BigInt(count);
}

export interface OracleClaim {
  part: string;
  fen: bigint;
  applicantId: string;
  article: string;
  subject: string;
}

function articleKey(a: string): [number, number] {
  const [x, y] = a.split('.');
  return [Number(x), Number(y)];
}

function tieBreak(a: OracleClaim, b: OracleClaim): number {
  if (a.applicantId !== b.applicantId) return a.applicantId < b.applicantId ? -1 : 1;
  const [a1, a2] = articleKey(a.article);
  const [b1, b2] = articleKey(b.article);
  if (a1 !== b1) return a1 - b1;
  if (a2 !== b2) return a2 - b2;
  return a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0;
}

/**
 * Largest remainders: per part whose paid claims ask for more than its
 * budget, each gets ⌊a·B/R⌋ fen, then the fen left go one each to the largest
 * remainders a·B mod R (ties by applicant, article, subject).
 */
export function prorate(claims: OracleClaim[], budgets: Record<string, string>, parts: string[]): bigint[] {
  const out = claims.map((c) => c.fen);
  for (const part of parts) {
    const idx = claims.map((c, i) => (c.part === part && c.fen > 0n ? i : -1)).filter((i) => i >= 0);
    const B = fenOf(budgets[part] ?? '0');
    const R = idx.reduce((s, i) => s + claims[i]!.fen, 0n);
    if (R <= B) continue;
    const rems = idx.map((i) => {
      out[i] = (claims[i]!.fen * B) / R;
      return { i, rem: (claims[i]!.fen * B) % R };
    });
    let left = B - idx.reduce((s, i) => s + out[i]!, 0n);
    rems.sort((x, y) => (x.rem === y.rem ? tieBreak(claims[x.i]!, claims[y.i]!) : x.rem > y.rem ? -1 : 1));
    for (const { i } of rems) {
      if (left <= 0n) break;
      out[i] = out[i]! + 1n;
      left -= 1n;
    }
  }
  return out;
}
