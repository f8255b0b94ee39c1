// An indicator's chart as files, in each language: SVG, PNG (twice the pixels, for sharp text),
// the chart's CSV and the Open Graph image (1200 × 630). /bieu-do/<slug>.svg, /en/bieu-do/…
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/load.ts';
import { CHART_FILES, CONTENT_TYPES, chartCsv, chartFileName, chartFileResponse, chartLinks, chartOrFinding, pageChart, type ChartFile } from '../../../site/chart-files.ts';
import { ogSvg } from '../../../charts/export.ts';
import { svgToPng } from '../../../charts/png.ts';
import { LANGS, type Lang } from '../../../i18n/lang.ts';
import { t } from '../../../i18n/strings.ts';
import type { Indicator } from '../../../taxonomy/schemas.ts';

export async function getStaticPaths() {
  const { site } = await siteData();
  return LANGS.flatMap((lang) =>
    site.indicators.flatMap((indicator) =>
      CHART_FILES.map((kind) => ({
        params: { lang: lang === 'vi' ? undefined : lang, file: chartFileName(indicator.slug, kind) },
        props: { lang, indicator, kind },
      })),
    ),
  );
}

export const GET: APIRoute = async ({ props, site: origin }) => {
  const { lang, indicator, kind } = props as { lang: Lang; indicator: Indicator; kind: ChartFile };
  const { site, colors } = await siteData();
  const pc = pageChart(site, indicator, colors, lang);
  const s = t(lang);
  const chart = chartOrFinding(pc, indicator, lang);
  if (kind === 'og') {
    const png = svgToPng(ogSvg(chart, { site: s.siteName, heading: lang === 'vi' ? indicator.vi : indicator.en }));
    return new Response(new Uint8Array(png), { headers: { 'content-type': CONTENT_TYPES.og } });
  }
  const credit = `${s.siteName} · ${new URL(chartLinks(lang, indicator.slug).permalink, origin).href}`;
  return chartFileResponse(kind, () => chart, credit, () => chartCsv(pc, indicator, origin!));
};
