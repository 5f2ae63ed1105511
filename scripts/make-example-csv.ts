/*
 * Writes the batch examples from one list of applications, so the CSV and
 * the JSONL say the same thing:
 *   examples/applications.csv              ≥ 50 applicants, every event type of the catalogue
 *   examples/applications.jsonl            the same applications, one per line
 *   examples/applications-with-errors.csv  a few good applicants and deliberately bad rows
 * Run: npx vite-node scripts/make-example-csv.ts
 * Names are invented; credit codes are generated with valid check characters.
 */
import { parseApplication } from '../src/api/parse-application.js';
import { eventSchemas } from '../src/heyuan/application.js';
import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { applicantFields, eventFieldNames, historyFields } from '../src/cli/cell-kinds.js';
import { creditCodeCheckChar, orgCodeCheckChar } from '../src/core/credit-code.js';

type Obj = Record<string, unknown>;
interface App {
  applicant: Obj;
  events: Obj[];
  history?: Obj[];
}

const DIVISION: Record<string, string> = {
  yuancheng: '441602',
  dongyuan: '441625',
  heping: '441624',
  longchuan: '441622',
  zijin: '441621',
  lianping: '441623',
  jiangdong: '441600',
  hitech: '441600',
  other: '440300',
};

// GB 32100-2015: registering authority and organisation type, by applicant kind.
const ORG_TYPE: Record<string, string> = {
  enterprise: '91',
  university: '12',
  'research-institute': '12',
  'public-institution': '12',
  cooperative: '93',
  'service-agency': '91',
  'industry-association': '51',
  'government-body': '11',
};

let serial = 0;
function creditCode(kind: string, county: string): string {
  serial++;
  // A deterministic 8-character organisation code body; "MA" is how codes issued since 2015 begin.
  const digits = String((serial * 7919 + 104729) % 1_000_000).padStart(6, '0');
  const body = kind === 'enterprise' || kind === 'service-agency' ? `MA${digits}` : `${String(10 + (serial % 89))}${digits}`;
  const first17 = ORG_TYPE[kind]! + DIVISION[county]! + body + orgCodeCheckChar(body);
  return first17 + creditCodeCheckChar(first17);
}

let appSerial = 0;
function applicant(name: string, kind: string, county: string, extra: Obj = {}): Obj {
  appSerial++;
  const id = `HY-${String(appSerial).padStart(3, '0')}`;
  const a: Obj = { id, name, kind };
  if (kind !== 'individual') a.creditCode = creditCode(kind, county);
  a.county = county;
  if (kind === 'enterprise') a.isSme = true;
  a.seriousDishonesty = false;
  return { ...a, ...extra };
}

let eventSerial = 0;
// What v2 of the catalogue asks of every event of a type, where the example does not say otherwise.
const V2_DEFAULTS: Record<string, Obj> = {
  award: { role: 'patentee' },
  'patent-transfer': { deal: 'licence' },
  'pledge-loan': { lenderKind: 'bank' },
};
// The previous policy expired on this day: an event up to it says whether that policy supported it (G8).
const PREDECESSOR_EXPIRED = '2025-06-23';
function ev(type: string, date: string, fields: Obj = {}): Obj {
  eventSerial++;
  const e: Obj = { id: `E-${String(eventSerial).padStart(4, '0')}`, type, date, ...V2_DEFAULTS[type], ...fields };
  if (date <= PREDECESSOR_EXPIRED && e.predecessorFunded === undefined) e.predecessorFunded = false;
  return e;
}

