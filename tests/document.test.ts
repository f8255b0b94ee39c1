import { describe, expect, it } from 'vitest';
import { findPart, isTableRow, normalizeForMatch, plainText, lineAt, toDoc } from '../src/convert/document.ts';

describe('plainText', () => {
  it('reads a typewriter per mille ("14 o/oo", "25 0/00") and a rate in words ("90 phần trăm", "18 phần nghìn"), not a date, a number or points', () => {
    expect(plainText('- Tỷ suất tử vong trẻ em dưới 1 tuổi dưới 14 o/oo; dưới 5 tuổi 25 0/00.')).toBe('- Tỷ suất tử vong trẻ em dưới 1 tuổi dưới 14‰; dưới 5 tuổi 25‰.');
    expect(plainText('Số: 250/00-KH ngày 10/10/2000')).toBe('Số: 250/00-KH ngày 10/10/2000');
    expect(plainText('- Đạt 90 phần trăm; dưới 18 phần nghìn; giảm 0,1 điểm phần trăm.')).toBe('- Đạt 90%; dưới 18‰; giảm 0,1 điểm phần trăm.');
  });
  it('reads any list mark at the start of a line as "- ": Word\'s dash, bullets, and the Symbol font\'s, as a copy gives them', () => {
    for (const mark of ['–', '—', '•', '▪', '○', '\uf0b7', '\uf0a7']) expect(plainText(`${mark} Tỷ lệ đạt 95%`), mark).toBe('- Tỷ lệ đạt 95%');
    expect(plainText('2021 – 2025 – đạt')).toBe('2021 – 2025 – đạt');
    expect(plainText('–Số: 12/KH-UBND')).toBe('–Số: 12/KH-UBND');
  });
  it('reads the hyphens Word and copies put in numbers as "-", and leaves the en dash', () => {
    expect(plainText('Số: 256/KH\u2011UBND, 2021\u20102025, \u22120,2 điểm; 2021 – 2025')).toBe('Số: 256/KH-UBND, 2021-2025, -0,2 điểm; 2021 – 2025');
  });
  it('reads look-alikes as what they look like: the eth old encodings give for Đ, and full-width signs', () => {
    expect(plainText('ÐIỆN BIÊN, ðến năm 2025: 95％； Số：12')).toBe('ĐIỆN BIÊN, đến năm 2025: 95%; Số:12');
  });
  it('reads items numbered "1/" and lettered "a/", "a-" as "1." and "a)", never a date or a fraction', () => {
    expect(['1/ Mục tiêu chung', '12/ Sở Y tế', 'a/ Đến năm 2025', 'b- Đến năm 2030', '1/2025 là năm', '3/4 số xã', 'x-quang'].map(plainText)).toEqual([
      '1. Mục tiêu chung', '12. Sở Y tế', 'a) Đến năm 2025', 'b) Đến năm 2030', '1/2025 là năm', '3/4 số xã', 'x-quang',
    ]);
  });
  it('drops the escapes a converter to Markdown puts before a mark or a sign, and keeps any other backslash', () => {
    expect(['1\\. Mục tiêu', '\\- Tỷ lệ đạt 95\\%', 'a\\r\\nb', 'C:\\path'].map(plainText)).toEqual(['1. Mục tiêu', '- Tỷ lệ đạt 95%', 'a\\r\\nb', 'C:\\path']);
  });
  it('reads the HTML entities a copy of a page\'s source leaves, never as a control character', () => {
    expect(plainText('Đạt 95&nbsp;% v&agrave; &#8211; &#x2030; &lt; 5 a&#768; &#27; &bogus; R&D')).toBe('Đạt 95 % và – ‰ < 5 à &#27; &bogus; R&D');
  });
  it('drops Markdown marks and the formatting tags of an earlier conversion', () => {
    expect(plainText('##### **1. Trung tâm Y tế**')).toBe('1. Trung tâm Y tế');
    expect(plainText('<b>Mục tiêu 1: Tăng cường</b>\t\t')).toBe('Mục tiêu 1: Tăng cường');
  });
  it('folds every blank that \\s holds to one space, and two spaces to one, in a line with no other mark', () => {
    const blanks = [...Array(0x10000).keys()].map((c) => String.fromCharCode(c)).filter((c) => /\s/.test(c) && c !== ' ');
    expect(blanks.length).toBeGreaterThan(20);
    for (const c of blanks) expect(plainText(`đạt${c}95`)).toBe('đạt 95');
    expect(plainText('đạt  95')).toBe('đạt 95');
  });
  it('keeps any other markup as the text the document holds', () => {
    expect(plainText('Trạm Y tế xã <script>alert(1)</script>')).toBe('Trạm Y tế xã <script>alert(1)</script>');
    expect(plainText('<img src=x onerror=alert(1)> và <a href="javascript:x">')).toBe('<img src=x onerror=alert(1)> và <a href="javascript:x">');
  });
});

