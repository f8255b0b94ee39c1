import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_FILES, gazetteerRegions, type GazetteerFile } from '../src/taxonomy/gazetteer.ts';
import { DATA_DIR, loadTaxonomies, parseTaxonomy, TaxonomyError } from '../src/taxonomy/load.ts';
import { regionsOf } from '../src/taxonomy/merge.ts';
import { Indicator, RegionEntry as Region } from '../src/taxonomy/schemas.ts';

const DESIGN_IDS = `maternal_mortality_ratio antenatal_care_3_visits antenatal_care_4_visits
births_attended_by_health_staff skilled_birth_attendance facility_births postnatal_care
postnatal_home_visit_first_week anaemia_pregnant_women iron_supplementation_pregnancy
neonatal_mortality_rate infant_mortality_rate under5_mortality_rate underweight_under5
stunting_under5 low_birth_weight early_essential_newborn_care full_immunization_under1
pneumonia_antibiotics_under5 injury_mortality_under5 newborn_danger_signs_awareness
early_breastfeeding exclusive_breastfeeding_6m continued_breastfeeding_24m
pneumonia_signs_awareness diarrhoea_ors_awareness injury_prevention_knowledge`.split(/\s+/);

/** Indicators that real maternal, child health and nutrition plans set beyond the first five documents. */
const REAL_PLAN_IDS = `wasting_under5 overweight_obesity_under5 anaemia_children anaemia_women_reproductive_age
chronic_energy_deficiency_women complementary_feeding vitamin_a_supplementation prenatal_screening
newborn_screening hepatitis_b_birth_dose pmtct_hiv_testing pmtct_syphilis_testing pmtct_hepatitis_b_testing
mother_to_child_hiv_transmission contraceptive_prevalence adolescent_births abortion_ratio`.split(/\s+/);

