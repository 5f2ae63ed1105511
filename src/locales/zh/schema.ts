import type { SchemaWording } from '../schema-wording.js';

export const schemaZh: SchemaWording = {
  requiredUntil: (p) => `date 不晚于 ${p.expired} 时须填写 ${p.field}`,
  requiredWhen: (p) => `${p.when}${p.negated ? '不为' : '为'} ${p.values.join('、')} 时须填写 ${p.field}`,
};
