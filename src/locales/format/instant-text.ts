/*
 * A moment (an ISO 8601 instant in UTC, as `decidedAt` is recorded) as the
 * reviewer's clock shows it: China Standard Time, UTC+8 all year. Only UTC
 * arithmetic is used, so the machine's time zone changes nothing.
 */

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z$/;
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** "2026-11-30T18:52:07Z" → 2026-12-01 02:52 in Beijing; null for text that is not such an instant. */
export function beijingWallTime(iso: string): WallTime | null {
  const m = INSTANT.exec(iso);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  // Date.UTC rolls 30 February over into March: such text is no instant.
  const check = new Date(utc);
  if (check.getUTCDate() !== Number(m[3]) || check.getUTCHours() !== Number(m[4]) || check.getUTCMinutes() !== Number(m[5])) return null;
  const t = new Date(utc + CST_OFFSET_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes() };
}

export const twoDigits = (n: number) => String(n).padStart(2, '0');
