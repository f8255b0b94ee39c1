// Numeric targets written as sentences: "Giảm tỷ suất tử vong trẻ sơ sinh xuống dưới 9,5‰."
import type { Goal, Period, Target, Unclassified } from '../schema.ts';
import type { Indicator } from '../taxonomy/schemas.ts';
import { findPart, trailingRun, type Doc, type Line } from './document.ts';
import { classify } from './indicators.ts';
import { comparatorBefore, parseViNumber, unitOf, VALUE_RE } from './numbers.ts';
import { isTableRow } from './tables.ts';

export interface TargetContext {
  indicators: readonly Indicator[];
  period: Period | null;
}

export interface TargetsFound {
  targets: Target[];
  goals: Goal[];
  unclassified: Unclassified[];
}

interface Figure {
  start: number;
  end: number;
  value: number;
  unitText: string;
}

const TARGET_PART = /MỤC TIÊU|CHỈ TIÊU/i;
const GOAL_LINE = /^(?:[-+•]\s*)?(?:\d+(?:\.\d+)*\.?\s*)?(Mục tiêu\s+\d+\s*[:.].*)$/i;
/** A heading such as "2. Chỉ tiêu đến năm 2025" sets the year of the targets below it. */
const HEADING_YEAR = /^(?:[-+]\s*)?(?:\d+(?:\.\d+)*\.?\s*)?(?:(?:các\s+)?chỉ tiêu|mục tiêu)[^.;]{0,80}?\bnăm\s+(\d{4})[^.;]{0,20}$/iu;
const CLAUSE_YEAR = /(?<!so với\s)(?:đến|vào|trong|tới|đến hết)\s+năm\s+(\d{4})/iu;
const BASELINE_YEAR = /so với\s+(?:năm\s+)?(\d{4})/iu;
const SUBGROUP = /(?:trong đó|riêng)\s*[:,]?\s*(.*)$/iu;
/** Words that may stand between two figures without naming anything ("… và tăng 15% …"). */
const LEAD_IN = { signs: ',;<>≤≥=', words: ['và', 'hoặc', 'tăng', 'giảm', 'đạt', 'trên', 'dưới', 'xuống', 'còn'] };
/** Words that end a subgroup's name without being part of it ("vùng khó khăn đạt"). */
const GROUP_TAIL = { signs: ':,<>≤≥', words: ['đạt', 'trên', 'dưới', 'xuống', 'còn'] };


/** The goal heading ("Mục tiêu 1: …") a line opens, or null. */
export function goalTitle(plain: string): string | null {
  const m = GOAL_LINE.exec(plain);
  return m ? m[1]!.trim() : null;
}

function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  // Every unit VALUE_RE takes holds one of these ("/100.000" holds "100").
  if (!text.includes('%') && !text.includes('‰') && !text.includes('100')) return out;
  for (const m of text.matchAll(VALUE_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: parseViNumber(m[1]!), unitText: m[2]! });
  }
  return out;
}

/** Resolve an elliptic clause ("… dưới 1 tuổi xuống dưới 4‰ và trẻ dưới 5 tuổi …") against the one before. */
function withEllipsis(previous: string, clause: string): string | null {
  const stripped = clause.replace(/^[\s,;]*(?:và|hoặc)?\s*/u, '');
  const first = /^\p{L}+/u.exec(stripped)?.[0];
  // A Vietnamese word is one syllable; a "word" of hundreds of letters is no clause to resolve.
  if (!first || first.length > MAX_WORD) return null;
  const at = wordIndex(previous, first);
  return at > 0 ? previous.slice(0, at) + stripped : null;
}

const MAX_WORD = 30;
const LETTER = /\p{L}/u;

/** Index of the first `word` in `s` with no letter right before or after it, or -1. */
function wordIndex(s: string, word: string): number {
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    // The code point before `at` may be a surrogate pair.
    const low = at > 0 ? s.charCodeAt(at - 1) : 0;
    const prev = at === 0 ? '' : low >= 0xdc00 && low <= 0xdfff && at > 1 ? s.slice(at - 2, at) : s[at - 1]!;
    const next = String.fromCodePoint(s.codePointAt(at + word.length) ?? 0x20);
    if (!LETTER.test(prev) && !LETTER.test(next)) return at;
  }
  return -1;
}

