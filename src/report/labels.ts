import type { Bilingual } from '../core/issue.js';
import * as vocab from '../schema/vocabulary.js';
import type { Vocabulary } from '../schema/vocabulary.js';

/*
 * Every display label of a field or a value a reviewer reads goes through
 * this one module, so that no output shows a code (`yuancheng`,
 * `seriousDishonesty`). Labels come from the policy's vocabulary
 * (rules/vocabulary.json), handed in by the caller: the report layer knows no
 * policy. The table below only covers what the vocabulary does not describe
 * (the clause and context facts conditions read, a few report wordings), and
 * stands in for it when a caller gives none. A code with no label is returned
 * as it is, and the no-code test catches it.
 */

export type LabelLang = 'zh' | 'en';
type Pair = readonly [zh: string, en: string];
type Table = Readonly<Record<string, Pair>>;

/** `applicant`, an event type, `history`, `clause` or `context`: where a field lives. */
export type SubjectType = string;

const APPLICANT_KINDS: Table = {
  enterprise: ['企业', 'enterprise'],
  university: ['高等院校', 'university'],
  'research-institute': ['科研院所', 'research institute'],
  'service-agency': ['知识产权服务机构', 'IP service agency'],
  'industry-association': ['行业协会', 'industry association'],
  'public-institution': ['事业单位', 'public institution'],
  'government-body': ['政府机关', 'government body'],
  cooperative: ['农民专业合作社', 'farmers’ cooperative'],
  individual: ['个人', 'individual'],
};

const COUNTIES: Table = {
  yuancheng: ['源城区', 'Yuancheng District'],
  dongyuan: ['东源县', 'Dongyuan County'],
  heping: ['和平县', 'Heping County'],
  longchuan: ['龙川县', 'Longchuan County'],
  zijin: ['紫金县', 'Zijin County'],
  lianping: ['连平县', 'Lianping County'],
  jiangdong: ['江东新区', 'Jiangdong New District'],
  hitech: ['高新区', 'Hi-tech Zone'],
  other: ['河源市以外', 'outside Heyuan'],
};

const EVENT_TYPES: Table = {
  'high-value-patent-center': ['高价值专利培育中心', 'high-value patent centre'],
  'patent-navigation-project': ['专利导航项目', 'patent navigation project'],
  'ip-enterprise-designation': ['知识产权示范、优势企业认定', 'IP enterprise designation'],
  'ip-management-certification': ['知识产权管理体系认证', 'IP management certification'],
  award: ['专利奖', 'patent award'],
  'competition-award': ['高价值专利大赛获奖', 'competition award'],
  'patent-transfer': ['专利转让、许可', 'patent transfer or licence'],
  'patent-industrialization-project': ['专利产业化项目', 'patent industrialisation project'],
  'patent-intensive-product': ['专利密集型产品', 'patent-intensive product'],
  'ip-operation-performance': ['知识产权运营业绩', 'IP operation performance'],
  'pledge-loan': ['知识产权质押贷款', 'IP pledge loan'],
  'ip-insurance': ['知识产权保险', 'IP insurance'],
  'ip-securitization': ['知识产权证券化', 'IP securitisation'],
  'trademark-brand-station': ['商标品牌指导站', 'trademark brand station'],
  'gi-product-approved': ['地理标志产品获批', 'GI product approved'],
  'gi-trademark-registered': ['地理标志商标注册', 'GI trademark registered'],
  'gi-mark-authorization': ['地理标志专用标志使用核准', 'GI mark authorisation'],
  'overseas-dispute': ['海外知识产权纠纷', 'overseas IP dispute'],
  'rights-assistance-workstation': ['维权援助工作站', 'rights assistance workstation'],
  'mediation-cases': ['知识产权纠纷调解、仲裁', 'IP mediation and arbitration'],
  notarization: ['知识产权公证', 'IP notarisation'],
  'data-ip-registration': ['数据知识产权登记', 'data IP registration'],
  'strong-ip-designation': ['知识产权强县、强园区', 'strong-IP county or park'],
  'gi-demo-zone': ['地理标志保护示范区', 'GI protection demonstration zone'],
  'public-service-outlet': ['知识产权信息公共服务网点', 'IP information public service outlet'],
  'agency-established': ['服务机构设立', 'service agency established'],
  'key-trademark-listed': ['列入重点商标保护名录', 'key trademark listed'],
  'industry-ip-alliance': ['产业知识产权联盟', 'industry IP alliance'],
  'talent-qualification': ['知识产权人才资格', 'IP talent qualification'],
  'ip-education-school': ['知识产权教育示范学校', 'IP education school'],
  'patent-grant': ['专利授权', 'patent grant'],
};

