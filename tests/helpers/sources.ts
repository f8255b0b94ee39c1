// The five real documents, read the way the converter reads them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toDoc, type Doc } from '../../src/convert/document.ts';
import { loadTaxonomies } from '../../src/taxonomy/load.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SLUGS = [
  'tp-bac-kan-2021-2025',
  'vinh-phuc-2023-2025',
  'lang-giang-2024-2025',
  'bac-giang-so-y-te-2024',
  'bac-kan-chi-thi-06-2024',
] as const;
export type Slug = (typeof SLUGS)[number];

export const sourcePath = (slug: Slug) => `${ROOT}content/sources/${slug}.txt`;
export const sourceBytes = (slug: Slug) => readFileSync(sourcePath(slug));
export const sourceDoc = (slug: Slug): Doc => toDoc(readFileSync(sourcePath(slug), 'utf8').normalize('NFC'));
export const tax = () => loadTaxonomies();
