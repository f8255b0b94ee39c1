// What kind of body issued a plan, read from its record: a people's committee (or its chair), a
// health department, a district health centre, the ministry… Shown with the plan's level beside
// its name wherever plans are compared, so that a department's plan is not read as a province's.
import type { PlanRecord } from '../schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { issuerKindName, levelName, type IssuerKind } from '../i18n/format.ts';

export type { IssuerKind };

/** Most specific first: "Chủ tịch UBND" before "UBND", "Sở Y tế" before a committee it names. */
const KINDS: readonly [IssuerKind, RegExp][] = [
  ['chair', /chủ tịch\s+(ủy|uỷ) ban nhân dân|chủ tịch\s+ubnd/],
  ['health_department', /sở y tế/],
  ['health_centre', /trung tâm y tế/],
  ['ministry', /bộ y tế/],
  ['prime_minister', /thủ tướng/],
  ['council', /hội đồng nhân dân|hđnd/],
  ['committee', /(ủy|uỷ) ban nhân dân|ubnd/],
];

/** The kind of the issuing body, from the issuer as the document names it. */
export function issuerKind(issuer: string): IssuerKind {
  const s = issuer.normalize('NFC').toLowerCase();
  return KINDS.find(([, re]) => re.test(s))?.[0] ?? 'other';
}

/** The issuer's kind at the plan's level: "UBND huyện", "Sở Y tế" / "District People's Committee", "Department of Health". */
export function issuerType(plan: Pick<PlanRecord, 'issuer' | 'jurisdiction'>, lang: Lang): string | null {
  return issuerKindName(issuerKind(plan.issuer), plan.jurisdiction.level, lang);
}

/** Level and issuer type, beside a plan's name: "cấp tỉnh · Sở Y tế" / "province level · Department of Health". */
export function planKind(plan: Pick<PlanRecord, 'issuer' | 'jurisdiction'>, lang: Lang): string {
  const level = levelName(plan.jurisdiction.level, lang);
  const issuer = issuerType(plan, lang);
  const levelText = lang === 'vi' ? `cấp ${level}` : `${level} level`;
  return issuer ? `${levelText} · ${issuer}` : levelText;
}
