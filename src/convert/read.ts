// Bytes of a source file → NFC text with LF line ends, plus the editors' YAML frontmatter.
// Everything a user can get wrong here (wrong file, wrong encoding, bad YAML) is a
// ConvertError that names the file, the line and what to do.
import { Buffer } from 'node:buffer';
import { LineCounter, parseDocument, isMap, isPair, isScalar, visit, type Document } from 'yaml';
import { z } from 'zod';
import { SourceFrontmatter } from '../schema.ts';
import { ConvertError } from './errors.ts';

export const MAX_BYTES = 5 * 1024 * 1024;

export interface Source {
  /** The document body: NFC, LF line ends, no BOM, frontmatter removed. */
  text: string;
  /** The validated frontmatter ({} when the file has none). */
  frontmatter: Record<string, unknown>;
  /** 1-based line of the source file where the body begins. */
  bodyStart: number;
  /** Characters removed on reading (invisible and control characters), by line of the source file. */
  removed: Removed[];
}

/** What was removed from one line of the source file. */
export interface Removed {
  kind: 'invisible' | 'control';
  /** 1-based line of the source file (the frontmatter's lines included). */
  line: number;
  count: number;
}

/** A frontmatter kept beside the document (a .docx's `<name>.yaml`): its own file and text. */
export interface Sidecar {
  file: string;
  text: string;
}

/**
 * Read a source file. `decoded` is its text when another reader already extracted it (a .docx):
 * then only the checks on text apply.
 */
export function readSource(bytes: Uint8Array, file: string, decoded?: string, sidecar?: Sidecar): Source {
  const size = decoded === undefined ? bytes.length : new TextEncoder().encode(decoded).length;
  if (size === 0) {
    throw new ConvertError(file, null, 'the file is empty (0 bytes)', 'Put the text of the document in it, or remove it');
  }
  if (size > MAX_BYTES) {
    throw new ConvertError(
      file,
      null,
      `${decoded === undefined ? 'the file' : 'the text read from the file'} is ${size.toLocaleString('en-US')} bytes, over the limit of ${MAX_BYTES.toLocaleString('en-US')} bytes (5 MB) for one document`,
      'Check that it is the text of one plan (not a scan, a bundle or a log); split it or cut what is not the document',
    );
  }
  let raw = decoded;
  if (raw === undefined) {
    checkBinary(bytes, file);
    raw = decodeUtf8(bytes, file);
  }
  const { text, removed } = removeHidden(normalizeText(raw), decoded !== undefined || bytesMayHoldHidden(bytes));
  if (/^\s*$/.test(text)) {
    throw new ConvertError(file, null, 'the file holds only blank space', 'Put the text of the document in it, or remove it');
  }
  const moji = detectMojibake(text);
  if (moji) {
    throw new ConvertError(
      file,
      moji.line,
      `the text is ${ENCODING_NAMES[moji.encoding]} read as if it were Latin-1 ("${moji.word}"): a failed conversion`,
      `Convert the original file from ${ENCODING_NAMES[moji.encoding]} to Unicode (UTF-8). ${HOW_TO_CONVERT[moji.encoding]}`,
    );
  }
  if (sidecar) {
    if (text.startsWith('---\n')) {
      throw new ConvertError(sidecar.file, null, `the document ${file} has its own frontmatter, so this file beside it is not read`,
        'Keep the frontmatter in one place: remove this file, or the frontmatter at the top of the document');
    }
    return { text, frontmatter: parseFrontmatter(removeHidden(normalizeText(sidecar.text)).text, sidecar.file, 0), bodyStart: 1, removed };
  }
  return { ...splitFrontmatter(text, file), removed };
}

/** No BOM, LF line ends, NFC. */
const normalizeText = (raw: string) => {
  const t = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return (t.includes('\r') ? t.replace(/\r\n?/g, '\n') : t).normalize('NFC');
};

