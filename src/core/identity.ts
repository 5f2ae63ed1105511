/*
 * What counts as the same subject. Keys compared for once-only, take-the-higher
 * groups, history and duplicate detection come from other systems and from
 * people typing: a trailing space, a full-width letter, a zero-width space or
 * lower case must not make one patent, one GI product or one applicant into
 * two, each paid. Every such key is compared by its identity, never as typed;
 * decisions still show the key as the applicant wrote it.
 */

// Format characters (Unicode Cf: zero-width space and joiners, BOM, soft hyphen, bidi marks) are invisible: never part of an identity.
const INVISIBLE = /\p{Cf}/gu;
const WHITESPACE = /\s/gu;

/**
 * A CNIPA application or patent number once normalised: an optional ZL/CN
 * prefix, 12 digits (from 2003: year, type, 7-digit serial) or 8 digits
 * (before: 2-digit year, type, 5-digit serial), an optional dot, one check
 * character (a digit or X). Only the shape is checked: the check character's
 * algorithm is not confirmed from an official source here (docs/choices.md).
 */
const PATENT = /^(?:zl|cn)?([0-9]{12}|[0-9]{8})\.?([0-9x])$/;

// Printable ASCII without spaces is already its own NFKC form, with no format or space character to drop:
// the usual id or patent number skips the three passes over the string.
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

function folded(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(WHITESPACE, '').toLowerCase();
}

/**
 * The identity of a key: NFKC (full-width forms become ASCII), invisible
 * characters and all whitespace removed, case folded (no id, name or code
 * here tells subjects apart by case), and a patent number in its one
 * canonical form `zl<digits>.<check>`.
 */
export function identityKey(text: string): string {
  const f = folded(text);
  const patent = PATENT.exec(f);
  return patent ? `zl${patent[1]}.${patent[2]}` : f;
}

/** Whether `text` is a CNIPA application or patent number in any of its usual spellings (`ZL 2023 1 0123456.7`, `202310123456.7`, full-width…). */
export function isPatentNumber(text: string): boolean {
  return PATENT.test(folded(text));
}

/** A patent number written as CNIPA does, `ZL202310123456.7`; null for text that is not one. */
export function canonicalPatentNumber(text: string): string | null {
  const patent = PATENT.exec(folded(text));
  return patent ? `ZL${patent[1]}.${patent[2]!.toUpperCase()}` : null;
}

/**
 * Who an applicant is, for the per-applicant cap and duplicate detection: the
 * unified social credit code where the applicant has one (validated, so
 * already canonical), else the identity of the applicant id.
 */
export function applicantIdentity(applicant: { id: string; creditCode?: string | undefined }): string {
  const code = Object.prototype.hasOwnProperty.call(applicant, 'creditCode') ? applicant.creditCode : undefined;
  return typeof code === 'string' ? `credit:${code}` : `id:${identityKey(applicant.id)}`;
}
