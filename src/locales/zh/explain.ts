import type { ExplainWording } from '../explain-wording.js';
import { dateZh } from '../format/date-text.js';
import { beijingWallTime, twoDigits } from '../format/instant-text.js';
import { houseStyleZh } from '../format/house-style.js';
import { groupedYuan } from '../format/money-text.js';
import { smallNumeralZh } from '../format/numeral-zh.js';
import { Money } from '../../core/money.js';

/*
 * 说明与 HTML 报告的中文措辞，按 docs/style-zh.md 的公文体例：年度、条、部分与数字
 * 之间不留空格（2026年度、第2.6条、第二部分），全角标点，金额带千位分隔符，日期写作
 * 2024年12月31日；不予支持的理由写成事实（“该主体已列入严重失信主体名单”），
 * 不写成建议；嘉奖类称“奖励”，资助类、立项类称“资助”。
 */

const yuan = (a: string) => `${groupedYuan(a)}元`;

/** "0.30" → "30%": the rate's own digits moved two places, never a float. */
const percent = (rate: string) => `${new Money(rate).times(100).toFixed()}%`;

const FIGURE_NAMES: Record<string, string> = {
  value: '定额',
  rate: '比例',
  cap: '单项上限',
  unit: '单价',
  clauseCap: '本条款年度上限',
};

const PAY = { award: '奖励', subsidy: '资助', project: '资助' } as const;

const COMPARE_WORD = { gt: '大于', gte: '不少于', lt: '小于', lte: '不超过', eq: '等于' } as const;

/** "是否列入严重失信主体名单" → "列入严重失信主体名单": the fact a yes/no field asks about. */
const asked = (field: string) => field.replace(/^是否/, '');