// Characters that show as nothing but change how a line reads: "8\u200B0%" looks like "80%"
// and would be read as two numbers. Zero-width space, non-joiner, joiner, direction marks,
// word joiner, soft hyphen, and a byte-order mark inside the text. Removing them keeps every
// line where it is.
const INVISIBLE = /[\u200B-\u200F\u2060\u00AD\uFEFF]/g;
// Control characters other than tab and line feed (C0, DEL, C1): terminal escapes, page breaks
// and garbage that no document means; removed so that nothing prints them raw.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Any invisible or control character: one pattern for both (the common answer is no). */
const HIDDEN = new RegExp(`${INVISIBLE.source.slice(0, -1)}${CONTROL.source.slice(1)}`);

/**
 * The text without invisible and control characters, and how many of each left which line.
 * `mayHold` false says the text is known to hold none.
 */
export function removeHidden(text: string, mayHold = true): { text: string; removed: Removed[] } {
  if (!mayHold || !HIDDEN.test(text)) return { text, removed: [] };
  const removed: Removed[] = [];
  const lines = text.split('\n').map((l, i) => {
    for (const [kind, re] of [['invisible', INVISIBLE], ['control', CONTROL]] as const) {
      const before = l.length;
      l = l.replace(re, '');
      if (l.length < before) removed.push({ kind, line: i + 1, count: before - l.length });
    }
    return l;
  });
  return { text: lines.join('\n'), removed };
}

/**
 * Whether UTF-8 bytes may hold a character HIDDEN finds once they are decoded and normalised: a
 * plain search of the bytes for each one costs far less than the pattern on the text.
 */
function bytesMayHoldHidden(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { needles, afterC2 } = hiddenBytes();
  if (needles.some((h) => b.indexOf(h) >= 0)) return true;
  // The C1 controls and the soft hyphen open with 0xC2, as does a no-break space: each 0xC2 (a
  // few in a file) is read with the byte after it.
  for (let i = b.indexOf(0xc2); i >= 0; i = b.indexOf(0xc2, i + 1)) if (afterC2.has(b[i + 1]!)) return true;
  return false;
}

let hiddenBytesList: { needles: (number | Buffer)[]; afterC2: Set<number> } | undefined;
/** The UTF-8 of each character HIDDEN finds, but a CR (a line end by then): those that open with 0xC2 by their second byte. */
function hiddenBytes(): { needles: (number | Buffer)[]; afterC2: Set<number> } {
  if (hiddenBytesList) return hiddenBytesList;
  const needles: (number | Buffer)[] = [];
  const afterC2 = new Set<number>();
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    // A lone surrogate is no character.
    if (c === 0x0d || (c >= 0xd800 && c < 0xe000) || !HIDDEN.test(ch)) continue;
    const utf8 = Buffer.from(ch);
    if (utf8[0] === 0xc2) afterC2.add(utf8[1]!);
    else needles.push(utf8.length === 1 ? utf8[0]! : utf8);
  }
  return (hiddenBytesList = { needles, afterC2 });
}

// ---------------------------------------------------------------------------------------
// Binary files

/** Files people drop by mistake, told apart by their first bytes. */
const SIGNATURES: { bytes: number[]; what: string; todo: string }[] = [
  {
    bytes: [0x25, 0x50, 0x44, 0x46], // %PDF
    what: 'this is a PDF file, not text',
    todo: 'Export the text of the document (e.g. "Save as text" or copy the text into a .txt file saved as UTF-8); for a scanned PDF run OCR first',
  },
  {
    bytes: [0x50, 0x4b], // PK: every ZIP container, .docx included
    what: 'this is a ZIP container (it looks like a .docx or .zip file), not plain text',
    todo: 'Name a Word document .docx so the .docx reader takes it; unpack a .zip and add the documents one by one',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0], // OLE compound file: Word 97–2003 and friends
    what: 'this is a legacy Word .doc file (OLE format), which cannot be read',
    todo: 'Open it in Word or LibreOffice and save it as .docx, or as .txt with UTF-8 encoding',
  },
  {
    bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
    what: 'this is an RTF document, not plain text',
    todo: 'Open it in Word or LibreOffice and save it as .docx, or as .txt with UTF-8 encoding',
  },
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function checkBinary(bytes: Uint8Array, file: string): void {
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) throw new ConvertError(file, 1, sig.what, sig.todo);
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ConvertError(file, 1, 'the text is UTF-16, not UTF-8', 'Save it again as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`, or "UTF-8" in the editor\'s Save As)');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ConvertError(
      file,
      lineOfByte(bytes, nul),
      'the file contains NUL bytes: it is a binary file (or UTF-16 text), not UTF-8 text',
      'Add the document as UTF-8 text (.txt or .md) or as .docx',
    );
  }
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

