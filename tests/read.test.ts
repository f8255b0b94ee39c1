import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConvertError } from '../src/convert/errors.ts';
import { MAX_BYTES, readSource } from '../src/convert/read.ts';

const SOURCES = new URL('../content/sources/', import.meta.url);
const FILES = [
  'tp-bac-kan-2021-2025',
  'vinh-phuc-2023-2025',
  'lang-giang-2024-2025',
  'bac-giang-so-y-te-2024',
  'bac-kan-chi-thi-06-2024',
];
const source = (slug: string) => new Uint8Array(readFileSync(new URL(`${slug}.txt`, SOURCES)));
const utf8 = (s: string) => new TextEncoder().encode(s);
/** Latin-1 bytes of a string of code points ≤ 0xFF (legacy-encoded text as its bytes). */
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.codePointAt(0)!));

/** Encode Vietnamese as Windows-1258: precomposed base letters, tones as combining bytes. */
function windows1258(s: string): Uint8Array {
  const dec = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  // Circumflex, breve and horn stay on the base letter; tones become the combining bytes.
  const chars = s
    .normalize('NFD')
    .replace(/(\p{L})(\u0323?)([\u0302\u0306\u031B])/gu, (_, l: string, dot: string, m: string) => (l + m).normalize('NFC') + dot);
  for (const c of chars) {
    const code = c.codePointAt(0)!;
    const b = code < 0x80 ? code : table.get(c);
    if (b === undefined) throw new Error(`no Windows-1258 byte for ${c}`);
    out.push(b);
  }
  return Uint8Array.from(out);
}

function error(bytes: Uint8Array, file = 'content/sources/x.txt'): ConvertError {
  try {
    readSource(bytes, file);
  } catch (e) {
    if (e instanceof ConvertError) return e;
    throw e;
  }
  throw new Error('readSource did not throw');
}

