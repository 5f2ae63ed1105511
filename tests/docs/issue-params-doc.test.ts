import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueParamsTable } from './issue-params-doc.js';

describe('docs/choices.md "Issues for forms"', () => {
  it('lists exactly the keys ISSUE_PARAMS declares for each code', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'choices.md'), 'utf8');
    const block = /<!-- issue-params:start[^>]*-->\n([\s\S]*?)\n<!-- issue-params:end -->/.exec(doc);
    expect(block, 'the generated block is missing').not.toBeNull();
    expect(block![1]).toBe(issueParamsTable());
  });
});
