import type { ExplainWording } from '../explain-wording.js';

/*
 * 说明与 HTML 报告的中文措辞。条件标签是陈述句（“质押已在国家知识产权局办理登记”），
 * 缺失项写成“须满足：……”，说明要改变什么才能获得资助。
 */

const FIGURE_NAMES: Record<string, string> = {
  value: '定额',
  rate: '比例',
  cap: '单项上限',
  unit: '单价',
  clauseCap: '本条款年度上限',
};

export const explainZh: ExplainWording = {
  heading: (p) => `申报主体 ${p.applicantId} · ${p.year} 年度申报指南 · 合计 ${p.total} 元`,
  summary: (p) => `全额支持 ${p.paid} 项，核减 ${p.reduced} 项，符合条件但不予支持 ${p.notPaid} 项，不符合条件 ${p.ineligible} 项`,
  itemHeading: (p) => `【第 ${p.article} 条】${p.title} — ${p.subject}`,
  itemLine: (heading, status) => `${heading}：${status}`,
  status: {
    paid: (p) => `支持 ${p.amount} 元`,
    reduced: (p) => `核定 ${p.amount} 元（测算 ${p.base} 元）`,
    'not-paid': () => '符合条件，不予支持',
    ineligible: () => '不符合条件',
  },
  sections: {
    conditions: '条件',
    computation: '金额测算',
    adjustments: '核减',
    figures: '所用标准',
    materials: '申报材料',
    missing: '尚缺条件',
    'not-paid': '不予支持的原因',
    warnings: '提示',
  },
  condition: (p) => `${p.id} ${p.label} — 要求：${p.expected}；实际：${p.field} = ${p.actual}`,
  conditionLabel: (p) => `${p.path} ${p.operator}`,
  value: {
    yes: '是',
    no: '否',
    missing: '未填写',
    empty: '无',
    period: (from, to) => `${from} 至 ${to}`,
    list: (items) => items.join('、'),
  },
  expect: {
    oneOf: (items) => (items.length === 1 ? items[0]! : `以下之一：${items.join('、')}`),
    noneOf: (items) => `不属于：${items.join('、')}`,
    noneWithin: (period) => `${period} 期间内无`,
    within: (period) => `在 ${period} 期间内`,
    compare: (op, v) => `${{ gt: '>', gte: '≥', lt: '<', lte: '≤', eq: '=' }[op]} ${v}`,
    not: (v) => `不为 ${v}`,
    is: (field, v) => `${field} = ${v}`,
    onOrAfter: (v) => `不早于 ${v}`,
    onOrBefore: (v) => `不晚于 ${v}`,
  },
  computation: (formula) => formula,
  adjustment: (p) => `${p.before} → ${p.after}：${p.reason}`,
  figure: (p) => {
    const name = p.name.startsWith('table:') ? `标准表 ${p.name.slice(6)}` : (FIGURE_NAMES[p.name] ?? p.name);
    if (p.source === 'guideline' && p.ceiling !== null && p.ceiling !== p.value) {
      return `${name} ${p.value}：${p.year} 年度申报指南将${name}由 ${p.ceiling} 调低至 ${p.value}`;
    }
    if (p.source === 'guideline') return `${name} ${p.value}：${p.year} 年度申报指南设定`;
    // a reference figure is our estimate or a comparable city's, never the measure's own text
    if (p.provenance === 'reference') return `${name} ${p.value}：参考值，并非政策措施公布文本`;
    return `${name} ${p.value}：政策措施规定的标准`;
  },
  missing: {
    must: (label) => `须满足：${label}`,
    mustNot: (label) => `须不再存在：${label}`,
    suspended: (p) => `${p.year} 年度申报指南暂停受理本条款（${p.reason}），须待恢复受理的年度申报`,
    notGiven: (p) => `申报材料须填写 ${p.path}`,
    dateOutside: (p) =>
      `日期为 ${p.actual}，${p.side === 'before' ? '早于' : '晚于'}${p.isEventDate ? '本年度事项期间' : '期间'} ${p.from} 至 ${p.to}`,
    datesWithin: (p) => `${p.hits.join('、')} 在 ${p.from} 至 ${p.to} 期间内`,
    date: (p) => `须${p.op === 'onOrAfter' ? '不早于' : '不晚于'} ${p.expected}；申报为 ${p.actual}`,
    compare: (p) => {
      const word = { gt: '大于', gte: '不少于', lt: '小于', lte: '不超过', eq: '等于' }[p.op];
      return `须${word} ${p.expected}；申报为 ${p.actual}`;
    },
    equal: (p) => `须为 ${p.expected}；申报为 ${p.actual}`,
    notEqual: (p) => `不得为 ${p.expected}`,
    in: (p) => `须为${p.expected.length === 1 ? ` ${p.expected[0]}` : `以下之一：${p.expected.join('、')}`}；申报为 ${p.actual}`,
    notIn: (p) => `不得为 ${p.actual}`,
    join: (lead, detail) => (detail ? `${lead}（${detail}）` : lead),
  },
  notPaid: {
    adjustment: (reason) => reason,
    zeroBase: (formula) => `测算金额为 0.00 元（${formula}）`,
  },
  rulesHash: (h) => `规则哈希 ${h}`,
  html: {
    title: (p) => `${p.applicantId} ${p.year} 年度审核结果`,
    batchTitle: (p) => `批量审核：${p.count} 份申报`,
    total: '合计：',
    passed: '满足',
    failed: '不满足',
    budgetHeading: '各部分预算',
    budgetColumns: ['部分', '预算', '申请', '核拨', '比例', '按比例核减'],
    budgetTotal: '合计',
    chartHeading: '各部分预算、申请与核拨金额',
    chartSeries: { budget: '预算', requested: '申请', paid: '核拨' },
    chartLabel: '各部分预算、申请与核拨金额的条形图',
    decisionsHeading: '申报主体',
    decisionColumns: ['申报主体', '支持事项', '按比例核减前', '核拨'],
    detailsHeading: '审核明细',
    detailsOmitted: (p) => `仅列出前 ${p.shown} 份（共 ${p.count} 份）申报的明细；其余请逐份使用 check 查看。`,
    yuan: '元',
  },
};
