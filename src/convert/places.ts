// Places named in a text: "tỉnh Ninh Thuận", "UBND HUYỆN CHÂU THÀNH", "TP. Bắc Kạn", "xã Lạng
// Giang", or a bare name where the layout says it is a place ("Ninh Thuận, ngày …"). Names are
// looked up by key (src/taxonomy/names.ts) a few words at a time, never scanned for: the cost
// is the text's length, whatever the number of regions.
import type { Level } from '../schema.ts';
import { placeKey, wordKey, wordKeys, wordSpans } from '../taxonomy/names.ts';
import { regionById } from '../taxonomy/regions.ts';
import type { Region } from '../taxonomy/schemas.ts';
import { matchesOf } from './matches.ts';

/** Type words (as keys) and the levels of the units they name. */
const TYPE_WORDS: [string, Level[]][] = [
  ['tỉnh', ['province']],
  ['thành phố', ['province', 'city']],
  ['huyện', ['district']],
  ['quận', ['district']],
  ['thị xã', ['district']],
  ['xã', ['commune']],
  ['phường', ['commune']],
  ['đặc khu', ['commune']],
  ['thị trấn', ['commune']],
].map(([w, levels]) => [placeKey(w as string), levels as Level[]]);
const TYPE_LEVELS = new Map(TYPE_WORDS);
/** Longest name, in words, after its type word. */
const MAX_WORDS = 5;

export interface Named {
  region: Region;
  /** The name to show: the region's, or the former name the text used ("tỉnh Thừa Thiên Huế"). */
  name: string;
  /** Whether the form is a proper name, with its capitals (not a lower-case spelling such as "toàn quốc"). */
  proper: boolean;
}

export interface Mention {
  /** The units the words can name on the document's date (several where names repeat). */
  named: Named[];
  /** Levels the type word allows; null for a bare name. */
  levels: Level[] | null;
}

/**
 * Names by word: the node a word leads to from the node of the words before it, and the names
 * that end there. Most words of a text lead nowhere from the root, and the others a word or two on.
 */
interface NameNode {
  next: Map<string, NameNode> | null;
  named: Named[] | null;
}

export interface PlaceIndex {
  /** Names after their type word: the type word's key ("thành phố", "xã"), then the name's words. */
  typed: NameNode;
  /** Names alone ("Ninh Thuận"). */
  bare: NameNode;
  byId: Map<string, Region>;
}

const cache = new WeakMap<readonly Region[], PlaceIndex>();

/** Every region's name, short name and aliases by key: built once per taxonomy. */
export function placeIndex(regions: readonly Region[]): PlaceIndex {
  let index = cache.get(regions);
  if (index) return index;
  index = { typed: { next: null, named: null }, bare: { next: null, named: null }, byId: regionById(regions) };
  const add = (root: NameNode, path: string[], named: Named) => {
    let node = root;
    for (const word of path) {
      node.next ??= new Map();
      let next = node.next.get(word);
      if (!next) node.next.set(word, (next = { next: null, named: null }));
      node = next;
    }
    if (!node.named) node.named = [named];
    else if (!node.named.some((n) => n.region === named.region)) node.named.push(named);
  };
  for (const region of regions) {
    for (const form of [region.vi, region.short, ...region.aliases]) {
      const words = placeKey(form).split(' ');
      const type = typeAt(words, 0);
      // A former name ("tỉnh Thừa Thiên Huế": type word, then the name in capitals) keeps its
      // spelling on the record; other forms show the region's name.
      const name = type && form !== region.vi && /^\p{Ll}+ .*\p{Lu}/u.test(form) ? form : region.vi;
      const named = { region, name, proper: /\p{Lu}/u.test(form) };
      if (type) add(index.typed, [type.key, ...words.slice(type.words)], named);
      else add(index.bare, words, named);
    }
  }
  cache.set(regions, index);
  return index;
}


const TP = placeKey('thành phố');
/** First words of type words: most words of a text are none, and are passed over at once. */
const TYPE_FIRST = new Set([...TYPE_LEVELS.keys()].map((k) => k.split(' ')[0]!).concat('tp'));

