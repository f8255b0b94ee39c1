// data/*.csv served as they are, at /du-lieu/<name>.csv.
import type { APIRoute } from 'astro';
import { csvFiles, readDataFile } from '../../site/files.ts';

export function getStaticPaths() {
  return csvFiles().map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(readDataFile(params.file!), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
