import type { OpenApiWording } from '../openapi-wording.js';

export const openApiZh: OpenApiWording = {
  title: '河源市知识产权政策审核服务',
  description: '判定申报适用哪些条款及各条款资助金额。金额一律为字符串（元）；取值为 null 的字段视为未填写。',
  tags: { decisions: '审核', reference: '规则与代码' },
  bearer: '仅当服务设置了令牌时需要',
  errors: {
    400: '请求无法解析',
    401: '未提供有效令牌',
    404: '对象不存在',
    413: '请求过大',
    415: '内容类型不受理',
    422: '申报数据不合规',
    503: '处理超时',
  },
  params: { lang: '文字字段所用语言', year: '申报指南年度' },
  summaries: {
    decide: '审核一份申报',
    decideBatch: '批量审核并按预算分配',
    validate: '校验申报数据',
    explain: '审核并说明理由',
    listClauses: '年度条款清单',
    getClause: '条款详情',
    getGuideline: '年度申报指南',
    getVocabulary: '代码表',
    getSchema: '数据结构（JSON Schema）',
    getOpenApi: '本接口文档',
    getHealth: '存活检查',
    getVersion: '版本与规则哈希',
  },
  responses: {
    decide: '审核结果',
    decideBatch: '逐行输出，预算分配在最后一行',
    validate: '校验结果',
    explain: '审核说明',
  },
  ndjsonBody: '每行一份申报',
};
