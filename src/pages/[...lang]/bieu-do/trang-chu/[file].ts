// The home page's findings charts as files: /bieu-do/trang-chu/<indicator>.svg, .png and .csv,
// and so-chi-tieu.* for the targets per plan; in English under /en/.
import type { APIRoute } from 'astro';
import { siteData } from '../../../../site/load.ts';
import { FILE_KINDS, chartCsv, chartFileResponse, homeChartKey, homeChartLinks, homeChartsOf, targetsPerPlanCsv, type FileKind } from '../../../../site/chart-files.ts';
import type { HomeChart } from '../../../../site/home.ts';
import { LANGS, type Lang } from '../../../../i18n/lang.ts';
import { t } from '../../../../i18n/strings.ts';

export async function getStaticPaths() {
  const { site, colors } = await siteData();
  return LANGS.flatMap((lang) =>
    homeChartsOf(site, colors, lang).flatMap((chart) =>
      FILE_KINDS.map((kind) => ({
        params: { lang: lang === 'vi' ? undefined : lang, file: `${homeChartKey(chart.indicator)}.${kind}` },
        props: { lang, chart, kind },
      })),
    ),
  );
}

export const GET: APIRoute = async ({ props, site: origin }) => {
  const { lang, chart, kind } = props as { lang: Lang; chart: HomeChart; kind: FileKind };
  const credit = `${t(lang).siteName} · ${new URL(homeChartLinks(lang, homeChartKey(chart.indicator)).permalink, origin).href}`;
  const csv = () => (chart.indicator ? chartCsv({ rows: chart.rows ?? [], benchmarks: chart.benchmarks }, chart.indicator, origin!) : targetsPerPlanCsv(chart.counts ?? [], origin!));
  return chartFileResponse(kind, () => chart.chart, credit, csv);
};
