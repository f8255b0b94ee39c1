import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../src/convert/agencies.ts';
import { normalizeForMatch, toDoc } from '../src/convert/document.ts';
import { beforeFirst, firstLettersChecked, matchesOf } from '../src/convert/matches.ts';
import { PhrasingMatcher } from '../src/convert/phrasings.ts';
import { loadTaxonomies } from '../src/taxonomy/load.ts';

/** Every line of the real documents in the fixtures and the sources. */
function realLines(): string[] {
  const dirs = ['tests/fixtures/realworld', 'tests/fixtures/realworld-dev', 'tests/fixtures/places', 'content/sources'];
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((n) => n.endsWith('.txt'))
      .flatMap((n) => toDoc(readFileSync(join(d, n), 'utf8').normalize('NFC')).lines.map((l) => l.plain)),
  );
}

describe('matchesOf', () => {
  it('finds what matchAll finds, empty matches and astral characters included', () => {
    const cases: [RegExp, string][] = [
      [/(\d+)\s*%/gu, 'đạt 80% năm 2025 và 85 % năm 2030'],
      [/\d*/g, 'a1b22c'],
      [/(?:)/gu, 'a😀b'],
      [/\p{L}+/gu, 'Tỷ lệ trẻ 😀 em'],
    ];
    for (const [re, text] of cases) {
      const ours = matchesOf(re, text).map((m) => [m.index, [...m]]);
      expect(ours).toEqual([...text.matchAll(re)].map((m) => [m.index, [...m]]));
    }
    expect(matchesOf(/(?:)/gu, 'a😀b').map((m) => m.index)).toEqual([0, 1, 3, 4]);
  });
  it('starts from the beginning whatever an earlier search left, and refuses a pattern that is not global', () => {
    const re = /\d/g;
    re.exec('x1y2');
    expect(matchesOf(re, '12').map((m) => m[0])).toEqual(['1', '2']);
    expect(() => matchesOf(/\d/, '12')).toThrow(/global/);
  });
});

describe('PhrasingMatcher', () => {
  it('names the first entry whose every word occurs, unless an exclude word does', () => {
    const m = new PhrasingMatcher([
      { value: 'a', phrasings: [['tử vong', 'dưới 5 tuổi']], exclude: ['chênh lệch'] },
      { value: 'b', phrasings: [['tử vong'], ['suy dinh dưỡng', 'thấp còi']], exclude: [] },
    ]);
    expect(m.first('giảm tỷ suất tử vong trẻ em dưới 5 tuổi')).toBe('a');
    expect(m.first('chênh lệch tử vong trẻ em dưới 5 tuổi')).toBe('b');
    expect(m.first('tỷ lệ suy dinh dưỡng thể thấp còi')).toBe('b');
    expect(m.first('tỷ lệ suy dinh dưỡng thể nhẹ cân')).toBeNull();
  });
  it('answers as a plain search of every word would, on every line of the real documents, for indicators and bodies', () => {
    const tax = loadTaxonomies();
    const naive = (entries: { value: string; phrasings: string[][]; exclude: string[] }[], norm: string) =>
      entries.find((e) => !e.exclude.some((w) => norm.includes(w)) && e.phrasings.some((p) => p.every((w) => norm.includes(w))))?.value ?? null;
    const indicators = tax.indicators.map((i) => ({ value: i.id, phrasings: i.phrasings, exclude: i.exclude }));
    const agencies = tax.agencies.map((a) => ({ value: a.id, phrasings: a.phrasings.map((p) => p.map(normalizeName)), exclude: a.exclude.map(normalizeName) }));
    const byIndicator = new PhrasingMatcher(indicators);
    const byAgency = new PhrasingMatcher(agencies);
    const lines = realLines();
    expect(lines.length).toBeGreaterThan(1000);
    let named = 0;
    for (const line of lines) {
      const norm = normalizeForMatch(line);
      const want = naive(indicators, norm);
      expect(byIndicator.first(norm)).toBe(want);
      if (want) named++;
      const name = normalizeName(line);
      expect(byAgency.first(name)).toBe(naive(agencies, name));
    }
    expect(named).toBeGreaterThan(100);
  });
});

describe('beforeFirst', () => {
  it('is what split(re, 1)[0] gives, and refuses a global pattern', () => {
    const re = /\s(?:và|hoặc)\s/u;
    for (const text of ['dưới 9‰ và dưới 8‰', 'không có', '', ' và đầu']) expect(beforeFirst(re, text)).toBe(text.split(re, 1)[0]);
    expect(() => beforeFirst(/,/g, 'a,b')).toThrow(/from the start/);
  });
});

describe('firstLettersChecked', () => {
  it('passes a pattern whose lookahead lets through every first letter of the words after it, cases and groups included', () => {
    const re = /(?=[đnh])(?<!\p{L})(?:đã\s+(?:giảm|tăng)|năm trước|hiện nay)(?=[^\p{L}]|$)/iu;
    expect(firstLettersChecked(re)).toBe(re);
    expect(() => firstLettersChecked(/(?:[:≥]|(?=[ĐđGg])(?<!\p{L})(?:(?:[Đđ]ược\s+)?[Gg]iao))\s*\d/u)).not.toThrow();
    expect(() => firstLettersChecked(/(?=n)(?<!so\s)n[ăa]m\s+(\d{4})/iu)).not.toThrow();
  });
  it('throws at load, naming the letter, when a word starts with a letter the lookahead lacks', () => {
    expect(() => firstLettersChecked(/(?=[đn])(?<!\p{L})(?:đã\s+giảm|năm trước|hiện nay)/iu)).toThrow(/lets no h through/);
    // Without the i flag, each case is a letter of its own; an optional word's letter counts too.
    expect(() => firstLettersChecked(/(?=[đG])(?:(?:[Đđ]ược\s+)?[Gg]iao)/u)).toThrow(/lets no Đ g through/);
    // What an escape stands for cannot be told: it is never taken as let through.
    expect(() => firstLettersChecked(/(?=a)\s*abc/u)).toThrow(/escape or a range/);
  });
});
