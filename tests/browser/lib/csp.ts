// The Content-Security-Policy a page declares in its <meta http-equiv>, and whether it lets in
// only the scripts and styles the page itself carries.
import { createHash } from 'node:crypto';
import { tags } from './links.ts';

export type Policy = Map<string, string[]>;

export function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins; later ones are ignored by browsers.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The CSP meta elements' content attributes of a page. */
export function cspMetas(html: string): string[] {
  return tags(html)
    .filter((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((t) => t.attrs.get('content') ?? '');
}

/** The text of every inline <script> (no src) of a page, as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\ssrc\s*=/i.test(` ${m[1]}`)) out.push(m[2]!);
  }
  return out;
}

/** The text of every <style> element of a page, as the browser hashes it. */
export function inlineStyles(html: string): string[] {
  return [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]!);
}

export const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * What is wrong with a page's policy for scripts: none of it may allow inline code or code from
 * elsewhere, and every inline script of the page must be allowed by its hash.
 */
export function scriptPolicyProblems(html: string): string[] {
  const metas = cspMetas(html);
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy meta elements`];
  const policy = parsePolicy(metas[0]!);
  const problems: string[] = [];
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
  if (!scriptSrc) return ['no script-src and no default-src'];
  for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
    for (const s of policy.get(directive) ?? []) {
      const l = s.toLowerCase();
      if (l === "'unsafe-inline'" || l === "'unsafe-eval'" || l === "'unsafe-hashes'" || l === '*' || /^(https?|data|blob|filesystem):?$/.test(l)) {
        problems.push(`${directive} allows ${s}`);
      }
    }
  }
  if (!policy.has('object-src') && !policy.get('default-src')?.includes("'none'")) problems.push('no object-src');
  if (!policy.has('base-uri')) problems.push('no base-uri (a <base> could redirect relative scripts)');
  const allowed = new Set(scriptSrc);
  for (const script of inlineScripts(html)) {
    const hash = sha256(script);
    if (!allowed.has(hash)) problems.push(`inline script ${hash} is not in script-src`);
  }
  return problems;
}

/**
 * What is wrong with a page's policy for styles: no inline style allowed wholesale nor any from
 * elsewhere, every <style> of the page allowed by its hash, and no style attribute (a hash
 * cannot admit one without 'unsafe-hashes').
 */
export function stylePolicyProblems(html: string): string[] {
  const metas = cspMetas(html);
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy meta elements`];
  const policy = parsePolicy(metas[0]!);
  const styleSrc = policy.get('style-src') ?? policy.get('default-src');
  if (!styleSrc) return ['no style-src and no default-src'];
  const problems: string[] = [];
  for (const directive of ['style-src', 'style-src-elem', 'style-src-attr']) {
    for (const s of policy.get(directive) ?? []) {
      const l = s.toLowerCase();
      if (l === "'unsafe-inline'" || l === "'unsafe-hashes'" || l === '*' || /^(https?|data|blob|filesystem):?$/.test(l)) {
        problems.push(`${directive} allows ${s}`);
      }
    }
  }
  const allowed = new Set(policy.get('style-src-elem') ?? styleSrc);
  for (const style of inlineStyles(html)) {
    const hash = sha256(style);
    if (!allowed.has(hash)) problems.push(`inline style ${hash} is not in style-src`);
  }
  if (tags(html).some((t) => t.attrs.has('style'))) problems.push('a style attribute');
  return problems;
}
