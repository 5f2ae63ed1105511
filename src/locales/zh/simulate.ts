import type { SimulateWording } from '../simulate-wording.js';

/*
 * 预算影响测算报告的中文措辞。按公文写法：年度写作“2026年度”，部分写作
 * “第二部分”，金额带千分位并直接接“元”，使用全角标点；结论只陈述事实。
 */

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export const simulateZh: SimulateWording = {
  cliSummary: (p) =>
    `测算 ${p.baseYear}年度 → ${p.draftYear}年度：${p.applicants} 份申报${p.rejected > 0 ? `（另有 ${p.rejected} 份未通过校验）` : ''}，核拨 ${p.basePaid} 元 → ${p.draftPaid} 元（${p.change}）；增加 ${p.gain} 家，减少 ${p.lose} 家，不变 ${p.unchanged} 家`,
  title: (p) => `${p.draftYear}年度申报指南草案预算影响测算（以${p.baseYear}年度为基准）`,
  summary: (p) =>
    `以${p.baseYear}年度申报指南为基准，按《${p.draftTitle}》对同一批${p.applicants}份申报进行测算。` +
    (p.direction === 'same'
      ? `核拨总额均为${p.basePaid}元，没有变化。`
      : `核拨总额由${p.basePaid}元变为${p.draftPaid}元，${p.direction === 'up' ? '增加' : '减少'}${p.change}元。`),
  counts: (p) =>
    `核拨金额增加的申报主体${p.gain}家，减少的${p.lose}家，不变的${p.unchanged}家；` +
    `由不符合条件变为符合条件的${p.becomeEligible}家，由符合条件变为不符合条件的${p.becomeIneligible}家。` +
    (p.rejected > 0 ? `另有${p.rejected}份申报未通过校验，未纳入测算。` : ''),
  proration: (p) => `${p.side}${p.part}申请总额${p.requested}元，超过预算${p.budget}元，按比例${p.ratio}核拨。`,
  noProration: '两种方案下各部分申请总额均未超过预算，无需按比例核拨。',
  shifted: (p) =>
    `测算前，各申报事项日期、违法记录日期及既往资助年度均按整年顺延${p.years}年，视同在${p.draftYear}年度申报（2月29日顺延至无闰日的年份时按2月28日计）。`,
  notShifted: (p) => `各申报事项日期未作调整，按原日期适用${p.draftYear}年度申报指南。`,
  partName: (p) => `第${NUMERALS[p.number] ?? p.number}部分（${p.title}）`,
  side: { base: (y) => `${y}年度（基准）`, draft: (y) => `${y}年度（草案）` },
  headings: {
    parts: '一、各部分预算与核拨',
    chart: '二、各部分预算、申请与核拨金额对比',
    changes: '三、调整的指标及其影响金额',
    clauses: '四、各条款核拨情况',
    movers: '五、核拨金额变化最大的申报主体',
    reconciliation: '六、核对',
    rejected: '七、未纳入测算的申报',
  },
  partColumns: { part: '部分', budget: '预算（元）', requested: '申请（元）', paid: '核拨（元）', ratio: '核拨比例', change: '核拨变化（元）' },
  total: '合计',
  chartSeries: { budget: '预算', requested: '申请', paid: '核拨' },
  chartLabel: '各部分在基准与草案下的预算、申请与核拨金额条形图',
  changeColumns: {
    article: '条款',
    clause: '名称',
    what: '调整事项',
    from: '基准',
    to: '草案',
    basePaid: '基准核拨（元）',
    draftPaid: '草案核拨（元）',
    change: '变化（元）',
  },
  guidelineRow: '申报指南',
  noChanges: '草案与基准的各项指标相同。',
  clauseColumns: { article: '条款', clause: '名称', applicants: '获支持主体（家）', items: '支持事项（项）', money: '核拨（元）', change: '变化（元）' },
  moverColumns: { rank: '序号', applicant: '申报主体', base: '基准核拨（元）', draft: '草案核拨（元）', change: '变化（元）', note: '备注' },
  moversNote: (p) => `列出核拨金额变化最大的${p.shown}家（共${p.moved}家有变化），按变化金额绝对值由大到小排列。`,
  moversAll: (p) => `核拨金额有变化的申报主体共${p.moved}家，全部列出，按变化金额绝对值由大到小排列。`,
  noMovers: '所有申报主体的核拨金额均无变化。',
  becameEligible: '由不符合条件变为符合条件',
  becameIneligible: '由符合条件变为不符合条件',
  reconciliationColumns: { side: '方案', parts: '各部分核拨合计（元）', applicants: '各申报主体合计（元）', clauses: '各条款合计（元）', result: '结果' },
  reconciled: '一致',
  notReconciled: '不一致',
  rejectedNote: (p) => `以下${p.count}份申报未通过校验，两种方案均未纳入测算：`,
  rejectedItem: (p) => `第${p.position}份（${p.applicantId}）：`,
  footer: (p) => `规则标识：${p.baseYear}年度 ${p.baseHash}；${p.draftYear}年度 ${p.draftHash}。金额按四舍五入精确到分，按比例核拨按最大余额法分配至分。`,
};
