// The built site as files: every internal link and anchor resolves, every page is valid HTML
// (html-validate, recommended rules) and carries a Content-Security-Policy that lets in no
// script or style the site did not write. Reads dist/, which `npm test` builds before vitest runs.
import { SITE_URL } from '../../src/site/config.ts';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from './lib/links.ts';
import { cspMetas, inlineStyles, parsePolicy, scriptPolicyProblems, sha256, stylePolicyProblems } from './lib/csp.ts';
import { DIST, ROOT, htmlFiles } from './lib/paths.ts';
import { loadBenchmarks } from '../../src/taxonomy/load.ts';
import { LICENSE } from '../../src/site/files.ts';

/** The configured site address (SITE_URL): canonical and hreflang URLs point there. */
const SITE = SITE_URL;
const pages = htmlFiles(DIST);

describe('the built site', () => {
  it('has pages to check', () => {
    expect(SITE).toMatch(/^https:\/\//);
    // Both languages, every plan, indicator, body and province: well over a hundred pages.
    expect(pages.length).toBeGreaterThan(100);
    expect(pages).toContain('404.html');
    expect(pages).toContain('en/index.html');
  });

  it('every internal link, anchor and id reference resolves', () => {
    const report = checkLinks(DIST, SITE);
    expect(report.checked).toBeGreaterThan(pages.length * 20);
    const lines = report.broken.map((b) => `${b.file}: ${b.ref} (${b.reason})`);
    expect(lines.slice(0, 50), `${lines.length} broken`).toEqual([]);
    // The site links to nothing outside itself (the plans are quoted, not linked) but the places
    // the national and SDG targets were read from (data/benchmarks.yaml).
    const read = new Set(loadBenchmarks().flatMap((b) => [b.read.url, ...b.targets.map((t) => t.read?.url ?? b.read.url)]));
    read.add(LICENSE.path);
    expect(report.external.filter((u) => !read.has(u))).toEqual([]);
  });

  it('every page passes html-validate with the recommended rules', { timeout: 120_000 }, async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(join(DIST, file));
      for (const r of report.results) {
        for (const m of r.messages) {
          if (m.severity === 2) errors.push(`${file}: ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
        }
      }
    }
    expect(errors.slice(0, 50), `${errors.length} errors`).toEqual([]);
  });

  it('every page declares one Content-Security-Policy that admits no foreign or inline script, and only its own style', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(DIST, file), 'utf8');
      for (const p of scriptPolicyProblems(html)) problems.push(`${file}: ${p}`);
      for (const p of stylePolicyProblems(html)) problems.push(`${file}: ${p}`);
      // A <meta> CSP only applies to what comes after it: it must precede every script and style.
      const head = html.slice(0, html.search(/<meta[^>]+http-equiv="content-security-policy"/i));
      if (/<(script|style|link)\b/i.test(head)) problems.push(`${file}: script or style before the policy`);
    }
    expect(problems.slice(0, 50), `${problems.length} problems`).toEqual([]);
  });

  it('every page carries the stylesheet inline, once, and links none', () => {
    const styles = new Set<string>();
    const problems: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const own = inlineStyles(html);
      if (own.length !== 1) problems.push(`${file}: ${own.length} <style> elements`);
      if (/<link\b[^>]*\brel="?stylesheet/i.test(html)) problems.push(`${file}: a linked stylesheet`);
      own.forEach((s) => styles.add(s));
    }
    expect(problems.slice(0, 50), `${problems.length} problems`).toEqual([]);
    expect(styles.size).toBe(1);
    // The fonts are files of the build (the link check resolves them), not data: URIs.
    const css = [...styles][0]!;
    expect(css).toMatch(/\.site-header/);
    expect([...css.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]).filter((u) => !/^["']?\/_astro\/[^"')]+\.woff2["']?$/.test(u!))).toEqual([]);
    expect(css.match(/@font-face/g)).toHaveLength(4);
  });
});

describe('the checkers can fail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (file: string, html: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), html);
  };

  it('the link checker names missing files, pages, ids and script URLs, also in <style>', () => {
    put('index.html', `<!doctype html><a href="/a/#ok">ok</a><a href="/a/#nope">x</a><a href="/b/">x</a>
      <a href="/a">x</a><a href="javascript:alert(1)">x</a><a href="https://example.org/">x</a>
      <a href="https://site.example/a/">ok</a><svg><rect fill="url(#grad)"/></svg><label for="f">x</label>
      <!-- <a href="/commented-out/">x</a> --><script>const s = '<a href="/in-script/">';</script>
      <style>@font-face{src:url(/_astro/missing.woff2)}svg{fill:url(#grad2)}p{background:url("data:,x")}</style>`);
    put('a/index.html', '<!doctype html><h1 id="ok">A</h1>');
    const report = checkLinks(dir, 'https://site.example');
    expect(report.broken.map((b) => [b.ref, b.reason])).toEqual([
      ['/a/#nope', 'no element with id "nope" in a/index.html'],
      ['/b/', 'no such file'],
      ['/a', 'directory without its trailing slash'],
      ['javascript:alert(1)', 'script URL'],
      ['/_astro/missing.woff2', 'no such file'],
      ['grad', 'id reference to no element of the page'],
      ['f', 'id reference to no element of the page'],
    ]);
    expect(report.external).toEqual(['https://example.org/']);
  });

  it('the policy check refuses a missing, doubled or inline-permitting policy and unhashed scripts and styles', () => {
    const page = (csp: string[], body = '') =>
      `<!doctype html><head>${csp.map((c) => `<meta http-equiv="Content-Security-Policy" content="${c}">`).join('')}</head>${body}`;
    const strict = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'";
    expect(scriptPolicyProblems(page([strict]))).toEqual([]);
    expect(scriptPolicyProblems(page([]))).toEqual(['0 Content-Security-Policy meta elements']);
    expect(scriptPolicyProblems(page([strict, strict]))).toEqual(['2 Content-Security-Policy meta elements']);
    expect(scriptPolicyProblems(page([strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")]))).toEqual(["script-src allows 'unsafe-inline'"]);
    expect(scriptPolicyProblems(page([strict], '<script>alert(1)</script>'))[0]).toMatch(/^inline script 'sha256-.+' is not in script-src$/);
    expect(parsePolicy(cspMetas(page([strict]))[0]!).get('script-src')).toEqual(["'self'"]);
    const css = 'p{color:red}';
    const styled = (policy: string) => page([policy], `<style>${css}</style>`);
    expect(stylePolicyProblems(styled(`${strict}; style-src 'self' ${sha256(css)}`))).toEqual([]);
    expect(stylePolicyProblems(styled(`${strict}; style-src 'self'`))).toEqual([`inline style ${sha256(css)} is not in style-src`]);
    expect(stylePolicyProblems(styled(`${strict}; style-src 'self' ${sha256(`${css} `)}`))).toEqual([`inline style ${sha256(css)} is not in style-src`]);
    expect(stylePolicyProblems(styled(`${strict}; style-src 'self' 'unsafe-inline'`))).toEqual(["style-src allows 'unsafe-inline'", `inline style ${sha256(css)} is not in style-src`]);
    expect(stylePolicyProblems(page([`${strict}; style-src 'self'`], '<p style="color:red">x</p>'))).toEqual(['a style attribute']);
  });

  it('html-validate reports an error on invalid markup', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const report = await validator.validateString('<!doctype html><html lang="vi"><head><title>x</title></head><body><p><div></div></p></body></html>');
    expect(report.valid).toBe(false);
  });
});
