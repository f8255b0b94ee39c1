// Where the project and its built site are, and one page of each type to visit.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built site under test: dist/, or another build named by TEST_DIST. */
export const DIST = process.env.TEST_DIST ? resolve(process.env.TEST_DIST) : join(ROOT, 'dist');

/** Pages of the site by type, as Vietnamese paths (English ones are `/en` + path). */
export const PAGE_TYPES = [
  ['home', '/'],
  ['plans', '/ke-hoach/'],
  ['plan', '/ke-hoach/vinh-phuc-2023-2025/'],
  ['indicators', '/chi-tieu/'],
  ['indicator', '/chi-tieu/ty-so-tu-vong-me/'],
  ['bodies', '/co-quan/'],
  ['body', '/co-quan/so-y-te/'],
  ['matrix', '/co-quan/ma-tran/'],
  ['provinces', '/tinh/'],
  ['province', '/tinh/bac-giang/'],
  ['compare', '/so-sanh/'],
  ['data', '/du-lieu/'],
  ['about', '/gioi-thieu/'],
  ['embed', '/nhung/ty-so-tu-vong-me/'],
  ['search', '/tim-kiem/'],
] as const;

export const en = (path: string): string => (path === '/' ? '/en/' : `/en${path}`);

/** The Vietnamese and English paths of every page type, plus the 404 page (one language). */
export function pagesOfEachType(): { name: string; path: string }[] {
  return [
    ...PAGE_TYPES.flatMap(([type, path]) => [
      { name: `${type} (vi)`, path },
      { name: `${type} (en)`, path: en(path) },
    ]),
    { name: '404', path: '/khong-co-trang-nay/' },
  ];
}

/** Every HTML file under `root`, as paths relative to it with `/` separators. */
export function htmlFiles(root: string): string[] {
  return allFiles(root).filter((f) => f.endsWith('.html'));
}

export function allFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(root.length + 1).split('\\').join('/'))
    .sort();
}

/** The site path a built HTML file is served at: `ke-hoach/x/index.html` → `/ke-hoach/x/`. */
export function urlPathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}
