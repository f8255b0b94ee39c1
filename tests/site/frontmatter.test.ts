import { describe, expect, it } from 'vitest';
import { undoYamlTimestamps } from '../../src/site/frontmatter.ts';

describe('frontmatter dates', () => {
  it('turns YAML 1.1 timestamps back into the date strings the file holds', () => {
    const parsed = { issued: new Date('2024-08-09T00:00:00Z'), citations: [{ date: new Date('2021-07-09T00:00:00Z'), n: 1 }], x: null, y: '2021-08' };
    expect(undoYamlTimestamps(parsed)).toEqual({ issued: '2024-08-09', citations: [{ date: '2021-07-09', n: 1 }], x: null, y: '2021-08' });
  });
});
