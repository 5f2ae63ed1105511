import type { SchemaWording } from '../schema-wording.js';

export const schemaEn: SchemaWording = {
  requiredUntil: (p) => `${p.field} is required when date is on or before ${p.expired}`,
  requiredWhen: (p) => `${p.field} is required when ${p.when} is ${p.negated ? 'not ' : ''}${p.values.map((v) => JSON.stringify(v)).join(' or ')}`,
};