/** Field labels shared by every subject type; SUBJECT_FIELDS overrides where a type reads a field differently. */
const FIELDS: Table = {
  // applicant
  id: ['编号', 'id'],
  name: ['名称', 'name'],
  kind: ['主体类型', 'kind of applicant'],
  creditCode: ['统一社会信用代码', 'unified social credit code'],
  county: ['注册地', 'place of registration'],
  isSme: ['是否中小微企业', 'small or medium-sized enterprise'],
  seriousDishonesty: ['是否列入严重失信主体名单', 'on the list of seriously dishonest entities'],
  ipViolationDates: ['知识产权违法违规行为日期', 'dates of IP violations'],
  // every event
  type: ['事项类型', 'type of event'],
  date: ['事项日期', 'date of the event'],
  higherLevelFunding: ['已获上级资助金额', 'higher-level funding received'],
  predecessorFunded: ['是否已按原政策获得支持', 'already supported under the old policy'],
  // event fields
  centerId: ['培育中心编号', 'centre number'],
  level: ['级别', 'level'],
  accepted: ['是否通过验收', 'accepted'],
  projectId: ['项目编号', 'project number'],
  cost: ['项目实际支出', 'project cost'],
  programme: ['认定类别', 'designation'],
  stage: ['认定阶段', 'stage'],
  standard: ['认证标准', 'standard'],
  certificateNo: ['证书编号', 'certificate number'],
  firstTime: ['是否首次认证', 'first certification'],
  scheme: ['奖项', 'award scheme'],
  patentNumber: ['专利号', 'patent number'],
  competition: ['赛事', 'competition'],
  rank: ['获奖等次', 'rank'],
  role: ['交易角色', 'role'],
  deal: ['交易方式', 'kind of deal'],
  counterpartyKind: ['对方主体类型', 'kind of counterparty'],
  counterpartyInHeyuan: ['对方是否在河源市', 'counterparty in Heyuan'],
  relatedParty: ['是否关联交易', 'related-party deal'],
  recorded: ['是否已登记备案', 'recorded with CNIPA'],
  amountPaid: ['实际支付金额', 'amount paid'],
  amountReceived: ['实际收到金额', 'amount received'],
  patentNumbers: ['专利号', 'patent numbers'],
  productId: ['产品编号', 'product number'],
  recognized: ['是否已认定', 'recognised'],
  transactions: ['促成交易笔数', 'transactions brokered'],
  brokeredAmount: ['促成交易金额', 'amount brokered'],
  principal: ['贷款本金', 'loan principal'],
  interestPaid: ['实际支付利息', 'interest paid'],
  evaluationFee: ['评估费', 'valuation fee'],
  guaranteeFee: ['担保费', 'guarantee fee'],
  pledgeRegistered: ['质押是否已登记', 'pledge registered'],
  repaidOnSchedule: ['是否按期还本付息', 'repaid on schedule'],
  lenderKind: ['贷款机构类型', 'kind of lender'],
  higherLevelInterestSubsidy: ['已获上级贴息', 'higher-level interest subsidy'],
  higherLevelFeeSubsidy: ['已获上级费用补助', 'higher-level fee subsidy'],
  premiumPaid: ['实际支付保费', 'premium paid'],
  insuranceKind: ['险种', 'kind of insurance'],
  settled: ['是否已完成发行', 'settled'],
  financingAmount: ['融资金额', 'amount financed'],
  financingCost: ['融资成本', 'financing cost'],
  giName: ['地理标志名称', 'geographical indication'],
  trademarkNumber: ['商标注册号', 'trademark number'],
  markKind: ['商标类别', 'kind of mark'],
  approved: ['是否已核准', 'approved'],
  caseKind: ['案件类型', 'kind of case'],
  jurisdiction: ['法域', 'jurisdiction'],
  closed: ['是否已结案', 'closed'],
  outcome: ['结案结果', 'outcome'],
  costPaid: ['实际支付费用', 'costs paid'],
  insurancePayout: ['保险赔付', 'insurance payout'],
  assessment: ['考核结果', 'assessment'],
  mechanism: ['解决方式', 'mechanism'],
  casesResolved: ['结案件数', 'cases resolved'],
  purpose: ['公证用途', 'purpose'],
  feePaid: ['实际支付公证费', 'fee paid'],
  certificates: ['登记证书数', 'certificates'],
  certificatesUsed: ['已运用证书数', 'certificates used'],
  designation: ['类别', 'designation'],
  zoneName: ['示范区名称', 'zone'],
  patentAttorneys: ['专利代理师人数', 'patent attorneys'],
  qualification: ['资格', 'qualification'],
  employedInHeyuan: ['是否在河源市工作', 'employed in Heyuan'],
  list: ['名录', 'list'],
  allianceId: ['联盟编号', 'alliance number'],
  keyIndustry: ['是否属重点产业', 'key industry'],
  // history
  clause: ['条款', 'clause'],
  year: ['年度', 'year'],
  subjectKey: ['资助对象', 'subject'],
  amount: ['金额', 'amount'],
  clawedBack: ['是否已追回', 'clawed back'],
  // the clause and the guideline
  suspended: ['本年度是否暂停受理', 'suspended this year'],
  applicants: ['申报主体类型', 'kinds of applicant'],
  clawbackYears: ['被追回财政资金的年度', 'years of clawbacks for fraud'],
};

