// Each real document converted whole: the record is pinned by a snapshot a reviewer can open,
// and the counts the plans are known to hold are checked independently of the snapshot.
import { describe, expect, it } from 'vitest';
import { convertSource } from '../src/convert/index.ts';
import { PlanRecord } from '../src/schema.ts';
import { SLUGS, sourceBytes, tax, type Slug } from './helpers/sources.ts';

const convert = (slug: Slug) => convertSource(sourceBytes(slug), `content/sources/${slug}.txt`, tax()).record;

const EXPECTED: Record<Slug, { text: number; table: number; bodies: number; flags: string[] }> = {
  'tp-bac-kan-2021-2025': { text: 14, table: 0, bodies: 8, flags: ['missing_number', 'impossible_value'] },
  'vinh-phuc-2023-2025': { text: 22, table: 0, bodies: 13, flags: ['missing_number', 'missing_date'] },
  'lang-giang-2024-2025': { text: 12, table: 24, bodies: 11, flags: ['missing_number', 'text_table_conflict'] },
  'bac-giang-so-y-te-2024': { text: 12, table: 0, bodies: 8, flags: ['missing_number', 'missing_date', 'citation_implausible_year'] },
  'bac-kan-chi-thi-06-2024': { text: 0, table: 0, bodies: 8, flags: [] },
};

describe.each(SLUGS)('%s', (slug) => {
  const record = convert(slug);
  it('is a valid record', () => expect(PlanRecord.parse(record)).toEqual(record));
  it('has the expected targets, bodies and flags', () => {
    const e = EXPECTED[slug];
    expect(record.targets.filter((t) => t.source === 'text')).toHaveLength(e.text);
    expect(record.targets.filter((t) => t.source === 'table')).toHaveLength(e.table);
    expect(record.agencies).toHaveLength(e.bodies);
    expect(record.flags.map((f) => f.kind)).toEqual(e.flags);
  });
  it('cites every target and body by a line that holds its text', () => {
    const body = sourceBytes(slug).toString('utf8').split('\n');
    for (const t of record.targets) expect(body[t.line - 1]).toBe(t.text);
    for (const a of record.agencies) expect(body[a.line - 1]).toBeDefined();
  });
  it('matches its snapshot', async () => {
    await expect(JSON.stringify(record, null, 2) + '\n').toMatchFileSnapshot(`./__snapshots__/records/${slug}.json`);
  });
});

it('flags the text/appendix conflict of Lạng Giang at the sentence, naming both lines', () => {
  const f = convert('lang-giang-2024-2025').flags.find((x) => x.kind === 'text_table_conflict')!;
  expect(f.line).toBe(26);
  expect(f.message).toContain('line 227');
});

it('converts the same bytes to the same record every time', () => {
  expect(JSON.stringify(convert('vinh-phuc-2023-2025'))).toBe(JSON.stringify(convert('vinh-phuc-2023-2025')));
});
