import { describe, expect, it } from 'vitest';
import { loadTaxonomies, parseTaxonomy, TaxonomyError } from '../src/taxonomy/load.ts';
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
