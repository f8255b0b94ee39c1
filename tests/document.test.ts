import { describe, expect, it } from 'vitest';
import { findPart, normalizeForMatch, plainText, toDoc } from '../src/convert/document.ts';

describe('plainText', () => {
  it('drops Markdown marks and the formatting tags of an earlier conversion', () => {
    expect(plainText('##### **1. Trung tâm Y tế**')).toBe('1. Trung tâm Y tế');
    expect(plainText('<b>Mục tiêu 1: Tăng cường</b>\t\t')).toBe('Mục tiêu 1: Tăng cường');
  });
  it('keeps any other markup as the text the document holds', () => {
    expect(plainText('Trạm Y tế xã <script>alert(1)</script>')).toBe('Trạm Y tế xã <script>alert(1)</script>');
    expect(plainText('<img src=x onerror=alert(1)> và <a href="javascript:x">')).toBe('<img src=x onerror=alert(1)> và <a href="javascript:x">');
  });
});

describe('toDoc and findPart', () => {
  it('numbers lines from 1 and keeps the tabs that separate table cells', () => {
    const doc = toDoc('a  \n\tb\tc\t\n');
    expect(doc.lines.map((l) => [l.n, l.raw])).toEqual([[1, 'a'], [2, '\tb\tc\t'], [3, '']]);
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
