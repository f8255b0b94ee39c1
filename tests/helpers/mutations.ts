// Hostile and broken versions of the five real documents, and the properties the converter
// must keep on every one of them. Shared by tests/property.test.ts (fixed seed, in CI) and
// scripts/fuzz.ts (random seed, on demand).
// The converter runs as its scripts run it (src/convert/tuning.ts): the time limit is on its own work.
import '../../src/convert/tuning.ts';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { docxToText } from '../../src/convert/docx.ts';
import { toDoc } from '../../src/convert/document.ts';
import { ConvertError } from '../../src/convert/errors.ts';
import { convertSource } from '../../src/convert/index.ts';
import { removeHidden } from '../../src/convert/read.ts';
import { extractTextTargets } from '../../src/convert/targets.ts';
import type { Comparator, PlanRecord } from '../../src/schema.ts';
import { loadTaxonomies } from '../../src/taxonomy/load.ts';
import { docxOf } from './docx.ts';
import { ROOT, SLUGS, type Slug } from './sources.ts';
import { rezip } from './zip.ts';

/** The time one document may take, whatever its content. */
export const TIME_LIMIT_MS = 2000;
const HUGE = 200 * 1024;

// ---------------------------------------------------------------------------------------
// Mutations: each is a plain description, so fast-check can print and shrink it.

export type TextOp =
  | { kind: 'cut'; at: number }
  | { kind: 'duplicate'; from: number; to: number; count: number }
  | { kind: 'shuffle'; seed: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'nfd'; from: number; to: number }
  | { kind: 'lineEnds'; style: 'crlf' | 'cr' | 'mixed' }
  | { kind: 'huge'; at: number; unit: HugeUnit; frame: HugeFrame; append: boolean }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'invisible'; at: number; chars: string };
export type ByteOp = { kind: 'bytes'; at: number; bytes: number[] } | { kind: 'cutBytes'; at: number };
/** A frontmatter put before the document (or, for a .docx, in the .yaml beside it). */
export type FrontmatterOp = { kind: 'yaml'; entries: [string, unknown][] } | { kind: 'raw'; text: string };
export interface Mutation {
  doc: Slug;
  text: TextOp[];
  bytes: ByteOp[];
  frontmatter?: FrontmatterOp | null;
  /** Read as a .docx made from the mutated text (the byte edits then hit the container). */
  docx?: { bomb: boolean } | null;
}

/**
 * A huge line is a run of one unit (about HUGE bytes) set in a frame. Units are what real
 * documents repeat (dots and underscores of blank fields, table cells, blanks) and pieces of
 * what the converter looks for, so that a long line is hard work and not just long; frames put
 * the run where a target, a numbered item, a number line or bold text would have it.
 */
export const UNITS = [
  'line', 'tokens', ' ', ' \t\u00a0', '\t12,5', ' 99 |', '1.000', '1% ', '<a ', '.', '_', ', ', '-', '**', 'ạ', 'đạt ', '(',
  'trong đó ', 'ngày ', 'Số ', '1.', 'và ', '/', ':', 'Sở Y tế, ', 'a,', 'Quyết định 1/QĐ-UBND ', 'Luật 1/A ', ' ban hành', ' xây dựng',
  'Tỷ lệ phụ nữ đẻ được khám thai 4 lần trong 3 thời kỳ đạt 90%, trong đó vùng khó khăn đạt 80%; ',
] as const;
export const FRAMES = [
  'RUN', 'RUNx ', 'x RUN', 'Tỷ lệ phụ nữ đẻ được khám thai 4 lần đạt 90%RUNx và 95%', '1. Sở Y tế RUN: phối hợp',
  'Số: RUN/KH-UBND', '**RUN**', 'ngày RUN tháng 4 năm 2024', 'theo Quyết định số 12/QĐ-UBND ngày RUN', '- RUN',
] as const;
type HugeUnit = (typeof UNITS)[number];
type HugeFrame = (typeof FRAMES)[number];

