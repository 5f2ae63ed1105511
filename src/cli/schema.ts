import { type Command, InvalidArgumentError } from 'commander';
import { bundledTransition, bundledVocabulary } from '../heyuan/application.js';
import { jsonSchemaFor, SCHEMA_TARGETS, type SchemaTarget } from '../schema/json-schema.js';
import { EXIT } from './exit.js';

/*
 * JSON Schema for editors and for generating client classes, made from the
 * zod schemas the library validates with (src/schema/json-schema.ts), so the
 * two cannot drift. Input form: a field with a default (`events`,
 * `higherLevelFunding`, …) is optional, as it is to a person writing the
 * file. Refinements no JSON Schema can state (credit-code check digits, real
 * calendar dates) are still checked by `heyuan-ip check`.
 */

function target(value: string): SchemaTarget {
  if (!(SCHEMA_TARGETS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${SCHEMA_TARGETS.join(', ')}`);
  return value as SchemaTarget;
}

export function applicationJsonSchema(to: SchemaTarget = '2020-12'): Record<string, unknown> {
  return jsonSchemaFor('application', to, bundledVocabulary, bundledTransition);
}

export function rulesJsonSchemas(to: SchemaTarget = '2020-12'): Record<'clause' | 'guideline' | 'policy', Record<string, unknown>> {
  return {
    clause: jsonSchemaFor('clause', to, bundledVocabulary),
    guideline: jsonSchemaFor('guideline', to, bundledVocabulary),
    policy: jsonSchemaFor('policy', to, bundledVocabulary),
  };
}

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of an application, a decision (--decision) or the rule files (--rules) | 输出数据结构（JSON Schema）')
    .option('--rules', 'the schemas of a clause, a guideline and the policy file, as { clause, guideline, policy }')
    .option('--decision', 'the schema of a Decision, what check --format json and the service return')
    .option('--target <target>', `draft-07 | 2020-12 | openapi-3.0`, target, '2020-12' as SchemaTarget)
    .action((opts: { rules?: boolean; decision?: boolean; target: SchemaTarget }) => {
      const out = opts.rules
        ? rulesJsonSchemas(opts.target)
        : opts.decision
          ? jsonSchemaFor('decision', opts.target, bundledVocabulary)
          : applicationJsonSchema(opts.target);
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      process.exitCode = EXIT.decided;
    });
}
