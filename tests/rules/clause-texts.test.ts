// The texts a reviewer reads beside the figures: `basis` summarises what a
// clause supports and holds no money (the figures shown come from the amount
// fields, so a guideline that lowers one is never contradicted by the basis);
// `source` says truthfully where the figures come from. Which clauses are read
// (R), estimated (E) or both is fixed below from the reference note
// (../shared/reference/policy-reference.md), so a source that drifts from it fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Bilingual {
  zh: string;
  en: string;
}
interface ClauseTexts {
  id: string;
  article: string;
  basis: Bilingual;
  source?: Bilingual;
}

const dir = join(import.meta.dirname, '..', '..', 'rules', 'clauses');
const clauses: ClauseTexts[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ClauseTexts);

type Kind = 'R' | 'E' | 'mixed';
/** What each source must cite: the measure as the reference note names it (zh, with the year where it gives one) and the city in English. */
interface Provenance {
  kind: Kind;
  zh?: string[];
  en?: string[];
}

/**
 * R: every figure equals one the reference note read in a named measure;
 * E: none does (the note's own estimate, or ours); mixed: some of each.
 */
const PROVENANCE: Record<string, Provenance> = {
  'high-value-patent-center': { kind: 'E' }, // 1.1
  'patent-navigation': { kind: 'E' }, // 1.2
  'ip-strong-enterprise': { kind: 'mixed', zh: ['黄山市', '广州市南沙区（2023年）'], en: ['Huangshan', 'Nansha'] }, // 1.3
  'ip-management-certification': { kind: 'R', zh: ['梅州市（2021年）'], en: ['Meizhou', '2021'] }, // 1.4
  'patent-award': { kind: 'mixed', zh: ['潮州市（2019年）', '梅州市'], en: ['Chaozhou', 'Meizhou'] }, // 1.5
  'high-value-patent-competition': { kind: 'E' }, // 1.6
  'patent-transfer-acquisition': { kind: 'mixed', zh: ['厦门市海沧区', '茂名市（2023年）'], en: ['Haicang', 'Maoming'] }, // 2.1
  'university-patent-commercialization': { kind: 'mixed', zh: ['厦门市海沧区'], en: ['Haicang'] }, // 2.2
  'patent-industrialization': { kind: 'E' }, // 2.3
  'patent-intensive-product': { kind: 'E' }, // 2.4
  'ip-operation-service': { kind: 'E' }, // 2.5
  'pledge-loan-interest': { kind: 'mixed', zh: ['梅州市（2024年）', '惠州市（2022年）'], en: ['Meizhou', 'Huizhou'] }, // 2.6
  'pledge-loan-fees': { kind: 'mixed', zh: ['东莞市（2022年）', '广州市南沙区（2024年）'], en: ['Dongguan', 'Nansha'] }, // 2.7
  'ip-insurance-premium': { kind: 'R', zh: ['潮州市', '深圳市（2025年）', '泉州市'], en: ['Chaozhou', 'Shenzhen', 'Quanzhou'] }, // 2.8
  'ip-securitization': { kind: 'mixed', zh: ['深圳市南山区（2021年）'], en: ['Nanshan'] }, // 2.9
  'trademark-brand-station': { kind: 'E' }, // 2.10
  'gi-product': { kind: 'R', zh: ['江门市', '广州市南沙区'], en: ['Jiangmen', 'Nansha'] }, // 2.11
  'gi-trademark': { kind: 'R', zh: ['广州市南沙区'], en: ['Nansha'] }, // 2.12
  'gi-mark-authorization': { kind: 'E' }, // 2.13
  'trademark-brand-cultivation': { kind: 'E' }, // 2.14
  'key-industry-ip-alliance': { kind: 'E' }, // 2.15
  'overseas-dispute-response': { kind: 'R', zh: ['惠州市2024年'], en: ['Huizhou', '2024'] }, // 3.1
  'rights-assistance-workstation': { kind: 'E' }, // 3.2
  'ip-dispute-mediation': { kind: 'E' }, // 3.3
  'data-ip-registration': { kind: 'E' }, // 3.4
  'ip-notarization': { kind: 'E' }, // 3.5
  'strong-ip-county-park': { kind: 'E' }, // 4.1
  'gi-protection-demo-zone': { kind: 'E' }, // 4.2
  'public-service-outlet': { kind: 'mixed', zh: ['福州市'], en: ['Fuzhou'] }, // 4.3
  'ip-talent': { kind: 'E' }, // 5.1
  'ip-education-school': { kind: 'E' }, // 5.2
};

/** Places a source may name; a vague "comparable cities" is allowed only beside one of them. */
const PLACES = [
  '惠州', '梅州', '潮州', '东莞', '江门', '泉州', '深圳', '南山', '南沙', '广州', '福州', '黄山', '海沧', '厦门', '茂名',
  '陕西', '池州', '赫山', '山东', '贵州', '重庆', '河源',
  'Huizhou', 'Meizhou', 'Chaozhou', 'Dongguan', 'Jiangmen', 'Quanzhou', 'Shenzhen', 'Nanshan', 'Nansha', 'Guangzhou', 'Fuzhou',
  'Huangshan', 'Haicang', 'Xiamen', 'Maoming', 'Shaanxi', 'Chizhou', 'Heshan', 'Shandong', 'Guizhou', 'Chongqing', 'Heyuan',
];
const VAGUE = /同类城市|可比城市|其他地区|comparable (guangdong )?cit(y|ies)|other regions/i;

