// A link checker for a built static site: every internal URL (href, src, srcset, CSS url() in
// stylesheets and <style>, sitemap <loc>, absolute URLs on the site's own origin) must name a
// file in the build, every `#fragment` an element id in the page it points to, and every id
// reference (`url(#…)`, aria-labelledby, `for` …) an element of the same page. Astro writes
// well-formed HTML with quoted attributes, so a tokenizer over tags (quotes respected, comments
// and raw-text elements skipped) sees exactly what a parser would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allFiles, urlPathOf } from './paths.ts';

export interface Broken {
  /** The file (relative to the site root) that holds the reference. */
  file: string;
  ref: string;
  reason: string;
}

export interface LinkReport {
  files: number;
  /** References checked (internal ones and same-page id references). */
  checked: number;
  external: string[];
  broken: Broken[];
}

export interface Tag {
  name: string;
  attrs: Map<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The start tags of a document with their attributes (names lower-cased, values decoded). */
export function tags(html: string): Tag[] {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    // Raw text: what is inside is not markup (a `<a` in a script is not a link).
    .replace(/<(script|style|textarea|title)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2>');
  const out: Tag[] = [];
  for (const m of text.matchAll(TAG)) {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    out.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return out;
}

/** Attributes whose value is one URL. */
const URL_ATTRS = ['href', 'src', 'xlink:href', 'poster', 'action', 'data', 'cite', 'formaction'];
/** Attributes whose value is a list of ids in the same document. */
const IDREF_ATTRS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-activedescendant', 'aria-errormessage', 'for', 'headers', 'list', 'form'];

interface Page {
  ids: Set<string>;
  urls: string[];
  idrefs: string[];
}

function readPage(html: string): Page {
  const ids = new Set<string>();
  const urls: string[] = [];
  const idrefs: string[] = [];
  for (const { name, attrs } of tags(html)) {
    const id = attrs.get('id');
    if (id !== undefined) ids.add(id);
    if (name === 'a' && attrs.has('name')) ids.add(attrs.get('name')!);
    for (const a of URL_ATTRS) {
      const v = attrs.get(a);
      // `<object data>` is a URL; `data` elsewhere is not an attribute Astro writes.
      if (v !== undefined && (a !== 'data' || name === 'object')) urls.push(v);
    }
    for (const a of ['srcset', 'imagesrcset']) {
      const v = attrs.get(a);
      if (v) urls.push(...v.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean));
    }
    // Open Graph and Twitter URLs are read by other sites from this page.
    const prop = attrs.get('property') ?? attrs.get('name') ?? '';
    if (name === 'meta' && /^(og|twitter):(url|image)$/.test(prop) && attrs.get('content')) urls.push(attrs.get('content')!);
    for (const a of IDREF_ATTRS) {
      const v = attrs.get(a);
      if (v && !(a === 'for' && name === 'output')) idrefs.push(...v.split(/\s+/).filter(Boolean));
    }
    // SVG paint servers, clip paths, markers and filters: fill="url(#x)" and the like.
    for (const v of attrs.values()) {
      for (const m of v.matchAll(/url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/g)) idrefs.push(m[1]!);
    }
  }
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) urls.push(...cssUrls(m[1]!));
  return { ids, urls, idrefs };
}

/** The url()s of a stylesheet that name files (not data: URIs or SVG ids). */
function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    .filter((ref) => !ref.startsWith('data:') && !ref.startsWith('#'));
}

/**
 * Check every reference in the site built at `root`. `siteOrigin` (e.g. the `site` of the
 * Astro config) makes absolute URLs on that origin internal: canonical and hreflang links.
 */
export function checkLinks(root: string, siteOrigin?: string): LinkReport {
  const files = allFiles(root);
  const fileSet = new Set(files.map((f) => `/${f}`));
  const pages = new Map<string, Page>();
  const page = (file: string): Page => {
    let p = pages.get(file);
    if (!p) {
      p = readPage(readFileSync(join(root, file), 'utf8'));
      pages.set(file, p);
    }
    return p;
  };

  const broken: Broken[] = [];
  const external = new Set<string>();
  let checked = 0;
  const origin = siteOrigin ? new URL(siteOrigin).origin : null;

  /** Check one URL found in `file` (served at `base`). */
  const check = (file: string, base: string, ref: string): void => {
    const bad = (reason: string): void => {
      broken.push({ file, ref, reason });
    };
    const raw = ref.trim();
    if (raw === '') return bad('empty URL');
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
    if (scheme === 'javascript' || scheme === 'vbscript') return bad('script URL');
    if (scheme === 'mailto' || scheme === 'tel' || scheme === 'data') return;
    let url: URL;
    try {
      url = new URL(raw, `http://site.invalid${base}`);
    } catch {
      return bad('not a URL');
    }
    const internal = url.origin === 'http://site.invalid' || (origin !== null && url.origin === origin);
    if (!internal) {
      external.add(raw);
      return;
    }
    checked++;
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return bad('malformed percent-encoding');
    }
    let target: string;
    if (path.endsWith('/')) target = `${path}index.html`;
    else if (fileSet.has(path)) target = path;
    else if (fileSet.has(`${path}/index.html`)) return bad('directory without its trailing slash');
    else return bad('no such file');
    if (!fileSet.has(target)) return bad('no such file');
    if (raw.endsWith('#')) return bad('empty fragment');
    if (url.hash === '') return;
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!target.endsWith('.html')) return bad('fragment on a file that is not a page');
    if (!page(target.slice(1)).ids.has(fragment)) return bad(`no element with id "${fragment}" in ${target.slice(1)}`);
  };

  for (const file of files) {
    const base = urlPathOf(file);
    if (file.endsWith('.html')) {
      const p = page(file);
      for (const ref of p.urls) check(file, base, ref);
      for (const id of p.idrefs) {
        checked++;
        if (!p.ids.has(id)) broken.push({ file, ref: id, reason: 'id reference to no element of the page' });
      }
    } else if (file.endsWith('.css')) {
      for (const ref of cssUrls(readFileSync(join(root, file), 'utf8'))) check(file, base, ref);
    } else if (file.endsWith('.xml')) {
      const xml = readFileSync(join(root, file), 'utf8');
      for (const m of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) check(file, base, decodeEntities(m[1]!));
    }
  }
  return { files: files.length, checked, external: [...external].sort(), broken };
}