/** Pieces of what the converter looks for, shuffled into a line. */
const TOKENS = [
  'Tỷ lệ ', 'đạt ', 'trên ', 'dưới ', 'xuống ', 'còn ', 'trong đó ', 'riêng ', 'và ', '90%', '9,5‰', '1.234,5',
  '30/100.000 trẻ đẻ sống', 'so với năm 2020', 'đến năm 2025', 'Mục tiêu 1: ', 'Số: 06/CT-UBND', 'ngày 09 tháng 8 năm 2024',
  'UBND tỉnh ', 'Sở Y tế ', 'chủ trì', 'phối hợp', 'Quyết định số 1/QĐ-UBND', '<b>', '**', '# ', '|', '\t', ' ', ',', ';', '.',
  'khám thai 4 lần', 'tử vong mẹ', 'I. MỤC TIÊU', '- ', '+ ', '(', ')', '≥', '<', '0', '1', '9',
];

/** A deterministic shuffle (mulberry32), so a failing case replays from its seed. */
function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function hugeLine(unit: HugeUnit, frame: HugeFrame, lines: string[], at: number): string {
  const fill = (u: string) => u.repeat(Math.ceil(HUGE / u.length)).slice(0, HUGE);
  let run: string;
  if (unit === 'line') run = fill(`${lines.find((l, i) => i >= Math.floor(at * lines.length) && l.trim()) ?? 'x'} `);
  else if (unit === 'tokens') run = shuffled(Array.from({ length: HUGE / 8 }, (_, i) => TOKENS[i % TOKENS.length]!), Math.floor(at * 1e9)).join('').slice(0, HUGE);
  else run = fill(unit);
  return frame.replace('RUN', () => run);
}

/** A position in [0, 1), even enough that every part of a document gets hit, shrinking towards 0. */
const frac = fc.nat({ max: 9999 }).map((n) => n / 10000);

/** Characters that show as nothing: the converter removes them, so a figure they split reads whole. */
export const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u00AD', '\uFEFF'];
const CONTROLS = ['\u001b', '\u001b[2J', '\u001b]0;x\u0007', '\u0007', '\u000b', '\u000c', '\u007f', '\u0085', '\u009b'];

export const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  fc.record({ kind: fc.constant('invisible' as const), at: frac, chars: fc.array(fc.constantFrom(...INVISIBLE, ...CONTROLS), { minLength: 1, maxLength: 4 }).map((a) => a.join('')) }),
  fc.record({ kind: fc.constant('cut' as const), at: frac }),
  fc.record({ kind: fc.constant('duplicate' as const), from: frac, to: frac, count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.integer() }),
  fc.record({ kind: fc.constant('move' as const), from: frac, to: frac }),
  fc.record({ kind: fc.constant('delete' as const), at: frac, count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('nfd' as const), from: frac, to: frac }),
  fc.record({ kind: fc.constant('lineEnds' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const) }),
  fc.record({ kind: fc.constant('huge' as const), at: frac, unit: fc.constantFrom(...UNITS), frame: fc.constantFrom(...FRAMES), append: fc.boolean() }),
  fc.record({ kind: fc.constant('insert' as const), at: frac, text: fc.string({ unit: 'binary', maxLength: 40 }) }),
);

export const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ kind: fc.constant('bytes' as const), at: frac, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('cutBytes' as const), at: frac }),
);

const KEYS = ['slug', 'duplicateOf', 'title', 'docType', 'number', 'issued', 'issuer', 'signer', 'jurisdiction', 'period', 'corrections', 'isued'];
const fmValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('2024-13-45', '2024-00', '2024-02-29', '2023-02-29', '2024-04-15', '??', 'plan', 'vinh-phuc-2023-2025', 'lang-giang-2024-2025', '=cmd|x', ''),
  fc.integer({ min: -5, max: 3000 }),
  fc.constant(null),
  fc.record({ start: fc.integer({ min: 1990, max: 2040 }), end: fc.integer({ min: 1990, max: 2040 }) }),
  fc.record({ region: fc.constantFrom('lang-giang', 'bac-giang', 'vinh-phuc', 'nowhere'), name: fc.string({ maxLength: 20 }) }, { requiredKeys: ['region'] }),
  fc.array(fc.record({ line: fc.integer({ min: 0, max: 400 }), value: fc.integer({ min: 0, max: 200 }), note: fc.string({ maxLength: 10 }) }), { maxLength: 2 }),
);
/** Frontmatters an editor (or an attacker) might write: valid, wrong, and YAML that is not YAML. */
export const frontmatterOp: fc.Arbitrary<FrontmatterOp> = fc.oneof(
  fc.record({ kind: fc.constant('yaml' as const), entries: fc.array(fc.tuple(fc.constantFrom(...KEYS), fmValue), { maxLength: 4 }) }),
  fc.record({
    kind: fc.constant('raw' as const),
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'title: [unclosed', 'title: "x"\n  bad: indent', '- a\n- b', '"just a string"'),
    ),
  }),
);

