import { amountForm } from '../schema/amount/registry.js';
import type { BaseAmount } from '../schema/amount/form.js';
import type { Amount } from '../schema/clause.js';

export type { BaseAmount, Computation } from '../schema/amount/form.js';

/*
 * The base amount of an item: the clause's amount form applied to its event,
 * in exact decimals, rounded once to the fen (half-up). The item cap is not
 * applied here: it is the first adjustment, so a reviewer sees it cut.
 */
export function baseAmount(amount: Amount, event: unknown): BaseAmount {
  return amountForm(amount.form).compute(amount, event);
}