describe('toDoc and findPart', () => {
  it('a paragraph indented by tabs is no table row; a row with empty cells first is', () => {
    expect(['\t\tGiảm tỷ lệ suy dinh dưỡng.', '\t\t\t\tNăm 2024\tNăm 2025', '\tTỷ suất tử vong mẹ\t‰\t< 32', 'a\tb'].map(isTableRow)).toEqual([false, true, true, false]);
  });
  it('numbers lines from 1 and keeps the tabs that separate table cells', () => {
    const doc = toDoc('a  \n\tb\tc\t\n');
    expect(doc.lines.map((l) => [l.n, l.raw])).toEqual([[1, 'a'], [2, '\tb\tc\t'], [3, '']]);
  });
  it('finds a part lettered or named as other editors do, never a name or a body\'s heading', () => {
    const part = (heading: string) => findPart(toDoc([heading, 'Tỷ lệ đạt 95%.', 'II. NHIỆM VỤ'].join('\n')), /MỤC TIÊU/)?.map((l) => l.n) ?? null;
    expect(['B. MỤC TIÊU, CHỈ TIÊU', 'PHẦN I. MỤC TIÊU', 'Phần I: MỤC TIÊU', 'I. MỤC TIÊU'].map(part)).toEqual([[1, 2], [1, 2], [1, 2], [1, 2]]);
    expect(['A. Nguyễn Văn MỤC TIÊU', 'K. Sở Y tế MỤC TIÊU', 'Phần lớn MỤC TIÊU'].map(part)).toEqual([null, null, null]);
  });
  it('finds the part itself, not its line in a table of contents', () => {
    const doc = toDoc(['MỤC LỤC', 'I. MỤC TIÊU', 'II. NHIỆM VỤ', '', 'I. MỤC TIÊU', 'Tỷ lệ đạt 95%.', 'II. NHIỆM VỤ', 'Tuyên truyền.'].join('\n'));
    expect(findPart(doc, /MỤC TIÊU/)!.map((l) => l.n)).toEqual([5, 6]);
    expect(findPart(toDoc('I. MỤC TIÊU\nII. NHIỆM VỤ'), /MỤC TIÊU/)!.map((l) => l.n)).toEqual([1]);
  });
  it('finds a Roman-numeral part up to the next one', () => {
    const doc = toDoc('I. MỤC ĐÍCH\nx\nII. MỤC TIÊU\ny\nz\nIII. GIẢI PHÁP\nw');
    expect(findPart(doc, /MỤC TIÊU/)?.map((l) => l.n)).toEqual([3, 4, 5]);
    expect(findPart(doc, /KINH PHÍ/)).toBeNull();
  });
});

it('normalizeForMatch folds spelling variants', () => {
  expect(normalizeForMatch('Tỉ lệ khám thai trong 3 thời kỳ, trẻ dưới 01 tuổi, nhân viên y tế')).toBe(
    'tỷ lệ khám thai trong 3 thai kỳ, trẻ dưới 1 tuổi, cán bộ y tế',
  );
});