const SUBJECT_FIELDS: Readonly<Record<SubjectType, Table>> = {
  award: { level: ['奖项等次', 'award level'] },
  'high-value-patent-center': { accepted: ['是否获批', 'accepted'] },
  'ip-enterprise-designation': { stage: ['认定阶段', 'stage'] },
  'gi-demo-zone': { stage: ['创建阶段', 'stage'] },
  'rights-assistance-workstation': {},
};

/** Value labels by field; SUBJECT_VALUES overrides where one code means different things by type. */
const VALUES: Readonly<Record<string, Table>> = {
  kind: APPLICANT_KINDS,
  counterpartyKind: APPLICANT_KINDS,
  applicants: APPLICANT_KINDS,
  county: COUNTIES,
  type: EVENT_TYPES,
  level: {
    city: ['市级', 'city'],
    provincial: ['省级', 'provincial'],
    national: ['国家级', 'national'],
    'national-demonstration': ['国家级示范', 'national demonstration'],
    'national-pilot': ['国家级试点', 'national pilot'],
    gold: ['金奖', 'gold'],
    silver: ['银奖', 'silver'],
    excellent: ['优秀奖', 'excellence'],
  },
  rank: { gold: ['金奖', 'gold'], silver: ['银奖', 'silver'], excellent: ['优秀奖', 'excellence'] },
  programme: {
    'national-demonstration': ['国家知识产权示范企业', 'national IP demonstration enterprise'],
    'national-advantage': ['国家知识产权优势企业', 'national IP advantage enterprise'],
    'provincial-demonstration': ['省知识产权示范企业', 'provincial IP demonstration enterprise'],
    'city-demonstration': ['市知识产权示范企业', 'city IP demonstration enterprise'],
  },
  stage: {
    new: ['首次认定', 'new'],
    renewal: ['复核', 'renewal'],
    'national-preparation': ['国家级筹建', 'national, in preparation'],
    'national-accepted': ['国家级验收通过', 'national, accepted'],
    provincial: ['省级', 'provincial'],
  },
  scheme: {
    'china-patent-award': ['中国专利奖', 'China Patent Award'],
    'china-design-award': ['中国外观设计奖', 'China Design Award'],
    'guangdong-patent-award': ['广东专利奖', 'Guangdong Patent Award'],
  },
  competition: {
    'gba-high-value-patent': ['粤港澳大湾区高价值专利培育布局大赛', 'GBA High-Value Patent Competition'],
    other: ['其他赛事', 'another competition'],
  },
  role: {
    transferee: ['受让方（被许可方）', 'transferee (licensee)'],
    transferor: ['转让方（许可方）', 'transferor (licensor)'],
    patentee: ['专利权人', 'patentee'],
    inventor: ['发明人（设计人）', 'inventor (designer)'],
  },
  deal: { transfer: ['转让', 'transfer'], licence: ['许可', 'licence'] },
  lenderKind: { bank: ['银行业金融机构', 'bank'], other: ['其他机构', 'another lender'] },
  markKind: { certification: ['证明商标', 'certification mark'], collective: ['集体商标', 'collective mark'] },
  caseKind: { litigation: ['诉讼', 'litigation'], 'us-337': ['美国337调查', 'US section 337 investigation'], arbitration: ['仲裁', 'arbitration'] },
  outcome: { won: ['胜诉', 'won'], settled: ['和解', 'settled'], 'effective-ruling': ['取得生效裁决', 'effective ruling'], lost: ['败诉', 'lost'] },
  assessment: { excellent: ['优秀', 'excellent'], pass: ['合格', 'pass'], fail: ['不合格', 'fail'] },
  mechanism: { mediation: ['调解', 'mediation'], arbitration: ['仲裁', 'arbitration'] },
  purpose: { 'evidence-preservation': ['证据保全', 'evidence preservation'], deposit: ['存证', 'deposit'] },
  designation: { county: ['县（区）', 'county'], park: ['园区', 'park'] },
  qualification: {
    'senior-title': ['知识产权正高级职称', 'senior professional title in IP'],
    'associate-senior-title': ['知识产权副高级职称', 'associate senior title in IP'],
    'patent-attorney': ['专利代理师资格', 'patent attorney'],
  },
  list: { 'guangdong-key-trademark': ['广东省重点商标保护名录', 'Guangdong key trademark list'] },
  standard: {
    'GB/T 29490': ['GB/T 29490《企业知识产权合规管理体系 要求》', 'GB/T 29490 (enterprises)'],
    'GB/T 33250': ['GB/T 33250《科研组织知识产权管理规范》', 'GB/T 33250 (research institutes)'],
    'GB/T 33251': ['GB/T 33251《高等学校知识产权管理规范》', 'GB/T 33251 (universities)'],
  },
};

