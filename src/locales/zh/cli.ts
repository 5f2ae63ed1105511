import type { CliWording } from '../cli-wording.js';

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
};
