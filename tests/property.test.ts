// Hostile and broken input: random mutations of the five real documents (see
// tests/helpers/mutations.ts). On every mutated document the converter returns a record or
// throws a ConvertError, within 2 s; every target's line number names the line it was read
// from; and a target line survives: a line of the original that gave a classified target from a
// sentence (source "text"), still present verbatim in the mutated text as the converter reads it
// (NFC, LF, after any frontmatter), still gives a target with the same indicator, comparator and
// value wherever it now stands (a line whose reading borrows the indicator of the line before,
// as "trong đó …" may, is left out; the five documents have none). A fixed seed keeps CI
// reproducible; `npm run fuzz` runs more cases with a random seed.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { trailingRun } from '../src/convert/document.ts';
import { convertSource } from '../src/convert/index.ts';
import { check, INVISIBLE, mutate, mutation, promised, textOp, verify, type Mutation, type TextOp } from './helpers/mutations.ts';
import { SLUGS, sourceBytes, tax } from './helpers/sources.ts';

const SEED = 20240415;
// Each case is held to TIME_LIMIT_MS of the converter's CPU time; a family's wall-clock limit is
// only a backstop, wide enough for a loaded machine (a 200 kB family takes ~40 s of CPU alone).
const FAMILY_TIMEOUT_MS = 300_000;
/** Runs per mutation family: at least 2,000 in all (checked below). */
const FAMILIES: [string, TextOp['kind'][], number][] = [
  ['cut at a random point', ['cut'], 200],
  ['duplicated lines', ['duplicate'], 200],
  ['shuffled and moved lines', ['shuffle', 'move'], 250],
  ['deleted lines', ['delete'], 200],
  ['NFD', ['nfd'], 150],
  ['CRLF and CR line ends', ['lineEnds'], 150],
  ['huge lines of 200 kB', ['huge'], 250],
  ['random text inserted', ['insert'], 200],
  ['invisible and control characters inserted, inside figures too', ['invisible'], 200],
];
const MIXED_RUNS = 450;

let ran = 0;
async function assertAll(arb: fc.Arbitrary<Mutation>, numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arb, async (m) => {
      ran++;
      const failure = await check(m);
      if (failure) throw new Error(`${failure.kind}: ${failure.message}`);
    }),
    { seed: SEED, numRuns },
  );
}

describe('the converter on mutated documents', () => {
  for (const [name, kinds, runs] of FAMILIES) {
    it(`${name}: ${runs} cases`, async () => {
      const only = textOp.filter((op) => kinds.includes(op.kind));
      // Random bytes go with the text edits of one family only, so each family is seen clean too.
      await assertAll(mutation(only, name === 'random text inserted', false), runs);
    }, FAMILY_TIMEOUT_MS);
  }

  it(`any mix of them, with random bytes inserted and files cut mid-character, frontmatter, .docx: ${MIXED_RUNS} cases`, async () => {
    await assertAll(mutation(), MIXED_RUNS);
  }, FAMILY_TIMEOUT_MS);

  afterAll(() => {
    expect(ran).toBeGreaterThanOrEqual(2000);
  });
});

/** Minimal cases the fuzzer found, each a bug once (minutes on one document, or a TypeError). */
const FOUND: [string, Mutation][] = [
  ['trailing blanks after 200 kB of spaces', { doc: 'bac-giang-so-y-te-2024', text: [{ kind: 'huge', at: 0, unit: ' ', frame: 'RUNx ', append: false }], bytes: [] }],
  ['200 kB of unclosed tags', { doc: 'vinh-phuc-2023-2025', text: [{ kind: 'huge', at: 0.5, unit: '<a ', frame: 'RUN', append: false }], bytes: [] }],
  ['a table row of 200 kB of blanks and tabs', { doc: 'tp-bac-kan-2021-2025', text: [{ kind: 'huge', at: 0.5, unit: ' \t\u00a0', frame: 'RUNx ', append: false }], bytes: [] }],
  ['thousands of figures in one target sentence', { doc: 'lang-giang-2024-2025', text: [{ kind: 'huge', at: 0.2, unit: '1% ', frame: 'Tỷ lệ phụ nữ đẻ được khám thai 4 lần đạt 90%RUNx và 95%', append: false }], bytes: [] }],
  ['200 kB of commas between two figures', { doc: 'tp-bac-kan-2021-2025', text: [{ kind: 'huge', at: 0, unit: ', ', frame: 'Tỷ lệ phụ nữ đẻ được khám thai 4 lần đạt 90%RUNx và 95%', append: false }], bytes: [] }],
  ['a 200 kB word before a figure', { doc: 'bac-giang-so-y-te-2024', text: [{ kind: 'huge', at: 0.8431, unit: 'ạ', frame: 'Tỷ lệ phụ nữ đẻ được khám thai 4 lần đạt 90%RUNx và 95%', append: false }], bytes: [] }],
  ['a title ending in 200 kB of dots', { doc: 'vinh-phuc-2023-2025', text: [{ kind: 'huge', at: 0, unit: '.', frame: '**RUN**', append: true }, { kind: 'lineEnds', style: 'cr' }], bytes: [] }],
  ['a line of 200 kB of citations', { doc: 'tp-bac-kan-2021-2025', text: [{ kind: 'huge', at: 0.9, unit: 'Luật 1/A ', frame: 'theo Quyết định số 12/QĐ-UBND ngày RUN', append: false }], bytes: [] }],
  ['a body named with 200 kB of commas', { doc: 'lang-giang-2024-2025', text: [{ kind: 'huge', at: 0.6484, unit: ', ', frame: '1. Sở Y tế RUN: phối hợp', append: true }, { kind: 'delete', at: 0.4739, count: 16 }], bytes: [{ kind: 'cutBytes', at: 0.6312 }, { kind: 'bytes', at: 0.8492, bytes: [88, 30] }] }],
  ['a preamble of 200 kB of "ban hành"', { doc: 'lang-giang-2024-2025', text: [{ kind: 'huge', at: 0.04, unit: ' ban hành', frame: 'RUN', append: false }], bytes: [] }],
];