/** Mutations of one of the five documents: one to three text edits, then up to two byte edits, sometimes a frontmatter, sometimes as a .docx. */
export function mutation(ops: fc.Arbitrary<TextOp> = textOp, withBytes = true, withExtras = withBytes): fc.Arbitrary<Mutation> {
  return fc.record({
    doc: fc.constantFrom(...SLUGS),
    text: fc.array(ops, { minLength: 1, maxLength: 3 }),
    bytes: withBytes ? fc.array(byteOp, { maxLength: 2 }) : fc.constant([]),
    frontmatter: withExtras ? fc.option(frontmatterOp, { freq: 4 }) : fc.constant(null),
    docx: withExtras ? fc.option(fc.record({ bomb: fc.boolean() }), { freq: 20 }) : fc.constant(null),
  });
}

const index = (at: number, n: number) => Math.min(n - 1, Math.floor(at * n));

export function applyTextOp(text: string, op: TextOp): string {
  if (op.kind === 'cut') return text.slice(0, Math.floor(op.at * text.length));
  if (op.kind === 'lineEnds') {
    let k = 0;
    const end = () => (op.style === 'crlf' ? '\r\n' : op.style === 'cr' ? '\r' : ['\r\n', '\r', '\n'][k++ % 3]!);
    return text.replace(/\n/g, end);
  }
  const lines = text.split('\n');
  const n = lines.length;
  switch (op.kind) {
    case 'duplicate': {
      const from = index(op.from, n);
      const copy = lines.slice(from, from + op.count);
      lines.splice(index(op.to, n + 1), 0, ...copy);
      break;
    }
    case 'shuffle':
      return shuffled(lines, op.seed).join('\n');
    case 'move': {
      const [line] = lines.splice(index(op.from, n), 1);
      lines.splice(index(op.to, n), 0, line!);
      break;
    }
    case 'delete':
      lines.splice(index(op.at, n), op.count);
      break;
    case 'nfd': {
      const [a, b] = [index(op.from, n), index(op.to, n)].sort((x, y) => x - y);
      for (let i = a!; i <= b!; i++) lines[i] = lines[i]!.normalize('NFD');
      break;
    }
    case 'huge': {
      const i = index(op.at, n);
      const huge = hugeLine(op.unit, op.frame, lines, op.at);
      if (op.append) lines[i] += huge;
      else lines.splice(i, 0, huge);
      break;
    }
    case 'insert':
    case 'invisible': {
      const i = index(op.at, n);
      const line = lines[i]!;
      const k = Math.floor(((op.at * n) % 1) * (line.length + 1));
      lines[i] = line.slice(0, k) + (op.kind === 'insert' ? op.text : op.chars) + line.slice(k);
      break;
    }
  }
  return lines.join('\n');
}

export function applyByteOp(bytes: Uint8Array, op: ByteOp): Uint8Array {
  const k = Math.floor(op.at * (bytes.length + 1));
  if (op.kind === 'cutBytes') return bytes.slice(0, k);
  const out = new Uint8Array(bytes.length + op.bytes.length);
  out.set(bytes.subarray(0, k));
  out.set(op.bytes, k);
  out.set(bytes.subarray(k), k + op.bytes.length);
  return out;
}

// ---------------------------------------------------------------------------------------
// The originals and what they promise

