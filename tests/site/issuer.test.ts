import { describe, expect, it } from 'vitest';
import { issuerKind, issuerType, planKind } from '../../src/site/issuer.ts';

const plan = (issuer: string, level: 'province' | 'city' | 'district' | 'commune' | 'national') => ({
  issuer,
  jurisdiction: { level } as never,
});

describe('the kind of body that issued a plan', () => {
  it.each([
    ['UBND tỉnh Vĩnh Phúc', 'committee'],
    ['Ủy ban nhân dân huyện Lạng Giang', 'committee'],
    ['UỶ BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN', 'committee'],
    ['Chủ tịch UBND tỉnh Bắc Kạn', 'chair'],
    ['Sở Y tế Bắc Giang', 'health_department'],
    ['SỞ Y TẾ TỈNH BẮC GIANG', 'health_department'],
    ['Trung tâm Y tế huyện Lạng Giang', 'health_centre'],
    ['Bộ Y tế', 'ministry'],
    ['Thủ tướng Chính phủ', 'prime_minister'],
    ['Hội đồng nhân dân tỉnh', 'council'],
    ['Ban Chỉ đạo', 'other'],
  ])('%s is %s', (issuer, kind) => {
    expect(issuerKind(issuer)).toBe(kind);
  });

  it('names it with the plan level, in both languages', () => {
    expect(issuerType(plan('UBND huyện Lạng Giang', 'district'), 'vi')).toBe('UBND huyện');
    expect(issuerType(plan('UBND huyện Lạng Giang', 'district'), 'en')).toBe("District People's Committee");
    expect(issuerType(plan('UBND thành phố Bắc Kạn', 'city'), 'vi')).toBe('UBND thành phố');
    expect(planKind(plan('Sở Y tế Bắc Giang', 'province'), 'vi')).toBe('cấp tỉnh · Sở Y tế');
    expect(planKind(plan('Sở Y tế Bắc Giang', 'province'), 'en')).toBe('province level · Department of Health');
    expect(planKind(plan('Ban Chỉ đạo', 'commune'), 'vi')).toBe('cấp xã');
  });
});
