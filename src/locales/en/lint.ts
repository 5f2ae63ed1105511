import type { LintWording } from '../lint-wording.js';

export const lintEn: LintWording = {
  inPatchOf: (p) => `${p.message} (in the patch of clause ${p.clause}, article ${p.article})`,
};
