// English titles for plans, generated from their metadata: what the document is, what it is
// about (read from the words of its Vietnamese title), where and for which years.
// "Plan for maternal, newborn and child health, Lang Giang district, 2024–2025".
import type { DocType } from '../schema.ts';

/** How an English title opens, per document type. */
const LEAD: Record<DocType, string> = {
  plan: 'Plan for',
  decision: 'Decision on',
  directive: 'Directive on',
  official_letter: 'Official letter on',
  resolution: 'Resolution on',
  other: 'Document on',
};

/** Subjects recognised in a Vietnamese title, in the order an English title names them. */
const SUBJECTS: readonly [RegExp, string][] = [
  [/sức khỏe sinh sản/, 'reproductive health'],
  [/bà mẹ,? trẻ sơ sinh và trẻ nhỏ|bà mẹ và trẻ sơ sinh|bà mẹ,? trẻ em/, 'maternal, newborn and child health'],
  [/tử vong trẻ em dưới 0?5 tuổi|tử vong trẻ em/, 'reducing deaths of children under five'],
  [/dinh dưỡng|suy dinh dưỡng/, 'nutrition'],
  [/dân số/, 'population'],
  [/sức khỏe trẻ em|chăm sóc trẻ em/, 'child health'],
];

/** The default subject when the title names none the list knows. */
const DEFAULT_SUBJECT = 'maternal and child health';

/** The subjects of a Vietnamese title in English: "reproductive health, focused on maternal, newborn and child health". */
export function englishSubject(viTitle: string): string {
  const s = viTitle.normalize('NFC').toLowerCase().replace(/sức khoẻ/g, 'sức khỏe');
  const found = SUBJECTS.filter(([re]) => re.test(s)).map(([, en]) => en);
  // "child health" says less than a mortality or MNCH subject that is also there.
  const subjects = found.length > 1 ? found.filter((x) => x !== 'child health') : found;
  if (subjects.length === 0) return DEFAULT_SUBJECT;
  // "… sức khỏe sinh sản, tập trung vào … bà mẹ, trẻ sơ sinh …": the second narrows the first.
  const [first, ...rest] = subjects;
  return rest.length === 0 ? first! : `${first}, ${/tập trung vào/.test(s) ? 'focused on' : 'and'} ${rest.join(' and ')}`;
}

/** "Plan for maternal, newborn and child health, Lang Giang district, 2024–2025". */
export function englishTitle(p: { docType: DocType; title: string }, place: string, years: string): string {
  return [`${LEAD[p.docType]} ${englishSubject(p.title)}`, place, years].filter(Boolean).join(', ');
}
