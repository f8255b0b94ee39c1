// Shaping for the plans list and a plan's own page.
import { planKind } from './issuer.ts';
import { planTitleEn } from './titles.ts';
import { commitmentsOf, countCommitments, type Commitment } from './commitments.ts';
import type { Agency, PlanRecord, Target } from '../schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { type Site, planLabels, regionName, docTypeName, planYears } from './model.ts';

export interface PlanListRow {
  id: string;
  label: string;
  title: string;
  /** The generated English title, on English pages; null on Vietnamese ones. */
  titleEn: string | null;
  docType: string;
  number: string | null;
  issued: string | null;
  jurisdiction: string;
  level: PlanRecord['jurisdiction']['level'];
  /** Level and issuer type: "cấp tỉnh · Sở Y tế". */
  kind: string;
  years: string;
  issuer: string;
  targets: number;
  bodies: number;
  flags: number;
}

/** One row per plan (all, or those given), in the site's plan order. Bodies are counted once per canonical body. */
export function planListRows(site: Site, lang: Lang, plans: readonly PlanRecord[] = site.plans): PlanListRow[] {
  const labels = planLabels(site, lang);
  return plans.map((p) => ({
    id: p.id,
    label: labels.get(p.id)!,
    title: p.title,
    titleEn: lang === 'en' ? planTitleEn(site, p) : null,
    docType: docTypeName(p.docType, lang),
    number: p.number,
    issued: p.issued,
    jurisdiction: regionName(site, p.jurisdiction.region, lang),
    level: p.jurisdiction.level,
    kind: planKind(p, lang),
    years: planYears(p),
    issuer: p.issuer,
    targets: countCommitments(p),
    bodies: countBodies(p.agencies),
    flags: p.flags.length,
  }));
}

/** Distinct bodies: canonical ids count once; unknown bodies count once per name as written. */
export function countBodies(agencies: readonly Agency[]): number {
  return new Set(agencies.map((a) => a.agency ?? `?${a.name}`)).size;
}

export interface GoalGroup {
  /** The plan's own goal heading; null for targets outside any goal. */
  goal: string | null;
  /** Line of the goal heading when the record lists it. */
  line: number | null;
  targets: Target[];
}

/**
 * Targets grouped by the plan's own goals, goals in document order, targets in line order
 * (text before table for the same line order is kept as the record gives it).
 */
export function targetsByGoal(p: PlanRecord): GoalGroup[] {
  const groups = new Map<string | null, GoalGroup>();
  for (const g of [...p.goals].sort((a, b) => a.line - b.line)) {
    groups.set(g.title, { goal: g.title, line: g.line, targets: [] });
  }
  const sorted = [...p.targets].sort((a, b) => a.line - b.line);
  for (const t of sorted) {
    let g = groups.get(t.goal);
    if (!g) {
      g = { goal: t.goal, line: null, targets: [] };
      groups.set(t.goal, g);
    }
    g.targets.push(t);
  }
  return [...groups.values()].filter((g) => g.targets.length > 0);
}

export interface TargetGridRow {
  /** Indicator id (null when unclassified), subgroup and unit: one row each. */
  indicator: string | null;
  group: string | null;
  unit: Target['unit'];
  /** The first baseline any of the row's figures gives. */
  baseline: Target['baseline'];
  /** One commitment per year column (undefined where the plan sets none). */
  cells: Map<number | null, Commitment>;
}

export interface TargetGrid {
  goal: string | null;
  line: number | null;
  /** The year columns, ascending (a target without a year last). */
  years: (number | null)[];
  rows: TargetGridRow[];
}

/**
 * A plan's targets read as indicator × year, one table per goal of the plan: each cell is one
 * commitment, however many places (text, annex) state it.
 */
export function targetGrids(p: PlanRecord): TargetGrid[] {
  const inGoal = new Map<Target, string | null>();
  for (const g of targetsByGoal(p)) for (const t of g.targets) inGoal.set(t, g.goal);
  const goals = targetsByGoal(p).map((g) => ({ goal: g.goal, line: g.line }));
  const grids = new Map<string | null, TargetGrid>(goals.map((g) => [g.goal, { ...g, years: [], rows: [] }]));
  const rowKey = new Map<string, TargetGridRow>();
  for (const c of commitmentsOf(p)) {
    const first = c.targets[0]!;
    const grid = grids.get(inGoal.get(first) ?? null)!;
    const key = `${grid.goal}|${c.indicator ?? `line ${first.line}`}|${c.group}|${first.unit}`;
    let row = rowKey.get(key);
    if (!row) {
      row = { indicator: c.indicator, group: c.group, unit: first.unit, baseline: null, cells: new Map() };
      rowKey.set(key, row);
      grid.rows.push(row);
    }
    row.baseline ??= c.targets.find((t) => t.baseline)?.baseline ?? null;
    row.cells.set(c.year, c);
    if (!grid.years.includes(c.year)) grid.years.push(c.year);
  }
  for (const g of grids.values()) g.years.sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return [...grids.values()].filter((g) => g.rows.length > 0);
}

/** Bodies in the order the document names them. */
export function agenciesInOrder(p: PlanRecord): Agency[] {
  return [...p.agencies].sort((a, b) => a.line - b.line);
}

/** Every source line a plan page links to: targets, bodies, citations, flags, goals. */
export function citedLines(p: PlanRecord): number[] {
  const lines = [
    ...p.targets.map((t) => t.line),
    ...p.agencies.map((a) => a.line),
    ...p.citations.map((c) => c.line),
    ...p.goals.map((g) => g.line),
    ...p.unclassified.map((u) => u.line),
    ...p.flags.flatMap((f) => (f.line === null ? [] : [f.line])),
  ];
  return [...new Set(lines)].sort((a, b) => a - b);
}
