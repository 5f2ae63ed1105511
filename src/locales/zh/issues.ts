import type { AdjustmentWording, OnceKey } from '../../core/issue.js';
import type { IssueWording } from '../types.js';
import { dateZh } from '../format/date-text.js';
import { usageZh } from './usage.js';

const list = (xs?: readonly string[]) => (xs ?? []).map((x) => `“${x}”`).join('、');
/** 可填写的代码，各附词表中的名称：“yuancheng”（源城区）。 */
const coded = (codes?: readonly string[], labels?: readonly string[]) =>
  codes !== undefined && labels?.length === codes.length ? codes.map((c, i) => `“${c}”（${labels[i]}）`).join('、') : list(codes);

/** 字段应有的类型，按 zod 的类型名（或本库的）。 */
const TYPE_NAMES: Record<string, string> = {
  string: '字符串',
  boolean: '布尔值（true 或 false）',
  int: '整数',
  number: '数字',
  array: '数组',
  object: '对象',
  money: '以元为单位的十进制金额字符串，例如 "98000.50"',
  'non-empty-string': '非空字符串',
};
const typeName = (t: unknown) => (typeof t === 'string' ? (TYPE_NAMES[t] ?? t) : '有效值');

/** 传入参数的类型，以中文表述。 */
const SOURCE_KINDS: Record<string, string> = {
  null: '空值（null）',
  undefined: '未定义值（undefined）',
  number: '数字',
  string: '字符串',
  boolean: '布尔值',
  bigint: '大整数',
  symbol: '符号',
  object: '不可迭代的对象',
  array: '数组',
  function: '函数',
};

/** 每个问题代码的中文表述。 */
/** What a `not-found` issue could not find, by its `key`. */
const NOT_FOUND_ZH: Record<string, string> = { clause: '条款', guideline: '该年度的申报指南', schema: '数据结构', route: '接口' };