const tax = loadTaxonomies();
const file = (slug: Slug) => `content/sources/${slug}.txt`;
const originals = new Map<Slug, string>(
  SLUGS.map((s) => [s, readFileSync(`${ROOT}${file(s)}`, 'utf8')]),
);

type Reading = { indicator: string; comparator: Comparator; value: number };
const key = (r: Reading) => `${r.indicator} ${r.comparator} ${r.value}`;

/**
 * The target lines of a document that must survive any mutation that leaves them unchanged:
 * each line of the original that gave a classified target from a sentence (source 'text'),
 * mapped to the (indicator, comparator, value) of its classified targets. Lines whose reading
 * borrows from the lines around them ("trong đó vùng khó khăn đạt 80%" takes the indicator of
 * the line before) are left out: they are the lines whose classified targets, read from the
 * line alone, differ from what the whole document gives.
 */
export const promised = new Map<Slug, Map<string, Reading[]>>(
  SLUGS.map((slug) => {
    const { record } = convertSource(new TextEncoder().encode(originals.get(slug)!), file(slug), tax);
    const byLine = new Map<string, Reading[]>();
    for (const t of record.targets) {
      if (t.source !== 'text' || t.indicator === null) continue;
      byLine.set(t.text, [...(byLine.get(t.text) ?? []), { indicator: t.indicator, comparator: t.comparator, value: t.value }]);
    }
    for (const [text, readings] of byLine) {
      const alone = extractTextTargets(toDoc(text), { indicators: tax.indicators, period: null }).targets
        .filter((t) => t.indicator !== null)
        .map((t) => ({ indicator: t.indicator!, comparator: t.comparator, value: t.value }));
      if (alone.map(key).sort().join('|') !== readings.map(key).sort().join('|')) byLine.delete(text);
    }
    return [slug, byLine];
  }),
);

/** The frontmatter's YAML (without the "---" lines). */
export function frontmatterText(op: FrontmatterOp): string {
  if (op.kind === 'raw') return `${op.text}\n`;
  return op.entries.length ? stringify(Object.fromEntries(op.entries)) : '';
}

export function mutatedText(m: Mutation, ops: readonly TextOp[] = m.text): string {
  let text = originals.get(m.doc)!;
  for (const op of ops) text = applyTextOp(text, op);
  return text;
}

export function mutate(m: Mutation): Uint8Array {
  let text = mutatedText(m);
  if (m.frontmatter) text = `---\n${frontmatterText(m.frontmatter)}---\n${text}`;
  let bytes: Uint8Array = new TextEncoder().encode(text);
  for (const op of m.bytes) bytes = applyByteOp(bytes, op);
  return bytes;
}

/** The .docx of a mutation: the mutated text as Word holds it, then the byte edits; a bomb part if asked. */
export async function mutateDocx(m: Mutation): Promise<Uint8Array> {
  // Huge lines are left out: a 200 kB line of tabs becomes a Word table of 70,000 cells, which
  // mammoth and jsdom take seconds to read (a limit of the .docx reader, not yet lifted).
  let bytes: Uint8Array = await docxOf(mutatedText(m, m.text.filter((op) => op.kind !== 'huge')));
  if (m.docx?.bomb) bytes = rezip(bytes, { 'word/styles.xml': { data: Buffer.alloc(1 << 20, 0x20), declare: 100 } });
  for (const op of m.bytes) bytes = applyByteOp(bytes, op);
  return bytes;
}

/**
 * The lines as the converter promises to read them: no BOM, LF line ends, NFC, invisible and
 * control characters removed, trailing blanks dropped.
 */
function readLines(bytes: Uint8Array): string[] {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  return removeHidden(text).text.split('\n').map(trimBlanks);
}

/** Trailing spaces and no-break spaces removed, in linear time (a regex here is quadratic on a line of blanks). */
function trimBlanks(l: string): string {
  let end = l.length;
  while (end > 0 && (l[end - 1] === ' ' || l[end - 1] === '\u00a0')) end--;
  return l.slice(0, end);
}

/**
 * CPU time of this thread in ms. The time limit is on the converter's own work: in `npm test`
 * builds and a browser run beside this file on two cores, and wall-clock time would fail a case
 * that is not slow. Alone on a core the two are the same.
 */
