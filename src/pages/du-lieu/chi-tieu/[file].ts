// One CSV per indicator, /du-lieu/chi-tieu/<slug>.csv: the rows of targets.csv for it.
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/load.ts';
import { indicatorCsv } from '../../../site/files.ts';
import type { Indicator } from '../../../taxonomy/schemas.ts';

export async function getStaticPaths() {
  const { site } = await siteData();
  return site.indicators.map((indicator) => ({ params: { file: `${indicator.slug}.csv` }, props: { indicator } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { site } = await siteData();
  return new Response(indicatorCsv(site, (props as { indicator: Indicator }).indicator), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