/** Numbers a basis may carry because they name a standard or a procedure, not money. */
const ALLOWED_TOKENS = ['GB/T 29490', 'GB/T 33251', 'GB/T 33250', '美国337调查', 'Section 337'];

/** Why a text carries a money figure, or null when it carries none. */
function moneyFigure(text: string): string | null {
  let rest = text;
  for (const t of ALLOWED_TOKENS) rest = rest.split(t).join(' ');
  const patterns: RegExp[] = [
    /\d[\d,.]*\s*(元|万|千|百|%|％|‰)/, // 2000元, 5万, 30%
    /百分之|[零〇一二三四五六七八九十两]+[十百千万]*元|[一二三四五六七八九十两]+[十百千]?万/, // 百分之三十, 两千元, 二十万
    /\d[\d,.]*\s*(yuan|per ?cent|percent)\b/i,
    /(yuan|CNY|RMB|¥|￥)\s*\d/i,
  ];
  for (const p of patterns) {
    const m = p.exec(rest);
    if (m) return m[0];
  }
  for (const m of rest.matchAll(/\d[\d,]*(\.\d+)?/g)) {
    if (Number(m[0].replace(/,/g, '')) >= 100) return m[0];
  }
  return null;
}

describe('the money detector used below', () => {
  it('finds the figures the old texts carried', () => {
    for (const s of ['每件奖励2000元', '按费用的30%给予资助', '每年最高20万元', '优秀5万元', '按百分之五十', '奖励两千元', 'up to 100000 yuan a year', '30% of the costs', '50000 for excellent', '100,000.00'])
      expect(moneyFigure(s), s).not.toBeNull();
  });
  it('lets standard numbers and Section 337 through', () => {
    for (const s of ['企业GB/T 29490、高等学校GB/T 33251、科研组织GB/T 33250', '美国337调查', 'a US Section 337 investigation', '给予一次性奖励', '一定比例', '同一专利只奖励一次'])
      expect(moneyFigure(s), s).toBeNull();
  });
});

describe('clause texts', () => {
  it('the provenance table names every clause file and nothing else', () => {
    expect(clauses).toHaveLength(31);
    expect(clauses.map((c) => c.id).sort()).toEqual(Object.keys(PROVENANCE).sort());
  });

  describe.each(clauses.map((c) => [`${c.article} ${c.id}`, c] as const))('%s', (_name, clause) => {
    const prov = PROVENANCE[clause.id]!;
    const source = clause.source!;

    it('basis holds no money figure, in either language', () => {
      expect(moneyFigure(clause.basis.zh)).toBeNull();
      expect(moneyFigure(clause.basis.en)).toBeNull();
    });

    it('basis carries no label of its own (the renderer adds it)', () => {
      expect(clause.basis.zh).not.toMatch(/^条款要点|据起草说明归纳/);
      expect(clause.basis.en).not.toMatch(/^key points|summarised from the drafting explanation/i);
    });

    it('Chinese texts are written in official style: full-width punctuation, no space beside a Chinese character', () => {
      for (const zh of [clause.basis.zh, source.zh]) {
        expect(zh).not.toMatch(/[,;:()!?]/);
        expect(zh).not.toMatch(/[\u4e00-\u9fff] | [\u4e00-\u9fff]/);
        expect(zh.endsWith('。')).toBe(true);
      }
    });

    it('source says it is not the published text of the measures', () => {
      expect(source.zh.endsWith('非本政策措施公布文本。')).toBe(true);
      expect(source.en.endsWith('Not the published text of the measures.')).toBe(true);
    });

    it('source never leans on unnamed comparable cities', () => {
      for (const text of [source.zh, source.en]) {
        if (VAGUE.test(text)) expect(PLACES.some((p) => text.includes(p)), text).toBe(true);
      }
    });

    it(`source matches the reference note: ${prov.kind}`, () => {
      if (prov.kind === 'E') {
        expect(source.zh.startsWith('估算值：')).toBe(true);
        expect(source.zh).not.toContain('参考值');
        expect(source.en.startsWith('An estimate:')).toBe(true);
        return;
      }
      if (prov.kind === 'R') {
        expect(source.zh.startsWith('参考值：')).toBe(true);
        expect(source.zh).not.toContain('估算');
        expect(source.en.startsWith('Reference figure')).toBe(true);
        expect(source.en).not.toMatch(/estimate/i);
      } else {
        expect(source.zh.startsWith('参考值与估算值并用：')).toBe(true);
        expect(source.zh).toMatch(/为参考值[\s\S]*为估算值/);
        expect(source.en.startsWith('Reference and estimated figures:')).toBe(true);
        expect(source.en).toMatch(/\(reference figures?\)[\s\S]*(is an estimate|are estimates)/);
      }
      for (const cite of prov.zh ?? []) expect(source.zh).toContain(cite);
      for (const cite of prov.en ?? []) expect(source.en).toContain(cite);
    });
  });
});
