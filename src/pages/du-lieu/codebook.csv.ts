// The codebook as CSV: every column of every download and every code, in both languages.
import type { APIRoute } from 'astro';
import { codebookCsv } from '../../site/files.ts';

export const GET: APIRoute = () => new Response(codebookCsv(), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