// ---------------------------------------------------------------------------------------
// Encodings

type Legacy = 'windows-1258' | 'tcvn3' | 'vni';

const ENCODING_NAMES: Record<Legacy, string> = {
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
};

const UNIKEY =
  'Unikey\'s "Công cụ chuyển mã" (UniKey Toolkit, Ctrl+Shift+F6) does it: copy the text, choose the source and destination tables, convert the clipboard, paste into a file saved as UTF-8';
const HOW_TO_CONVERT: Record<Legacy, string> = {
  'windows-1258': 'For example `iconv -f WINDOWS-1258 -t UTF-8 in.txt > out.txt`, or reopen it in an editor as Windows-1258 and save as UTF-8',
  tcvn3: `${UNIKEY} (source TCVN3 (ABC), destination Unicode)`,
  vni: `${UNIKEY} (source VNI Windows, destination Unicode)`,
};

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const scan = scanUtf8(bytes);
    const at = scan.first;
    const line = at >= 0 ? lineOfByte(bytes, at) : null;
    const byte = at >= 0 ? ` (byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${at})` : '';
    // A file that is mostly good UTF-8 has a few damaged bytes, not a legacy encoding; and
    // text in any encoding has almost no control bytes, where random or binary data has many.
    const enc = scan.valid > scan.invalid || !looksLikeText(bytes) ? null : guessLegacy(bytes);
    if (enc) {
      throw new ConvertError(
        file,
        line,
        `the file is not UTF-8${byte}: it looks like ${ENCODING_NAMES[enc]}`,
        `Convert it to UTF-8. ${HOW_TO_CONVERT[enc]}`,
      );
    }
    throw new ConvertError(
      file,
      line,
      `the file is not valid UTF-8${byte}`,
      'Save it again as UTF-8 (in the editor\'s Save As, or `iconv -f <its encoding> -t UTF-8`)',
    );
  }
}

/**
 * Whether bytes could be text in a legacy encoding: Vietnamese in TCVN3, VNI or Windows-1258
 * is mostly ASCII (spaces, digits, unmarked letters) and has almost no control bytes; random
 * or binary data is the other way round.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  let ascii = 0;
  let control = 0;
  for (const b of bytes) {
    if (b < 0x80) ascii++;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) control++;
  }
  return ascii >= 0.5 * bytes.length && control <= 0.01 * bytes.length;
}

interface Utf8Scan {
  /** Offset of the first byte that starts an invalid sequence, or -1. */
  first: number;
  /** Valid multi-byte sequences and invalid bytes seen. */
  valid: number;
  invalid: number;
}

function scanUtf8(b: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { first: -1, valid: 0, invalid: 0 };
  const bad = (i: number) => {
    if (scan.first < 0) scan.first = i;
    scan.invalid++;
  };
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    }
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) {
      const d = b[i + k];
      const [l, h] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (d === undefined || d < l || d > h) ok = false;
    }
    if (ok) {
      scan.valid++;
      i += n + 1;
    } else {
      bad(i);
      i++;
    }
  }
  return scan;
}