function cpuMs(): number {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
}

export type Failure = { kind: 'threw' | 'slow' | 'lost' | 'misplaced'; message: string };

/**
 * Convert a mutated document and check the properties; null when all hold.
 * - it returns a record or throws a ConvertError, nothing else;
 * - it takes at most TIME_LIMIT_MS;
 * - and the record keeps its promises (see `verify`).
 */
export async function check(m: Mutation): Promise<Failure | null> {
  if (m.docx) return checkDocx(m);
  const bytes = mutate(m);
  const start = cpuMs();
  let record: PlanRecord | null = null;
  try {
    record = convertSource(bytes, file(m.doc), tax).record;
  } catch (e) {
    if (!(e instanceof ConvertError)) {
      return { kind: 'threw', message: `threw ${e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e)}` };
    }
  }
  const ms = cpuMs() - start;
  if (ms > TIME_LIMIT_MS) return { kind: 'slow', message: `took ${Math.round(ms)} ms of CPU (${bytes.length} bytes)` };
  return record ? verify(m.doc, bytes, record) : null;
}

/** A .docx (with its .yaml) returns a record or throws a ConvertError, within the time limit. */
async function checkDocx(m: Mutation): Promise<Failure | null> {
  const bytes = await mutateDocx(m);
  const sidecar = m.frontmatter ? { file: `content/sources/${m.doc}.yaml`, text: frontmatterText(m.frontmatter) } : undefined;
  const start = cpuMs();
  try {
    convertSource(bytes, `content/sources/${m.doc}.docx`, tax, await docxToText(bytes, `content/sources/${m.doc}.docx`), sidecar);
  } catch (e) {
    if (!(e instanceof ConvertError)) {
      return { kind: 'threw', message: `threw ${e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e)} (.docx)` };
    }
  }
  const ms = cpuMs() - start;
  return ms > TIME_LIMIT_MS ? { kind: 'slow', message: `took ${Math.round(ms)} ms of CPU (.docx of ${bytes.length} bytes)` } : null;
}

/**
 * What a record read from (mutated) `bytes` of document `doc` must keep:
 * - every target's text is the document line its line number names, or the sentence that
 *   starts there;
 * - every promised target line present verbatim still gives its classified targets, at each
 *   place it occurs (its line number may change).
 */
/**
 * Whether `text` is line `n` of `body`, or lines n, n+1, … joined with single spaces, blank lines
 * left out (a sentence the document breaks across lines, even past a blank line, is read as one
 * and cites its first line).
 */
function startsSentence(body: string[], n: number, text: string): boolean {
  let joined = body[n - 1];
  for (let i = n; joined !== undefined && joined.length <= text.length; i++) {
    if (joined === text) return true;
    const next = body[i];
    if (next === undefined) return false;
    if (next.trim() !== '') joined = `${joined} ${next.trimStart()}`;
  }
  return false;
}

export function verify(doc: Slug, bytes: Uint8Array, record: PlanRecord): Failure | null {
  const body = readLines(bytes).slice(record.source.bodyStart - 1);
  for (const t of record.targets) {
    if (!startsSentence(body, t.line, t.text)) return { kind: 'misplaced', message: `target "${key(t as Reading)}" says line ${t.line}, which is not the line it was read from` };
  }
  const promises = promised.get(doc)!;
  // A line the editors' frontmatter corrects promises the corrected figure instead.
  const corrected = new Set(record.targets.filter((t) => t.correction).map((t) => t.line));
  for (const [i, line] of body.entries()) {
    const expected = promises.get(line);
    if (!expected || corrected.has(i + 1)) continue;
    const got = record.targets.filter((t) => t.line === i + 1 && t.source === 'text').map((t) => key(t as Reading));
    for (const r of expected) {
      const at = got.indexOf(key(r));
      if (at < 0) return { kind: 'lost', message: `line ${i + 1} "${line.slice(0, 80)}" no longer gives ${key(r)} (got: ${got.join(', ') || 'nothing'})` };
      got.splice(at, 1);
    }
  }
  return null;
}
