import type { LintWording } from '../lint-wording.js';

export const lintZh: LintWording = {
  inPatchOf: (p) => `${p.message}（所调整条款：第 ${p.article} 条 ${p.clause}）`,
};