function yearOf(text: string): number | null {
  const m = CLAUSE_YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

/** Read every figure with a target unit: in the targets part all of them, elsewhere those naming an indicator. */
export function extractTextTargets(doc: Doc, ctx: TargetContext): TargetsFound {
  const part = findPart(doc, TARGET_PART);
  const inPart = new Set(part?.map((l) => l.n));
  const targets: Target[] = [];
  const goals: Goal[] = [];
  const unclassified: Unclassified[] = [];
  let goal: string | null = null;
  let headingYear: number | null = null;
  let lastIndicator: Indicator | null = null;

  for (const line of doc.lines) {
    if (isTableRow(line.raw)) continue;
    const title = goalTitle(line.plain);
    if (title) {
      goal = title;
      if (!goals.some((g) => g.title === title)) goals.push({ title, line: line.n });
    }
    const hy = inPart.has(line.n) ? HEADING_YEAR.exec(line.plain) : null;
    if (hy && figuresOf(line.plain).length === 0) headingYear = Number(hy[1]);

    const found = readLine(line, ctx, lastIndicator);
    if (found.length === 0) continue;
    const named = found.some((f) => f.indicator);
    if (!inPart.has(line.n) && !named) {
      unclassified.push({ line: line.n, text: line.raw, reason: 'figure outside the targets part that names no known indicator' });
      continue;
    }
    for (const f of found) {
      targets.push({
        indicator: f.indicator?.id ?? null,
        text: line.raw,
        line: line.n,
        comparator: f.comparator,
        value: f.value,
        unit: f.unit,
        year: f.year ?? headingYear ?? ctx.period?.end ?? null,
        baseline: f.baselineYear ? { value: null, year: f.baselineYear } : null,
        group: f.group,
        source: 'text',
        goal: inPart.has(line.n) ? goal : null,
        correction: null,
      });
      if (f.indicator) lastIndicator = f.indicator;
    }
  }
  return { targets, goals, unclassified };
}

interface Found {
  indicator: Indicator | null;
  comparator: Target['comparator'];
  value: number;
  unit: Target['unit'];
  year: number | null;
  baselineYear: number | null;
  group: string | null;
}

/** The targets of one line: one per figure, each with the clause that names it. */
function readLine(line: Line, ctx: TargetContext, lastIndicator: Indicator | null): Found[] {
  const text = line.plain;
  const figures = figuresOf(text);
  const out: Found[] = [];
  const baselineYear = BASELINE_YEAR.exec(text)?.[1];
  let consumed = 0;
  let previousBefore = '';
  let previousIndicator: Indicator | null = null;

  figures.forEach((fig, i) => {
    const before = text.slice(consumed, fig.start);
    const nextStart = figures[i + 1]?.start ?? text.length;
    // The text after a figure belongs to it up to the lead-in words of the next figure.
    const afterEnd = i + 1 < figures.length ? fig.end + trailingRun(text.slice(fig.end, nextStart), LEAD_IN) : text.length;
    const after = text.slice(fig.end, afterEnd);

    const sub = SUBGROUP.exec(before);
    let indicator = classify(sub ? before.slice(0, sub.index) : before, ctx.indicators);
    let forward = false;
    if (!indicator && !sub) {
      indicator = classify(after, ctx.indicators);
      forward = indicator !== null;
    }
    if (!indicator && !sub && previousIndicator) {
      const joined = withEllipsis(previousBefore, before);
      indicator = joined ? classify(joined, ctx.indicators) : null;
    }
    if (!indicator && sub) indicator = previousIndicator ?? (i === 0 ? lastIndicator : null);

    const direction = indicator?.direction ?? null;
    const comparator = comparatorBefore(text.slice(0, fig.start), direction);
    const relative = comparator === 'increase' || comparator === 'decrease';
    out.push({
      indicator,
      comparator,
      value: fig.value,
      unit: unitOf(fig.unitText, indicator?.unit ?? null) ?? 'percent',
      year: yearOf(before + after),
      baselineYear: relative && baselineYear ? Number(baselineYear) : null,
      group: sub ? cleanGroup(sub[1]!) : null,
    });
    previousBefore = before;
    previousIndicator = indicator ?? previousIndicator;
    consumed = forward ? afterEnd : fig.end;
  });
  return out;
}

/** "vùng khó khăn đạt" → "vùng khó khăn". */
function cleanGroup(s: string): string {
  const t = s.replace(/t[ỷỉ] lệ/giu, '');
  return t.slice(0, trailingRun(t, GROUP_TAIL)).trim();
}
