import { describe, expect, it } from 'vitest';
import { markdownBody, undoYamlTimestamps } from '../../src/site/frontmatter.ts';

describe('frontmatter dates', () => {
  it('turns YAML 1.1 timestamps back into the date strings the file holds', () => {
    const parsed = { issued: new Date('2024-08-09T00:00:00Z'), citations: [{ date: new Date('2021-07-09T00:00:00Z'), n: 1 }], x: null, y: '2021-08' };
    expect(undoYamlTimestamps(parsed)).toEqual({ issued: '2024-08-09', citations: [{ date: '2021-07-09', n: 1 }], x: null, y: '2021-08' });
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
