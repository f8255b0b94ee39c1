// Synthetic corpora for the build benchmark: the five real documents, each re-issued by other
// real provinces, cities and districts, with figures varied within plausible ranges, years
// shifted, bodies and solution sections reordered or dropped, and some target lines dropped.
// Every page type then grows with the corpus: plans, indicator rows, bodies' assignments,
// provinces and the compare columns.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPlaces, ascii, MERGER_SURVIVORS, type Place, type PlaceLevel } from './places.ts';

/** A real document and the place names in it that a re-issue replaces. */
interface Template {
  source: string;
  level: PlaceLevel;
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

/** Share of plans issued at each level (districts issue most plans). */
const LEVEL_WEIGHTS: Record<PlaceLevel, number> = { province: 0.3, city: 0.15, district: 0.55 };

export interface SyntheticPlan {
  slug: string;
  place: Place;
  template: string;
  text: string;
}

export interface Corpus {
  plans: SyntheticPlan[];
  /** data/regions.yaml entries for the places used (and their provinces), as YAML text. */
  regionsYaml: string;
  /** Region ids the regions.yaml of the copy already has are not repeated. */
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
const wholeWord = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s)}(?![\\p{L}\\p{N}])`, 'u');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The lower-case forms by which the converter can recognise a place (see regionEntry). */
function forms(p: Place): string[] {
  const n = p.name.toLowerCase();
  if (p.level === 'city') return [`thành phố ${n}`, `tp. ${n}`, `tp ${n}`];
  if (p.level === 'province') return [`tỉnh ${n}`, n];
  return [`huyện ${n}`, n];
}

/**
 * Places a generated document can name without the converter mistaking another place for it:
 * a place is dropped when one of its forms is a common phrase of the templates ("thống nhất",
 * "hòa bình") or occurs inside another place's name.
 */
export function usablePlaces(templateTexts: readonly string[]): Place[] {
  const all = allPlaces();
  // The templates' own place names are replaced in every variant: they do not count.
  const own = TEMPLATES.flatMap((t) => [t.province, t.local ?? t.province].map((n) => n.toLowerCase()));
  const texts = templateTexts.map((t) => own.reduce((s, n) => s.replaceAll(n, ' '), t.toLowerCase()));
  const names = all.map((p) => ({ p, lower: [p.name.toLowerCase(), ...forms(p)] }));
  const bad = new Set<string>();
  for (const p of all) {
    for (const f of forms(p)) {
      const re = wholeWord(f);
      if (texts.some((t) => re.test(t))) bad.add(p.id);
      // Another place's name containing this one (a city may share its province's name).
      for (const o of names) {
        if (o.p === p || (p.level === 'province' && o.p.provinceId === p.id)) continue;
        if (o.lower.some((n) => n !== f && re.test(n))) bad.add(p.id);
      }
    }
  }
  // A province whose name is unusable takes its cities and districts with it.
  return all.filter((p) => !bad.has(p.id) && !bad.has(p.provinceId));
}

/** The template text with its own place names replaced; every case the documents use. */
function renameIn(text: string, t: Template, p: Place): string {
  const pairs: [string, string][] = [];
  if (t.level === 'city') {
    for (const w of ['thành phố', 'TP.', 'TP']) pairs.push([`${w} ${t.local}`, `${w} ${p.name}`]);
  } else if (t.local) {
    pairs.push([t.local, p.name]);
  }
  pairs.push([t.province, p.province]);
  const map = new Map<string, string>();
  for (const [from, to] of pairs) {
    for (const f of [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), capitalise]) {
      if (!map.has(f(from))) map.set(f(from), f(to));
    }
  }
  const re = new RegExp([...map.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|'), 'gu');
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
  let lines = renameIn(text, t, place).split('\n');
  lines = reorderSections(lines, r);
  lines = dropTargetLines(lines, r);
  lines = varyFigures(lines, r);
  return renumberDocument(shiftYears(lines.join('\n'), yearOffset), r);
}

/** The regions.yaml entry of a place, in the style of the hand-kept ones. */
function regionEntry(p: Place): string {
  const q = (s: string) => JSON.stringify(s);
  const en = ascii(p.name);
  const [vi, enName, short, parent] =
    p.level === 'province'
      ? [`tỉnh ${p.name}`, `${en} province`, p.name, 'viet-nam']
      : p.level === 'city'
        ? [`thành phố ${p.name}`, `${en} city`, `TP ${p.name}`, p.provinceId]
        : [`huyện ${p.name}`, `${en} district`, p.name, p.provinceId];
  const aliases = forms(p);
  return [
    `- id: ${p.id}`,
    `  vi: ${q(vi)}`,
    `  en: ${q(enName)}`,
    `  short: ${q(short)}`,
    `  level: ${p.level}`,
    `  parent: ${parent}`,
    ...(p.mergedInto ? [`  mergedInto: ${p.mergedInto}`, '  mergedOn: "2025-07-01"'] : []),
    `  aliases: [${aliases.map(q).join(', ')}]`,
    '',
  ].join('\n');
}

function survivorEntry(id: string, name: string): string {
  return [`- id: ${id}`, `  vi: "thành phố ${name}"`, `  en: "${ascii(name)} city"`, `  short: "${name}"`, '  level: province', '  parent: viet-nam', `  aliases: ["thành phố ${name.toLowerCase()}"]`, ''].join('\n');
}

/**
 * A corpus of `n` plans from the template texts (file name → text). Jurisdictions grow with the
 * corpus (about one for every 2.5 plans), so that districts and provinces issue several plans
 * in different years, as they do.
 */
export function generateCorpus(n: number, sources: ReadonlyMap<string, string>, existingRegionIds: ReadonlySet<string>, seed = 2024): Corpus {
  const r = rng(seed + n);
  const texts = TEMPLATES.map((t) => sources.get(t.source) ?? '');
  const usable = usablePlaces(texts);
  const byLevel = (l: PlaceLevel) => shuffle(r, usable.filter((p) => p.level === l));
  const pools: Record<PlaceLevel, Place[]> = { province: byLevel('province'), city: byLevel('city'), district: byLevel('district') };
  const jurisdictions = Math.max(Math.min(n, 5), Math.ceil(n / 2.5));
  const chosen: Place[] = [];
  const used: Record<PlaceLevel, number> = { province: 0, city: 0, district: 0 };
  for (let i = 0; i < jurisdictions; i++) {
    // Levels in proportion to their weights; a level whose pool is spent gives way to the next.
    const levels = (Object.keys(LEVEL_WEIGHTS) as PlaceLevel[]).sort((a, b) => used[a] / LEVEL_WEIGHTS[a] - used[b] / LEVEL_WEIGHTS[b]);
    const level = levels.find((l) => used[l] < pools[l].length);
    if (!level) break;
    chosen.push(pools[level][used[level]++]!);
  }
  const plans: SyntheticPlan[] = [];
  const slugs = new Set<string>();
  for (let i = 0; i < n; i++) {
    const place = chosen[i % chosen.length]!;
    const round = Math.floor(i / chosen.length);
    const candidates = TEMPLATES.filter((t) => t.level === place.level);
    const t = candidates[(round + place.id.length) % candidates.length]!;
    // Never later than the templates' own years: a pre-reform place shifted past 1 July 2025
    // (when its province was merged) would name a unit that no longer exists.
    const offset = [0, -2, -4, -1, -3][round % 5]! + (round >= 5 ? -5 : 0);
    const text = variant(sources.get(t.source)!, t, place, r, offset);
    const year = /(?:19|20)\d\d/.exec(t.source)?.[0];
    let slug = `${place.id}-${t.kind}-${Number(year) + offset}`;
    for (let k = 2; slugs.has(slug); k++) slug = `${place.id}-${t.kind}-${Number(year) + offset}-${k}`;
    slugs.add(slug);
    plans.push({ slug, place, template: t.source, text });
  }
  // Regions: every province of a chosen place (and merger survivors), then the places.
  const all = allPlaces();
  const needed = new Map<string, Place>();
  for (const p of chosen) {
    const prov = all.find((x) => x.id === p.provinceId)!;
    needed.set(prov.id, prov);
    if (prov.mergedInto) {
      const into = all.find((x) => x.id === prov.mergedInto);
      if (into) needed.set(into.id, into);
    }
  }
  for (const p of chosen) needed.set(p.id, p);
  const entries: string[] = [];
  for (const p of needed.values()) if (!existingRegionIds.has(p.id)) entries.push(regionEntry(p));
  const survivors = new Set([...needed.values()].map((p) => p.mergedInto).filter((id): id is string => !!id && !!MERGER_SURVIVORS[id]));
  for (const id of survivors) if (!existingRegionIds.has(id)) entries.push(survivorEntry(id, MERGER_SURVIVORS[id]!));
  return { plans, regionsYaml: entries.join('\n'), places: chosen };
}

/** Region ids of a regions.yaml text (the hand-kept entries of the copy). */
export function regionIds(yaml: string): Set<string> {
  return new Set([...yaml.matchAll(/^- id: ([a-z0-9-]+)/gm)].map((m) => m[1]!));
}

/** The five real sources of a project folder, by file name. */
export function readTemplates(root: string): Map<string, string> {
  return new Map(TEMPLATES.map((t) => [t.source, readFileSync(join(root, 'content/sources', t.source), 'utf8')]));
}

/**
 * Replace the sources of a project copy with a synthetic corpus of `n` plans, and add the
 * regions it names to the copy's data/regions.yaml. Generated outputs of the real plans are
 * removed so that convert writes only the corpus.
 */
export function writeCorpus(root: string, n: number, seed?: number): Corpus {
  const sources = readTemplates(root);
  const regionsPath = join(root, 'data/regions.yaml');
  const regions = readFileSync(regionsPath, 'utf8');
  const corpus = generateCorpus(n, sources, regionIds(regions), seed);
  for (const d of ['content/sources', 'content/plans', 'data/plans']) {
    rmSync(join(root, d), { recursive: true, force: true });
    mkdirSync(join(root, d), { recursive: true });
  }
  for (const p of corpus.plans) writeFileSync(join(root, 'content/sources', `${p.slug}.txt`), p.text);
  appendFileSync(regionsPath, `\n# Generated by the benchmark for a synthetic corpus.\n${corpus.regionsYaml}`);
  return corpus;
}

export const sourceCount = (root: string) => readdirSync(join(root, 'content/sources')).length;
