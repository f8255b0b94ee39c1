// Synthetic corpora for the build benchmark: the five real documents, each re-issued by the
// places of the gazetteer (scripts/bench/places.ts: every province, district and commune, in the
// era each existed), with figures varied within plausible ranges, years shifted, bodies and
// solution sections reordered or dropped, and some target lines dropped. Every page type then
// grows with the corpus: plans, indicator rows, bodies' assignments, provinces, districts and
// communes, and the compare columns.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTaxonomies } from '../../src/taxonomy/load.ts';
import type { Region } from '../../src/taxonomy/schemas.ts';
import { gazetteerPlaces, PLACE_KINDS, type Place, type PlaceKind } from './places.ts';

/** A real document and the place names in it that a re-issue replaces. */
interface Template {
  source: string;
  /** Who re-issues it: provinces (either era), districts (huyện, quận, thị xã), provincial cities, or 2025 communes. */
  level: 'province' | 'district' | 'city';
  kind: 'ke-hoach' | 'chi-thi' | 'quyet-dinh';
  /** Place names of the original: its province, and its city or district. */
  province: string;
  local?: string;
}

export const TEMPLATES: readonly Template[] = [
  { source: 'bac-giang-so-y-te-2024.txt', level: 'province', kind: 'ke-hoach', province: 'Bắc Giang' },
  { source: 'bac-kan-chi-thi-06-2024.txt', level: 'province', kind: 'chi-thi', province: 'Bắc Kạn' },
  { source: 'vinh-phuc-2023-2025.txt', level: 'province', kind: 'ke-hoach', province: 'Vĩnh Phúc' },
  { source: 'lang-giang-2024-2025.txt', level: 'district', kind: 'ke-hoach', province: 'Bắc Giang', local: 'Lạng Giang' },
  { source: 'tp-bac-kan-2021-2025.txt', level: 'city', kind: 'quyet-dinh', province: 'Bắc Kạn', local: 'Bắc Kạn' },
];

/**
 * Share of plans of each kind of place. Communes issue most (3,321 of them from July 2025),
 * then districts; at 5,000 plans every commune and district issues at least one and every
 * province several.
 */
export const KIND_WEIGHTS: Record<PlaceKind, number> = { 'province-2024': 0.06, 'district-2024': 0.22, 'province-2025': 0.04, 'commune-2025': 0.68 };

/** The template level a place re-issues: a provincial city the city's decision, a commune the district's plan. */
export function templateLevel(p: Place): Template['level'] {
  if (p.level === 'province') return 'province';
  return p.type === 'thành phố' ? 'city' : 'district';
}

export interface SyntheticPlan {
  slug: string;
  place: Place;
  template: string;
  text: string;
}

export interface Corpus {
  plans: SyntheticPlan[];
  /** The places that issue a plan, each once. */
  places: Place[];
}

/** mulberry32: a small seeded generator, so a corpus is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function shuffle<T>(r: Rand, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The template text with its own place names replaced by the place's, in every case the
 * documents write them ("huyện Lạng Giang", "UBND HUYỆN LẠNG GIANG", "Lạng Giang, ngày …"), and
 * the district's type word by the place's own ("UBND huyện" → "UBND xã" for a commune, "UBND
 * quận" for an urban district). One pass: a name put in is never replaced again.
 */
function renameIn(text: string, t: Template, p: Place): string {
  const pairs: [string, string][] = [];
  if (t.level === 'city') {
    pairs.push([`thành phố ${t.local}`, p.vi]);
    for (const w of ['TP.', 'TP']) pairs.push([`${w} ${t.local}`, `${w} ${p.name}`]);
    pairs.push([`tỉnh ${t.province}`, p.provinceVi], [t.province, p.province]);
  } else if (t.local) {
    pairs.push([`huyện ${t.local}`, p.vi], [t.local, p.name], [`tỉnh ${t.province}`, p.provinceVi], [t.province, p.province]);
    if (p.type !== 'huyện') pairs.push(['huyện', p.type]);
  } else {
    pairs.push([`tỉnh ${t.province}`, p.vi], [t.province, p.name]);
  }
  const map = new Map<string, string>();
  for (const [from, to] of pairs) {
    for (const f of [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), capitalise]) {
      if (!map.has(f(from))) map.set(f(from), f(to));
    }
  }
  const alternatives = [...map.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  return text.replace(re, (m) => map.get(m)!);
}

// Figures: one varied value per distinct figure of a document, so that a table that repeats a
// figure of the text still agrees with it.
type Unit = 'percent' | 'permille' | 'per100k';

function varyValue(r: Rand, unit: Unit, v: number): number {
  if (unit === 'percent') {
    if (v >= 100) return v;
    // Near the ceiling, plans differ by a point or two and never promise more than 99.x %.
    if (v >= 95) return Math.min(v, 99) - r() * 3;
    return Math.min(94, Math.max(1, v + Math.round(r() * 12 - 6)));
  }
  return Math.max(unit === 'permille' ? 0.5 : 1, v * (0.75 + r() * 0.5));
}

