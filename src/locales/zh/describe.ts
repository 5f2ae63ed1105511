import type { DescribeWording } from '../describe-wording.js';

/* `heyuan-ip explain <条款编号>` 的中文表述：申报人读到的条款。 */

export const NATURE = { award: '嘉奖类', subsidy: '资助类', project: '立项类' };

const FIGURE: Record<string, string> = { value: '固定金额', rate: '比例', cap: '单项上限', unit: '单价', clauseCap: '条款年度上限' };

const figureName = (name: string) => (name.startsWith('table:') ? `金额表“${name.slice(6)}”项` : (FIGURE[name] ?? name));

export const describeZh: DescribeWording = {
  heading: (p) => `第 ${p.article} 条 ${p.title}（${p.id}）`,
  part: (p) => `第${p.number}部分 ${p.title} · ${NATURE[p.nature]} · 按 ${p.year} 年度申报指南`,
  // The basis is our summary of the drafting explanation, not a quotation: the label says so.
  basis: (text) => `条款要点（据起草说明归纳）：${text}`,
  applicants: (kinds) => `申报主体：${kinds.join('、')}`,
  subject: (type) => (type === null ? '资助对象：申报主体本身，每年一项' : `资助对象：每个“${type}”事项一项`),
  keyParts: (labels) => labels.join(' · '),
  yesNo: { true: '是', false: '否' },
  sections: { conditions: '申报条件（须全部满足）：', amount: '资助金额：', limits: '上限与叠加规则：', materials: '申报材料：', provenance: '数据来源：' },
  condition: (p) => `${p.id} ${p.label}${p.source === 'guideline' ? `（${p.year} 年度申报指南增加）` : ''}`,
  unlabelled: (p) => `${p.fact} ${p.path} ${p.operator} ${p.value}`,
  group: (kind) => (kind === 'any' ? '满足下列之一：' : kind === 'all' ? '同时满足：' : '不得满足：'),
  noOwnConditions: '（本条款没有另外的条件：通用条件和金额表已说明一切）',
  fixed: (v) => `固定 ${v} 元`,
  percentOf: (p) =>
    `按${p.of.map((f) => `“${f}”`).join('加')}${p.less.length ? `减去${p.less.map((f) => `“${f}”`).join('、')}` : ''}的 ${p.percent}%（不低于零）`,
  perUnit: (p) => `每单位 ${p.unit} 元 ×“${p.count}”`,
  byLevel: (fields) => `按${fields.map((f) => `“${f}”`).join('、')}分档：`,
  tableRow: (p) => `${p.key} → ${p.value === null ? '不予资助' : `${p.value} 元`}`,
  itemCap: (cap) => `单项最高 ${cap} 元`,
  lowered: (p) => `${p.year} 年度申报指南将${figureName(p.figure)}由 ${p.from} 下调为 ${p.to}`,
  clauseCap: (cap) => `条款年度上限：每个主体每年从本条款最多获得 ${cap} 元`,
  oncePer: (p) => `同一${p.key === 'applicant' ? '申报主体' : p.key}只资助一次${p.difference ? '：此前已获资助的，只支付超出部分（按差额资助）' : ''}`,
  higherLevel: {
    'top-up': '同一事项已获上级资助的，按差额补足',
    exclusive: '同一事项已获上级资助的，本条款不再资助',
    independent: '上级资助不影响本条款金额',
  },
  takeTheHigher: (title) => `就高不重复：${title}`,
  applicantCap: (p) => `${p.year} 年度申报指南规定每个主体全年资助总额最高 ${p.cap} 元（各条款合计）`,
  suspended: (p) => `${p.year} 年度暂停受理：${p.reason}`,
  note: (text) => `说明：${text}`,
  noMaterials: '（申报指南未列明本条款的材料）',
  provenance: {
    reference: '金额为参考值，并非政策措施公布文本；使用参考值的审核结果均会注明',
    published: '金额取自政策措施公布文本',
  },
  guidelineProvenance: (p) => (p.provenance === 'reference' ? `${p.year} 年度申报指南为参考稿，并非正式发布的指南` : `${p.year} 年度申报指南为正式发布版本`),
  source: (text) => `来源：${text}`,
};
