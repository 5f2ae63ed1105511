import type { Issue, IssueCode, IssueParamsByCode, PathSegment } from '../core/issue.js';
import { makeIssueInFile } from '../locales/issue.js';
import { ENGINE_FIELDS, type FieldRecord, type Vocabulary } from '../schema/vocabulary.js';

/*
 * What the vocabulary's schema alone cannot check: a named value set that
 * exists, a `requiredWhen` that reads a field of the same record, the fields
 * the engine reads itself, and defaults of the field's own type.
 */
export function vocabularyIssues(v: Vocabulary, file: string): Issue[] {
  const out: Issue[] = [];
  const add = <C extends IssueCode>(code: C, path: PathSegment[], params: IssueParamsByCode[C]) => out.push(makeIssueInFile(file, code, path, params));

  // `fact` and `scope` as a clause's path names them (the event fact of one type, or of every type: '*'), so the message names the record.
  const checkRecord = (record: FieldRecord, at: PathSegment[], siblings: FieldRecord['fields'], fact: string, scope = '') => {
    for (const [name, f] of Object.entries(record.fields)) {
      const path = [...at, 'fields', name];
      if (f.type === 'enum' && typeof f.values === 'string' && !Object.prototype.hasOwnProperty.call(v.valueSets, f.values)) {
        add('invalid-value', [...path, 'values'], { received: JSON.stringify(f.values), allowed: Object.keys(v.valueSets) });
      }
      if (f.requiredWhen !== undefined && !Object.prototype.hasOwnProperty.call(siblings, f.requiredWhen.field)) {
        add('unknown-field-path', [...path, 'requiredWhen', 'field'], { fact, scope, received: JSON.stringify(f.requiredWhen.field), allowed: Object.keys(siblings) });
      }
      if (f.type === 'money' && f.default !== undefined && !/^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/.test(f.default)) {
        add('invalid-money', [...path, 'default'], { received: JSON.stringify(f.default) });
      }
    }
  };
  checkRecord(v.applicant, ['applicant'], v.applicant.fields, 'applicant');
  checkRecord(v.history, ['history'], v.history.fields, 'history');
  checkRecord(v.event, ['event'], v.event.fields, 'event', '*');
  for (const [type, record] of Object.entries(v.eventTypes)) {
    checkRecord(record, ['eventTypes', type], { ...v.event.fields, ...record.fields }, 'event', type);
    for (const name of Object.keys(record.fields)) {
      if (Object.prototype.hasOwnProperty.call(v.event.fields, name)) add('duplicate-key', ['eventTypes', type, 'fields', name], { key: name });
    }
  }
  for (const [recordName, fields] of Object.entries(ENGINE_FIELDS)) {
    const record = v[recordName as keyof typeof ENGINE_FIELDS];
    for (const [name, type] of Object.entries(fields)) {
      const f = Object.prototype.hasOwnProperty.call(record.fields, name) ? record.fields[name] : undefined;
      if (f === undefined) add('missing-field', [recordName, 'fields', name], { expected: type });
      else if (f.type !== type) add('invalid-value', [recordName, 'fields', name, 'type'], { received: JSON.stringify(f.type), allowed: [type] });
    }
  }
  return out;
}