function figureVariation(r: Rand): (num: string, unit: Unit) => string {
  const memo = new Map<string, number>();
  return (num, unit) => {
    // "2.500" is a thousands separator, not a decimal: leave such figures alone.
    if (/^\d{1,3}\.\d{3}$/.test(num)) return num;
    const value = Number(num.replace(',', '.'));
    const key = `${unit}:${value}`;
    // Keep the document's way of writing it: its decimals and its decimal sign.
    const decimals = /[.,](\d+)$/.exec(num)?.[1]?.length ?? 0;
    let varied = memo.get(key);
    if (varied === undefined) memo.set(key, (varied = varyValue(r, unit, value)));
    const out = varied.toFixed(decimals);
    return num.includes(',') ? out.replace('.', ',') : out;
  };
}

const UNIT_OF = (s: string): Unit | null => (s.includes('‰') ? 'permille' : /100[.,]000/.test(s) ? 'per100k' : s.includes('%') ? 'percent' : null);

function varyFigures(lines: string[], r: Rand): string[] {
  const vary = figureVariation(r);
  return lines.map((line) => {
    if (line.includes('\t')) {
      // A table row: the unit sits in its own cell, the figures in the cells after it.
      const cells = line.split('\t');
      const at = cells.findIndex((c) => UNIT_OF(c) !== null && !/\d\s*(%|‰)/.test(c));
      if (at < 0) return line;
      const unit = UNIT_OF(cells[at]!)!;
      return cells
        .map((c, i) => (i > at ? c.replace(/^([<>≤≥]?\s*)(\d+(?:[.,]\d+)?)\s*$/, (_, op: string, n: string) => op + vary(n, unit)) : c))
        .join('\t');
    }
    return line.replace(/(\d+(?:[.,]\d+)?)(\s*)(%|‰|\/\s?100\.000)/g, (_, n: string, sp: string, u: string) => vary(n, UNIT_OF(u)!) + sp + u);
  });
}

/** Years of the plan and of recent documents move together; older laws keep their dates. */
function shiftYears(text: string, offset: number): string {
  if (offset === 0) return text;
  return text.replace(/(?<![\d.,])(20(?:19|2\d|30))(?![\d.,]?\d|\/)/g, (y) => String(Number(y) + offset));
}