describe('cases the fuzzer found', () => {
  it.each(FOUND)('%s', async (_, m) => {
    expect(await check(m)).toBeNull();
  }, FAMILY_TIMEOUT_MS);
});

describe('the properties can fail', () => {
  const original = (i: number) => {
    const slug = SLUGS[i]!;
    const bytes = new Uint8Array(sourceBytes(slug));
    return { slug, bytes, record: convertSource(bytes, `content/sources/${slug}.txt`, tax()).record };
  };

  it('every document with targets promises its target lines', () => {
    // The oracle is not empty: each line of the original that gives a classified target in a sentence.
    for (const [i, slug] of SLUGS.entries()) {
      const { record } = original(i);
      const lines = new Set(record.targets.filter((t) => t.source === 'text' && t.indicator).map((t) => t.text));
      expect([...promised.get(slug)!.keys()].sort()).toEqual([...lines].sort());
    }
  });

  it('a target taken away is reported as lost, a wrong line number as misplaced', () => {
    const { slug, bytes, record } = original(0);
    expect(verify(slug, bytes, record)).toBeNull();
    const text = record.targets.findIndex((t) => t.source === 'text' && t.indicator);
    const lost = { ...record, targets: record.targets.filter((_, i) => i !== text) };
    expect(verify(slug, bytes, lost)?.kind).toBe('lost');
    const moved = { ...record, targets: record.targets.map((t, i) => (i === text ? { ...t, line: t.line + 1 } : t)) };
    expect(verify(slug, bytes, moved)?.kind).toBe('misplaced');
  });

  it('a mutation that leaves nothing out converts to the same record', () => {
    for (const [i, slug] of SLUGS.entries()) {
      const bytes = mutate({ doc: slug, text: [{ kind: 'lineEnds', style: 'crlf' }, { kind: 'nfd', from: 0, to: 0.9999 }], bytes: [] });
      const { record } = convertSource(bytes, `content/sources/${slug}.txt`, tax());
      expect(record.targets).toEqual(original(i).record.targets);
    }
  });

  it('invisible characters after every digit and comparator leave every target as it was (D01)', () => {
    for (const [i, slug] of SLUGS.entries()) {
      const text = new TextDecoder().decode(sourceBytes(slug)).replace(/[0-9<>≤≥%‰]/g, (c, at: number) => c + INVISIBLE[at % INVISIBLE.length]);
      const { record } = convertSource(new TextEncoder().encode(text), `content/sources/${slug}.txt`, tax());
      expect(record.targets).toEqual(original(i).record.targets);
    }
  });
});

describe('linear scans agree with the regexes they replace', () => {
  // Old forms, quadratic on long runs: kept here as the specification of the new ones.
  const LEAD_IN = /(?:\s|,|;|và|hoặc|tăng|giảm|đạt|trên|dưới|xuống|còn|<|>|≤|≥|=)*$/iu;
  const GROUP_TAIL = /(?:\s|đạt|trên|dưới|xuống|còn|<|>|≤|≥|:|,)*$/u;
  const pieces = fc.constantFrom(' ', ',', ';', ':', 'và', 'Và', 'hoặc', 'tăng', 'giảm', 'đạt', 'trên', 'dưới', 'xuống', 'còn', '<', '>', '≤', '≥', '=', 'x', 'vùng', '9', '%', '\t', '\u00a0');
  const text = fc.array(pieces, { maxLength: 12 }).map((p) => p.join(''));

  it('lead-in words between two figures', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(trailingRun(s, { signs: ',;<>≤≥=', words: ['và', 'hoặc', 'tăng', 'giảm', 'đạt', 'trên', 'dưới', 'xuống', 'còn'] })).toBe(s.search(LEAD_IN));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('words after a subgroup name', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(trailingRun(s, { signs: ':,<>≤≥', words: ['đạt', 'trên', 'dưới', 'xuống', 'còn'] })).toBe(s.search(GROUP_TAIL));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
