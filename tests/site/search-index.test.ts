// The pages the search index reads (src/search/integration.ts): those that mark a part to index,
// with the URL each is served at; the per-province pages and Pagefind's own folder are left out.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedPages } from '../../src/search/integration.ts';

const dist = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const page = (body: boolean) => `<!doctype html><html lang="vi"><body><main${body ? ' data-pagefind-body' : ''}>x</main></body></html>`;
const files: Record<string, string> = {
  'index.html': page(true),
  '404.html': page(false),
  'ke-hoach/lang-giang-2024-2025/index.html': page(true),
  'chi-tieu/ty-so-tu-vong-me/index.html': page(true),
  'chi-tieu/ty-so-tu-vong-me/bac-giang/index.html': page(false),
  'en/index.html': page(true),
  'pagefind/fragment/x.html': page(true),
  'bieu-do/ty-so-tu-vong-me.svg': '<svg/>',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
}

describe('indexedPages', () => {
  it('gives each page that marks a part to index, at its URL, and no other file', () => {
    expect([...indexedPages(dist)].map((p) => p.url)).toEqual(['/chi-tieu/ty-so-tu-vong-me/', '/en/', '/', '/ke-hoach/lang-giang-2024-2025/']);
    expect([...indexedPages(dist)].every((p) => p.content === page(true))).toBe(true);
  });
});
