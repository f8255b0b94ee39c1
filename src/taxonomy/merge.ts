// The regions the project uses: the entries of data/regions.yaml first (in their order, which
// sets the provinces' colours), then the gazetteer's units that no entry replaces.
import { TaxonomyError } from './errors.ts';
import { placeKey } from './names.ts';
import type { Region, RegionEntry } from './schemas.ts';

const FILE = 'data/regions.yaml';
const REQUIRED = ['vi', 'en', 'short', 'level', 'parent'] as const;

/** `lines[i]` is the line of `entries[i]` in data/regions.yaml. */
export function regionsOf(entries: readonly RegionEntry[], lines: readonly number[], gazetteer: readonly Region[]): Region[] {
  const byId = new Map(gazetteer.map((r) => [r.id, r]));
  const byKey = new Map(gazetteer.map((r) => [r.gazetteer, r]));
  const signature = (level: string, parent: string | null, vi: string) => `${level}|${parent}|${placeKey(vi)}`;
  // Built only when an entry names a unit by level, parent and name.
  let bySignature: Map<string, Region[]> | undefined;
  const sameAs = (s: string) => {
    if (!bySignature) {
      bySignature = new Map();
      for (const r of gazetteer) {
        const key = signature(r.level, r.parent, r.vi);
        const list = bySignature.get(key);
        if (list) list.push(r);
        else bySignature.set(key, [r]);
      }
    }
    return bySignature.get(s) ?? [];
  };
  const renamed = new Map<string, string>(); // gazetteer id → the id an entry gives it
  const replaced = new Set<Region>();
  const own: Region[] = [];

  entries.forEach((e, i) => {
    const line = lines[i] ?? 1;
    let unit: Region | undefined;
    if (e.gazetteer) {
      unit = byKey.get(e.gazetteer);
      if (!unit) throw new TaxonomyError(FILE, line, `"${e.gazetteer}" is not a unit of data/gazetteer/ (file:code, e.g. "districts-2024:217")`);
    } else {
      unit = byId.get(e.id);
      // Not a commune: the lists hold the 2025 communes only, and an editor's commune is most
      // likely one of 2024 that shares a name with one of 2025 (a different unit).
      if (!unit && e.level && e.level !== 'commune' && e.vi && e.parent !== undefined) {
        const parent = [...renamed].find(([, to]) => to === e.parent)?.[0] ?? e.parent;
        const same = sameAs(signature(e.level, parent, e.vi)).filter((r) => !replaced.has(r));
        if (same.length > 1) throw new TaxonomyError(FILE, line, `"${e.vi}" is ${same.length} units of data/gazetteer/: add \`gazetteer:\` with one of ${same.map((r) => r.gazetteer).join(', ')}`);
        unit = same[0];
      }
    }
    if (unit) {
      if (replaced.has(unit)) throw new TaxonomyError(FILE, line, `a second entry for the gazetteer unit ${unit.gazetteer}`);
      replaced.add(unit);
      if (unit.id !== e.id) renamed.set(unit.id, e.id);
      own.push({ ...unit, ...definedOnly(e), aliases: [...unit.aliases, ...(e.aliases ?? [])] });
      return;
    }
    const missing = REQUIRED.find((k) => e[k] === undefined);
    if (missing) throw new TaxonomyError(FILE, line, `field "${missing}" is required for a region data/gazetteer/ does not have`);
    const added = definedOnly(e) as Region;
    own.push({ ...added, mergedInto: added.mergedInto ?? null, mergedOn: added.mergedOn ?? null, aliases: added.aliases ?? [], gazetteer: null, from: added.from ?? null, until: added.until ?? null });
  });

  const rest = gazetteer.filter((r) => !replaced.has(r));
  const ref = (id: string | null) => (id === null ? null : (renamed.get(id) ?? id));
  const all = [...own, ...rest].map((r) => ({ ...r, parent: ref(r.parent), mergedInto: ref(r.mergedInto) }));

  const ids = new Map<string, Region>();
  const lineOf = (r: Region) => lines[own.indexOf(own.find((o) => o.id === r.id)!)] ?? 1;
  for (const r of all) {
    if (ids.has(r.id)) throw new TaxonomyError(FILE, lineOf(r), `the id "${r.id}" is also the id of the gazetteer unit ${ids.get(r.id)!.gazetteer ?? r.gazetteer}: choose another`);
    ids.set(r.id, r);
  }
  for (const r of all) {
    for (const target of [r.parent, r.mergedInto]) {
      if (target && !ids.has(target)) throw new TaxonomyError(FILE, lineOf(r), `region "${r.id}" refers to unknown region "${target}"`);
    }
  }
  return all;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
