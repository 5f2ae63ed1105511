import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApplicationInput, GuidelineInput } from '../../src/index.js';
import { pledgeLoan as pledgeLoanEvent } from '../support/golden.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function readJsonFile<T>(rel: string): T {
  return JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T;
}

/** The 2026 guideline as bundled: each draft below is it with one thing changed. */
export function guideline2026(): GuidelineInput {
  return readJsonFile<GuidelineInput>('rules/guidelines/2026.json');
}

export function exampleApplications(): ApplicationInput[] {
  return readFileSync(join(ROOT, 'examples/applications.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ApplicationInput);
}

const enterprise = (id: string, creditCode: string, name: string) => ({
  id,
  name,
  kind: 'enterprise',
  creditCode,
  county: 'yuancheng',
  isSme: true,
  seriousDishonesty: false,
});

/** An enterprise with one registered, repaid pledge loan; the fees are zero, so only 2.6 (interest, 30%) pays. */
export function pledgeLoan(id: string, creditCode: string, interestPaid: string): ApplicationInput {
  return {
    history: [],
    applicant: enterprise(id, creditCode, `${id} 科技有限公司`),
    events: [pledgeLoanEvent({ id: `${id}-E1`, date: '2025-06-20', principal: '5000000', interestPaid, predecessorFunded: false })],
  } as ApplicationInput;
}

/** An individual working in Heyuan with one qualification (5.1: senior 10000, associate senior or patent attorney 5000). */
export function talent(id: string, qualification: 'senior-title' | 'associate-senior-title' | 'patent-attorney'): ApplicationInput {
  return {
    history: [],
    applicant: { id, name: `申报人${id}`, kind: 'individual', county: 'yuancheng', seriousDishonesty: false },
    // Dated before 2025-06-24, so G8 asks whether the previous policy funded it: it did not.
    events: [{ id: `${id}-E1`, type: 'talent-qualification', date: '2025-06-01', qualification, employedInHeyuan: true, predecessorFunded: false }],
  } as ApplicationInput;
}

/** An industry association whose geographical-indication product was approved (2.11: 200000 once per GI). */
export function giProduct(id: string, creditCode: string, giName: string): ApplicationInput {
  return {
    history: [],
    applicant: { id, name: `${giName}协会`, kind: 'industry-association', creditCode, county: 'heping', seriousDishonesty: false },
    events: [{ id: `${id}-E1`, type: 'gi-product-approved', date: '2025-03-18', giName, predecessorFunded: false }],
  } as ApplicationInput;
}

// Credit codes borrowed from the examples (their check characters are right).
export const CODES = {
  a: '91441602MA1126488M',
  b: '91441602MA120567XW',
  c: '91441625MA1284865X',
  assoc: '51441624473977321U',
};
