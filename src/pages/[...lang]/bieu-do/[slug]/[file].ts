// An indicator's chart in one province as files (the chart of /chi-tieu/<slug>/<province>/,
// when the site splits by province): /bieu-do/<slug>/<province>.svg, .png and .csv, in English
// under /en/. Only for the pages that draw a chart. No PNG: one per indicator × province and
// language would multiply the build time of a large site (README).
import type { APIRoute } from 'astro';
import { siteData } from '../../../../site/load.ts';
import { PROVINCE_FILE_KINDS, chartCsv, chartFileResponse, provinceChartLinks, type FileKind } from '../../../../site/chart-files.ts';
import { hasLevelTargets, indicatorChart } from '../../../../site/findings.ts';
import { provinceGroups, splitsByProvince, type ProvinceGroup } from '../../../../site/split.ts';
import { LANGS, type Lang } from '../../../../i18n/lang.ts';
import { t } from '../../../../i18n/strings.ts';
import type { Indicator } from '../../../../taxonomy/schemas.ts';

export async function getStaticPaths() {
  const { site } = await siteData();
  if (!splitsByProvince(site)) return [];
  const groups = provinceGroups(site);
  return LANGS.flatMap((lang) =>
    site.indicators.flatMap((indicator) =>
      groups
        .filter((group) => hasLevelTargets(site, indicator.id, group.plans))
        .flatMap((group) =>
          PROVINCE_FILE_KINDS.map((kind) => ({
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
  const drawn = indicatorChart(site, indicator, colors, lang, undefined, group.plans);
  const credit = `${t(lang).siteName} · ${new URL(provinceChartLinks(lang, indicator.slug, group.province).permalink, origin).href}`;
  return chartFileResponse(kind, drawn.chart!, credit, () => chartCsv(drawn, indicator, origin!));
};
