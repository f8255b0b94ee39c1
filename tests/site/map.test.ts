import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { baseMap, dropCollinear, locatorSvg, provinces2025, shapeOf } from '../../src/map/locator.ts';
import { loadTaxonomies } from '../../src/taxonomy/load.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const provinces = provinces2025(join(root, 'data/gazetteer'));

describe('the locator map', () => {
  it('draws one shape per 2025 province, named by the gazetteer', () => {
    const csv = csvParse(readFileSync(join(root, 'data/gazetteer/provinces-2025.csv'), 'utf8'));
    const map = baseMap(provinces, 160);
    expect(map.shapes.map((s) => s.slug).sort()).toEqual(csv.map((r) => r.slug).sort());
    expect(map.shapes).toHaveLength(34);
    for (const s of map.shapes) expect(s.d, s.slug).toMatch(/M\d+ \d+(L\d+ \d+){2,}Z/);
    // Vietnam is taller than wide, islands included.
    expect(map.height).toBeGreaterThan(map.width);
  });
  it('drops the middle of straight runs and the tips of spikes, keeping the shape', () => {
    const ring: [number, number][] = [[0, 0], [2, 0], [5, 0], [5, 5], [0, 5], [0, 3], [-2, 3], [0, 3]];
    dropCollinear(ring);
    expect(ring).toEqual([[0, 0], [5, 0], [5, 5], [0, 5]]);
    const flat: [number, number][] = [[0, 0], [1, 0], [2, 0], [1, 0]];
    dropCollinear(flat);
    expect(flat.length).toBeLessThan(3);
  });
  it('keeps islands too small to draw as marks (Hoàng Sa with Đà Nẵng)', () => {
    const daNang = baseMap(provinces, 160).shapes.find((s) => s.slug === 'da-nang')!;
    expect(daNang.d).toMatch(/h1v1h-1Z/);
  });
  it('finds the 2025 province of every province of the site, merged ones in their successor', () => {
    const regions = loadTaxonomies().regions.filter((r) => r.level === 'province');
    const slugs = new Set(provinces.map((p) => p.slug));
    for (const r of regions) expect(slugs.has(shapeOf(r)), r.id).toBe(true);
    expect(shapeOf({ id: 'bac-kan', mergedInto: 'thai-nguyen' })).toBe('thai-nguyen');
    expect(shapeOf({ id: 'thai-nguyen-2025', mergedInto: null })).toBe('thai-nguyen');
  });
  it('shades and focuses by class, and names itself', () => {
    const svg = locatorSvg(baseMap(provinces, 120), { shaded: new Set(['phu-tho']), focus: 'thai-nguyen', label: 'A & B' });
    const doc = new JSDOM(svg).window.document;
    expect(doc.querySelector('svg')!.getAttribute('aria-label')).toBe('A & B');
    expect([...doc.querySelectorAll('path.on')].map((p) => p.getAttribute('data-province'))).toEqual(['phu-tho']);
    expect([...doc.querySelectorAll('path.focus')].map((p) => p.getAttribute('data-province'))).toEqual(['thai-nguyen']);
  });
});

describe.skipIf(!existsSync(join(dist, 'index.html')))('maps on the built site', () => {
  const page = (p: string) => new JSDOM(readFileSync(join(dist, p, 'index.html'), 'utf8')).window.document;
  it('the provinces index shades the 2025 provinces with plans, one shape per province', () => {
    const doc = page('tinh');
    expect(doc.querySelectorAll('svg.locator path[data-province]')).toHaveLength(34);
    expect([...doc.querySelectorAll('svg.locator path.on')].map((p) => p.getAttribute('data-province')).sort()).toEqual(['bac-ninh', 'phu-tho', 'thai-nguyen']);
  });
  it('a merged province\'s page shows it in the province it became part of', () => {
    const doc = page('tinh/bac-kan');
    expect([...doc.querySelectorAll('svg.locator path.focus')].map((p) => p.getAttribute('data-province'))).toEqual(['thai-nguyen']);
    expect(doc.querySelector('figure.locator-map figcaption')!.textContent).toMatch(/Bắc Kạn nay thuộc Thái Nguyên/);
  });
  it('an indicator page shades the provinces where a plan sets it, and none where no plan does', () => {
    const on = (p: string) => [...page(p).querySelectorAll('svg.locator path.on')].map((x) => x.getAttribute('data-province')).sort();
    expect(on('chi-tieu/ty-so-tu-vong-me')).toEqual(['bac-ninh', 'phu-tho', 'thai-nguyen']);
    expect(on('en/chi-tieu/tu-vong-do-tai-nan-thuong-tich-tre-duoi-5-tuoi').length).toBeLessThan(3);
  });
});