export const zh: IssueWording = {
  'missing-field': (p) => `缺少必填字段${p.expected ? `（应为${typeName(p.expected)}）` : ''}`,
  'unknown-field': (p) => `未知字段“${p.key}”（请检查拼写；为避免条件被悄然忽略，不接受未知字段）`,
  'reserved-key': (p) => `输入中任何位置都不允许使用键名“${p.key}”`,
  'invalid-type': (p) => `应为${typeName(p.expected)}，实际为 ${p.received}`,
  'invalid-value': (p) => `不接受 ${p.received}；可选值为 ${coded(p.allowed, p.allowedZh)}`,
  'invalid-money': (p) => `${p.received} 不是有效金额；金额以元为单位，写作最多两位小数的字符串，例如 "98000.50"`,
  'money-as-number': (p) => `金额必须写成十进制字符串，不能写成 JSON 数字（JSON 数字会丢失精度）；请写作 "${p.detail}"`,
  'invalid-rate': (p) => `${p.received} 不是有效比例；请写作 0 到 1 之间的十进制字符串，例如 "0.30"`,
  'invalid-date': (p) => `${p.received} 不是有效日期；请写作 YYYY-MM-DD，例如 "2025-07-15"`,
  'invalid-credit-code': (p) => `${p.received} 不是有效的统一社会信用代码（18 位，GB 32100-2015，校验码不符）`,
  'invalid-count': (p) => `${p.received} 不是有效数量；请写作非负整数`,
  'too-long': (p) => `内容过长；最多 ${p.limit} 个字符`,
  'too-many': (p) => `条目过多；最多 ${p.limit} 条`,
  'too-few': (p) => `至少需要 ${p.limit} 条`,
  'duplicate-event-id': (p) => `事项编号“${p.key}”在本申报中重复使用`,
  'duplicate-applicant-id': (p) => `申报主体编号“${p.key}”在本批次中出现多次（自 0 起计，第 ${p.first} 份与第 ${p.index} 份申报）`,
  'invalid-source': (p) =>
    p.detail === 'function'
      ? `传给 ${p.key} 的函数返回了${SOURCE_KINDS[String(p.received)] ?? p.received}，而非申报数据的可迭代对象`
      : `${p.key} 应接收申报数据的可迭代对象或异步可迭代对象${p.key === 'evaluateStream' ? '，或返回此类对象的函数' : ''}；实际收到${SOURCE_KINDS[String(p.received)] ?? p.received}`,
  'patent-grant-not-subsidised': () => `专利授权不予资助：按国家要求，专利授权阶段的各类资助和奖励已于 2025 年底前全部取消`,
  'unknown-event-type': (p) => `未知事项类型 ${p.received}；可选类型为 ${coded(p.allowed, p.allowedZh)}`,
  'unknown-clause': (p) => `未知条款编号“${p.key}”`,
  'invalid-json': (p) => `不是有效的 JSON（${p.detail}）`,
  'duplicate-key': (p) => `同一对象中键名“${p.key}”出现两次`,
  'invalid-input': (p) => `${p.detail ?? '输入无效'}`,
  'invalid-rule': (p) => `${p.detail ?? '规则无效'}`,
  'invalid-path': (p) => `${p.received} 不是有效的规则路径；请写作仅含自有字段的点路径，例如 "$.interestPaid"（不允许过滤或脚本表达式）`,
  'unknown-operator': (p) => `未知运算符 ${p.received}；可选运算符为 ${list(p.allowed)}`,
  'invalid-guideline': (p) => `${p.detail ?? '申报指南无效'}`,
  'above-ceiling': (p) => `${p.key} ${p.received} 高于政策规定的 ${p.ceiling}：申报指南只能调低标准，不能调高`,
  'figure-not-on-form': (p) => `${p.received} 类金额没有标准“${p.key}”；可调整的标准为 ${list(p.allowed)}`,
  'unknown-level': (p) => `金额表中没有等级“${p.key}”`,
  'level-not-eligible': (p) => `按政策等级“${p.key}”不予支持，申报指南不能为其设定金额`,
  'duplicate-patch': (p) => `条款“${p.key}”已由序号为 ${p.limit} 的调整项调整过（序号自 0 起计）`,
  'id-mismatch': (p) => `编号“${p.key}”必须与文件名“${p.received}”一致`,
  'duplicate-id': (p) => `编号“${p.key}”已被 ${p.received} 使用`,
  'duplicate-article': (p) => `条目 ${p.key} 已被 ${p.received} 使用`,
  'year-mismatch': (p) => `年度 ${p.key} 必须与文件名“${p.received}”一致`,
  'reversed-period': (p) => `期间结束日期早于开始日期（${p.detail}）`,
  'period-overlaps-window': (p) => `事项发生期间须在申报窗口开启前结束（${p.detail}）`,
  'budget-above-total': (p) => `各部分预算合计 ${p.detail}，超过总预算`,
  'year-outside-effective-period': (p) => `${p.received} 年不在政策有效期内（${p.detail}）`,
  'no-guideline': (p) => `没有 ${p.received} 年度的申报指南；现有年度：${p.detail}`,
  'engine-mismatch': (p) => `两个求值器结果不一致（${p.detail}）`,
  usage: (p) => (p.reason !== undefined ? usageZh[p.reason](p) : `${p.detail}`),
  'too-deep': (p) => `嵌套层级过深，最多 ${p.limit} 层`,
  'source-changed': () => `两次读取的申报数据不一致（流式批量审核需两次读取同一数据源，两次内容必须相同）；本批次不予核定`,
  'invalid-patent-number': (p) => `${p.received} 不是有效的专利申请号或专利号（应为“ZL”加 12 位或 8 位数字、小数点及 1 位校验位，如 ZL202310123456.7）`,
  'host-environment': (p) => `运行环境异常，未作决定（宿主程序改动了 Object.prototype 等内置对象：${p.detail}）`,
  'window-outside-year': (p) => `申报窗口（${dateZh(p.from)}至${dateZh(p.to)}）须在本指南所属年度${p.key}年内`,
  'applicant-cap-removed': (p) =>
    `不得取消单个申报主体年度资助上限（${p.key !== undefined ? `${p.key}年度申报指南为${p.received}元` : '每个年度申报指南均须载明'}）`,
  'applicant-cap-raised': (p) => `单个申报主体年度资助上限${p.received}元高于${p.key}年度申报指南的${p.ceiling}元；年度指南只可调低，不得调高`,
  'unsafe-rule-file': (p) =>
    p.reason === 'outside' ? `未读取：${p.received} 指向规则目录之外（${p.target}）` : `未读取：${p.received} 不是普通文件（命名管道、设备文件或目录）`,
  'too-large': (p) => `未予读取：${p.received} 字节，超过单份申报或规则文件上限 ${p.limit} 字节`,
  'credit-code-prefix': (p) => `${p.received} 与申报主体类型不符：申报主体为${p.kindZh}的，统一社会信用代码应以“${p.prefix}”开头`,
  'count-above-field': (p) => `${p.received} 超过同一事项的“${p.keyZh}”（${p.limit}）`,
  'predecessor-funded-required': (p) =>
    `缺少必填字段（应为 true 或 false）：事项发生于${p.expired}（原政策《${p.titleZh}》失效之日）或之前，须说明是否已按原政策获得支持`,
  'invalid-csv': (p) => `不是有效的 CSV（${p.detail}）；本行及被其吞并的各行均不予受理`,
  'csv-unknown-column': (p) =>
    `列名“${p.key}”不是申报数据的字段；列名应写作 applicant.<字段>、event.<字段> 或 history.<字段>，字段名见申报数据结构（heyuan-ip schema）`,
  'csv-duplicate-column': (p) => `列名“${p.key}”在表头中出现多次`,
  'csv-missing-column': (p) => `表头缺少“${p.key}”列；需要该列才能把各行归入申报`,
  'csv-cell-count': (p) => `本行有 ${p.received} 个单元格，而表头有 ${p.limit} 列`,
  'csv-applicant-differs': (p) => `“${p.key}”列此处为 ${p.received}，而第 ${p.detail} 行为 ${p.expected}；同一申报主体的各行应重复相同的主体信息（或留空）`,
  'csv-applicant-split': (p) => `申报主体“${p.key}”的各行未排在一起（第 ${p.detail} 行已出现过）；请将同一主体的各行相邻排列`,
  'unlabelled-condition': (p) =>
    `该条件缺少${p.key === 'both' ? '标签' : `label.${p.key}`}；每个条件都须有中英文标签（label.zh、label.en），审核结果才能照条款原意表述`,
  'unknown-field-path': (p) =>
    p.scope === '-'
      ? `${p.fact} 事实没有 ${p.received}：针对申报主体的条款不对应任何事项，不能读取事项字段`
      : `${p.fact} 事实${p.scope ? (p.scope === '*' ? '（所有事项类型）' : `（“${p.scope}”事项）`) : ''}没有字段 ${p.received}；该处已知字段：${list(p.allowed)}（读取不存在的字段的条件会悄然不成立）`,
  'operator-type': (p) =>
    p.side === 'field'
      ? `运算符 ${p.operator} 比较的是${kindsZh(p.allowed)}，而 ${p.field} 的类型为${kindZh(String(p.received))}`
      : `运算符 ${p.operator} 的比较值应为${kindsZh(p.allowed)}；实际为${kindZh(String(p.received))}${p.detail ? `（${p.detail}）` : ''}`,
  'amount-type': (p) => `${p.form} 金额此处读取的应为${kindsZh(p.allowed)}，而 ${p.field} 的类型为${kindZh(String(p.received))}`,
  'table-coverage': (p) =>
    p.reason === 'missing'
      ? `金额表缺少“${p.key}”一行，而 ${p.field} 允许该值；请补上（不予资助的写 null）`
      : p.reason === 'extra'
        ? `“${p.key}”不是 ${p.field} 可取的值（可取值：${list(p.allowed)}）；请删除该行或更正拼写`
        : `${p.field} 的类型为${kindZh(String(p.received))}，不是取值固定的字段，金额表无法覆盖`,
  'body-too-large': (p) => `请求体超出本服务受理的大小（最多 ${p.limit} 字节）${p.detail ? `；${p.detail}` : ''}`,
  'unsupported-media-type': (p) => `本接口不受理内容类型 ${p.received}；请使用 ${list(p.allowed)}`,
  'not-found': (p) => `不存在${NOT_FOUND_ZH[String(p.key)] ?? String(p.key)} ${p.received}${p.allowed ? `；现有：${list(p.allowed)}` : ''}`,
  unauthorized: () => '须提供有效的访问令牌（请求头 Authorization: Bearer <令牌>）',
  timeout: (p) => `请求处理超过本服务允许的时限（${p.limit} 毫秒），已中止，未作任何审核决定`,
  'internal-error': (p) => `服务内部错误（请求编号 ${p.key}），详情见服务日志`,
};

