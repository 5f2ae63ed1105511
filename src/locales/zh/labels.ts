import type { FactLabelWording } from '../label-wording.js';

/** 引擎自行生成的事实（条件可读取）各字段的中文名称。 */
export const factLabelsZh: FactLabelWording = {
  context: {
    year: '年度',
    window: '申报窗口',
    eventPeriod: '事项发生期间',
    violationLookback: '知识产权违法违规行为核查期间',
    clawbackBar: '因骗取资金被追回后不得申报的年度',
  },
  clause: {
    id: '条款编号',
    applicants: '申报主体类型',
    suspended: '本年度是否暂停受理',
  },
  history: {
    clawbackYears: '被追回财政资金的年度',
    predecessorFunded: '已按原政策获得支持的事项',
  },
};
