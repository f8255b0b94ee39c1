// A flag as a sentence in the page's language, with indicator names (never ids) and figures as
// readers write them. The record keeps the converter's English message for the command line;
// pages build theirs from the record: the target, body or citation the flag's line points to.
import type { Flag, PlanRecord, Target } from '../schema.ts';
import type { Indicator } from '../taxonomy/schemas.ts';
import { formatPartialDate, formatTarget } from './format.ts';
import type { Lang } from './lang.ts';

interface Templates {
  impossible: (indicator: string, target: string) => string;
  conflict: (indicator: string, year: string, text: string, table: string, tableLine: number) => string;
  unclassified: (target: string) => string;
  unknownBody: (name: string) => string;
  corrected: (note: string, original: string, value: string) => string;
  citationAfter: (name: string, date: string, issued: string) => string;
  citationYear: (name: string) => string;
  missingNumber: string;
  missingDate: string;
  anIndicator: string;
  noYear: string;
}

const TEMPLATES: Record<Lang, Templates> = {
  vi: {
    impossible: (i, t) => `Chỉ tiêu “${i}” đặt mức ${t}, không thể đạt được: tỷ lệ không vượt quá 100%. Mức này không được đưa vào so sánh.`,
    conflict: (i, y, a, b, l) => `“${i}” năm ${y}: văn bản ghi ${a}, phụ lục (dòng ${l}) ghi ${b}. Cả hai được nêu; chỉ tiêu này không được đưa vào xếp hạng.`,
    unclassified: (t) => `Con số ${t} chưa gắn được với chỉ tiêu nào trong danh mục; vẫn được giữ lại.`,
    unknownBody: (n) => `Cơ quan “${n}” chưa có trong danh mục cơ quan.`,
    corrected: (n, o, v) => `Biên tập viên đã sửa ${o} thành ${v}: ${n}`,
    citationAfter: (n, d, i) => `${n} đề ngày ${d}, sau ngày ban hành kế hoạch (${i}): cần kiểm tra ngày của văn bản được dẫn.`,
    citationYear: (n) => `${n} có năm không hợp lý (sau kế hoạch hoặc quá xa); có thể do gõ nhầm.`,
    missingNumber: 'Văn bản không ghi số (bản dự thảo, hoặc số để trống).',
    missingDate: 'Văn bản không ghi ngày ban hành.',
    anIndicator: 'chỉ tiêu chưa phân loại',
    noYear: 'không ghi năm',
  },
  en: {
    impossible: (i, t) => `“${i}” is set at ${t}, which cannot be reached: a share cannot exceed 100%. It is left out of comparisons.`,
    conflict: (i, y, a, b, l) => `“${i}” for ${y}: the text says ${a}, the appendix (line ${l}) says ${b}. Both are shown; the target is left out of rankings.`,
    unclassified: (t) => `The figure ${t} names no indicator of the list; it is kept.`,
    unknownBody: (n) => `The body “${n}” is not in the list of bodies.`,
    corrected: (n, o, v) => `The editors corrected ${o} to ${v}: ${n}`,
    citationAfter: (n, d, i) => `${n} is dated ${d}, after the plan was issued (${i}): check the date of the cited document.`,
    citationYear: (n) => `${n} has an implausible year (after the plan, or far too early); probably a typo.`,
    missingNumber: 'The document has no number (a draft, or the number was left blank).',
    missingDate: 'The document gives no date of issue.',
    anIndicator: 'an unclassified indicator',
    noYear: 'no year',
  },
};

/** The flag as a sentence for a reader of `lang`. */
export function flagSentence(flag: Flag, plan: PlanRecord, indicator: (id: string | null) => Indicator | undefined, lang: Lang): string {
  const s = TEMPLATES[lang];
  const name = (id: string | null) => {
    const i = indicator(id);
    return i ? (lang === 'vi' ? i.vi : i.en) : s.anIndicator;
  };
  const fmt = (t: Target) => formatTarget(t, lang);
  const onLine = plan.targets.filter((t) => t.line === flag.line);
  switch (flag.kind) {
    case 'impossible_value': {
      const t = onLine.find((x) => x.unit === 'percent' && x.value >= 100) ?? onLine[0];
      if (t) return s.impossible(name(t.indicator), fmt(t));
      break;
    }
    case 'text_table_conflict': {
      for (const t of onLine.filter((x) => x.source === 'text')) {
        const other = plan.targets.find((o) => o.source === 'table' && o.indicator === t.indicator && o.year === t.year && o.value !== t.value);
        if (other) return s.conflict(name(t.indicator), t.year === null ? s.noYear : String(t.year), fmt(t), fmt(other), other.line);
      }
      break;
    }
    case 'unclassified_target': {
      const t = onLine.find((x) => x.indicator === null);
      if (t) return s.unclassified(fmt(t));
      break;
    }
    case 'unknown_agency': {
      const a = plan.agencies.find((x) => x.line === flag.line && x.agency === null);
      if (a) return s.unknownBody(a.name);
      break;
    }
    case 'corrected': {
      const t = onLine.find((x) => x.correction);
      if (t?.correction) return s.corrected(t.correction.note, formatTarget({ ...t.correction.original, unit: t.unit }, lang), fmt(t));
      break;
    }
    case 'citation_after_plan':
    case 'citation_implausible_year': {
      const c = plan.citations.find((x) => x.line === flag.line);
      if (!c) break;
      const cited = [c.docType, c.number].filter(Boolean).join(' ');
      if (flag.kind === 'citation_implausible_year') return s.citationYear(cited);
      if (c.date && plan.issued) return s.citationAfter(cited, formatPartialDate(c.date, lang), formatPartialDate(plan.issued, lang));
      break;
    }
    case 'missing_number':
      return s.missingNumber;
    case 'missing_date':
      return s.missingDate;
  }
  // A flag whose line no longer points at what it names: its kind says enough.
  return '';
}
