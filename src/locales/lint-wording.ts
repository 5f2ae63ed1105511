// What every language must word for `lint` beyond the issue codes themselves
// (src/rules/lint.ts builds it; each src/locales/<lang>/lint.ts words it).

export interface LintWording {
  /** A problem inside a guideline's patch, with the clause the patch adjusts named after it. */
  inPatchOf(p: { message: string; clause: string; article: string }): string;
}
