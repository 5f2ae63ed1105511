import type { SchemaWording } from '../schema-wording.js';

export const schemaEn: SchemaWording = {
  requiredUntil: (p) => `${p.field} is required when date is on or before ${p.expired}`,
  requiredWhen: (p) => `${p.field} is required when ${p.when} is ${p.negated ? 'not ' : ''}${p.values.map((v) => JSON.stringify(v)).join(' or ')}`,
  refusedEventType: (p) =>
    `Accepted and excluded, not decided: patent grants are no longer subsidised. The Decision lists such an event under excludedEvents (code ${p.code}) and decides the application's other events; only the event's type and id are read.`,
};
