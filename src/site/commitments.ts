// A commitment is what a plan promises for one indicator in one year (for one group): the text
// and the annex often give the same one twice. Counts count commitments, not figures, and a
// commitment whose sources disagree, or whose figure cannot be reached, is marked as such.
import { isImpossible } from '../convert/flags.ts';
import type { PlanRecord, Target } from '../schema.ts';

export type Problem = 'impossible' | 'conflict';

export interface Commitment {
  indicator: string | null;
  year: number | null;
  group: string | null;
  /** Every figure the plan gives for it, the text's first. */
  targets: Target[];
  /** Where the plan states it: "text", "table" or both. */
  sources: Target['source'][];
  /** Why the commitment cannot be ranked against others' (a text/annex conflict, an impossible figure); null when it can. */
  problem: Problem | null;
}


const keyOf = (t: Target) => (t.indicator === null ? `line ${t.line} ${t.text}` : [t.indicator, t.year, t.group, t.unit].join('|'));

/** The plan's commitments in the order of their first figure; text before annex within one. */
export function commitmentsOf(plan: PlanRecord): readonly Commitment[] {
  // Asked for each of a plan's targets by every page that ranks them: worked out once per plan.
  let cs = commitments.get(plan);
  if (!cs) commitments.set(plan, (cs = groupCommitments(plan)));
  return cs;
}

const commitments = new WeakMap<PlanRecord, readonly Commitment[]>();

function groupCommitments(plan: PlanRecord): Commitment[] {
  const byKey = new Map<string, Target[]>();
  for (const t of plan.targets) {
    const k = keyOf(t);
    const list = byKey.get(k);
    if (list) list.push(t);
    else byKey.set(k, [t]);
  }
  return [...byKey.values()].map((ts) => {
    const targets = [...ts].sort((a, b) => (a.source === b.source ? a.line - b.line : a.source === 'text' ? -1 : 1));
    const first = targets[0]!;
    // Figures that differ (not only the wording, "> 75" beside "≥ 75") are a conflict.
    const differ = targets.some((t) => t.value !== first.value);
    const problem: Problem | null = targets.some(isImpossible) ? 'impossible' : differ ? 'conflict' : null;
    return {
      indicator: first.indicator,
      year: first.year,
      group: first.group,
      targets,
      sources: [...new Set(targets.map((t) => t.source))],
      problem,
    };
  });
}

/** How many distinct commitments (indicator × year × group) a plan makes. */
export function countCommitments(plan: PlanRecord): number {
  return commitmentsOf(plan).length;
}

/** The commitment a target belongs to, within its plan. */
export function commitmentOf(plan: PlanRecord, target: Target): Commitment {
  return commitmentsOf(plan).find((c) => c.targets.includes(target))!;
}

/**
 * The plan's own baseline when it already meets the commitment's figure ("< 9,5‰" with 2,7‰ in
 * 2023): a target that asks for nothing new. Null otherwise, or when there is no baseline.
 */
export function metAtBaseline(c: Commitment): { value: number; year: number } | null {
  const t = c.targets[0]!;
  const b = c.targets.find((x) => x.baseline?.value !== null && x.baseline?.value !== undefined)?.baseline;
  if (!b || b.value === null || c.problem) return null;
  const v = b.value;
  const met = { lt: v < t.value, lte: v <= t.value, gt: v > t.value, gte: v >= t.value, eq: false, increase: false, decrease: false }[t.comparator];
  return met ? { value: v, year: b.year } : null;
}