describe('readSource: refused inputs', () => {
  it('empty file', () => {
    const e = error(new Uint8Array(0));
    expect(e.file).toBe('content/sources/x.txt');
    expect(e.message).toMatch(/^content\/sources\/x\.txt: the file is empty/);
    expect(e.todo).toMatch(/text of the document/);
  });

  it('whitespace only', () => {
    const e = error(utf8('  \n\t\r\n   \n'));
    expect(e.what).toMatch(/only blank space/);
    expect(e.message).toContain('content/sources/x.txt');
  });

  it('over 5 MB', () => {
    const e = error(new Uint8Array(MAX_BYTES + 1).fill(0x61));
    expect(MAX_BYTES).toBe(5 * 1024 * 1024);
    // The exact size, not "5.0 MB, over the 5 MB limit".
    expect(e.what).toBe('the file is 5,242,881 bytes, over the limit of 5,242,880 bytes (5 MB) for one document');
    expect(e.todo).toMatch(/split it/);
  });

  it('exactly 5 MB is accepted', () => {
    const bytes = new Uint8Array(MAX_BYTES).fill(0x61);
    expect(readSource(bytes, 'x.txt').text.length).toBe(MAX_BYTES);
  });

  it('binary with a NUL byte names its line', () => {
    const e = error(Uint8Array.from([...utf8('một\nhai\r\nba '), 0, ...utf8('x')]));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^content\/sources\/x\.txt:3: .*NUL bytes/);
    expect(e.todo).toMatch(/UTF-8 text/);
  });

  it('PDF: says to export the text', () => {
    const e = error(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(e.what).toMatch(/PDF/);
    expect(e.todo).toMatch(/[Ee]xport the text/);
  });

  it('ZIP: says it looks like a .docx', () => {
    const e = error(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(e.what).toMatch(/ZIP container.*\.docx/);
  });

  it('OLE: a legacy .doc, to be saved as .docx or .txt', () => {
    const e = error(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(e.what).toMatch(/legacy Word \.doc/);
    expect(e.todo).toMatch(/Word or LibreOffice.*\.docx.*\.txt/);
  });

  it('UTF-16 with a byte-order mark', () => {
    const e = error(Uint8Array.from([0xff, 0xfe, 0x4b, 0x00, 0xbf, 0x1e]));
    expect(e.what).toMatch(/UTF-16/);
    expect(e.todo).toMatch(/UTF-8/);
  });

  it('invalid UTF-8 names the line of the first bad byte', () => {
    const bytes = Uint8Array.from([...utf8('Kế hoạch\nSố: 06\r\nngày '), 0xff, 0xfe, ...utf8(' tháng\n')]);
    const e = error(bytes);
    expect(e.line).toBe(3);
    expect(e.what).toMatch(/not valid UTF-8 \(byte 0xFF at offset 29\)/);
    expect(e.todo).toMatch(/UTF-8/);
  });

  it('a truncated UTF-8 sequence at the end', () => {
    const bytes = utf8('a\nb\nc ế');
    const e = error(bytes.slice(0, bytes.length - 1));
    expect(e.line).toBe(3);
  });

  it('Windows-1258 bytes: names the encoding and iconv', () => {
    const text = 'KẾ HOẠCH\nCộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nChăm sóc sức khỏe bà mẹ, trẻ sơ sinh';
    const bytes = windows1258(text);
    // The helper is right: the bytes decode back to the text.
    expect(new TextDecoder('windows-1258').decode(bytes).normalize('NFC')).toBe(text);
    const e = error(bytes);
    expect(e.line).toBe(1);
    expect(e.what).toMatch(/looks like Windows-1258/);
    expect(e.todo).toContain('iconv -f WINDOWS-1258 -t UTF-8');
  });

  it('TCVN3 bytes: names the encoding and the converter', () => {
    const e = error(latin1('So: 12/KH-UBND\nCéng hoµ x· héi chñ nghÜa ViÖt Nam'));
    expect(e.line).toBe(2);
    expect(e.what).toMatch(/looks like TCVN3/);
    expect(e.todo).toMatch(/Công cụ chuyển mã/);
  });

  it('VNI bytes: names the encoding', () => {
    const e = error(latin1('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'));
    expect(e.what).toMatch(/looks like VNI/);
    expect(e.todo).toMatch(/VNI Windows/);
  });

  it('TCVN3 mojibake that is valid UTF-8', () => {
    const e = error(utf8('Số: 12/KH-UBND\n\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n'));
    expect(e.line).toBe(3);
    expect(e.what).toMatch(/TCVN3 \(ABC\) read as if it were Latin-1 \("hoµ"\)/);
    expect(e.todo).toMatch(/TCVN3 \(ABC\), destination Unicode/);
  });

  it('VNI mojibake that is valid UTF-8', () => {
    const e = error(utf8('KẾ HOẠCH\nCoäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc'));
    expect(e.line).toBe(2);
    expect(e.what).toMatch(/VNI read as if it were Latin-1 \("Coäng"\)/);
  });

  it('one mis-converted line inside a long good document', () => {
    const good = new TextDecoder().decode(source('vinh-phuc-2023-2025'));
    const e = error(utf8(`${good}\nTrong ®ã, c¸c huyÖn vµ thµnh phè ph¶i b¸o c¸o kÕt qu¶\n`));
    expect(e.line).toBe(good.split('\n').length + 1);
    expect(e.what).toMatch(/TCVN3/);
  });

  it('invalid YAML frontmatter names the line in the source file', () => {
    const e = error(utf8('---\ntitle: Kế hoạch\nissuer: b: c\nsigner: d\n---\nKẾ HOẠCH\n'));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^content\/sources\/x\.txt:3: invalid YAML/);
    expect(e.todo).toMatch(/YAML syntax/);
  });

  it('unknown frontmatter key: the key, its line and the allowed keys', () => {
    const e = error(utf8('---\ntitle: Kế hoạch\n\nisued: 2024-04\n---\nKẾ HOẠCH\n'));
    expect(e.line).toBe(4);
    expect(e.what).toBe('unknown frontmatter key "isued"');
    expect(e.todo).toMatch(/allowed keys: slug, duplicateOf, title, docType, number, issued, issuer, signer, jurisdiction, period, corrections/);
  });

  it('unknown key inside jurisdiction', () => {
    const e = error(utf8('---\njurisdiction:\n  region: lang-giang\n  level: district\n---\nx\n'));
    expect(e.line).toBe(4);
    expect(e.what).toMatch(/"level" in "jurisdiction"/);
    expect(e.todo).toMatch(/region, name/);
  });

  it('a frontmatter value of the wrong type names its line', () => {
    const e = error(utf8('---\ntitle: x\nperiod: { start: "2024", end: 2025 }\n---\nx\n'));
    expect(e.line).toBe(3);
    expect(e.what).toMatch(/"period\.start"/);
  });

  it('frontmatter that is never closed', () => {
    const e = error(utf8('---\ntitle: x\nKẾ HOẠCH\n'));
    expect(e.line).toBe(1);
    expect(e.what).toMatch(/never closed/);
  });
});

describe('readSource: text', () => {
  it('all five sources read, without frontmatter', () => {
    for (const slug of FILES) {
      const r = readSource(source(slug), slug);
      expect(r.bodyStart).toBe(1);
      expect(r.frontmatter).toEqual({});
      expect(r.text).toBe(r.text.normalize('NFC'));
      expect(r.text).not.toMatch(/\r/);
    }
  });

  it('NFD, CRLF, CR and BOM versions give exactly the text of the original', () => {
    for (const slug of FILES) {
      const original = readSource(source(slug), slug).text;
      const raw = new TextDecoder().decode(source(slug));
      expect(raw.normalize('NFD')).not.toBe(raw); // the test exercises something
      for (const variant of [
        raw.normalize('NFD'),
        raw.replace(/\n/g, '\r\n'),
        raw.replace(/\n/g, '\r'),
        `\uFEFF${raw}`,
        `\uFEFF${raw.normalize('NFD').replace(/\n/g, '\r\n')}`,
      ]) {
        expect(readSource(utf8(variant), slug).text).toBe(original);
      }
    }
  });

  it('strips the BOM', () => {
    expect(readSource(utf8('\uFEFFKẾ HOẠCH\n'), 'x').text).toBe('KẾ HOẠCH\n');
  });

  it('frontmatter: parsed, validated, body and bodyStart', () => {
    const r = readSource(
      utf8('\uFEFF---\r\ntitle: Kế hoạch\r\njurisdiction:\r\n  region: lang-giang\r\nperiod: { start: 2024, end: 2025 }\r\n---\r\nKẾ HOẠCH\r\nx'),
      'x',
    );
    expect(r.frontmatter).toEqual({ title: 'Kế hoạch', jurisdiction: { region: 'lang-giang' }, period: { start: 2024, end: 2025 } });
    expect(r.bodyStart).toBe(7);
    expect(r.text).toBe('KẾ HOẠCH\nx');
  });

  it('text already extracted (a .docx): byte checks skipped, text checks kept', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);
    expect(readSource(zip, 'x.docx', '\uFEFFKE\u0302\u0301 HOẠCH\r\nx').text).toBe('KẾ HOẠCH\nx');
    expect(() => readSource(zip, 'x.docx', 'Céng hoµ x· héi chñ nghÜa')).toThrow(/x\.docx:1: .*TCVN3/);
    expect(() => readSource(zip, 'x.docx', ' \n ')).toThrow(/only blank space/);
  });

  it('empty frontmatter', () => {
    const r = readSource(utf8('---\n---\nx'), 'x');
    expect(r).toEqual({ text: 'x', frontmatter: {}, bodyStart: 3, removed: [] });
  });

  it('correct Vietnamese with Latin-1 letters is not mistaken for mojibake', () => {
    const t = 'Hòa bình, quà tặng, khoẻ, toà nhà, thuở xưa, quân đội, luôn luôn, thuê nhà, café © 2024 · mục';
    expect(readSource(utf8(t), 'x').text).toBe(t);
    // Other languages' letters are not a legacy Vietnamese encoding.
    const cited = 'Nguồn: Müller, Jäger; Universität Zürich; Peña, Muñoz.';
    expect(readSource(utf8(cited), 'x').text).toBe(cited);
  });
});

