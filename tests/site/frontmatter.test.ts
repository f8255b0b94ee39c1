import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { PlanRecord } from '../../src/schema.ts';
import { markdownBody, markdownFrontmatter } from '../../src/site/frontmatter.ts';
import { parse } from 'yaml';

const PLANS = fileURLToPath(new URL('../../content/plans/', import.meta.url));

describe('frontmatter of the generated plans', () => {
  // Astro reads frontmatter with YAML 1.1 rules (as gray-matter does), where an unquoted
  // 2024-08-09 becomes a Date: every generated file must still validate as a record.
  it.each(readdirSync(PLANS).filter((n) => n.endsWith('.md')))('%s is a valid record to a YAML 1.1 reader', (name) => {
    const { data } = matter(readFileSync(join(PLANS, name), 'utf8'));
    expect(PlanRecord.parse(data).id).toBe(name.replace(/\.md$/, ''));
  });

  // The site's collection loader (src/content.config.ts) reads the frontmatter alone, with YAML 1.1.
  it.each(readdirSync(PLANS).filter((n) => n.endsWith('.md')))('%s reads the same through the site’s loader', (name) => {
    const text = readFileSync(join(PLANS, name), 'utf8');
    expect(PlanRecord.parse(parse(markdownFrontmatter(text), { version: '1.1' }))).toEqual(PlanRecord.parse(matter(text).data));
  });

  it('is empty for a file without frontmatter, and ends at the closing fence', () => {
    expect(markdownFrontmatter('# Title\n')).toBe('');
    expect(markdownFrontmatter('---\nid: a\n---\nbody\n---\nmore')).toBe('id: a\n');
    expect(markdownFrontmatter('\uFEFF---\r\nid: a\r\n---')).toBe('id: a\n');
  });
});

describe('markdown body', () => {
  it('keeps the leading blank lines of the document', () => {
    expect(markdownBody('---\nid: x\n---\n\n\nSố: 1\n')).toBe('\n\nSố: 1\n');
  });
  it('handles files without frontmatter, CRLF, and empty bodies', () => {
    expect(markdownBody('a\nb')).toBe('a\nb');
    expect(markdownBody('---\r\nid: x\r\n---\r\nA\r\nB')).toBe('A\nB');
    expect(markdownBody('---\nid: x\n---')).toBe('');
    expect(markdownBody('---\nid: x\n---\n')).toBe('');
  });
  it('does not stop at a --- inside a YAML value', () => {
    expect(markdownBody('---\ntitle: "a --- b"\n---\nbody')).toBe('body');
  });
});
