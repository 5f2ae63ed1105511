import * as z from 'zod';
import { isCalendarDate } from '../core/calendar.js';
import { isValidCreditCode } from '../core/credit-code.js';
import { isPatentNumber } from '../core/identity.js';
import { MONEY_PATTERN, RATE_PATTERN } from '../core/money.js';
import { isRulePath } from '../core/path.js';

/*
 * Each schema tags its own failures with a message key (`money`, `date`, …)
 * which `fromZodIssue` turns into a coded, bilingual issue. A missing value
 * keeps zod's default so that it reads as "required field is missing".
 */
const tagged = (key: string) => (iss: { input?: unknown }) => (iss.input === undefined ? undefined : key);

/** Yuan as a decimal string: "98000.50". Never a JSON number. */
export const moneySchema = z
  .string({ error: tagged('money') })
  .regex(MONEY_PATTERN, { error: 'money' })
  .meta({ description: 'yuan as a decimal string with at most two decimals, e.g. "98000.50"' });

export const rateSchema = z
  .string({ error: tagged('rate') })
  .regex(RATE_PATTERN, { error: 'rate' })
  .meta({ description: 'a rate between 0 and 1 as a decimal string, e.g. "0.30"' });

/** A calendar date YYYY-MM-DD (China Standard Time, no time part). */
export const dateSchema = z
  .string({ error: tagged('date') })
  .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { error: 'date', abort: true })
  .refine(isCalendarDate, { error: 'date' })
  .meta({ description: 'a calendar date YYYY-MM-DD', format: 'date' });

export const countSchema = z
  .number({ error: tagged('count') })
  .int({ error: 'count' })
  .min(0, { error: 'count' })
  .max(1_000_000_000, { error: 'count' });

export const creditCodeSchema = z
  .string({ error: tagged('credit-code') })
  .refine(isValidCreditCode, { error: 'credit-code' })
  .meta({ description: 'unified social credit code, GB 32100-2015' });

/** Free text: bounded so a hostile input cannot make us hold megabytes per field. */
export const MAX_TEXT = 65_536;
export const textSchema = z.string().min(1).max(MAX_TEXT);
export const idSchema = z.string().min(1).max(256);

/** A CNIPA application or patent number in any usual spelling (`ZL202310123456.7`, `ZL 2023 1 0123456.7`, `202310123456.7`); compared in one canonical form. */
export const patentNumberSchema = z
  .string({ error: tagged('patent-number') })
  .max(256, { error: 'patent-number', abort: true })
  .refine(isPatentNumber, { error: 'patent-number' })
  .meta({ description: 'a CNIPA application or patent number, e.g. "ZL202310123456.7"' });

export const bilingualSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

export const rulePathSchema = z
  .string({ error: tagged('path') })
  .refine(isRulePath, { error: 'path' })
  .meta({ description: 'a dotted path on own fields, e.g. "$.interestPaid"' });

export const periodSchema = z.strictObject({ from: dateSchema, to: dateSchema });