// The probe's hostile and broken inputs (tests/fixtures/probes/README.md): each is read, or refused precisely.
const probe = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/probes/${name}`, import.meta.url)));

describe('readSource: hidden characters', () => {
  it('invisible characters inside a figure are removed, counted by line, and no line moves (D01)', () => {
    const r = readSource(utf8('---\ntitle: "A\u200B"\n---\nx\n> 8\u200B0%\n<\u200E10\u00AD‰ \u2060\uFEFF\u200C\u200D\n'), 'x');
    expect(r.text).toBe('x\n> 80%\n<10‰ \n');
    expect(r.frontmatter).toEqual({ title: 'A' });
    expect(r.removed).toEqual([
      { kind: 'invisible', line: 2, count: 1 },
      { kind: 'invisible', line: 5, count: 1 },
      { kind: 'invisible', line: 6, count: 6 },
    ]);
  });

  it('the probe document keeps its line count and shows no invisible character (D01)', () => {
    const bytes = probe('num-zwsp.txt');
    const r = readSource(bytes, 'num-zwsp.txt');
    const original = new TextDecoder().decode(bytes).split('\n').length;
    expect(r.text.split('\n').length + r.bodyStart - 1).toBe(original);
    expect(r.text).not.toMatch(/[\u200B-\u200F\u2060\u00AD\uFEFF]/);
    expect(r.removed.reduce((n, x) => n + x.count, 0)).toBe(7);
  });

  it('control characters (ESC, C1, DEL, form feed) are removed and counted; tab and newline stay (D11)', () => {
    const r = readSource(utf8('a\u001b]0;title\u0007b\tc\n\u009b2J\u007fd\u000c\n'), 'x');
    expect(r.text).toBe('a]0;titleb\tc\n2Jd\n');
    expect(r.removed).toEqual([{ kind: 'control', line: 1, count: 2 }, { kind: 'control', line: 2, count: 3 }]);
    const doc = readSource(probe('ctrl-escapes.txt'), 'ctrl-escapes.txt');
    expect(doc.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(doc.removed.length).toBeGreaterThan(0);
  });

  it('a file of only invisible and no-break spaces is blank (D14)', () => {
    expect(error(probe('blank-nbsp.txt')).what).toBe('the file holds only blank space');
  });
});

describe('readSource: hostile frontmatter', () => {
  it('a YAML alias bomb is an error at the first alias, not a stack trace (D04)', () => {
    const e = error(probe('fm-billion-laughs.txt'));
    expect(e).toBeInstanceOf(ConvertError);
    expect(e.line).toBe(3);
    expect(e.what).toMatch(/YAML aliases/);
  });

  it('impossible dates and reversed periods are refused at their line (D13)', () => {
    expect(error(probe('edge-issued-invalid.txt'))).toMatchObject({ line: 2, what: expect.stringMatching(/"2024-13-45" has month 13/) });
    expect(error(utf8('---\nissued: "2024-00"\n---\nx\n')).what).toMatch(/month 0, which does not exist/);
    expect(error(utf8('---\nissued: "2023-02-29"\n---\nx\n')).what).toMatch(/day 29, but that month has 28 days/);
    expect(readSource(utf8('---\nissued: "2024-02-29"\n---\nx\n'), 'x').frontmatter).toEqual({ issued: '2024-02-29' });
    expect(error(probe('edge-period-reversed.txt'))).toMatchObject({ line: 2, what: expect.stringMatching(/ends \(2020\) before it starts \(2030\)/) });
  });

  it('a .docx frontmatter beside it (.yaml): read at its own lines, errors cite it', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);
    const r = readSource(zip, 'a.docx', 'KẾ HOẠCH\n', { file: 'a.yaml', text: 'title: "T"\n' });
    expect(r).toMatchObject({ text: 'KẾ HOẠCH\n', frontmatter: { title: 'T' }, bodyStart: 1 });
    try {
      readSource(zip, 'a.docx', 'x\n', { file: 'a.yaml', text: 'title: T\nisued: 2024\n' });
      expect.fail('no error');
    } catch (e) {
      expect(e).toMatchObject({ file: 'a.yaml', line: 2, what: 'unknown frontmatter key "isued"' });
    }
  });
});

describe('readSource: bytes that are not text', () => {
  it('high bytes without NUL are "not valid UTF-8" with the first bad byte, not a legacy encoding (D14)', () => {
    let s = 1;
    const bytes = Uint8Array.from({ length: 65536 }, () => 0x80 + ((s = (s * 1103515245 + 12345) >>> 0) >>> 25));
    const e = error(bytes);
    expect(e.line).toBe(1);
    expect(e.what).toMatch(/^the file is not valid UTF-8 \(byte 0x[0-9A-F]{2} at offset 0\)$/);
    expect(e.what).not.toMatch(/TCVN3|VNI|1258/);
  });
});
