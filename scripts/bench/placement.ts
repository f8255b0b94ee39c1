// Whether each synthetic plan landed where it was written: the converter's jurisdiction of a
// plan against the place that issued it. The benchmark reports it beside the build, so that a
// corpus that misplaces plans (a name the converter reads as another place) is seen at once.
import type { PlanRecord } from '../../src/schema.ts';
import type { Corpus } from './corpus.ts';
import { PLACE_KINDS, type PlaceKind } from './places.ts';

export interface Placement {
  /** Distinct places that issue a plan, by kind. */
  places: Record<PlaceKind, number>;
  plans: number;
  /** Plans the converter gave another region, or none. */
  misplaced: { slug: string; expected: string; got: string | null }[];
}

export function placement(corpus: Corpus, records: ReadonlyMap<string, Pick<PlanRecord, 'jurisdiction'>>): Placement {
  const places = Object.fromEntries(PLACE_KINDS.map((k) => [k, new Set<string>()])) as Record<PlaceKind, Set<string>>;
  const misplaced: Placement['misplaced'] = [];
  for (const p of corpus.plans) {
    places[p.place.kind].add(p.place.id);
    const got = records.get(p.slug)?.jurisdiction.region ?? null;
    if (got !== p.place.id) misplaced.push({ slug: p.slug, expected: p.place.id, got });
  }
  return {
    places: Object.fromEntries(PLACE_KINDS.map((k) => [k, places[k].size])) as Record<PlaceKind, number>,
    plans: corpus.plans.length,
    misplaced,
  };
}