export const explainZh: ExplainWording = {
  heading: (p) => `${p.name ? `${p.name}（${p.applicantId}）` : `申报主体${p.applicantId}`}\u3000${p.year}年度\u3000合计${yuan(p.total)}`,
  summary: (p) => `全额支持${p.paid}项，核减${p.reduced}项，符合条件但不予支持${p.notPaid}项，不符合条件${p.ineligible}项`,
  itemHeading: (p) => `第${p.article}条\u3000${p.title}（事项${p.subject}）`,
  itemLine: (heading, status) => `${heading}：${status}`,
  status: {
    paid: (p) => `${PAY[p.nature]}${yuan(p.amount)}`,
    reduced: (p) => `核定${PAY[p.nature]}${yuan(p.amount)}（测算${yuan(p.base)}）`,
    'not-paid': () => '符合条件，不予支持',
    ineligible: () => '不予支持',
  },
  sections: {
    refusal: '申报主体不符合通用条件',
    conditions: '条件',
    computation: '金额测算',
    adjustments: '核减',
    proration: '按预算比例核减的计算',
    figures: '所用标准',
    materials: '申报材料',
    missing: '不予支持的理由',
    'not-paid': '不予支持的理由',
    warnings: '提示',
    excluded: '不予审查的事项',
  },
  excludedLine: (p) => `事项${p.subject}：${p.reason}`,
  condition: (p) => `${p.id}\u3000${p.label}（${p.field}：要求${p.expected}；申报${p.actual}）${p.alternative ? '，已由同组其他条件满足，本项不作要求' : ''}`,
  conditionLabel: (p) => `${p.path} ${p.operator}`,
  carriedBy: (p) => `${p.ids.join('、')}满足其一即可：由${p.by.join('、')}满足`,
  yuan,
  date: dateZh,
  restyle: houseStyleZh,
  value: {
    yes: '是',
    no: '否',
    missing: '未填写',
    empty: '无',
    period: (from, to) => `${from}至${to}`,
    list: (items) => items.join('、'),
  },
  expect: {
    oneOf: (items) => (items.length === 1 ? items[0]! : `为${items.join('、')}之一`),
    // An empty list (G8's events funded under the old policy, when none is declared) still reads as a requirement.
    noneOf: (items, list) =>
      list !== undefined
        ? `不属于${list}（${items.length === 0 ? '无此类事项' : items.join('、')}）`
        : items.length === 0
          ? '不在所列之中（所列：无）'
          : `不属于${items.join('、')}`,
    noneWithin: (period) => `${period}期间内无`,
    within: (period) => `在${period}期间内`,
    compare: (op, v) => `${COMPARE_WORD[op]}${v}`,
    not: (v) => `不为${v}`,
    is: (_field, v) => v,
    onOrAfter: (v) => `不早于${v}`,
    onOrBefore: (v) => `不晚于${v}`,
  },
  computation: (c) => {
    switch (c.form) {
      case 'fixed':
        return `定额${yuan(c.value)}`;
      case 'byLevel':
        return c.value === null ? `${c.keys.join('')}：不予支持` : `${c.keys.join('')}：${yuan(c.value)}`;
      case 'percentOf': {
        const terms = [...c.of.map((t, i) => `${i === 0 ? '' : ' + '}${t.field}${yuan(t.value)}`), ...c.less.map((t) => ` − ${t.field}${yuan(t.value)}`)].join(
          '',
        );
        return `${terms.includes('+') || terms.includes('−') ? `（${terms}）` : terms} × ${percent(c.rate)} = ${yuan(c.result)}`;
      }
      case 'perUnit':
        return `${c.count.field}${c.count.value} × ${yuan(c.unit)} = ${yuan(c.result)}`;
      case 'other':
        return c.formula;
    }
  },
  adjustment: (p) => `${yuan(p.before)} → ${yuan(p.after)}：${p.reason}`,
  proration: (p) => [
    `${yuan(p.before)} × ${groupedYuan(p.budget)} ÷ ${groupedYuan(p.requested)} = ${yuan(p.floor)}（舍去不足1分的部分，余数${p.remainder}/${p.requestedFen}分）`,
    `本部分各项舍去后共余${p.leftover}分，按最大余额法逐分补给余数最大的${p.leftover}项（余数相同的，依次按申报主体编号、条款序号、事项编号）；本项余数在${p.items}项中居第${p.rank}位，${p.extraFen ? '补1分' : '不补'}，核定${yuan(p.after)}`,
  ],
  figure: (p) => {
    const name = p.name.startsWith('table:') ? `${p.name.slice(6)}标准` : (FIGURE_NAMES[p.name] ?? p.name);
    const shown = p.name === 'rate' ? percent(p.value) : yuan(p.value);
    if (p.source === 'guideline' && p.ceiling !== null && p.ceiling !== p.value) {
      return `${name}${shown}：${p.year}年度申报指南将${name}由${p.name === 'rate' ? percent(p.ceiling) : yuan(p.ceiling)}调低至${shown}`;
    }
    if (p.source === 'guideline') return `${name}${shown}：${p.year}年度申报指南设定`;
    // 参考值是估算或他市标准，不是政策措施原文。
    if (p.provenance === 'reference') return `${name}${shown}：参考值，并非政策措施公布文本`;
    return `${name}${shown}：政策措施规定的标准`;
  },
  finding: {
    fact: (p) =>
      p.actual && p.field.startsWith('是否')
        ? `${p.subject === 'applicant' ? '该主体' : '该事项'}已${asked(p.field)}`
        : `${p.subject === 'applicant' ? '该主体' : p.subject === 'event' ? '' : '本条款'}${p.failure}`,
    suspended: (p) => `本条款${p.year}年度暂停受理（${p.reason}）`,
    notGiven: (p) => `申报未填写${p.field}`,
    dateOutside: (p) => `${p.field}${p.actual}，${p.side === 'before' ? '早于' : '晚于'}${p.isEventDate ? '本年度事项期间' : '规定期间'}${p.from}至${p.to}`,
    datesWithin: (p) => `${p.field}${p.hits.join('、')}，在${p.from}至${p.to}期间内`,
    date: (p) => `${p.field}为${p.actual}，${p.op === 'onOrAfter' ? '早于' : '晚于'}${p.expected}`,
    compare: (p) => `${p.field}为${p.actual}，未${COMPARE_WORD[p.op]}${p.expected}`,
    equal: (p) => `${p.field}为${p.actual}，本条款要求为${p.expected}`,
    notEqual: (p) => `${p.field}为${p.expected}，本条款不予支持`,
    in: (p) => (p.failure && p.expected.length > 5 ? `${p.failure}（申报${p.field}为${p.actual}）` : `${p.field}为${p.actual}，不属于${p.expected.join('、')}`),
    notIn: (p) => `${p.field}为${p.actual}，本条款不予支持`,
    mustNot: (label) => `存在本条款排除的情形：${label}`,
    other: (label) => `不符合：${label}`,
    applicantLevel: '申报主体不符合通用条件（见前述）',
    conclusion: '不予支持',
  },
  applicantRefusal: (p) => `${p.findings.join('；')}，本次申报各事项均不予支持`,
  notPaid: {
    adjustment: (reason) => reason,
    zeroBase: (formula) => `测算金额为0.00元（${formula}）`,
  },
  rulesHash: (h) => `规则哈希：${h}`,
  html: {
    title: (p) => `${p.applicantId}\u3000${p.year}年度审核结果`,
    batchTitle: (p) => `${p.year}年度《${p.policy}》专项资金审核结果（共${p.count}份申报）`,
    total: '合计：',
    passed: '满足',
    failed: '不满足',
    notNeeded: '不作要求',
    budgetHeading: '各部分预算',
    budgetColumns: ['部分', '预算（元）', '申请（元）', '核拨（元）', '比例', '按比例核减（元）'],
    budgetTotal: '合计',
    chartHeading: '各部分预算、申请与核拨金额',
    chartSeries: { budget: '预算', requested: '申请', paid: '核拨' },
    chartLabel: '各部分预算、申请与核拨金额的条形图',
    decisionsHeading: '申报主体',
    decisionColumns: ['申报主体', '支持事项', '按比例核减前（元）', '核拨（元）'],
    detailsHeading: '审核明细',
    detailsOmitted: (p) => `仅列出前${p.shown}份（共${p.count}份）申报的明细；其余请逐份使用check命令查看。`,
    conditionColumns: ['序号', '条件', '要求', '申报情况', '结果'],
    partTitle: (p) => `第${smallNumeralZh(p.number)}部分\u3000${p.title}`,
    creditCode: '统一社会信用代码：',
    county: '注册地：',
    statusLabel: '审核结论：',
    separator: '；',
    listSeparator: '、',
    statuses: { full: '全额支持', reduced: '核减', 'partly-refused': '部分不予支持', refused: '不予支持', prorated: '按比例核减', returned: '数据有误退回' },
    countsLabel: '各审核结论的申报数',
    capital: (text) => `核拨金额（大写）：${text}`,
    signature: ['经办人：＿＿＿＿＿＿', '复核人：＿＿＿＿＿＿', '日期：＿＿＿＿年＿＿月＿＿日'],
    backToTriage: '返回申报主体一览',
    article: (a) => `第${a}条`,
    triageHeading: '申报主体一览',
    triageCaption: '各申报主体的审核结论；点击名称查看明细',
    triageColumns: ['申报主体', '统一社会信用代码', '注册地', '涉及条款', '核拨所属部分', '按比例核减前（元）', '核拨（元）', '审核结论'],
    filing: { decidedAt: '审核时间', rulesHash: '规则哈希', guidelineHash: '申报指南哈希', inputFingerprint: '申报数据指纹' },
    decidedAtText: (iso) => {
      const t = beijingWallTime(iso);
      return t ? `${t.year}年${t.month}月${t.day}日${twoDigits(t.hour)}时${twoDigits(t.minute)}分（北京时间）` : iso;
    },
  },
};