/** Which legacy Vietnamese encoding bytes that are not UTF-8 are in, if any. */
function guessLegacy(bytes: Uint8Array): Legacy | null {
  // TCVN3 and VNI show their telltale patterns when read byte for byte as Windows-1252.
  const asLatin = new TextDecoder('windows-1252').decode(bytes).normalize('NFC');
  const moji = detectMojibake(asLatin);
  if (moji) return moji.encoding;
  // Windows-1258 writes tones as combining marks: decoded and composed, they give letters
  // only Vietnamese has.
  const as1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const words = nonAsciiWords(as1258);
  const viet = words.filter((w) => VIETNAMESE_ONLY.test(w)).length;
  return viet > 0 && viet >= 0.3 * words.length ? 'windows-1258' : null;
}

/** Letters no other Latin-script language uses: ă đ ơ ư and the tone-marked vowels. */
const VIETNAMESE_ONLY = /[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

// TCVN3 (ABC) puts its commonest letters (à á ả ã ạ ă â ê ô ơ ư đ, Ă Â Ê Ô Ơ Ư Đ) on bytes
// that Latin-1 shows as symbols: ¡-§, ¨-®, µ-¹. No correct text has them inside words.
const TCVN3_MARK = /[\u00A1-\u00A7\u00A8-\u00AE\u00B5-\u00B9]/u;
// VNI writes a base vowel followed by a byte for its marks: "oä" (ộ), "aø" (à), "eá" (ế),
// "öô" (ươ). Vietnamese itself never puts a marked vowel after a, e, or these after o, u.
const VNI_PAIR = /[ae][áàâãäåéèêëõôöøùúûüï]|o[âäåêëöôõøûïùúü]|u[øûïüëåä]|ö[ôoø]/iu;
// Latin-1 letters that are not Vietnamese; both TCVN3 and VNI mojibake is full of them.
const NON_VIETNAMESE = /[ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ]/u;
const WORD = /[\p{L}\p{M}\u00A1-\u00AE\u00B5-\u00B9]+/gu;

function nonAsciiWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => /[^\x00-\x7F]/.test(w) && /\p{L}/u.test(w));
}

interface Mojibake {
  encoding: Legacy;
  line: number;
  word: string;
}

/** Whether any of the three patterns occurs anywhere (the common answer is no). */
const TCVN3_OR_FOREIGN = new RegExp(`${TCVN3_MARK.source}|${NON_VIETNAMESE.source}`, 'u');
function mayHaveMojibake(text: string): boolean {
  return TCVN3_OR_FOREIGN.test(text) || VNI_PAIR.test(text);
}

/**
 * Text that is TCVN3 or VNI shown as Latin-1 ("Céng hoµ x· héi", "Coäng hoøa"): a high share
 * of its non-ASCII words carry the patterns above. Checked on the whole text and on each
 * line, so one mis-converted passage in a good file is caught too.
 */
export function detectMojibake(text: string): Mojibake | null {
  // Every hit needs a word with one of the three patterns, and a word is part of the text:
  // text in which none of them occurs anywhere has no hit (the common case, decided at once).
  if (!mayHaveMojibake(text)) return null;
  let words = 0;
  let bad = 0;
  let tcvn = 0;
  let vni = 0;
  let first: { line: number; word: string } | null = null;
  let lineHit: { line: number; word: string } | null = null;
  const lines = text.split('\n');
  for (const [i, l] of lines.entries()) {
    let lw = 0;
    let lb = 0;
    let evidence = 0;
    let lf: string | null = null;
    for (const w of nonAsciiWords(l)) {
      lw++;
      const isT = TCVN3_MARK.test(w);
      const isV = !isT && VNI_PAIR.test(w);
      if (isT || isV || NON_VIETNAMESE.test(w)) {
        lb++;
        lf ??= w;
        if (isT) tcvn++;
        if (isV) vni++;
        if (isT || isV) evidence++;
      }
    }
    words += lw;
    bad += lb;
    if (lf !== null) first ??= { line: i + 1, word: lf };
    if (lf !== null && evidence > 0 && lb >= 3 && lb >= 0.5 * lw) lineHit ??= { line: i + 1, word: lf };
  }
  // Letters like ä, ñ, ö alone may be German or Spanish: a TCVN3 or VNI pattern must be seen too.
  const hit = tcvn + vni > 0 && bad >= 2 && bad >= 0.3 * words ? first : lineHit;
  if (!hit) return null;
  return { encoding: tcvn >= vni ? 'tcvn3' : 'vni', ...hit };
}

