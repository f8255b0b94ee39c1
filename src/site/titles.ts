// A plan's generated English title, shown on English pages beside the Vietnamese one.
import type { PlanRecord } from '../schema.ts';
import { englishTitle } from '../i18n/titles.ts';
import { planYears, regionName, type Site } from './model.ts';

/** "Plan for maternal, newborn and child health, Lang Giang district, 2024–2025". */
export function planTitleEn(site: Site, p: PlanRecord): string {
  return englishTitle(p, regionName(site, p.jurisdiction.region, 'en'), planYears(p));
}
