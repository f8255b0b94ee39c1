import { describe, expect, it } from 'vitest';
import { records, taxonomy } from '../fixtures/site/records.ts';
import { createSite } from '../../src/site/model.ts';
import { planTitleEn } from '../../src/site/titles.ts';
import { englishSubject, englishTitle } from '../../src/i18n/titles.ts';

const site = createSite(records, taxonomy);

describe('generated English titles', () => {
  it('name the document type, subject, place and years', () => {
    expect(planTitleEn(site, site.plan('lang-giang-2024-2025')!)).toBe('Plan for maternal, newborn and child health, Lang Giang district, 2024–2025');
    expect(planTitleEn(site, site.plan('tp-bac-kan-2021-2025')!)).toBe('Decision on reproductive health, focused on maternal, newborn and child health, Bac Kan city, 2021–2025');
    expect(planTitleEn(site, site.plan('bac-kan-chi-thi-06-2024')!)).toBe('Directive on reducing deaths of children under five, Bac Kan province, 2024');
  });
  it('read the subject whatever the case and the tone-mark placement, with a default', () => {
    expect(englishSubject('KẾ HOẠCH CHĂM SÓC SỨC KHOẺ BÀ MẸ, TRẺ SƠ SINH VÀ TRẺ NHỎ')).toBe('maternal, newborn and child health');
    expect(englishSubject('Kế hoạch hành động')).toBe('maternal and child health');
    expect(englishTitle({ docType: 'plan', title: 'Kế hoạch về dinh dưỡng' }, 'Vinh Phuc province', '')).toBe('Plan for nutrition, Vinh Phuc province');
  });
  it('contain no Vietnamese letters', () => {
    for (const p of site.plans) expect(planTitleEn(site, p)).toMatch(/^[\x20-\x7e–’]+$/);
  });
});
