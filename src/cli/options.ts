import { InvalidArgumentError } from 'commander';
import type { Lang } from './exit.js';

export function parseYear(value: string): number {
  if (!/^[0-9]{4}$/.test(value)) throw new InvalidArgumentError('expected a four-digit year, e.g. 2026');
  return Number.parseInt(value, 10);
}

export function parseLang(value: string): Lang {
  if (value !== 'zh' && value !== 'en') throw new InvalidArgumentError('expected zh or en');
  return value;
}
