// Shaping for the bodies index, a body's page and the bodies × plans matrix.
import type { Agency, PlanRecord, Role } from '../schema.ts';
import type { AgencyEntry } from '../taxonomy/schemas.ts';
import type { Lang } from '../i18n/lang.ts';
import { compareNames } from '../i18n/format.ts';
import type { Site } from './model.ts';

export const ROLE_ORDER: readonly Role[] = ['lead', 'coordinate', 'requested', 'assigned'];

export function agencyName(a: AgencyEntry, lang: Lang): string {
  return lang === 'vi' ? a.vi : a.en;
}

export interface AgencySummary {
  agency: AgencyEntry;
  plans: number;
  roles: Role[];
}

export interface AgencyGroup {
  group: AgencyEntry['group'];
  agencies: AgencySummary[];
}

const GROUP_ORDER: readonly AgencyEntry['group'][] = [
  'health', 'government', 'local_government', 'sector', 'facility', 'media', 'mass_organisation', 'other',
];

/** The index: bodies grouped, most-assigned first, then by Vietnamese name. */
export function agencyIndex(site: Site): AgencyGroup[] {
  const summaries = site.agencies.map((agency) => {
    const entries = site.plans.flatMap((p) => p.agencies.filter((a) => a.agency === agency.id).map((a) => ({ p, a })));
    const roles = ROLE_ORDER.filter((r) => entries.some((e) => e.a.role === r));
    return { agency, plans: new Set(entries.map((e) => e.p.id)).size, roles };
  });
  return GROUP_ORDER.map((group) => ({
    group,
    agencies: summaries
      .filter((s) => s.agency.group === group)
      .sort((a, b) => b.plans - a.plans || compareNames(a.agency.vi, b.agency.vi)),
  })).filter((g) => g.agencies.length > 0);
}

export interface Assignment {
  plan: PlanRecord;
  /** Every entry for the body in the plan (a body may appear in several numbered items). */
  entries: Agency[];
}

/** Which plans (all, or a province's) assign a body, with each entry's role, duties and line. Plans in site order. */
export function agencyAssignments(site: Site, agencyId: string, scope: readonly PlanRecord[] = site.plans): Assignment[] {
  return scope
    .map((plan) => ({ plan, entries: plan.agencies.filter((a) => a.agency === agencyId).sort((a, b) => a.line - b.line) }))
    .filter((x) => x.entries.length > 0);
}

export interface MatrixRow {
  agency: AgencyEntry;
  /** One cell per plan column: the roles the plan gives the body, in ROLE_ORDER; empty if none. */
  cells: { planId: string; roles: Role[]; line: number | null }[];
}

/** Bodies × plans (all, or a province's): only bodies that some plan assigns, most-assigned first. */
export function agencyMatrix(site: Site, plans: readonly PlanRecord[] = site.plans): MatrixRow[] {
  const rows = site.agencies.map((agency) => ({
    agency,
    cells: plans.map((p) => {
      const es = p.agencies.filter((a) => a.agency === agency.id);
      return {
        planId: p.id,
        roles: ROLE_ORDER.filter((r) => es.some((e) => e.role === r)),
        line: es.length ? Math.min(...es.map((e) => e.line)) : null,
      };
    }),
  }));
  const count = (r: MatrixRow) => r.cells.filter((c) => c.roles.length > 0).length;
  return rows
    .filter((r) => count(r) > 0)
    .sort((a, b) => count(b) - count(a) || compareNames(a.agency.vi, b.agency.vi));
}