const SUBJECT_VALUES: Readonly<Record<SubjectType, Readonly<Record<string, Table>>>> = {
  'ip-education-school': {
    level: {
      'national-demonstration': ['国家知识产权教育示范学校', 'national demonstration school'],
      'national-pilot': ['国家知识产权教育试点学校', 'national pilot school'],
      provincial: ['省级', 'provincial'],
    },
  },
  'strong-ip-designation': {
    level: {
      'national-demonstration': ['国家知识产权强县（园区）示范', 'national demonstration'],
      'national-pilot': ['国家知识产权强县（园区）试点', 'national pilot'],
      provincial: ['省级知识产权强县（园区）', 'provincial'],
    },
  },
};

const pick = (pair: Pair | undefined, lang: LabelLang): string | undefined => (pair ? pair[lang === 'zh' ? 0 : 1] : undefined);
const own = <T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
/**
 * The vocabulary's English labels are capitalised as headings ("Interest paid",
 * "Enterprise"); inside a sentence a common noun is lower case, a name
 * ("Yuancheng District", "Guangdong Patent Award") or an acronym ("IP") is not.
 */
const inSentence = (text: string): string => (/^[A-Z][a-z]/.test(text) && !/\s[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);
const bi = (b: Bilingual | undefined, lang: LabelLang): string | undefined => (b === undefined ? undefined : lang === 'en' ? inSentence(b.en) : b.zh);

/** What a report needs to know of the policy: its vocabulary, clause files and policy file, as the rules give them. */
export interface ReportSources {
  vocabulary?: Vocabulary;
  clauses?: readonly { data: unknown }[];
  policy?: unknown;
}

/** The parts of a clause file a report reads. */
export interface ClauseFacts {
  subject?: string;
  amount?: { form?: string; path?: string | string[]; of?: string[]; less?: string[] };
  conditions?: unknown;
  limits?: { oncePer?: string };
}

interface PartEntry {
  id: string;
  number: number;
  title: { zh: string; en: string };
}

export interface ReportContext {
  /** A field's label, e.g. fieldLabel('applicant', 'seriousDishonesty', 'zh') → 是否列入严重失信主体名单. */
  fieldLabel(subjectType: SubjectType, field: string, lang: LabelLang): string;
  /** An enum value's label, e.g. valueLabel('award', 'level', 'silver', 'zh') → 银奖; a value that is not a code comes back as it is. */
  valueLabel(subjectType: SubjectType, field: string, value: string, lang: LabelLang): string;
  applicantKindLabel(kind: string, lang: LabelLang): string;
  countyLabel(county: string, lang: LabelLang): string;
  eventTypeLabel(type: string, lang: LabelLang): string;
  /** A part's title as the policy words it (without its number). */
  partLabel(part: string, lang: LabelLang): string;
  /** A part's number (1…5), or 0 for an unknown id. */
  partNumber(part: string): number;
  policyTitle(lang: LabelLang): string;
  /** What a reader must know once about the clauses' source and numbering, or null when the policy says nothing. */
  sourceNote(lang: LabelLang): string | null;
  clause(id: string): ClauseFacts | undefined;
  /** The event type a clause pays for (`applicant` for a clause about the applicant). */
  clauseSubjectType(id: string): SubjectType;
}

export function reportContext(sources: ReportSources): ReportContext {
  const v = sources.vocabulary;
  const clauses = new Map<string, ClauseFacts>();
  for (const c of sources.clauses ?? []) {
    const data = c.data as ClauseFacts & { id?: unknown };
    if (typeof data?.id === 'string') clauses.set(data.id, data);
  }
  const policy = sources.policy as { title?: Record<string, unknown>; parts?: unknown; sourceNote?: Record<string, unknown> } | null | undefined;
  const parts: PartEntry[] = Array.isArray(policy?.parts) ? (policy.parts as PartEntry[]) : [];
  const fieldLabel = (subjectType: string, field: string, lang: LabelLang) =>
    (v ? bi(vocab.fieldLabel(v, subjectType, field), lang) : undefined) ??
    pick(own(own(SUBJECT_FIELDS, subjectType), field) ?? own(FIELDS, field), lang) ??
    field;
  const valueLabel = (subjectType: string, field: string, value: string, lang: LabelLang) =>
    (v ? bi(vocab.valueLabel(v, subjectType, field, value), lang) : undefined) ??
    pick(own(own(own(SUBJECT_VALUES, subjectType), field), value) ?? own(own(VALUES, field), value), lang) ??
    value;
  const clauseSubjectType = (id: string) => clauses.get(id)?.subject ?? 'applicant';
  return {
    fieldLabel,
    valueLabel,
    applicantKindLabel: (kind, lang) => valueLabel('applicant', 'kind', kind, lang),
    countyLabel: (county, lang) => valueLabel('applicant', 'county', county, lang),
    eventTypeLabel: (type, lang) => (v ? bi(vocab.eventTypeLabel(v, type), lang) : undefined) ?? pick(own(EVENT_TYPES, type), lang) ?? type,
    partLabel: (part, lang) => parts.find((p) => p.id === part)?.title[lang] ?? part,
    partNumber: (part) => parts.find((p) => p.id === part)?.number ?? 0,
    policyTitle: (lang) => (typeof policy?.title?.[lang] === 'string' ? (policy.title[lang] as string) : ''),
    sourceNote: (lang) => (typeof policy?.sourceNote?.[lang] === 'string' ? (policy.sourceNote[lang] as string) : null),
    clause: (id) => clauses.get(id),
    clauseSubjectType: (id) => (clauses.get(id)?.subject === 'applicant' ? 'applicant' : clauseSubjectType(id)),
  };
}

/** For a caller that gives no policy: labels from the table alone, no clause facts. */
export const noContext: ReportContext = reportContext({});

/** Every code the label table covers: the no-code test reads the schema's codes instead, so this is for docs and checks. */
export function vocabularyCodes(ctx: ReportSources): { parts: string[] } {
  const p = (ctx.policy as { parts?: { id: string }[] } | undefined)?.parts;
  return { parts: Array.isArray(p) ? p.map((x) => x.id) : [] };
}
