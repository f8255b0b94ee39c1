// The places of the synthetic corpora: every unit of the gazetteer (data/gazetteer/, read as
// regions by src/taxonomy/), so that the benchmark builds Vietnam as it is. Before the reform of
// 1 July 2025: the 63 provinces and centrally-run cities, and their 696 districts (quận, huyện,
// thị xã, provincial cities); from it: the 34 provinces and 3,321 communes (xã, phường, đặc khu).
// A document a place issues is dated in its era: a pre-reform unit's before 1 July 2025, a
// 2025 province's or commune's after it (scripts/bench/corpus.ts).
import type { Region } from '../../src/taxonomy/schemas.ts';

/** Whose plan: a pre-reform province or district, or a 2025 province or commune. */
export type PlaceKind = 'province-2024' | 'district-2024' | 'province-2025' | 'commune-2025';
export const PLACE_KINDS: readonly PlaceKind[] = ['province-2024', 'district-2024', 'province-2025', 'commune-2025'];
export type PlaceLevel = Region['level'];

export interface Place {
  /** The region id the converter should give the plan. */
  id: string;
  kind: PlaceKind;
  level: PlaceLevel;
  /** The unit's type word as documents write it: "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "đặc khu". */
  type: string;
  /** Name with its type word ("huyện Yên Thế") and without it ("Yên Thế"). */
  vi: string;
  name: string;
  /** Its province (itself for a province): full name, short name, id. */
  provinceVi: string;
  province: string;
  provinceId: string;
  /**
   * Whether its text alone cannot tell it from another unit: another unit of its era in its
   * province has its name and type (huyện Đạ Huoai before and after a 2025 merger of districts),
   * or in a province of its name (phường Phú Thọ of Hồ Chí Minh and of tỉnh Phú Thọ, which its
   * place line "Phú Thọ, ngày …" names). The converter then asks the editor, and its plans carry the answer in
   * their frontmatter, as an editor's would.
   */
  ambiguous: boolean;
}

export { ascii } from '../../src/taxonomy/gazetteer.ts';

const TYPE_WORDS = ['thành phố', 'thị xã', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'];

/** The type word a name starts with ("quận 1" → "quận"); null when none. */
export function typeWord(vi: string): string | null {
  const lower = vi.toLowerCase();
  return TYPE_WORDS.find((w) => lower.startsWith(`${w} `)) ?? null;
}

/** Which era and level a region of the gazetteer is, or null for one a plan cannot come from. */
export function kindOf(r: Region): PlaceKind | null {
  const file = r.gazetteer?.split(':')[0];
  if (r.level === 'province') {
    if (file === 'provinces-2025') return 'province-2025';
    if (file === 'provinces-2024') return 'province-2024';
    return null;
  }
  if (file === 'districts-2024') return 'district-2024';
  if (file === 'communes-2025') return 'commune-2025';
  return null;
}

/**
 * Every unit of the gazetteer a plan can come from, in the gazetteer's order. A province that
 * the reform left as it was is both a 2024 and a 2025 province: it is listed in both eras.
 */
export function gazetteerPlaces(regions: readonly Region[]): Place[] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const before = (r: Region) => !r.from;
  const after = (r: Region) => !r.until;
  // Units by era and name with type word ("b:huyện đạ huoai").
  const byName = new Map<string, Region[]>();
  for (const r of regions) {
    if (r.level === 'province' || r.level === 'national') continue;
    for (const [era, inEra] of [['b', before], ['a', after]] as const) {
      if (!inEra(r)) continue;
      const k = `${era}:${r.vi.toLowerCase()}`;
      byName.set(k, [...(byName.get(k) ?? []), r]);
    }
  }
  const ambiguous = (r: Region, kind: PlaceKind) => {
    if (r.level === 'province') return false;
    const others = (byName.get(`${kind.endsWith('2024') ? 'b' : 'a'}:${r.vi.toLowerCase()}`) ?? []).filter((o) => o !== r);
    // Another of its name in its province, or in a province that has its name.
    return others.some((o) => o.parent === r.parent || byId.get(o.parent ?? '')?.short.toLowerCase() === r.short.toLowerCase());
  };
  const out: Place[] = [];
  for (const r of regions) {
    const kind = kindOf(r);
    if (!kind) continue;
    const province = r.level === 'province' ? r : byId.get(r.parent ?? '');
    if (!province) continue;
    const type = typeWord(r.vi);
    if (!type) continue;
    const place = { id: r.id, level: r.level, type, vi: r.vi, name: r.short, provinceVi: province.vi, province: province.short, provinceId: province.id };
    out.push({ ...place, kind, ambiguous: ambiguous(r, kind) });
    // An unchanged province (no merger) goes on after the reform under the same id.
    if (kind === 'province-2024' && !r.mergedInto && !r.until) out.push({ ...place, kind: 'province-2025', ambiguous: ambiguous(r, 'province-2025') });
  }
  return out;
}
