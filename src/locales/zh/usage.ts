import type { UsageWording } from '../usage-wording.js';

export const usageZh: UsageWording = {
  'options-not-object': (p) => `参数应为对象，例如 ${p.expected}`,
  'rules-not-object': () => '规则应为对象 { policy, clauses, guidelines }',
  'year-not-guideline-year': (p) => `年度 ${p.received} 与申报指南的年度 ${p.expected} 不一致`,
  'no-year-or-guideline': () => '请指定年度（loadPolicy({ year: 2026 })）或申报指南',
  'engine-is-async': () => '参照求值器（json-rules-engine）为异步执行，请使用 evaluate()',
  'applications-not-iterable': () => '申报数据应为数组或（异步）可迭代对象',
  'draft-not-object': () => '申报指南草案应为对象',
  'base-not-year-or-object': () => '测算基准应为年度（如 2026）或申报指南对象',
  'request-unreadable': () => '请求无法解析',
};