// ---------------------------------------------------------------------------------------
// Frontmatter

function splitFrontmatter(text: string, file: string): Omit<Source, 'removed'> {
  if (!text.startsWith('---\n')) return { text, frontmatter: {}, bodyStart: 1 };
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (close < 0) {
    throw new ConvertError(
      file,
      1,
      'the frontmatter opened by "---" on line 1 is never closed',
      'Add a line "---" after the last metadata line, or remove line 1 if the file has no frontmatter',
    );
  }
  const frontmatter = parseFrontmatter(lines.slice(1, close).join('\n'), file, 1);
  const body = lines.slice(close + 1).join('\n');
  if (body.trim() === '') {
    throw new ConvertError(file, close + 1, 'the file has frontmatter but no document text after it', 'Put the text of the document after the closing "---"');
  }
  return { text: body, frontmatter, bodyStart: close + 2 };
}

/** How many aliases a frontmatter may use: editors write none, an alias bomb needs millions. */
const MAX_ALIASES = 100;

/** YAML text → validated frontmatter. Line n of the YAML is line n + `offset` of `file`. */
function parseFrontmatter(yamlText: string, file: string, offset: number): Record<string, unknown> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const srcLine = (at: number) => lineCounter.linePos(at).line + offset;
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    throw new ConvertError(
      file,
      srcLine(err.pos[0]),
      `invalid YAML in the frontmatter (${err.message.split('\n')[0]})`,
      'Fix the YAML syntax (indentation, "key: value", quotes around values holding ":" or "#")',
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch (e) {
    // yaml refuses an alias bomb ("billion laughs") with a ReferenceError: name the first alias.
    if (!(e instanceof ReferenceError)) throw e;
    let at: number | null = null;
    visit(doc, { Alias: (_, node) => { at ??= node.range?.[0] ?? null; return visit.BREAK; } });
    throw new ConvertError(file, at === null ? offset + 1 : srcLine(at), `the frontmatter uses YAML aliases (*name) to expand into too much data (${e.message.split('\n')[0]})`,
      'Write each value out in full: the frontmatter needs no anchors (&name) or aliases (*name)');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConvertError(file, offset + 1, 'the frontmatter is not a set of "key: value" lines', `Write it as key: value lines; allowed keys: ${keysOf(SourceFrontmatter, [])}`);
  }
  const placeholder = placeholderPath(data);
  if (placeholder) {
    throw new ConvertError(
      file,
      lineOfPath(doc, placeholder, srcLine) ?? offset + 1,
      `the frontmatter field "${placeholder.join('.')}" still holds the placeholder "??"`,
      'Replace "??" with the value from the signed document, or remove the line if the document does not give it',
    );
  }
  const parsed = SourceFrontmatter.safeParse(data);
  if (!parsed.success) {
    // A misspelt key ("vaule") also leaves a required one missing: name the misspelling.
    const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0]!;
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      const where = path.length ? ` in "${path.join('.')}"` : '';
      throw new ConvertError(
        file,
        lineOfKey(doc, path, key, srcLine) ?? offset + 1,
        `unknown frontmatter key "${key}"${where}`,
        `Remove it or correct its spelling; allowed keys${where}: ${keysOf(SourceFrontmatter, path)}`,
      );
    }
    throw new ConvertError(
      file,
      lineOfPath(doc, path, srcLine) ?? offset + 1,
      `frontmatter field "${path.join('.')}": ${issue.message}`,
      'Correct the value (see SourceFrontmatter in src/schema.ts for what each key takes)',
    );
  }
  const impossible = impossibleDates(parsed.data);
  if (impossible) {
    throw new ConvertError(file, lineOfPath(doc, impossible.path, srcLine) ?? offset + 1, impossible.what, impossible.todo);
  }
  return parsed.data;
}