describe('the taxonomies in data/', () => {
  const tax = loadTaxonomies();
  it('hold every indicator id of the contract and those real plans set, with the SDG codes', () => {
    expect(tax.indicators.map((i) => i.id)).toEqual(expect.arrayContaining([...DESIGN_IDS, ...REAL_PLAN_IDS]));
    const sdg = Object.fromEntries(tax.indicators.filter((i) => i.sdg).map((i) => [i.id, i.sdg]));
    expect(sdg).toMatchObject({
      maternal_mortality_ratio: '3.1.1', skilled_birth_attendance: '3.1.2',
      under5_mortality_rate: '3.2.1', neonatal_mortality_rate: '3.2.2', stunting_under5: '2.2.1',
      wasting_under5: '2.2.2', overweight_obesity_under5: '2.2.2', anaemia_women_reproductive_age: '2.2.3',
      contraceptive_prevalence: '3.7.1', adolescent_births: '3.7.2',
    });
  });
  it('give every indicator and body a unique URL slug', () => {
    for (const list of [tax.indicators, tax.agencies]) {
      const slugs = list.map((x) => x.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });
  it('record the three provinces and the 1 July 2025 mergers', () => {
    const merged = Object.fromEntries(tax.regions.filter((r) => r.mergedInto).map((r) => [r.id, r.mergedInto]));
    expect(merged).toMatchObject({ 'bac-kan': 'thai-nguyen-2025', 'vinh-phuc': 'phu-tho-2025', 'bac-giang': 'bac-ninh-2025', 'bac-ninh': 'bac-ninh-2025' });
    expect(tax.regions.find((r) => r.id === 'lang-giang')).toMatchObject({ level: 'district', parent: 'bac-giang' });
    expect(tax.regions.find((r) => r.id === 'thanh-pho-bac-kan')).toMatchObject({ level: 'city', parent: 'bac-kan' });
  });
});

describe('a bad taxonomy entry', () => {
  const good = `- id: a
  vi: tỉnh A
  en: A province
  short: A
  level: province
  parent: null
`;
  it('names the file and the line of the entry and the field', () => {
    const bad = `${good}- id: b\n  vi: tỉnh B\n  en: B\n  short: B\n  level: planet\n  parent: null\n`;
    expect(() => parseTaxonomy(bad, 'data/regions.yaml', Region)).toThrow(TaxonomyError);
    expect(() => parseTaxonomy(bad, 'data/regions.yaml', Region)).toThrow(/^data\/regions\.yaml:7: field "level"/);
  });
  it('refuses unknown keys, duplicate ids and invalid YAML', () => {
    expect(() => parseTaxonomy(`${good}  colour: red\n`, 'data/regions.yaml', Region)).toThrow(/data\/regions\.yaml:1:.*colour/);
    expect(() => parseTaxonomy(good + good, 'data/regions.yaml', Region)).toThrow(/:7: duplicate id "a" \(first at line 1\)/);
    expect(() => parseTaxonomy('- id: [unclosed\n', 'data/indicators.yaml', Indicator)).toThrow(/data\/indicators\.yaml:\d+: invalid YAML/);
  });
});

describe('the gazetteer as regions (data/gazetteer/)', () => {
  const { regions } = loadTaxonomies();
  const of = (prefix: string) => regions.filter((r) => r.gazetteer?.startsWith(prefix));
  const texts = Object.fromEntries(GAZETTEER_FILES.map((f) => [f, readFileSync(`${DATA_DIR}gazetteer/${f}.csv`, 'utf8')])) as Record<GazetteerFile, string>;

  it('every unit of every list, with the ids of the README', () => {
    expect([of('provinces-2024').length, of('districts-2024').length, of('communes-2025').length]).toEqual([63, 696, 3321]);
    // 34 provinces from 1 July 2025: 11 the same unit as before (same id), 23 formed by mergers.
    const p2025 = regions.filter((r) => r.level === 'province' && !r.until);
    expect(p2025).toHaveLength(34);
    expect(p2025.filter((r) => r.from).map((r) => r.id)).toContain('bac-ninh-2025');
    expect(p2025.filter((r) => !r.from).map((r) => r.id)).toContain('cao-bang');
    for (const r of p2025.filter((x) => x.from)) expect(r.id).toMatch(/-2025$/);
    expect(regions.find((r) => r.id === 'bac-ninh')).toMatchObject({ until: '2025-06-30', mergedInto: 'bac-ninh-2025' });
    // Every 2024 province names where it went, and every commune lies in a 2025 province.
    const byId = new Map(regions.map((r) => [r.id, r]));
    for (const r of of('provinces-2024')) expect(r.mergedInto === null || byId.get(r.mergedInto)?.from === '2025-07-01').toBe(true);
    for (const r of of('communes-2025')) expect(byId.get(r.parent!)).toMatchObject({ level: 'province', until: null });
    expect(new Set(regions.map((r) => r.id)).size).toBe(regions.length);
  });

  it('keeps the ids data/regions.yaml gives, and fills what the entry leaves out', () => {
    expect(regions.find((r) => r.id === 'lang-giang')).toMatchObject({ gazetteer: 'districts-2024:217', parent: 'bac-giang', until: '2025-06-30' });
    expect(regions.some((r) => r.id === 'huyen-lang-giang-bac-giang')).toBe(false);
    const yaml = '- id: viet-nam\n  vi: Việt Nam\n  en: Viet Nam\n  short: Việt Nam\n  level: national\n  parent: null\n- id: yen-the\n  vi: huyện Yên Thế\n  level: district\n  parent: bac-giang\n';
    const merged = regionsOf(parseTaxonomy(yaml, 'data/regions.yaml', Region), [1, 7], gazetteerRegions(texts, 'viet-nam'));
    expect(merged[1]).toMatchObject({ id: 'yen-the', gazetteer: 'districts-2024:215', en: 'Yen The district' });
    expect(merged.some((r) => r.id === 'huyen-yen-the-bac-giang')).toBe(false);
  });

  it('a bad row or entry names its file and line', () => {
    const bad = texts['districts-2024'].replace('217,Huyện Lạng Giang,Lạng Giang,huyen', '217,Huyện Lạng Giang,Lạng Giang,county');
    const line = texts['districts-2024'].split('\n').findIndex((l) => l.startsWith('217,')) + 1;
    expect(() => gazetteerRegions({ ...texts, 'districts-2024': bad }, 'viet-nam')).toThrow(new RegExp(`^data/gazetteer/districts-2024\\.csv:${line}: column "type"`));
    const gaz = gazetteerRegions(texts, 'viet-nam');
    const entry = (yaml: string) => () => regionsOf(parseTaxonomy(yaml, 'data/regions.yaml', Region), [3], gaz);
    expect(entry('- id: x\n  gazetteer: districts-2024:999\n')).toThrow(/^data\/regions\.yaml:3: "districts-2024:999" is not a unit/);
    expect(entry('- id: thi-tran-x\n  vi: thị trấn X\n  en: X town\n  level: commune\n')).toThrow(/^data\/regions\.yaml:3: field "short" is required/);
  });
});