const KIND_ZH: Record<string, string> = {
  money: '金额（十进制字符串）',
  date: '日期',
  count: '数量（整数）',
  number: '数字',
  boolean: '是/否（true 或 false）',
  text: '文本',
  enum: '固定列表中的值',
  scalar: '单个值（文本、数字、是/否或列表中的值）',
  array: '列表',
  record: '对象',
  unknown: '未知类型',
};

/** 把检查器的类型记号（`money`、`list:date`、`period:date` 等）写成中文。 */
function kindZh(token: string): string {
  const [head, inner] = token.split(':', 2) as [string, string | undefined];
  if (head === 'list') return inner ? `${KIND_ZH[inner] ?? inner}的列表` : '列表';
  if (head === 'period') return `由${KIND_ZH[inner ?? ''] ?? inner}构成的期间 {from, to}`;
  return KIND_ZH[head] ?? head;
}

function kindsZh(tokens?: readonly string[]): string {
  return (tokens ?? []).map(kindZh).join('或');
}

/** 各类调整的中文理由。 */
const onceKeyZh = (k: OnceKey) => (k.field === null ? `申报主体（${k.value}）` : `“${k.field.slice(2)}”（${k.value}）`);

export const zhAdjustments: AdjustmentWording = {
  'item-cap': (p) => `单项最高 ${p.cap} 元`,
  'higher-level-top-up': (p) => `同一事项已获上级资助 ${p.funding} 元，按差额补足`,
  'higher-level-exclusive': (p) => `同一事项已获上级资助 ${p.funding} 元，本条款不再重复资助`,
  'once-only': (p) =>
    `同一${onceKeyZh(p.key)}只资助一次：${'subject' in p.earlier ? `本次申报的事项 ${p.earlier.subject} ` : `${p.earlier.years.join(', ')} 年`}已获资助`,
  'once-only-difference': (p) => `同一${onceKeyZh(p.key)}只资助一次：此前已获 ${p.paid} 元，按差额资助`,
  'take-the-higher': (p) => `${p.group.zh}：${p.winner.title.zh}（${p.winner.subject}）可获 ${p.winnerAmount} 元，按就高原则不重复`,
  'clause-cap': (p) =>
    `本条款每个主体每年最高 ${p.cap} 元${p.lowered ? `（${p.lowered.year} 年度申报指南由 ${p.lowered.ceiling} 元调低）` : ''}${p.already !== null ? `；本年度已获 ${p.already} 元` : ''}`,
  'applicant-cap': (p) => `${p.year} 年度申报指南规定每个主体年度资助上限 ${p.cap} 元${p.already !== null ? `；本年度已获 ${p.already} 元` : ''}`,
  'budget-proration': (p) => `第${p.part.number}部分（${p.part.title.zh}）预算 ${p.budget} 元低于申请总额 ${p.requested} 元，按比例 ${p.ratio} 核减`,
};

