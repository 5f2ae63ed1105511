/**
 * An amount as people read it: the integer digits of a decimal string grouped
 * by three with commas ("1462000.00" → "1,462,000.00"). String work only, so
 * no amount passes through a float; anything not a plain decimal is returned
 * as it is (a period, a rate shown elsewhere).
 *
 * @example
 * groupThousands('-200000.00') // '-200,000.00'
 * groupThousands('60000')      // '60,000'
 */
export function groupThousands(amount: string): string {
  const m = /^([+-]?)([0-9]+)(\.[0-9]+)?$/.exec(amount);
  if (!m) return amount;
  const [, sign, whole, fraction = ''] = m;
  return `${sign}${whole!.replace(/\B(?=(?:[0-9]{3})+$)/g, ',')}${fraction}`;
}

/** A change with its sign always shown ("+3,000.00", "-200,000.00", "0.00"). */
export function signedAmount(change: string): string {
  const grouped = groupThousands(change);
  return /^-/.test(change) || /^0(\.0+)?$/.test(change) ? grouped : `+${grouped}`;
}
