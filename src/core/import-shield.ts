import { beginShield, endShield } from './host-shield.js';

/*
 * Imported first by each entry point (src/index.ts, src/browser.ts): the
 * module bodies that follow (zod's among them, which walk tables with for…in)
 * run with the host's Object.prototype keys set aside; the entry point calls
 * `endImportShield` as its last statement.
 */
beginShield();

export function endImportShield(): void {
  endShield();
}
