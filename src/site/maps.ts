// The locator maps of the pages: which 2025 provinces a page shades, and the map drawn once
// per width for the whole build.
import type { Indicator } from '../taxonomy/schemas.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { baseMap, locatorSvg, provinces2025, shapeOf, type BaseMap } from '../map/locator.ts';
import type { Site } from './model.ts';

const maps = new Map<number, BaseMap>();
function mapOf(width: number): BaseMap {
  let m = maps.get(width);
  if (!m) maps.set(width, (m = baseMap(provinces2025(), width)));
  return m;
}

/** The map shape (2025 province) of a province id of the site, or undefined when it has none. */
export function shapeOfProvince(site: Site, provinceId: string, map = mapOf(160)): string | undefined {
  const region = site.region(provinceId);
  const slug = region ? shapeOf(region) : provinceId.replace(/-2025$/, '');
  return map.shapes.some((s) => s.slug === slug) ? slug : undefined;
}

/** A map ready for a page: the SVG and the sentence that says what it shows. */
export interface PageMap {
  svg: string;
  label: string;
}

function names(site: Site, slugs: Iterable<string>, map: BaseMap): string {
  const set = new Set(slugs);
  return map.shapes.filter((s) => set.has(s.slug)).map((s) => s.name).join(', ');
}

/** Indicator pages: the 2025 provinces where a plan sets a target for the indicator. */
export function indicatorMap(site: Site, indicator: Indicator, lang: Lang): PageMap {
  const map = mapOf(120);
  const shaded = new Set(
    site.plans.filter((p) => p.targets.some((x) => x.indicator === indicator.id)).flatMap((p) => shapeOfProvince(site, p.jurisdiction.province, map) ?? []),
  );
  const label = t(lang).map.indicator(shaded.size, names(site, shaded, map));
  return { svg: locatorSvg(map, { shaded, label }), label };
}

/** A province's page: its 2025 province, the province itself or the one it became part of. */
export function provinceMap(site: Site, provinceId: string, lang: Lang): PageMap {
  const map = mapOf(160);
  const slug = shapeOfProvince(site, provinceId, map);
  const region = site.region(provinceId);
  const s = t(lang).map;
  const own = region ? (lang === 'vi' ? region.short : region.en) : provinceId;
  const into = slug ? map.shapes.find((x) => x.slug === slug)!.name : '';
  const label = !slug ? s.unknown(own) : region?.mergedInto ? s.merged(own, into) : s.province(own);
  return { svg: locatorSvg(map, { shaded: new Set(), focus: slug, label }), label };
}

/** The provinces index: every 2025 province with a plan on the site. */
export function provincesMap(site: Site, provinceIds: readonly string[], lang: Lang): PageMap {
  const map = mapOf(160);
  const shaded = new Set(provinceIds.flatMap((id) => shapeOfProvince(site, id, map) ?? []));
  const label = t(lang).map.index(shaded.size, names(site, shaded, map));
  return { svg: locatorSvg(map, { shaded, label }), label };
}
