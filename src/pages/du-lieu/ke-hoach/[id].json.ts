// data/plans/<id>.json served as it is, at /du-lieu/ke-hoach/<id>.json.
import type { APIRoute } from 'astro';
import { planJsonIds, readDataFile } from '../../../site/files.ts';

export function getStaticPaths() {
  return planJsonIds().map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(readDataFile(`plans/${params.id}.json`), { headers: { 'content-type': 'application/json' } });
