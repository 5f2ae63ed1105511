import { applicationSchema } from '../heyuan/application.js';
import type { Command } from 'commander';
import * as z from 'zod';
import { clauseSchema } from '../schema/clause.js';
import { guidelineSchema } from '../schema/guideline.js';
import { policySchema } from '../schema/policy.js';
import { EXIT } from './exit.js';

/*
 * JSON Schema for editors, generated from the zod schemas the library
 * validates with, so the two cannot drift. Input form: a field with a
 * default (`events`, `higherLevelFunding`, …) is optional, as it is to a
 * person writing the file. Refinements zod cannot express in JSON Schema
 * (credit-code check digits, real calendar dates) are still checked by
 * `heyuan-ip check`.
 */

function jsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return { $schema: generated.$schema, title, ...generated };
}

export function applicationJsonSchema(): Record<string, unknown> {
  return jsonSchema(applicationSchema, 'heyuan-ip-policy application');
}

export function rulesJsonSchemas(): Record<'clause' | 'guideline' | 'policy', Record<string, unknown>> {
  return {
    clause: jsonSchema(clauseSchema, 'heyuan-ip-policy clause file (rules/clauses/<id>.json)'),
    guideline: jsonSchema(guidelineSchema, 'heyuan-ip-policy guideline file (rules/guidelines/<year>.json)'),
    policy: jsonSchema(policySchema, 'heyuan-ip-policy policy file (rules/policy.json)'),
  };
}

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of an application, or with --rules of the rule files | 输出申报数据的 JSON Schema')
    .option('--rules', 'the schemas of a clause, a guideline and the policy file, as { clause, guideline, policy }')
    .action((opts: { rules?: boolean }) => {
      const out = opts.rules ? rulesJsonSchemas() : applicationJsonSchema();
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      process.exitCode = EXIT.decided;
    });
}
