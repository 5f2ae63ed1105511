import * as z from 'zod';
import { figure, figureText, ZERO } from '../../core/money.js';
import { resolvePath } from '../../core/path.js';
import type { FieldType } from '../field-types.js';
import { moneySchema, rulePathSchema } from '../primitives.js';
import type { AmountFormDef } from './form.js';

/** `null` marks a level that exists in the schema but is not eligible. */
const schema = z.strictObject({
  form: z.literal('byLevel'),
  /** One path, or several whose values are joined with ":" to make the key. */
  path: z.union([rulePathSchema, z.array(rulePathSchema).min(2).max(4)]),
  table: z.record(z.string().min(1).max(128), moneySchema.nullable()),
});
export type ByLevelAmount = z.output<typeof schema>;

const pathsOf = (a: ByLevelAmount): string[] => (typeof a.path === 'string' ? [a.path] : a.path);

/** Every combination of the key fields' values, joined with ":" as `compute` joins them. */
function keyValues(types: FieldType[]): string[] | null {
  let keys = [''];
  for (const [i, t] of types.entries()) {
    const values = t.kind === 'enum' ? t.values : t.kind === 'boolean' ? ['true', 'false'] : null;
    if (!values) return null;
    keys = keys.flatMap((k) => values.map((v) => (i === 0 ? v : `${k}:${v}`)));
  }
  return keys;
}

/** A figure looked up in a table by the value of one or more event fields (an award's level). */
export const byLevel: AmountFormDef<ByLevelAmount> = {
  form: 'byLevel',
  schema,
  figures: (a) => Object.entries(a.table).map(([key, value]) => [`table:${key}`, value]),
  lowerable: ['table'],
  reads: (a) => pathsOf(a).map((path, i) => ({ path, at: typeof a.path === 'string' ? ['amount', 'path'] : ['amount', 'path', i], kinds: null })),
  compute(a, event) {
    const inputs: Record<string, string | number> = {};
    // the key and the inputs in one pass over the paths (joined with ":")
    let key = '';
    if (typeof a.path === 'string') {
      key = String(resolvePath(event, a.path));
      inputs[a.path] = key;
    } else {
      for (let i = 0; i < a.path.length; i++) {
        const p = a.path[i]!;
        const v = String(resolvePath(event, p));
        inputs[p] = v;
        key = i === 0 ? v : `${key}:${v}`;
      }
    }
    const entry = Object.prototype.hasOwnProperty.call(a.table, key) ? a.table[key] : undefined;
    if (entry === undefined || entry === null) {
      return { value: ZERO, text: '0.00', cap: null, computation: { form: 'byLevel', inputs, key, figure: null, formula: `${key} → —` } };
    }
    const shown = figureText(entry);
    return { value: figure(entry), text: shown, cap: null, computation: { form: 'byLevel', inputs, key, figure: entry, formula: `${key} → ${shown}` } };
  },
  describe(a, w, names) {
    const paths = pathsOf(a);
    const lines = [`  ${w.byLevel(paths.map((p) => names.field(p)))}`];
    for (const [key, value] of Object.entries(a.table)) lines.push(`    ${w.tableRow({ key: names.key(paths, key), value })}`);
    return lines;
  },
  // The table must have exactly the keys the fields can make: a missing one pays nothing, an extra one never pays.
  lint(a, ctx) {
    const paths = pathsOf(a);
    const types = paths.map((p) => ctx.typeOf(p));
    if (types.some((t) => t === undefined)) return;
    const field = paths.map((p) => `event ${p}`).join(' : ');
    const allowed = keyValues(types as FieldType[]);
    if (!allowed) {
      const bad = (types as FieldType[]).find((t) => t.kind !== 'enum' && t.kind !== 'boolean')!;
      ctx.add('table-coverage', ['amount', 'path'], { reason: 'not-enum', field, received: ctx.kindName(bad) });
      return;
    }
    const keys = Object.keys(a.table);
    for (const k of allowed) if (!keys.includes(k)) ctx.add('table-coverage', ['amount', 'table'], { reason: 'missing', key: k, field });
    for (const k of keys) if (!allowed.includes(k)) ctx.add('table-coverage', ['amount', 'table', k], { reason: 'extra', key: k, field, allowed });
  },
};
