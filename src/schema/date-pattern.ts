/*
 * JSON Schema cannot compare dates, but a YYYY-MM-DD string sorts as its date
 * does, so "on or before D" is a regular expression: D itself, or D's first
 * k characters followed by a smaller digit and then any digits. Whether the
 * string is a real calendar date is checked elsewhere (the `date` format).
 */

/** A pattern matching the ISO dates (YYYY-MM-DD) on or before `date`. */
export function onOrBeforePattern(date: string): string {
  const anyDigits = (s: string) => s.replace(/[0-9]/g, '[0-9]');
  const alternatives = [date];
  for (let i = 0; i < date.length; i++) {
    const c = date[i]!;
    if (c < '1' || c > '9') continue;
    const smaller = c === '1' ? '0' : `[0-${String.fromCharCode(c.charCodeAt(0) - 1)}]`;
    alternatives.push(date.slice(0, i) + smaller + anyDigits(date.slice(i + 1)));
  }
  return `^(?:${alternatives.join('|')})$`;
}