/** 决定中警示信息的中文表述。 */
export const zhWarnings = {
  'patent-grant-not-subsidised': () =>
    '专利授权不予资助：按国家要求，专利授权阶段的各类资助和奖励已于 2025 年底前全部取消；本事项不予审查，申报中的其他事项照常审查',
  'reference-figure': (p: { article: string; title: string }) => `第 ${p.article} 条（${p.title}）的金额采用参考值，并非政策措施公布文本`,
  'reference-condition': (p: { article: string; title: string; condition: string; label: string }) =>
    `第 ${p.article} 条（${p.title}）因条件 ${p.condition}（${p.label}）不予支持，该条件的门槛或范围为参考设定，并非政策措施公布文本`,
  'reference-guideline': (p: { year: number }) => `所用 ${p.year} 年度申报指南（申报窗口、事项期间、预算、上限）为参考稿，并非正式发布的指南`,
};

/** 标准名称及 `diff` 各行的中文表述。 */
export const zhFigures = {
  name: (n: string) =>
    n.startsWith('table:')
      ? `${n.slice(6)} 的金额`
      : (({ value: '金额', rate: '比例', cap: '单项上限', unit: '单价', clauseCap: '条款年度上限' } as Record<string, string>)[n] ?? n),
  none: '无',
  suspended: '暂停受理',
  open: '正常受理',
  addedConditions: '新增条件',
  materials: '申报材料',
  frame: (f: string) =>
    (
      ({ window: '申报窗口', eventPeriod: '事项发生期间', applicantCap: '单个主体年度上限', 'budget.total': '总预算', provenance: '来源' }) as Record<
        string,
        string
      >
    )[f] ?? f.replace('budget.parts.', '预算：'),
  head: ['条款', '名称', '变化', '原为', '现为', '标准性质'],
  standing: { reference: '参考值，并非政策措施公布文本', published: '政策措施公布标准' } as Record<'reference' | 'published', string>,
  standingNote: (s: string) => `（${s}）`,
  noChange: (a: string, b: string) => `${a} 与 ${b} 之间没有差异`,
};