const apps: App[] = [
  // Enterprises
  {
    applicant: applicant('河源市万绿湖电子科技有限公司', 'enterprise', 'yuancheng'),
    events: [
      ev('award', '2025-07-15', { scheme: 'guangdong-patent-award', level: 'silver', patentNumber: 'ZL202110356781.2' }),
      ev('pledge-loan', '2025-12-20', {
        principal: '5000000',
        interestPaid: '180000.00',
        evaluationFee: '20000',
        guaranteeFee: '0',
        pledgeRegistered: true,
        repaidOnSchedule: true,
      }),
    ],
    history: [{ clause: 'patent-award', year: 2024, subjectKey: 'ZL201910000009.1', amount: '50000.00' }],
  },
  {
    applicant: applicant('广东源城智能装备有限公司', 'enterprise', 'yuancheng', { isSme: false }),
    events: [
      ev('high-value-patent-center', '2025-04-10', { centerId: 'HVC-2025-01', level: 'provincial', accepted: true, higherLevelFunding: '50000' }),
      ev('patent-navigation-project', '2025-06-30', { projectId: 'PN-2025-003', accepted: true, cost: '168000.00' }),
    ],
  },
  {
    applicant: applicant('东源县仙湖茶业有限公司', 'enterprise', 'dongyuan'),
    events: [
      ev('ip-enterprise-designation', '2025-09-01', { programme: 'provincial-demonstration', stage: 'new' }),
      ev('gi-mark-authorization', '2025-05-18', { giName: '仙湖茶', approved: true }),
    ],
  },
  {
    applicant: applicant('和平县猕猴桃农业发展有限公司', 'enterprise', 'heping'),
    events: [ev('gi-mark-authorization', '2025-08-08', { giName: '和平猕猴桃', approved: true })],
  },
  {
    applicant: applicant('龙川县佗城精密电子有限公司', 'enterprise', 'longchuan'),
    events: [ev('ip-management-certification', '2025-03-22', { standard: 'GB/T 29490', certificateNo: '18125IP0567R0M', firstTime: true })],
  },
  {
    applicant: applicant('紫金县蓝塘新材料有限公司', 'enterprise', 'zijin'),
    events: [
      ev('patent-transfer', '2025-10-12', {
        role: 'transferee',
        deal: 'transfer',
        counterpartyKind: 'university',
        counterpartyInHeyuan: true,
        relatedParty: false,
        recorded: true,
        amountPaid: '320000.00',
        patentNumbers: ['ZL202010123456.7', 'ZL202010123457.5'],
      }),
    ],
  },
  {
    applicant: applicant('连平县鹰嘴蜜桃股份有限公司', 'enterprise', 'lianping'),
    events: [
      ev('gi-mark-authorization', '2025-06-02', { giName: '连平鹰嘴蜜桃', approved: true }),
      ev('ip-insurance', '2025-02-26', { premiumPaid: '36000.00', insuranceKind: '专利执行保险' }),
    ],
  },
  {
    applicant: applicant('河源江东新区精工模具有限公司', 'enterprise', 'jiangdong'),
    events: [ev('patent-industrialization-project', '2025-11-03', { projectId: 'PI-2025-011', accepted: true })],
  },
  {
    applicant: applicant('河源高新区光谷光电科技有限公司', 'enterprise', 'hitech'),
    events: [
      ev('patent-intensive-product', '2025-05-09', { productId: 'PIP-44160-0091', recognized: true }),
      ev('patent-intensive-product', '2025-05-09', { productId: 'PIP-44160-0092', recognized: true }),
      ev('patent-intensive-product', '2025-09-19', { productId: 'PIP-44160-0133', recognized: false }),
    ],
  },
  {
    applicant: applicant('河源市恒昌电子股份有限公司', 'enterprise', 'hitech', { isSme: false }),
    events: [
      ev('overseas-dispute', '2025-08-28', {
        caseKind: 'us-337',
        jurisdiction: '美国国际贸易委员会',
        closed: true,
        outcome: 'won',
        costPaid: '860000.00',
        insurancePayout: '200000.00',
      }),
    ],
  },
  {
    applicant: applicant('河源市源兴食品有限公司', 'enterprise', 'yuancheng'),
    events: [ev('notarization', '2025-04-21', { purpose: 'evidence-preservation', feePaid: '12800.00' })],
  },
  {
    applicant: applicant('河源市数智云科技有限公司', 'enterprise', 'hitech'),
    events: [
      ev('data-ip-registration', '2025-07-07', { certificates: 3, certificatesUsed: 2 }),
      ev('competition-award', '2025-11-21', { competition: 'gba-high-value-patent', rank: 'silver' }),
    ],
  },
  {
    applicant: applicant('河源市新能源电池有限公司', 'enterprise', 'jiangdong', { isSme: false }),
    events: [ev('ip-securitization', '2025-09-30', { settled: true, financingAmount: '20000000', financingCost: '420000.00' })],
  },
  {
    applicant: applicant('东源县康禾生物科技有限公司', 'enterprise', 'dongyuan'),
    events: [
      ev('pledge-loan', '2025-03-15', {
        principal: '3000000',
        interestPaid: '96000.00',
        evaluationFee: '15000',
        guaranteeFee: '24000',
        pledgeRegistered: true,
        repaidOnSchedule: true,
      }),
      ev('award', '2025-12-05', { scheme: 'china-patent-award', level: 'excellent', patentNumber: 'ZL201810987654.3' }),
    ],
  },
  {
    applicant: applicant('龙川县霍山农产品有限公司', 'enterprise', 'longchuan'),
    events: [ev('ip-enterprise-designation', '2025-10-20', { programme: 'city-demonstration', stage: 'new' })],
  },
  {
    applicant: applicant('紫金县宝山矿业机械有限公司', 'enterprise', 'zijin', { isSme: false }),
    events: [
      ev('ip-enterprise-designation', '2025-01-20', { programme: 'national-advantage', stage: 'new', higherLevelFunding: '0' }),
      ev('ip-enterprise-designation', '2025-06-20', { programme: 'provincial-demonstration', stage: 'new' }),
    ],
  },
  {
    applicant: applicant('和平县绿源水电设备有限公司', 'enterprise', 'heping'),
    events: [
      ev('pledge-loan', '2025-07-31', {
        interestPaid: '40500.50',
        evaluationFee: '6000',
        guaranteeFee: '9000',
        pledgeRegistered: true,
        repaidOnSchedule: true,
        higherLevelFeeSubsidy: '10000',
      }),
    ],
  },
  {
    applicant: applicant('河源市客都家具制造有限公司', 'enterprise', 'yuancheng'),
    events: [ev('ip-management-certification', '2025-08-16', { standard: 'GB/T 29490', firstTime: true })],
    history: [{ clause: 'ip-management-certification', year: 2023, subjectKey: 'HY-018', amount: '30000.00' }],
  },
  {
    applicant: applicant('连平县忠信五金制品有限公司', 'enterprise', 'lianping', { isSme: false }),
    events: [
      ev('patent-transfer', '2025-05-27', {
        role: 'transferee',
        counterpartyKind: 'research-institute',
        counterpartyInHeyuan: false,
        relatedParty: false,
        recorded: true,
        amountPaid: '150000.00',
      }),
    ],
  },
  {
    applicant: applicant('深圳市南山微电子有限公司', 'enterprise', 'other'),
    events: [ev('award', '2025-09-09', { scheme: 'guangdong-patent-award', level: 'gold', patentNumber: 'ZL201920456789.0' })],
  },
  {
    applicant: applicant('河源市帝豪陶瓷有限公司', 'enterprise', 'yuancheng', { ipViolationDates: ['2025-06-30'] }),
    events: [ev('ip-insurance', '2025-03-03', { premiumPaid: '18000.00' })],
  },
  {
    applicant: applicant('东源县义合智能制造有限公司', 'enterprise', 'dongyuan'),
    events: [
      ev('overseas-dispute', '2025-10-10', {
        caseKind: 'litigation',
        jurisdiction: '德国杜塞尔多夫地区法院',
        closed: true,
        outcome: 'settled',
        costPaid: '310000.00',
      }),
      ev('notarization', '2025-10-02', { purpose: 'deposit', feePaid: '4200.00' }),
    ],
  },
  {
    applicant: applicant('河源市万隆新材料科技有限公司', 'enterprise', 'hitech'),
    events: [
      ev('high-value-patent-center', '2025-02-14', { centerId: 'HVC-2025-02', level: 'city', accepted: true }),
      ev('award', '2025-11-11', { scheme: 'china-design-award', level: 'silver', patentNumber: 'ZL202130112233.4' }),
      ev('award', '2025-11-30', { scheme: 'guangdong-patent-award', level: 'excellent', patentNumber: 'ZL202130112233.4' }),
    ],
  },
  {
    applicant: applicant('和平县阳明茶业有限公司', 'enterprise', 'heping'),
    events: [ev('patent-industrialization-project', '2024-12-18', { projectId: 'PI-2024-027', accepted: true })],
  },
  {
    applicant: applicant('紫金县春茶产业有限公司', 'enterprise', 'zijin', { seriousDishonesty: true }),
    events: [ev('gi-mark-authorization', '2025-04-01', { giName: '紫金蝉茶', approved: true })],
  },
  {
    applicant: applicant('河源市华声通讯设备有限公司', 'enterprise', 'jiangdong'),
    events: [
      ev('patent-transfer', '2025-08-19', {
        role: 'transferee',
        counterpartyKind: 'university',
        counterpartyInHeyuan: true,
        relatedParty: false,
        recorded: true,
        amountPaid: '90000.00',
      }),
      ev('data-ip-registration', '2025-12-12', { certificates: 8, certificatesUsed: 8 }),
    ],
  },
  {
    applicant: applicant('龙川县老隆物流科技有限公司', 'enterprise', 'longchuan'),
    events: [ev('ip-insurance', '2025-11-25', { premiumPaid: '126000.00', insuranceKind: '知识产权侵权责任保险' })],
  },
  // Universities and research institutes
  {
    applicant: applicant('河源应用技术学院', 'university', 'yuancheng'),
    events: [
      ev('patent-transfer', '2025-10-12', {
        role: 'transferor',
        counterpartyKind: 'enterprise',
        counterpartyInHeyuan: true,
        relatedParty: false,
        recorded: true,
        amountReceived: '320000.00',
      }),
      ev('ip-management-certification', '2025-06-06', { standard: 'GB/T 33251', firstTime: true }),
    ],
  },
  {
    applicant: applicant('河源万绿职业学院', 'university', 'dongyuan'),
    events: [
      ev('high-value-patent-center', '2025-03-30', { centerId: 'HVC-2025-03', level: 'city', accepted: true }),
      ev('public-service-outlet', '2025-09-15', { level: 'provincial' }),
    ],
  },
  {
    applicant: applicant('河源市农业科学研究所', 'research-institute', 'yuancheng'),
    events: [
      ev('patent-transfer', '2025-05-27', {
        role: 'transferor',
        counterpartyKind: 'enterprise',
        counterpartyInHeyuan: true,
        relatedParty: false,
        recorded: true,
        amountReceived: '150000.00',
      }),
      ev('data-ip-registration', '2025-02-20', { certificates: 2, certificatesUsed: 0 }),
    ],
  },
  {
    applicant: applicant('河源市电子信息产业技术研究院', 'research-institute', 'hitech'),
    events: [
      ev('ip-management-certification', '2025-07-25', { standard: 'GB/T 33250', firstTime: true }),
      ev('competition-award', '2025-11-21', { competition: 'other', rank: 'gold' }),
      ev('patent-navigation-project', '2025-12-01', { projectId: 'PN-2025-009', accepted: true, cost: '240000.00' }),
    ],
  },
  // Service agencies
  {
    applicant: applicant('河源市知联知识产权代理有限公司', 'service-agency', 'yuancheng'),
    events: [
      ev('ip-operation-performance', '2025-12-31', { transactions: 7, brokeredAmount: '3600000.00' }),
      ev('mediation-cases', '2025-03-01', { mechanism: 'mediation', casesResolved: 4 }),
    ],
  },
  {
    applicant: applicant('广东万绿知识产权服务有限公司', 'service-agency', 'jiangdong'),
    events: [
      ev('rights-assistance-workstation', '2025-12-15', { assessment: 'excellent' }),
      ev('mediation-cases', '2025-12-20', { mechanism: 'mediation', casesResolved: 14 }),
    ],
  },
  {
    applicant: applicant('河源市启明专利事务所有限公司', 'service-agency', 'hitech'),
    events: [
      ev('public-service-outlet', '2025-08-08', { level: 'provincial' }),
      ev('trademark-brand-station', '2025-09-26', { level: 'provincial' }),
      ev('ip-operation-performance', '2025-12-31', { transactions: 2, brokeredAmount: '800000.00' }),
    ],
  },
  {
    applicant: applicant('河源市东江知识产权运营中心有限公司', 'service-agency', 'dongyuan'),
    events: [
      ev('public-service-outlet', '2025-06-18', { level: 'national' }),
      ev('mediation-cases', '2025-11-30', { mechanism: 'arbitration', casesResolved: 3 }),
    ],
  },
  // Industry associations
  {
    applicant: applicant('河源市茶叶行业协会', 'industry-association', 'yuancheng'),
    events: [
      ev('gi-trademark-registered', '2025-04-28', { giName: '河源绿茶', trademarkNumber: '62381547', markKind: 'certification' }),
      ev('trademark-brand-station', '2025-07-12', { level: 'national' }),
    ],
  },
  {
    applicant: applicant('和平县猕猴桃产业协会', 'industry-association', 'heping'),
    events: [
      ev('gi-product-approved', '2025-03-18', { giName: '和平猕猴桃' }),
      ev('gi-trademark-registered', '2025-10-09', { giName: '和平猕猴桃', trademarkNumber: '65120983', markKind: 'collective' }),
    ],
  },
  {
    applicant: applicant('河源市电子信息行业协会', 'industry-association', 'hitech'),
    events: [
      ev('patent-navigation-project', '2025-08-31', { projectId: 'PN-2025-014', accepted: true, cost: '96000.00' }),
      ev('rights-assistance-workstation', '2025-12-10', { assessment: 'pass' }),
      ev('mediation-cases', '2025-12-28', { mechanism: 'mediation', casesResolved: 60 }),
    ],
  },
  {
    applicant: applicant('紫金县茶叶协会', 'industry-association', 'zijin'),
    events: [ev('gi-trademark-registered', '2025-11-15', { giName: '紫金蝉茶', trademarkNumber: '67004512', markKind: 'collective' })],
  },
  // Public institutions
  {
    applicant: applicant('河源市第一中学', 'public-institution', 'yuancheng'),
    events: [ev('ip-education-school', '2025-05-20', { level: 'provincial' })],
  },
  {
    applicant: applicant('东源县仙塘中心小学', 'public-institution', 'dongyuan'),
    events: [ev('ip-education-school', '2025-10-30', { level: 'national-pilot' })],
  },
  {
    applicant: applicant('河源市知识产权保护中心', 'public-institution', 'yuancheng'),
    events: [
      ev('public-service-outlet', '2025-01-16', { level: 'national' }),
      ev('mediation-cases', '2025-12-26', { mechanism: 'mediation', casesResolved: 22 }),
    ],
  },
  {
    applicant: applicant('连平县农业技术推广中心', 'public-institution', 'lianping'),
    events: [ev('gi-product-approved', '2025-08-22', { giName: '连平鹰嘴蜜桃' })],
  },
  // Government bodies
  {
    applicant: applicant('紫金县人民政府', 'government-body', 'zijin'),
    events: [ev('strong-ip-designation', '2025-11-05', { level: 'provincial', designation: 'county' })],
  },
  {
    applicant: applicant('东源县人民政府', 'government-body', 'dongyuan'),
    events: [ev('gi-demo-zone', '2025-09-12', { zoneName: '东源仙湖茶地理标志保护示范区', stage: 'national-accepted' })],
    history: [{ clause: 'gi-protection-demo-zone', year: 2024, subjectKey: '东源仙湖茶地理标志保护示范区', amount: '300000.00' }],
  },
  {
    applicant: applicant('河源高新技术产业开发区管理委员会', 'government-body', 'hitech'),
    events: [
      ev('strong-ip-designation', '2025-12-08', { level: 'national-pilot', designation: 'park', higherLevelFunding: '100000' }),
      ev('rights-assistance-workstation', '2025-12-18', { assessment: 'excellent' }),
    ],
  },
  {
    applicant: applicant('和平县市场监督管理局', 'government-body', 'heping'),
    events: [
      ev('trademark-brand-station', '2025-06-26', { level: 'provincial' }),
      ev('gi-demo-zone', '2025-10-16', { zoneName: '和平猕猴桃地理标志保护示范区', stage: 'provincial' }),
    ],
  },
  {
    applicant: applicant('龙川县人民政府', 'government-body', 'longchuan'),
    events: [ev('gi-product-approved', '2025-07-03', { giName: '龙川柑橘' })],
  },
  // Individuals
  {
    applicant: applicant('陈志强', 'individual', 'yuancheng'),
    events: [ev('talent-qualification', '2025-06-01', { qualification: 'senior-title', employedInHeyuan: true })],
  },
  {
    applicant: applicant('黄丽娟', 'individual', 'dongyuan'),
    events: [ev('talent-qualification', '2025-11-20', { qualification: 'patent-attorney', employedInHeyuan: true })],
  },
  {
    applicant: applicant('刘建华', 'individual', 'hitech'),
    events: [
      ev('talent-qualification', '2025-09-08', { qualification: 'associate-senior-title', employedInHeyuan: true }),
      ev('award', '2025-12-05', { scheme: 'guangdong-patent-award', level: 'excellent', patentNumber: 'ZL201710555888.6', role: 'inventor' }),
    ],
  },
  {
    applicant: applicant('叶晓敏', 'individual', 'longchuan'),
    events: [ev('talent-qualification', '2025-04-12', { qualification: 'patent-attorney', employedInHeyuan: false })],
  },
  {
    applicant: applicant('邱国栋', 'individual', 'zijin'),
    events: [ev('talent-qualification', '2025-03-09', { qualification: 'patent-attorney', employedInHeyuan: true })],
    history: [{ clause: 'ip-talent', year: 2024, subjectKey: 'patent-attorney', amount: '5000.00' }],
  },
  {
    applicant: applicant('钟美玲', 'individual', 'lianping'),
    events: [],
  },
  {
    applicant: applicant('河源市源南机电有限公司', 'enterprise', 'yuancheng'),
    events: [ev('ip-insurance', '2025-08-01', { premiumPaid: '22000.00' })],
    history: [{ clause: 'pledge-loan-interest', year: 2022, subjectKey: 'E-0000', amount: '60000.00', clawedBack: true }],
  },
  {
    applicant: applicant('东源县蓝口纺织有限公司', 'enterprise', 'dongyuan'),
    events: [ev('competition-award', '2025-11-21', { competition: 'gba-high-value-patent', rank: 'excellent' })],
  },
  // v2 of the catalogue: a cooperative, the two new clauses, and the transition from the previous policy
  {
    applicant: applicant('紫金县春甜桔种植专业合作社', 'cooperative', 'zijin'),
    events: [
      ev('gi-mark-authorization', '2025-07-20', { giName: '紫金春甜桔', approved: true }),
      ev('key-trademark-listed', '2025-10-15', { list: 'guangdong-key-trademark', trademarkNumber: '52345678' }),
    ],
  },
  {
    applicant: applicant('河源市电子信息产业协会', 'industry-association', 'hitech'),
    events: [ev('industry-ip-alliance', '2025-09-30', { allianceId: 'HY-ALLIANCE-01', level: 'national', keyIndustry: true })],
    history: [{ clause: 'key-industry-ip-alliance', year: 2024, subjectKey: 'HY-ALLIANCE-01', amount: '100000.00' }],
  },
  {
    applicant: applicant('河源市新港精密模具有限公司', 'enterprise', 'jiangdong'),
    events: [
      ev('key-trademark-listed', '2025-08-18', { list: 'guangdong-key-trademark', trademarkNumber: '48765432' }),
      ev('ip-insurance', '2025-05-10', { premiumPaid: '18000.00', predecessorFunded: true }),
    ],
  },
];

