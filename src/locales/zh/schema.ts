import type { SchemaWording } from '../schema-wording.js';

export const schemaZh: SchemaWording = {
  requiredUntil: (p) => `date 不晚于 ${p.expired} 时须填写 ${p.field}`,
  requiredWhen: (p) => `${p.when}${p.negated ? '不为' : '为'} ${p.values.join('、')} 时须填写 ${p.field}`,
  refusedEventType: (p) =>
    `予以受理但不作审核：专利授权阶段已不再给予资助。此类事项列入审核结果的 excludedEvents（代码 ${p.code}），申报的其他事项照常审核；仅读取事项类型和事项编号。`,
};