/** The type word at words[i] ("thị xã" is two words; "TP." and "Tp" are "thành phố"), if any. */
function typeAt(words: readonly string[], i: number): { key: string; words: number } | null {
  if (!TYPE_FIRST.has(words[i]!)) return null;
  const two = `${words[i]} ${words[i + 1]}`;
  if (TYPE_LEVELS.has(two)) return { key: two, words: 2 };
  if (words[i] === 'tp') return { key: TP, words: 1 };
  return TYPE_LEVELS.has(words[i]!) ? { key: words[i]!, words: 1 } : null;
}

/**
 * The document's date decides which units a name can mean: units that ended before it (the
 * districts on 1 July 2025) or began after it (the merged provinces, the new communes) cannot.
 * A partial date ("2025", "2025-07") allows every unit that existed at some time in it; no date
 * allows every unit.
 */
export function existedOn(region: Region, date: string | null): boolean {
  if (!date) return true;
  const first = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return !(region.until && first > region.until) && !(region.from && last < region.from);
}

/**
 * The places a text names. Typed names ("huyện Châu Thành") anywhere; bare names ("Ninh Thuận")
 * only when `bare` (a place-and-date line, a banner's field, a Sở's name). Where names overlap,
 * the longest wins.
 */
export function mentionsIn(text: string, index: PlaceIndex, date: string | null, bare = false): Mention[] {
  const t = text.includes('\\') ? text.replace(/\\r\\n|\\n/g, ' ') : text;
  const keep = (r: Region) => existedOn(r, date);
  const out: Mention[] = [];
  const push = (hit: NonNullable<ReturnType<typeof nameAt>>) => out.push({ named: hit.named, levels: hit.type ? TYPE_LEVELS.get(hit.type)! : null });
  if (bare) {
    const words = wordKeys(t);
    for (let i = 0; i < words.length; ) {
      const hit = nameAt(words, i, index, true, keep);
      if (hit) {
        push(hit);
        i = hit.end;
      } else i++;
    }
    return out;
  }
  // A typed name starts at a type word: only the few words after each are read, not the text.
  const lower = t.toLowerCase();
  let from = 0;
  for (const m of matchesOf(TYPE_START, lower)) {
    if (m.index < from) continue;
    const spans = wordsAt(lower, m.index, MAX_WORDS + 2);
    const hit = nameAt(spans.map((s) => s.key), 0, index, false, keep);
    if (!hit) continue;
    push(hit);
    from = spans[hit.end - 1]!.end;
  }
  return out;
}

/**
 * Where a type word starts (lower case): the whole type word, since "thành" and "thị" alone
 * ("hoàn thành", "chỉ thị") are common words that start no name.
 */
const TYPE_START = /(?<![\p{L}\p{M}\p{N}])(?:tỉnh|thành\s+phố|huyện|quận|thị\s+(?:xã|trấn)|xã|phường|đặc\s+khu|tp)(?![\p{L}\p{M}\p{N}])/gu;

/** The first `count` words of `lower` from `at` (fewer at its end), with their keys and end offsets. */
function wordsAt(lower: string, at: number, count: number): { key: string; end: number }[] {
  const out: { key: string; end: number }[] = [];
  // A scan from `at` that stops after `count` words: the text after them is never read.
  const spans = wordSpans(lower, true, at, count);
  for (let k = 0; k < spans.length; k += 2) out.push({ key: wordKey(lower.slice(spans[k], spans[k + 1])), end: spans[k + 1]! });
  return out;
}

/** The longest name at words[i]: a type word and a name, or (when `bare`) a name alone. */
function nameAt(words: readonly string[], i: number, index: PlaceIndex, bare: boolean, keep: (r: Region) => boolean) {
  const type = typeAt(words, i);
  const node = type && index.typed.next?.get(type.key);
  return (node && longestAt(words, i + type.words, node, type.key, keep)) || (bare && longestAt(words, i, index.bare, null, keep)) || null;
}

/**
 * The longest name (of MAX_WORDS words at most) from `node` at words[from] that names a unit
 * `keep` keeps; `type` is the key of the type word before it, if any.
 */
