// The Frictionless Data Package describing every download.
import type { APIRoute } from 'astro';
import { sitePackage } from '../../site/files.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(sitePackage(new URL('/du-lieu/', site).href), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
