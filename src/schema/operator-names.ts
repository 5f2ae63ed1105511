// The operators a condition leaf may name. The rule-file schemas and lint need
// the names; only the engine needs what each one does (src/engine/operators.ts,
// whose table is checked against this list at compile time).
export const OPERATOR_NAMES = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'greaterThan',
  'greaterThanInclusive',
  'lessThan',
  'lessThanInclusive',
  'decimalEqual',
  'decimalGreaterThan',
  'decimalGreaterThanInclusive',
  'decimalLessThan',
  'decimalLessThanInclusive',
  'dateOnOrAfter',
  'dateOnOrBefore',
  'dateBetween',
  'noneBetween',
] as const;

export type OperatorName = (typeof OPERATOR_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(OPERATOR_NAMES);

export function isOperatorName(name: unknown): name is OperatorName {
  return typeof name === 'string' && NAMES.has(name);
}