function longestAt(words: readonly string[], from: number, node: NameNode, type: string | null, keep: (r: Region) => boolean) {
  // Most words start no name: they are passed over before the path is kept.
  const first = from < words.length ? node.next?.get(words[from]!) : undefined;
  if (!first) return null;
  const path: NameNode[] = [(node = first)];
  for (let at = from + 1; at < words.length && path.length < MAX_WORDS; at++) {
    const next = node.next?.get(words[at]!);
    if (!next) break;
    path.push((node = next));
  }
  for (let n = path.length; n >= 1; n--) {
    const named = path[n - 1]!.named?.filter((x) => keep(x.region));
    if (named?.length) return { named, type, start: from, end: from + n };
  }
  return null;
}

/**
 * Put back the capitals of the place names in a lower-cased text ("tỉnh vĩnh phúc" →
 * "tỉnh Vĩnh Phúc"): every name after a type word, and the names of provinces and the
 * country alone (a commune's name alone may be a common word: "thống nhất").
 */
export function capitalizePlaces(lower: string, regions: readonly Region[]): string {
  const index = placeIndex(regions);
  // Words of letters and digits (a mark after a letter ends a word here, as it does not in wordKeys').
  const spans = wordSpans(lower, false);
  // `lower` is lower case and each span one word: its key is the word's own.
  const words: string[] = [];
  for (let k = 0; k < spans.length; k += 2) words.push(wordKey(lower.slice(spans[k], spans[k + 1])));
  // Where the words to capitalise start, in order.
  const upper: number[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = nameAt(words, i, index, true, () => true);
    const named = hit && hit.named.some((n) => n.proper && (hit.type || n.region.level === 'province' || n.region.level === 'national'));
    if (!hit || !named) {
      i++;
      continue;
    }
    for (let w = hit.start; w < hit.end; w++) upper.push(spans[2 * w]!);
    i = hit.end;
  }
  // Index by UTF-16 offset: the text is NFC, so a word starts with one code unit. The text is
  // copied between those words, not rebuilt word by word.
  let out = '';
  let from = 0;
  for (const at of upper) {
    out += lower.slice(from, at) + lower.charAt(at).toUpperCase();
    from = at + 1;
  }
  return from ? out + lower.slice(from) : lower;
}

/** The province a region lies in (itself for a province), or null for the country. */
export function provinceIn(region: Region, byId: ReadonlyMap<string, Region>): Region | null {
  let r: Region | undefined = region;
  for (let hops = 0; r && hops < 5; hops++, r = r.parent ? byId.get(r.parent) : undefined) {
    if (r.level === 'province') return r;
    if (r.level === 'national') return null;
  }
  return null;
}

/** The levels a type word names ("huyện" → district), for an issuer that gives only its level. */
export function levelsOfWord(word: string): Level[] | null {
  return TYPE_LEVELS.get(placeKey(word)) ?? null;
}

const READ_CHARS = 2000;
const RANK: Partial<Record<Level, number>> = { province: 1, city: 2, district: 2, commune: 3 };

export interface PlaceEvidence {
  /** Texts that name the issuer: its name in a sentence, the organ block, the banner's field. */
  organ: string[];
  /** The issuer's level when it names only that ("UBND tỉnh", "Sở Y tế" → province). */
  levels: Level[] | null;
  /** The place of the place-and-date line ("Ninh Thuận"). */
  place: string;
  /** Title and preamble, most telling first. */
  context: string[];
  date: string | null;
}

export type Resolution =
  | { kind: 'found'; named: Named }
  | { kind: 'ambiguous'; candidates: Named[] }
  | { kind: 'none' };

/**
 * The unit that issued a document. The issuer's own words first (most specific unit named);
 * failing a name there, the place-and-date line, then the title and preamble, at the issuer's
 * level. Names that repeat (ten "huyện Châu Thành") are narrowed to the provinces the text
 * names; what stays ambiguous is reported, never guessed.
 */