// ---- CSV layout: columns named after the schema's fields, in its order ----

const usedEventFields = new Set(apps.flatMap((a) => a.events.flatMap((e) => Object.keys(e))));
const eventOrder = ['id', 'type', 'date', ...[...eventFieldNames].filter((f) => !['id', 'type', 'date'].includes(f))];
const columns = [
  ...[...applicantFields.keys()].map((f) => `applicant.${f}`),
  ...eventOrder.filter((f) => usedEventFields.has(f)).map((f) => `event.${f}`),
  ...[...historyFields.keys()].map((f) => `history.${f}`),
];

function cell(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

function rowsOf(app: App): string[][] {
  const applicantCells = (row: Record<string, string>) => {
    for (const [k, v] of Object.entries(app.applicant)) row[`applicant.${k}`] = cell(v);
  };
  const parts: Record<string, string>[] = [];
  for (const e of app.events) {
    const row: Record<string, string> = {};
    applicantCells(row);
    for (const [k, v] of Object.entries(e)) row[`event.${k}`] = cell(v);
    parts.push(row);
  }
  for (const h of app.history ?? []) {
    const row: Record<string, string> = {};
    applicantCells(row);
    for (const [k, v] of Object.entries(h)) row[`history.${k}`] = cell(v);
    parts.push(row);
  }
  if (parts.length === 0) {
    const row: Record<string, string> = {};
    applicantCells(row);
    parts.push(row);
  }
  return parts.map((row) => columns.map((c) => row[c] ?? ''));
}

function csv(rows: string[][]): string {
  return '\ufeff' + stringify([columns, ...rows], { record_delimiter: 'windows' });
}

// ---- checks: the examples must say what they claim ----

for (const app of apps) {
  const r = parseApplication(app);
  if (!r.ok) throw new Error(`${String(app.applicant.id)}: ${r.issues.map((i) => i.message.en).join('; ')}`);
}
const types = new Set(apps.flatMap((a) => a.events.map((e) => e.type as string)));
const missing = Object.keys(eventSchemas).filter((t) => !types.has(t));
if (missing.length > 0) throw new Error(`event types not covered: ${missing.join(', ')}`);
if (apps.length < 50) throw new Error(`only ${apps.length} applicants`);

writeFileSync('examples/applications.csv', csv(apps.flatMap(rowsOf)));
writeFileSync('examples/applications.jsonl', apps.map((a) => JSON.stringify({ history: [], ...a })).join('\n') + '\n');

// ---- the file with errors: three good applicants around deliberately bad rows ----

const at = (c: string) => columns.indexOf(c);
function edit(rows: string[][], changes: Record<string, string>): string[][] {
  return rows.map((r) => {
    const copy = [...r];
    for (const [c, v] of Object.entries(changes)) copy[at(c)] = v;
    return copy;
  });
}
const withErrors: string[][] = [
  ...rowsOf(apps[0]!),
  // a boolean written "yes", and money with a thousands separator
  ...edit(rowsOf(apps[3]!), { 'event.approved': 'yes' }),
  ...edit(rowsOf(apps[10]!), { 'event.feePaid': '12,800.00' }),
  // a date written the spreadsheet way
  ...edit(rowsOf(apps[28]!), { 'event.date': '2025/06/06' }).slice(1),
  // a patent grant: not subsidised
  ...edit(rowsOf(apps[4]!), { 'event.type': 'patent-grant' }),
  // a wrong check character in the credit code
  ...edit(rowsOf(apps[7]!), { 'applicant.creditCode': String(apps[7]!.applicant.creditCode).slice(0, 17) + 'Z' }),
  // the applicant's name differs between its rows
  ...rowsOf(apps[13]!).map((r, i) => (i === 1 ? edit([r], { 'applicant.name': '东源县康禾生物有限公司' })[0]! : r)),
  // a count that is not a whole number
  ...edit(rowsOf(apps[32]!), { 'event.casesResolved': '3.5' }).slice(1),
  ...rowsOf(apps[40]!),
  // the first applicant again, away from its rows
  ...rowsOf(apps[0]!)
    .slice(0, 1)
    .map((r) => edit([r], { 'event.id': 'E-9001' })[0]!),
  ...rowsOf(apps[49]!),
];
writeFileSync('examples/applications-with-errors.csv', csv(withErrors));

console.log(`${apps.length} applicants, ${apps.reduce((n, a) => n + a.events.length, 0)} events, ${types.size} event types`);
