// Page weight per page type and language. HTML, stylesheets and scripts are read from dist/
// for every page (what a page links or carries inline is what it costs; an inline <style> is
// paid within the HTML, so it is not added again); fonts are what Chromium actually fetches
// for the heaviest page of each type, since unicode-range and the weights a page uses decide
// which font files a browser downloads.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { pageType, type PageType } from './build.ts';
import { median } from './stats.ts';

export const WEIGHED: readonly PageType[] = ['home', 'plan', 'indicator', 'body', 'province', 'compare', 'lists', 'embed', 'search'];

interface Size {
  raw: number;
  gzip: number;
}
const size = (b: Buffer | string): Size => ({ raw: Buffer.byteLength(b), gzip: gzipSync(b).length });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

export interface PageWeight {
  path: string;
  type: PageType;
  lang: 'vi' | 'en';
  /** The HTML file as served: inline <style> and <script> included. */
  html: Size;
  /** Stylesheets the page links (fetched on their own). */
  css: Size;
  /** The page's <style> text, alone: already in `html`, counted here for the CSS column only. */
  inlineCss: Size;
  /** Scripts the page loads or runs (JSON-LD is data, not script). */
  js: Size;
}

export interface TypeWeight {
  type: PageType;
  lang: 'vi' | 'en';
  pages: number;
  /** HTML + linked CSS, gzip (inline CSS is part of the HTML): median and heaviest page. */
  htmlCssGzipMedian: number;
  htmlCssGzipMax: number;
  htmlRawMax: number;
  /** The heaviest page's CSS, linked and inline, gzip on its own. */
  cssGzip: number;
  jsBytesMax: number;
  heaviest: string;
  /** Font files Chromium fetched for the heaviest page. */
  fonts: { files: number; bytes: number } | null;
}

function htmlFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'index.html') out.push(p);
    }
  };
  walk(dist);
  return out;
}

/** Static weight of every page of a built site. */
export function pageWeights(dist: string): PageWeight[] {
  const cache = new Map<string, Size>();
  const asset = (href: string): Size => {
    let s = cache.get(href);
    if (!s) cache.set(href, (s = size(readFileSync(join(dist, href.replace(/^\//, '').split(/[?#]/)[0]!)))));
    return s;
  };
  return htmlFiles(dist).map((file) => {
    const path = `/${relative(dist, file)}`.replace(/index\.html$/, '');
    const html = readFileSync(file, 'utf8');
    let css: Size = { raw: 0, gzip: 0 };
    for (const m of html.matchAll(/<link\b[^>]*>/g)) {
      if (/rel="?stylesheet"?/.test(m[0])) css = add(css, asset(/href="([^"]+)"/.exec(m[0])![1]!));
    }
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
    const inlineCss = styles ? size(styles) : { raw: 0, gzip: 0 };
    let js: Size = { raw: 0, gzip: 0 };
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1]!;
      if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
      const src = /src="([^"]+)"/.exec(attrs)?.[1];
      js = add(js, src ? asset(src) : size(m[2]!));
    }
    return { path, type: pageType(`${path}index.html`), lang: path.startsWith('/en/') ? 'en' : 'vi', html: size(html), css, inlineCss, js };
  });
}

/** Font files a page makes Chromium download, with their sizes. */
async function fontsOf(browser: Browser, url: string): Promise<{ files: number; bytes: number }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const fonts: Promise<number>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'font') fonts.push(r.body().then((b) => b.length, () => 0));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const sizes = await Promise.all(fonts);
  await context.close();
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/** Weight by type and language; fonts measured in the browser when `browser` and `base` are given. */
export async function typeWeights(dist: string, browser?: Browser, base?: string): Promise<TypeWeight[]> {
  const pages = pageWeights(dist);
  const out: TypeWeight[] = [];
  for (const type of WEIGHED) {
    for (const lang of ['vi', 'en'] as const) {
      const ps = pages.filter((p) => p.type === type && p.lang === lang);
      if (ps.length === 0) continue;
      const hc = (p: PageWeight) => p.html.gzip + p.css.gzip;
      const heaviest = ps.reduce((a, b) => (hc(b) > hc(a) ? b : a));
      out.push({
        type,
        lang,
        pages: ps.length,
        htmlCssGzipMedian: median(ps.map(hc)),
        htmlCssGzipMax: hc(heaviest),
        htmlRawMax: Math.max(...ps.map((p) => p.html.raw)),
        cssGzip: heaviest.css.gzip + heaviest.inlineCss.gzip,
        jsBytesMax: Math.max(...ps.map((p) => p.js.raw)),
        heaviest: heaviest.path,
        fonts: browser && base ? await fontsOf(browser, base + heaviest.path) : null,
      });
    }
  }
  return out;
}

export interface SearchWeight {
  /** Everything Pagefind wrote under dist/pagefind/, and the part a search can fetch (no UI kits). */
  indexFiles: number;
  indexBytes: number;
  /** Per language: pages indexed, and index + fragment files of that language. */
  languages: { lang: string; pages: number; indexBytes: number; fragmentBytes: number }[];
  /** The search page: HTML+CSS gzip, and the scripts a first search loads (site script, pagefind.js, its worker and WebAssembly). */
  pageHtmlCssGzip: number;
  firstSearchJsBytes: number;
}

/** The search index's size and what the search page costs, read from dist/. */
export function searchWeight(dist: string): SearchWeight | null {
  const dir = join(dist, 'pagefind');
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return null;
  }
  const bytes = (f: string) => readFileSync(join(dir, f)).length;
  const files = names.filter((f) => !f.endsWith('/') && !/^(index|fragment)$/.test(f) && !/-ui\.(js|css)$|highlight/.test(f));
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null; page_count: number }> };
  const languages = Object.entries(entry.languages).map(([lang, l]) => ({
    lang,
    pages: l.page_count,
    indexBytes: files.filter((f) => f.startsWith(`index/${lang}_`) || f.includes(`pagefind.${lang}_`)).reduce((n, f) => n + bytes(f), 0),
    fragmentBytes: files.filter((f) => f.startsWith(`fragment/${lang}_`)).reduce((n, f) => n + bytes(f), 0),
  }));
  const page = pageWeights(dist).find((p) => p.type === 'search' && p.lang === 'vi');
  const wasm = files.filter((f) => f.startsWith('wasm.')).map(bytes);
  const firstSearchJsBytes = (page?.js.raw ?? 0) + bytes('pagefind.js') + (files.includes('pagefind-worker.js') ? bytes('pagefind-worker.js') : 0) + Math.max(0, ...wasm);
  return {
    indexFiles: files.length,
    indexBytes: files.reduce((n, f) => n + bytes(f), 0),
    languages,
    pageHtmlCssGzip: page ? page.html.gzip + page.css.gzip : 0,
    firstSearchJsBytes,
  };
}