export function resolvePlace(ev: PlaceEvidence, regions: readonly Region[]): Resolution {
  const index = placeIndex(regions);
  const local = (ms: Mention[]) => ms.map((m) => ({ ...m, named: m.named.filter((n) => n.region.level !== 'national') })).filter((m) => m.named.length);
  // A name that tells the place is near the start of each text: a huge line is not read whole.
  const read = (t: string, bare = false) => local(mentionsIn(t.slice(0, READ_CHARS), index, ev.date, bare)).map((m) => (m.levels ? m : provinceFirst(m, index)));
  const organ = ev.organ.flatMap((t) => read(t, true));
  // The place line, title and preamble are read only when the issuer's words do not settle it,
  // each only when asked for: the first that names a unit at the issuer's level settles most.
  const texts = [ev.place, ...ev.context];
  const restRead: Mention[][] = [];
  const restAt = (k: number) => (restRead[k] ??= read(texts[k]!, k === 0));
  const rest = () => texts.map((_, k) => restAt(k));
  const atLevel = (named: Named[]) => (ev.levels ? named.filter((n) => ev.levels!.includes(n.region.level)) : named);

  let candidates: Named[] = [];
  const typedOrgan = atLevel(organ.filter((m) => m.levels).flatMap((m) => m.named));
  if (typedOrgan.length) candidates = mostSpecific(typedOrgan);
  else candidates = atLevel(organ.flatMap((m) => m.named));
  if (!candidates.length && ev.levels) {
    for (let k = 0; k < texts.length && !candidates.length; k++) candidates = atLevel(restAt(k).flatMap((m) => m.named));
  }
  // An issuer that gives its level but no unit of that level is named: no other level is taken.
  if (!candidates.length && !ev.levels) candidates = mostSpecific(rest().flat().flatMap((m) => m.named));
  candidates = unique(candidates);
  if (candidates.length <= 1) return candidates[0] ? { kind: 'found', named: candidates[0] } : { kind: 'none' };
  // The place line and the title before the preamble: "Hà Nội, ngày …", "… THÀNH PHỐ HÀ NỘI NĂM 2023"
  // tell the issuer, a preamble's "… xâm nhập tại TP Hồ Chí Minh" does not.
  const placeLine = restAt(0);
  const title = texts.length > 1 ? restAt(1) : [];
  const near = new Set([...placeLine, ...title].flatMap((m) => m.named).map((n) => n.region.id));
  const named = candidates.filter((c) => near.has(c.region.id));
  if (named.length === 1) return { kind: 'found', named: named[0]! };

  // Provinces the text names anywhere narrow a repeated name to the one in them; a province named
  // with its type word ("UBND thành phố Hồ Chí Minh") before one named bare, which may be the unit's
  // own name on the place line ("Phú Thọ, ngày …" of a phường Phú Thọ elsewhere).
  const all = [organ, ...rest()].flat();
  const inProvinces = (ms: Mention[]) => {
    const provinces = new Set(ms.flatMap((m) => m.named).filter((n) => n.region.level === 'province').map((n) => n.region.id));
    return candidates.filter((c) => {
      const p = provinceIn(c.region, index.byId);
      return p && provinces.has(p.id) && (c.region.level !== 'province' || candidates.every((o) => o.region.level === 'province'));
    });
  };
  const inNamed = inProvinces(all);
  if (inNamed.length === 1) return { kind: 'found', named: inNamed[0]! };
  const inTyped = inNamed.length > 1 ? inProvinces(all.filter((m) => m.levels)) : [];
  if (inTyped.length === 1) return { kind: 'found', named: inTyped[0]! };
  return { kind: 'ambiguous', candidates: inNamed.length ? inNamed : candidates };
}

/**
 * A bare name that is both a province and a unit inside it ("Quảng Ngãi, ngày …": the province
 * and its capital city) names the province: a city's own documents write its type word
 * ("THÀNH PHỐ QUẢNG NGÃI"), the place line only says where the document was signed.
 */
function provinceFirst(m: Mention, index: PlaceIndex): Mention {
  const provinces = new Set(m.named.filter((n) => n.region.level === 'province').map((n) => n.region.id));
  if (!provinces.size) return m;
  const named = m.named.filter((n) => n.region.level === 'province' || !provinces.has(provinceIn(n.region, index.byId)?.id ?? ''));
  return { ...m, named };
}

function mostSpecific(named: Named[]): Named[] {
  const top = Math.max(0, ...named.map((n) => RANK[n.region.level] ?? 0));
  return named.filter((n) => (RANK[n.region.level] ?? 0) === top);
}

function unique(named: Named[]): Named[] {
  const seen = new Set<Region>();
  return named.filter((n) => !seen.has(n.region) && seen.add(n.region));
}
