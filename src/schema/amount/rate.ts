import { money } from '../../core/money.js';

/** "0.30" → "30": a rate as the percentage people read. */
export function percentText(rate: string): string {
  return money(rate).times(100).toString();
}