const ROMAN = /^\s*(?:#+\s*)?(?:\*\*)?\s*[IVX]+\.\s/;
const ITEM = /^(\s*(?:#+\s*)?(?:\*\*)?\s*)(\d+)(\.\s)/;

/**
 * Bodies (the implementation section) and solutions are numbered items under a Roman-numbered
 * heading: shuffle them, drop some, renumber. The last item stays last (it often carries the
 * closing lines). A document without Roman headings (a directive) is one list of bodies.
 */
function reorderSections(lines: string[], r: Rand): string[] {
  const starts = lines.flatMap((l, i) => (ROMAN.test(l) ? [i] : []));
  const bounds = starts.length ? [0, ...starts, lines.length] : [0, lines.length];
  const out: string[] = [];
  for (let s = 0; s < bounds.length - 1; s++) {
    const section = lines.slice(bounds[s], bounds[s + 1]);
    const heading = starts.length ? (s === 0 ? '' : section[0]!) : 'TỔ CHỨC THỰC HIỆN';
    const drop = /TỔ CHỨC THỰC HIỆN/i.test(heading) ? 0.2 : /GIẢI PHÁP|NHIỆM VỤ/i.test(heading) ? 0.15 : -1;
    if (drop < 0) {
      out.push(...section);
      continue;
    }
    const itemAt = section.flatMap((l, i) => (ITEM.test(l) && (starts.length === 0 || i > 0) ? [i] : []));
    if (itemAt.length < 3) {
      out.push(...section);
      continue;
    }
    const head = section.slice(0, itemAt[0]);
    const blocks = itemAt.map((at, k) => section.slice(at, itemAt[k + 1] ?? section.length));
    const last = blocks.pop()!;
    let kept = shuffle(r, blocks).filter(() => r() >= drop);
    if (kept.length === 0) kept = [pick(r, blocks)];
    const renumbered = [...kept, last].map((b, k) => [b[0]!.replace(ITEM, (_, pre: string, _n: string, dot: string) => `${pre}${k + 1}${dot}`), ...b.slice(1)]);
    out.push(...head, ...renumbered.flat());
  }
  return out;
}

/** Some target lines of the goals are left out (plans do not all set every target). */
function dropTargetLines(lines: string[], r: Rand): string[] {
  return lines.filter((l) => !(/^\s*[-+]/.test(l) && /%|‰|100\.000/.test(l) && !l.includes('\t') && r() < 0.1));
}

function renumberDocument(text: string, r: Rand): string {
  return text.replace(/^(\s*Số:\s*)\d*\//m, (_, pre: string) => `${pre}${1 + Math.floor(r() * 250)}/`);
}

/** One re-issue of a template by a place. */
export function variant(text: string, t: Template, place: Place, r: Rand, yearOffset: number): string {
  // The district's plan is a portal's copy without the organ block its original opens with; a
  // re-issue has it, as a document of a unit whose name repeats in its province must ("huyện
  // Cai Lậy" and "thị xã Cai Lậy": the place line alone cannot tell them apart).
  const original = t.level === 'district' ? `ỦY BAN NHÂN DÂN\nHUYỆN ${t.local!.toUpperCase()}\n${text}` : text;
  let lines = renameIn(original, t, place).split('\n');
  lines = reorderSections(lines, r);
  lines = dropTargetLines(lines, r);
  lines = varyFigures(lines, r);
  return renumberDocument(shiftYears(lines.join('\n'), yearOffset), r);
}

/** The year a template was issued, from its file name. */
const templateYear = (t: Template) => Number(/(?:19|20)\d\d/.exec(t.source)![0]);

/**
 * How many years a re-issue moves the template's: a pre-reform unit's plan never later than the
 * template (before 1 July 2025, when its district or province may have ended), a 2025 unit's
 * from 2026 on (after the reform, whatever month the template was issued in).
 */
function yearOffset(t: Template, p: Place, round: number): number {
  if (p.kind === 'province-2025' || p.kind === 'commune-2025') return 2026 - templateYear(t) + (round % 3);
  return [0, -2, -4, -1, -3][round % 5]! + (round >= 5 ? -5 : 0);
}

/**
 * A corpus of `n` plans from the template texts (file name → text), issued by the places of
 * the gazetteer (`regions`, as src/taxonomy/ loads them). Kinds of place in proportion to
 * KIND_WEIGHTS; within a kind, places in a seeded order, each once before any issues a second
 * plan (a province issues several over the years, as they do).
 */
export function generateCorpus(n: number, sources: ReadonlyMap<string, string>, regions: readonly Region[], seed = 2024, within?: readonly string[]): Corpus {
  const r = rng(seed + n);
  // `within`: only the places of these provinces (a test's site, crowded into a few of them).
  const all = gazetteerPlaces(regions).filter((p) => !within || within.includes(p.provinceId));
  const pools = Object.fromEntries(PLACE_KINDS.map((k) => [k, shuffle(r, all.filter((p) => p.kind === k))])) as Record<PlaceKind, Place[]>;
  const used = Object.fromEntries(PLACE_KINDS.map((k) => [k, 0])) as Record<PlaceKind, number>;
  const plans: SyntheticPlan[] = [];
  const slugs = new Set<string>();
  const places = new Map<string, Place>();
  for (let i = 0; i < n; i++) {
    // The kind furthest below its share; ties in PLACE_KINDS order (five plans: one of each, two communes).
    const kind = [...PLACE_KINDS].filter((k) => pools[k].length).sort((a, b) => used[a] / KIND_WEIGHTS[a] - used[b] / KIND_WEIGHTS[b])[0]!;
    const pool = pools[kind];
    const place = pool[used[kind] % pool.length]!;
    const round = Math.floor(used[kind] / pool.length);
    used[kind]++;
    const candidates = TEMPLATES.filter((t) => t.level === templateLevel(place));
    const t = candidates[(round + place.id.length) % candidates.length]!;
    const offset = yearOffset(t, place, round);
    const varied = variant(sources.get(t.source)!, t, place, r, offset);
    // A unit its text cannot tell apart (places.ts, ambiguous): the editor's answer, as the converter asks for it.
    const text = place.ambiguous ? `---\njurisdiction: { region: ${place.id} }\n---\n${varied}` : varied;
    const year = templateYear(t) + offset;
    let slug = `${place.id}-${t.kind}-${year}`;
    for (let k = 2; slugs.has(slug); k++) slug = `${place.id}-${t.kind}-${year}-${k}`;
    slugs.add(slug);
    places.set(`${place.kind}:${place.id}`, place);
    plans.push({ slug, place, template: t.source, text });
  }
  return { plans, places: [...places.values()] };
}

/** The five real sources of a project folder, by file name. */
export function readTemplates(root: string): Map<string, string> {
  return new Map(TEMPLATES.map((t) => [t.source, readFileSync(join(root, 'content/sources', t.source), 'utf8')]));
}

/**
 * Replace the sources of a project copy with a synthetic corpus of `n` plans. Generated outputs
 * of the real plans are removed so that convert writes only the corpus. Every place is in the
 * copy's gazetteer: data/ is left as it is.
 */
export function writeCorpus(root: string, n: number, seed?: number, within?: readonly string[]): Corpus {
  const sources = readTemplates(root);
  const corpus = generateCorpus(n, sources, loadTaxonomies(join(root, 'data') + '/').regions, seed, within);
  for (const d of ['content/sources', 'content/plans', 'data/plans']) {
    rmSync(join(root, d), { recursive: true, force: true });
    mkdirSync(join(root, d), { recursive: true });
  }
  for (const p of corpus.plans) writeFileSync(join(root, 'content/sources', `${p.slug}.txt`), p.text);
  return corpus;
}

export const sourceCount = (root: string) => readdirSync(join(root, 'content/sources')).length;
