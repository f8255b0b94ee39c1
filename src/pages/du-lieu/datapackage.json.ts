// The Frictionless Data Package describing every download.
import type { APIRoute } from 'astro';
import { sitePackage } from '../../site/files.ts';
import { siteData } from '../../site/load.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  return new Response(`${JSON.stringify(sitePackage(new URL('/du-lieu/', site).href, undefined, data.site), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
