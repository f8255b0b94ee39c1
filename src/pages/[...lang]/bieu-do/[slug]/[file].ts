// An indicator's chart in one province as files (the chart of /chi-tieu/<slug>/<province>/,
// when the site splits by province): /bieu-do/<slug>/<province>.svg, .png and .csv, in English
// under /en/. Only for the pages that draw a chart. The PNG is not rendered here, one by one in
// the page loop: the build rasterises each SVG on worker threads as it is written
// (src/charts/integration.ts). `astro dev`, where no build does, has the route answer it.
import type { APIRoute } from 'astro';
import { siteData } from '../../../../site/load.ts';
import { FILE_KINDS, PROVINCE_FILE_KINDS, chartCsv, chartFileResponse, provinceChartLinks, type FileKind } from '../../../../site/chart-files.ts';
import { hasLevelTargets, indicatorChart, indicatorChartRows } from '../../../../site/findings.ts';
import { provinceGroups, splitsByProvince, type ProvinceGroup } from '../../../../site/split.ts';
import { queuePng } from '../../../../charts/png.ts';
import { LANGS, type Lang } from '../../../../i18n/lang.ts';
import { t } from '../../../../i18n/strings.ts';
import type { Indicator } from '../../../../taxonomy/schemas.ts';

const KINDS: readonly FileKind[] = import.meta.env.DEV ? FILE_KINDS : PROVINCE_FILE_KINDS;

export async function getStaticPaths() {
  const { site } = await siteData();
  if (!splitsByProvince(site)) return [];
  const groups = provinceGroups(site);
  return LANGS.flatMap((lang) =>
    site.indicators.flatMap((indicator) =>
      groups
        .filter((group) => hasLevelTargets(site, indicator.id, group.plans))
        .flatMap((group) =>
          KINDS.map((kind) => ({
            params: { lang: lang === 'vi' ? undefined : lang, slug: indicator.slug, file: `${group.province}.${kind}` },
            props: { lang, indicator, group, kind },
          })),
        ),
    ),
  );
}

export const GET: APIRoute = async ({ props, site: origin }) => {
  const { lang, indicator, group, kind } = props as { lang: Lang; indicator: Indicator; group: ProvinceGroup; kind: FileKind };
  const { site, colors } = await siteData();
  const links = provinceChartLinks(lang, indicator.slug, group.province);
  const credit = `${t(lang).siteName} · ${new URL(links.permalink, origin).href}`;
  const chart = () => indicatorChart(site, indicator, colors, lang, undefined, group.plans).chart!;
  const response = chartFileResponse(kind, chart, credit, () => chartCsv(indicatorChartRows(site, indicator, lang, undefined, group.plans), indicator, origin!));
  if (kind === 'svg' && !queuePng(links.svg, await response.clone().text()) && !import.meta.env.DEV) {
    throw new Error(`No build takes the PNG of ${links.svg}: provinceChartPngs() is missing from astro.config.mjs`);
  }
  return response;
};
