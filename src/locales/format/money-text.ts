/*
 * Amounts as a reviewer reads them: thousands separators on every figure
 * (80,000.00), and the capital-numeral amount (大写金额) a filing copy carries
 * so that a figure cannot be altered. Both work on the two-decimal strings of a
 * Decision, digit by digit: no amount ever passes through a JS number.
 */

const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;

/** "1234567.5" → "1,234,567.50"; text that is not an amount comes back as it is. */
export function groupedYuan(amount: string): string {
  const m = AMOUNT.exec(amount);
  if (!m) return amount;
  const int = m[1]!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${int}.${(m[2] ?? '').padEnd(2, '0')}`;
}

/** Every plain amount (four or more integer digits, or two decimals) inside a sentence, grouped. */
export function groupAmountsIn(text: string): string {
  return text.replace(/(?<![\d.,:A-Za-z-])(\d{4,}(?:\.\d{1,2})?|\d{1,3}\.\d{2})(?!\d|[.,]\d|[A-Za-z-])/g, (s) => {
    // four digits without fen are a year as often as an amount (2026年度, the 2026 guideline): left alone
    if (/^\d{4}$/.test(s)) return s;
    return s.includes('.') ? groupedYuan(s) : s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  });
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL = ['', '拾', '佰', '仟'];
const BIG = ['', '万', '亿', '万亿'];

/** One group of four digits in capitals, with 零 where a gap is read aloud. */
function fourDigits(group: string): string {
  let out = '';
  let zero = false;
  const d = group.padStart(4, '0');
  for (let i = 0; i < 4; i++) {
    const n = d.charCodeAt(i) - 48;
    if (n === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[n]! + SMALL[3 - i]!;
  }
  return out;
}

/**
 * The amount in capital numerals, as a Chinese financial document writes it.
 *
 * @example
 * capitalYuan('68376.07') // 陆万捌仟叁佰柒拾陆元零柒分
 * capitalYuan('80000.00') // 捌万元整
 */
export function capitalYuan(amount: string): string {
  const m = AMOUNT.exec(amount);
  if (!m) return amount;
  const int = m[1]!.replace(/^0+(?=\d)/, '');
  const [jiao, fen] = (m[2] ?? '')
    .padEnd(2, '0')
    .split('')
    .map((c) => c.charCodeAt(0) - 48) as [number, number];
  const groups: string[] = [];
  for (let end = int.length; end > 0; end -= 4) groups.unshift(int.slice(Math.max(0, end - 4), end));
  let yuan = '';
  let gap = false;
  groups.forEach((g, i) => {
    const big = BIG[groups.length - 1 - i]!;
    if (/^0+$/.test(g)) {
      gap = yuan !== '';
      return;
    }
    if ((gap || (yuan !== '' && g.startsWith('0'))) && yuan !== '') yuan += '零';
    gap = false;
    yuan += fourDigits(g) + big;
  });
  const hasYuan = yuan !== '';
  let out = hasYuan ? `${yuan}元` : '';
  if (jiao === 0 && fen === 0) return hasYuan ? `${out}整` : '零元整';
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (hasYuan) out += '零';
  if (fen > 0) out += `${DIGITS[fen]}分`;
  else out += '整';
  return out;
}