describe('logical lines: the text as a person reads it', () => {
  const logical = (...lines: string[]) => toDoc(lines.join('\n')).logical.map((l) => [l.n, l.plain]);
  it('joins a sentence the portal broke mid-phrase, numbered by its first line', () => {
    expect(logical('- Giảm tỷ suất tử vong trẻ em dưới', '5 tuổi xuống dưới', '12,5‰ vào năm 2025.', '- Tỷ lệ khác.')).toEqual([
      [1, '- Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 12,5‰ vào năm 2025.'],
      [4, '- Tỷ lệ khác.'],
    ]);
  });
  it('does not join across a sentence end, a list mark, a numbered heading or a heading in capitals', () => {
    expect(logical('Chỉ tiêu:', 'giảm x.', 'a) Đến năm 2025', '- y', 'KẾ HOẠCH', 'thực hiện')).toEqual([
      [1, 'Chỉ tiêu:'], [2, 'giảm x.'], [3, 'a) Đến năm 2025'], [4, '- y'], [5, 'KẾ HOẠCH'], [6, 'thực hiện'],
    ]);
  });
  it('joins a capitalised line after a word a sentence cannot stop on ("của" / "Thủ tướng")', () => {
    expect(logical('Quyết định số 1493/QĐ-TTg của', 'Thủ tướng Chính phủ.')).toEqual([[1, 'Quyết định số 1493/QĐ-TTg của Thủ tướng Chính phủ.']]);
  });
  it('joins a line that ends on a word to one that opens with an abbreviation (Bộ Y tế 756/BYT-TCDS, 2022), not a heading to its text', () => {
    expect(logical('- Tổng số người mới sử dụng', 'BPTT hiện đại trong năm 5.199.440 người;')).toEqual([[1, '- Tổng số người mới sử dụng BPTT hiện đại trong năm 5.199.440 người;']]);
    expect(logical('2. Chỉ tiêu cụ thể', 'UBND tỉnh giao chỉ tiêu.')).toEqual([[1, '2. Chỉ tiêu cụ thể'], [2, 'UBND tỉnh giao chỉ tiêu.']]);
  });
  it('sets aside "|" fragments and "-----" rules, and splits at a literal "\\r\\n" keeping the line number', () => {
    expect(logical('ỦY BAN NHÂN DÂN', '-------', '|', 'Số: 1/KH-UBND', 'Mục tiêu:\\r\\n- giảm a.\\r\\n- giảm b.')).toEqual([
      [1, 'ỦY BAN NHÂN DÂN'], [4, 'Số: 1/KH-UBND'], [5, 'Mục tiêu:'], [5, '- giảm a.'], [5, '- giảm b.'],
    ]);
  });
  it('past a blank line, joins only a sentence that plainly goes on', () => {
    expect(logical('- Giảm tỷ suất tử vong trẻ sơ sinh xuống dưới 9‰', '', 'vào năm 2025 và dưới 8‰ vào năm', '', '2030.')).toEqual([
      [1, '- Giảm tỷ suất tử vong trẻ sơ sinh xuống dưới 9‰ vào năm 2025 và dưới 8‰ vào năm 2030.'],
    ]);
    expect(logical('- Tỷ số giới tính khi sinh:', '', '111,4 số bé trai/100 bé gái;', '', '- Giảm tỷ lệ sinh con thứ 3: 0,1', '', '% so với năm 2022.')).toEqual([
      [1, '- Tỷ số giới tính khi sinh: 111,4 số bé trai/100 bé gái;'], [5, '- Giảm tỷ lệ sinh con thứ 3: 0,1 % so với năm 2022.'],
    ]);
    expect(logical('1. Mục tiêu chung', '', 'Cải thiện.', '', '- Phải giảm xuống còn 10‰', '', '07/09/2012 17:23 PM')).toEqual([
      [1, '1. Mục tiêu chung'], [3, 'Cải thiện.'], [5, '- Phải giảm xuống còn 10‰'], [7, '07/09/2012 17:23 PM'],
    ]);
  });
  it('a short numbered heading is followed by its text, even after a word a sentence cannot stop on (Bắc Kạn 06/CT-UBND)', () => {
    expect(logical('5. Ủy ban nhân dân huyện, thành phố', 'Chỉ đạo chính quyền cơ sở.')).toEqual([[1, '5. Ủy ban nhân dân huyện, thành phố'], [2, 'Chỉ đạo chính quyền cơ sở.']]);
  });
  it('a page number a PDF copy leaves between two lines does not end the sentence; a year or a figure is no page number', () => {
    expect(logical('- Giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống', '- 3 -', 'dưới 20% vào năm 2025.')).toEqual([[1, '- Giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống dưới 20% vào năm 2025.']]);
    expect(logical('- Tỷ lệ sàng lọc sơ sinh đạt', 'Trang 12', '88%.')).toEqual([[1, '- Tỷ lệ sàng lọc sơ sinh đạt 88%.']]);
    expect(logical('Đạt 95%.', '12', 'Giảm x.')).toEqual([[1, 'Đạt 95%.'], [3, 'Giảm x.']]);
    expect(logical('- Giảm xuống dưới 8‰ vào năm', '2030.')).toEqual([[1, '- Giảm xuống dưới 8‰ vào năm 2030.']]);
  });
  it('a sub-item numbered without its last dot ("2.1 Chỉ tiêu") starts afresh; a thousand ("1.000 trẻ") carries on', () => {
    expect(logical('2. Chỉ tiêu kế hoạch năm 2022', '2.1 Chỉ tiêu cơ bản')).toEqual([[1, '2. Chỉ tiêu kế hoạch năm 2022'], [2, '2.1 Chỉ tiêu cơ bản']]);
    expect(logical('- Phấn đấu có', '1.000 trẻ được khám.')).toEqual([[1, '- Phấn đấu có 1.000 trẻ được khám.']]);
  });
  it('a year on a line of its own is no numbered item', () => {
    expect(logical('- Giảm xuống dưới 8‰ vào năm', '2030.')).toEqual([[1, '- Giảm xuống dưới 8‰ vào năm 2030.']]);
  });
  it('on a page wrapped at a width, joins a full line to the capitalised word it broke before, not a short heading to its text', () => {
    const wrapped = [...Array(10).fill('Thực hiện Quyết định số 468/QĐ-TTg ngày 23/3/2016 của Thủ tướng Chính phủ về'), 'phê duyệt Đề án Kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2022 – 2025 trên', 'Lạng Sơn như sau:', '1. Mục tiêu chung', 'Cải thiện tình trạng dinh dưỡng.'];
    const lines = logical(...wrapped);
    expect(lines.at(-3)![1]).toMatch(/trên Lạng Sơn như sau:$/);
    expect(lines.slice(-2)).toEqual([[13, '1. Mục tiêu chung'], [14, 'Cải thiện tình trạng dinh dưỡng.']]);
    // A paragraph a line: lengths all over, no width, and a capitalised line starts afresh.
    const paragraphs = Array.from({ length: 12 }, (_, i) => `${'dinh dưỡng '.repeat(2 + i * 3)}trẻ em`);
    expect(toDoc(paragraphs.join('\n')).width).toBeNull();
    expect(logical(...paragraphs, 'Kiểm soát.').at(-1)).toEqual([13, 'Kiểm soát.']);
  });
  it('maps an offset of a joined line back to its physical line', () => {
    const [l] = toDoc('a b\nc d\ne').logical;
    expect([lineAt(l!, 0), lineAt(l!, 4), lineAt(l!, 8)]).toEqual([1, 2, 3]);
  });
});
