import type { CliWording } from '../cli-wording.js';
import { groupedYuan } from '../format/money-text.js';
import { smallNumeralZh } from '../format/numeral-zh.js';

/** `table、text、json 或 html`. */
const orList = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join('、')} 或 ${xs[xs.length - 1]}` : (xs[0] ?? ''));

export const cliZh: CliWording = {
  provenanceText: { reference: '参考值，并非政策措施公布文本', published: '政策措施公布标准' },
  ioReason: {
    EACCES: '权限不足',
    EPERM: '操作不被允许',
    ENOENT: '文件或目录不存在',
    ENOTDIR: '路径中有一项不是目录',
    EISDIR: '这是一个目录，不是文件',
    ENOSPC: '磁盘空间已满',
    EDQUOT: '磁盘配额已用尽',
    EROFS: '文件系统为只读',
    EEXIST: '文件已存在',
    EMFILE: '打开的文件过多',
    ENAMETOOLONG: '文件名过长',
    EIO: '输入输出错误',
    EXDEV: '不能跨文件系统移动',
    EBUSY: '文件正被占用',
  },
  ioFailed: (p) => `文件操作失败：${p.reason}（${p.code}）`,
  cannotRead: (p) => `无法读取 ${p.file}：${p.reason}（${p.code}）`,
  cannotWrite: (p) => `无法写入 ${p.file}：${p.reason}（${p.code}）`,
  unknownOption: (p) => `未知的 ${p.option} ${p.value}：请用 ${orList(p.allowed)}`,
  unknownInputFileFormat: (p) => `无法判断 ${p.file} 的格式：请将文件命名为 .jsonl 或 .csv，或指定 --input-format jsonl|csv`,
  notAFile: (p) => `${p.file} 不是文件`,
  noRulesDirectory: (p) => `--rules ${p.dir}：目录不存在`,
  giveYearOrGuideline: '请指定 --year <年度> 或 --guideline <文件>',
  noSuchDirectory: (p) => `目录不存在：${p.dir}`,
  lintProblems: (p) => `共 ${p.count} 处问题`,
  lintPassed: (p) => `规则检查通过：${p.at === null ? '' : `${p.at}，`}${p.clauses} 个条款，年度指南 ${p.years}`,
  clausesHead: ['条款', '编号', '名称', '类别', '申报主体'],
  diffGuidelineRow: '申报指南',
  validClauseIds: (p) => `有效的条款编号（前为条款序号）：${p.known}`,
  internalError: (p) => `内部错误（程序缺陷，请连同命令行一并报告）：${p.detail}`,

  unknownOutputFormat: (p) => `未知的输出格式“${p.ext}”：--out 的扩展名应为 ${p.allowed.join(', ')} 之一`,
  outIsInput: (p) => `--out 不能是输入文件本身${p.links ? '（含指向输入文件的链接）' : ''}`,
  outDirNotDirectory: (p) => `无法写入 ${p.file}：${p.dir} 不是目录`,
  outputLocked: (p) => `另一批量审核进程${p.holder !== null ? ` (pid ${p.holder})` : ''}正在写入 ${p.file}；如确无其他进程运行，请删除 ${p.lock}`,
  moreRejections: (p) => `……另有 ${p.count} 条${p.file !== null ? `，见 ${p.file}` : ''}`,

  batchCounts: (p) => `批量审核${p.year}年度：从${p.input}读取${p.rows}行，共${p.applications}份申报：${p.decided}份已审核，${p.rejected}份数据有误退回`,
  rejectedRowsIn: (p) => `退回的行及原因：${p.file}`,
  budgetHead: ['部分', '预算（元）', '申请（元）', '核拨（元）', '比例'],
  budgetPart: (p) => `第${smallNumeralZh(p.number)}部分\u3000${p.title}`,
  budgetTotal: '合计',
  referenceStanding: (p) =>
    [
      p.referencePaid !== null ? `其中按参考值核拨${groupedYuan(p.referencePaid)}元，参考值并非政策措施公布文本` : '',
      p.referenceGuidelineYear !== null ? `所用${p.referenceGuidelineYear}年度申报指南为参考稿，并非正式发布的指南` : '',
    ]
      .filter((t) => t !== '')
      .join('；'),

  decisionHead: ['条款', '名称', '事项', '符合条件', '金额（元）', '说明'],
  decisionArticle: (a) => `第${a}条`,
  decisionNotesSeparator: '；',
};