/** Dates that match the pattern but name no day ("2024-13-45", "2024-00"), and periods that end before they start. */
function impossibleDates(fm: Record<string, unknown>): { path: string[]; what: string; todo: string } | null {
  const issued = fm.issued;
  if (typeof issued === 'string') {
    const [y, m, d] = issued.split('-').map(Number);
    const days = m === undefined ? 0 : new Date(Date.UTC(y!, m, 0)).getUTCDate();
    if (m !== undefined && (m < 1 || m > 12)) {
      return { path: ['issued'], what: `frontmatter field "issued": "${issued}" has month ${m}, which does not exist`, todo: 'Write the date as "YYYY-MM-DD" with a month from 01 to 12 (e.g. "2024-04-15")' };
    }
    if (d !== undefined && (d < 1 || d > days)) {
      return { path: ['issued'], what: `frontmatter field "issued": "${issued}" has day ${d}, but that month has ${days} days`, todo: 'Write the day of signature as it is on the signed document (e.g. "2024-04-15")' };
    }
  }
  const period = fm.period as { start: number; end: number } | null | undefined;
  if (period && period.end < period.start) {
    return { path: ['period', 'end'], what: `frontmatter field "period": it ends (${period.end}) before it starts (${period.start})`, todo: 'Swap the years: `period: { start: <first year>, end: <last year> }`' };
  }
  return null;
}

/**
 * Line of the source file that holds a frontmatter value (e.g. ["corrections", 0]), or null:
 * for messages about a value that is valid YAML but names something the document lacks.
 * Reads the frontmatter again, so it is for the error path only.
 */
export function frontmatterLine(bytes: Uint8Array, path: (string | number)[], decoded?: string, sidecar?: Sidecar): number | null {
  if (sidecar) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(normalizeText(sidecar.text), { lineCounter });
    return lineOfPath(doc, path, (offset) => lineCounter.linePos(offset).line);
  }
  const text = removeHidden(normalizeText(decoded ?? new TextDecoder().decode(bytes))).text;
  if (!text.startsWith('---\n')) return null;
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close < 0 ? lines.length : close).join('\n'), { lineCounter });
  return lineOfPath(doc, path, (offset) => lineCounter.linePos(offset).line + 1);
}

/** Where an editor left a "??" that `npm run review` suggests filling in, or null. */
function placeholderPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return value.includes('??') ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const found = placeholderPath(v, [...path, k]);
    if (found) return found;
  }
  return null;
}

type SrcLine = (offset: number) => number;

/** Source line of the key `key` in the mapping at `path`. */
function lineOfKey(doc: Document, path: (string | number)[], key: string, srcLine: SrcLine): number | null {
  const node = path.length ? doc.getIn(path, true) : doc.contents;
  if (!isMap(node)) return lineOfPath(doc, path, srcLine);
  for (const pair of node.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
      return srcLine(pair.key.range[0]);
    }
  }
  return lineOfPath(doc, path, srcLine);
}

/** Source line of the value at `path`, or of the nearest parent that has a position. */
function lineOfPath(doc: Document, path: (string | number)[], srcLine: SrcLine): number | null {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return srcLine(node.range[0]);
  }
  return null;
}

/** The keys the schema allows at `path` (for the error message). */
function keysOf(schema: z.ZodType, path: (string | number)[]): string {
  let s: z.ZodType = schema;
  for (const step of [...path, null]) {
    while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    if (step === null || typeof step === 'number') continue;
    if (!(s instanceof z.ZodObject)) break;
    s = (s.shape as Record<string, z.ZodType>)[step] ?? s;
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape).join(', ') : '(see src/schema.ts)';
}
