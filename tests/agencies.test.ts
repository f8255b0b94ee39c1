// Responsible bodies read from the five real documents, pinned by hand from `cat -n` of each
// source (line numbers are lines of the document body), plus the splitting and role rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  agencyMatcher,
  collectDuties,
  extractAgencies,
  givenLead,
  normalizeName,
  parseHeader,
  roleOf,
  splitBodies,
} from '../src/convert/agencies.ts';
import { toDoc } from '../src/convert/document.ts';
import type { DocType, Role } from '../src/schema.ts';
import { loadTaxonomies, parseTaxonomy, TaxonomyError } from '../src/taxonomy/load.ts';
import { AgencyEntry } from '../src/taxonomy/schemas.ts';

const taxonomy = loadTaxonomies().agencies;

function readDoc(slug: string) {
  const text = readFileSync(new URL(`../content/sources/${slug}.txt`, import.meta.url), 'utf8');
  return toDoc(text.normalize('NFC').replace(/\r\n/g, '\n'));
}

/** [name, agency id, role, line, number of duties] */
type Row = [string, string | null, Role, number, number];

const cases: { slug: string; docType: DocType; sections: number; bodies: Row[] }[] = [
  {
    slug: 'tp-bac-kan-2021-2025',
    docType: 'decision',
    sections: 7,
    bodies: [
      ['Trung tâm Y tế thành phố', 'health_centre', 'lead', 157, 4],
      ['Văn phòng HĐND - UBND', 'office_council_committee', 'assigned', 167, 3],
      ['Phòng Tài chính - Kế hoạch', 'district_finance_planning', 'coordinate', 175, 1],
      ['Trung tâm Văn hóa - Thể thao và Truyền thông', 'culture_centre', 'assigned', 179, 1],
      ['Các phòng, ban ngành liên quan', 'other_departments', 'assigned', 183, 1],
      ['Ủy ban MTTQ thành phố', 'fatherland_front', 'requested', 187, 1],
      ['các tổ chức hội, Ban, ngành, đoàn thể', 'socio_political_organisations', 'requested', 187, 1],
      ['UBND các xã, phường', 'commune_peoples_committee', 'assigned', 191, 3],
    ],
  },
  {
    slug: 'vinh-phuc-2023-2025',
    docType: 'plan',
    sections: 11,
    bodies: [
      ['Sở Y tế', 'department_of_health', 'lead', 91, 4],
      ['Sở Tài chính', 'department_of_finance', 'assigned', 96, 2],
      ['Sở Kế hoạch và đầu tư', 'department_of_planning_investment', 'coordinate', 99, 1],
      ['Sở Lao động -Thương binh và Xã hội', 'labour_invalids_social_affairs', 'assigned', 100, 1],
      ['Sở Thông tin và Truyền thông', 'information_communications', 'coordinate', 101, 1],
      ['Báo Vĩnh Phúc', 'newspaper', 'coordinate', 102, 1],
      ['Đài Phát thanh - Truyền hình tỉnh', 'radio_television', 'coordinate', 102, 1],
      ['Bảo hiểm xã hội tỉnh', 'social_insurance', 'assigned', 103, 2],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'fatherland_front', 'requested', 106, 1],
      ['Hội Liên hiệp Phụ nữ tỉnh', 'womens_union', 'coordinate', 107, 1],
      ['Tỉnh Đoàn thanh niên', 'youth_union', 'coordinate', 107, 1],
      ['Các Sở, ban, ngành đoàn thể khác', 'other_departments', 'coordinate', 108, 1],
      ['Ủy ban nhân dân các huyện, thành phố', 'district_peoples_committee', 'assigned', 109, 3],
    ],
  },
  {
    slug: 'lang-giang-2024-2025',
    docType: 'plan',
    sections: 9,
    bodies: [
      ['Trung tâm Y tế', 'health_centre', 'lead', 155, 3],
      ['Phòng Tài chính - Kế hoạch', 'district_finance_planning', 'lead', 163, 1],
      ['Phòng Giáo dục và Đào tạo', 'education', 'lead', 165, 2],
      ['Phòng Lao động - Thương binh và Xã hội', 'labour_invalids_social_affairs', 'coordinate', 171, 4], // its first duty: "Phối hợp với Trung tâm Y tế …"
      ['Trung tâm Văn hóa, Thông tin và Thể thao', 'culture_centre', 'assigned', 181, 1],
      ['Các ban, ngành, đoàn thể khác', 'other_departments', 'assigned', 183, 1],
      ['UBND các xã, thị trấn', 'commune_peoples_committee', 'assigned', 185, 2],
      ['Hội Liên hiệp phụ nữ', 'womens_union', 'requested', 191, 1],
      ['Ủy ban Mặt trận Tổ quốc', 'fatherland_front', 'requested', 193, 1],
      ['Liên đoàn Lao động huyện', 'labour_federation', 'requested', 193, 1],
      ['các tổ chức chính trị - xã hội huyện', 'socio_political_organisations', 'requested', 193, 1],
    ],
  },
  {
    slug: 'bac-giang-so-y-te-2024',
    docType: 'plan',
    sections: 7,
    bodies: [
      ['Phòng Nghiệp vụ Y', 'health_department_medical_affairs', 'assigned', 136, 1],
      ['Phòng Kế hoạch - Tài chính', 'health_department_planning_finance', 'assigned', 140, 1],
      ['Trung tâm Kiểm soát bệnh tật tỉnh', 'cdc', 'coordinate', 144, 6], // "Phối hợp với các đơn vị liên quan …"
      ['Bệnh viện Đa khoa tỉnh', 'general_hospital', 'assigned', 160, 4],
      ['Bệnh viện Sản Nhi', 'obstetrics_paediatrics_hospital', 'assigned', 160, 4],
      ['Trung tâm Y tế các huyện, thị xã, thành phố', 'health_centre', 'assigned', 170, 7],
      ['Trung tâm Y tế các khu công nghiệp', 'industrial_zone_health_centre', 'assigned', 188, 2],
      ['Các Bệnh viện, Phòng khám đa khoa tư nhân', 'private_facilities', 'assigned', 194, 1],
    ],
  },
  {
    slug: 'bac-kan-chi-thi-06-2024',
    docType: 'directive',
    sections: 6,
    bodies: [
      ['Sở Y tế', 'department_of_health', 'lead', 7, 8], // "Giao Sở Y tế chủ trì …" (line 28)
      ['Sở Tài chính', 'department_of_finance', 'lead', 16, 1],
      ['Sở Lao động - Thương binh và Xã hội', 'labour_invalids_social_affairs', 'assigned', 18, 1],
      ['Sở Thông tin và Truyền thông', 'information_communications', 'coordinate', 20, 2],
      ['Đài Phát thanh và Truyền hình Bắc Kạn', 'radio_television', 'coordinate', 20, 2],
      ['Báo Bắc Kạn', 'newspaper', 'coordinate', 20, 2],
      ['Ủy ban nhân dân huyện, thành phố', 'district_peoples_committee', 'assigned', 23, 1],
      ['Các sở, ban, ngành tỉnh', 'other_departments', 'coordinate', 25, 1],
    ],
  },
];

describe('extractAgencies on the real documents', () => {
  for (const c of cases) {
    describe(c.slug, () => {
      const r = extractAgencies(readDoc(c.slug), c.docType, taxonomy);

      it(`finds ${c.sections} sections`, () => {
        expect(r.sections).toBe(c.sections);
      });

      it('reads every body with its id, role, line and duties', () => {
        const got = r.agencies.map((a): Row => [a.name, a.agency, a.role, a.line, a.duties.length]);
        expect(got).toEqual(c.bodies);
      });

      it('classifies every body and keeps duties clean', () => {
        expect(r.flags).toEqual([]);
        for (const a of r.agencies) {
          for (const d of a.duties) {
            expect(d).toBe(d.trim());
            expect(d).not.toMatch(/^[-+*#]|\*\*/);
            expect(d).not.toMatch(/^Trên đây|^Nơi nhận/);
          }
        }
      });
    });
  }

  it('joins a duty broken over a blank line and stops before the closing', () => {
    const r = extractAgencies(readDoc('lang-giang-2024-2025'), 'plan', taxonomy);
    const mttq = r.agencies.find((a) => a.agency === 'fatherland_front')!;
    expect(mttq.duties[0]).toContain('các nội dung của Kế hoạch; phát huy vai trò giám sát');
    const last = r.agencies.at(-1)!;
    expect(last.duties.join(' ')).not.toContain('Trên đây');
  });

  it('keeps a non-body item out of the directive and out of the duties before it', () => {
    const r = extractAgencies(readDoc('bac-kan-chi-thi-06-2024'), 'directive', taxonomy);
    expect(r.agencies.map((a) => a.name)).not.toContain('Chế độ báo cáo');
    expect(r.agencies.at(-1)!.duties.join(' ')).not.toContain('Giao Sở Y tế');
  });
});

describe('splitBodies', () => {
  it.each([
    'Sở Lao động - Thương binh và Xã hội',
    'Phòng Tài chính - Kế hoạch',
    'Sở Thông tin và Truyền thông',
    'Phòng Giáo dục và Đào tạo',
    'Đài Phát thanh và Truyền hình Bắc Kạn',
    'Sở Kế hoạch và Đầu tư',
    'Trung tâm Văn hóa, Thông tin và Thể thao',
    'UBND các xã, phường, thị trấn',
    'Trung tâm Y tế các huyện, thị xã, thành phố',
    'Các sở, ban, ngành tỉnh',
    'Các Bệnh viện, Phòng khám đa khoa tư nhân',
  ])('keeps "%s" whole', (name) => {
    expect(splitBodies(name)).toEqual([name]);
  });

  it('splits bodies named together on ",", ";" and "và"', () => {
    expect(splitBodies('Hội Liên hiệp Phụ nữ tỉnh và Tỉnh Đoàn thanh niên')).toEqual([
      'Hội Liên hiệp Phụ nữ tỉnh',
      'Tỉnh Đoàn thanh niên',
    ]);
    expect(splitBodies('Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình Bắc Kạn, Báo Bắc Kạn')).toEqual([
      'Sở Thông tin và Truyền thông',
      'Đài Phát thanh và Truyền hình Bắc Kạn',
      'Báo Bắc Kạn',
    ]);
    expect(splitBodies('Sở Y tế; Sở Tài chính')).toEqual(['Sở Y tế', 'Sở Tài chính']);
  });

  it('keeps a lower-case list of generic words with the body before it', () => {
    expect(splitBodies('Ủy ban MTTQ thành phố và các tổ chức hội, Ban, ngành, đoàn thể')).toEqual([
      'Ủy ban MTTQ thành phố',
      'các tổ chức hội, Ban, ngành, đoàn thể',
    ]);
  });
});

describe('parseHeader', () => {
  it('returns null for a numbered item that names no body', () => {
    expect(parseHeader('Chế độ báo cáo')).toBeNull();
    expect(parseHeader('Báo cáo kết quả thực hiện')).toBeNull();
    expect(parseHeader('Tổ chức thực hiện')).toBeNull();
    expect(parseHeader('Phòng, chống suy dinh dưỡng trẻ em')).toBeNull();
  });

  it('splits names from the duty at the colon', () => {
    expect(parseHeader('Phòng Tài chính - Kế hoạch: Tham mưu UBND huyện cân đối ngân sách.')).toEqual({
      names: ['Phòng Tài chính - Kế hoạch'],
      requested: false,
      inlineDuty: 'Tham mưu UBND huyện cân đối ngân sách.',
    });
  });

  it('splits names from the duty at the first lower-case verb when there is no colon', () => {
    expect(parseHeader('Báo Vĩnh Phúc, Đài Phát thanh - Truyền hình tỉnh phối hợp với Sở Y tế đăng tin.')).toEqual({
      names: ['Báo Vĩnh Phúc', 'Đài Phát thanh - Truyền hình tỉnh'],
      requested: false,
      inlineDuty: 'phối hợp với Sở Y tế đăng tin.',
    });
  });

  it('reads "Các X: A, B" as bodies sharing the head X', () => {
    expect(parseHeader('Các Bệnh viện: Đa khoa tỉnh, Sản Nhi')?.names).toEqual([
      'Bệnh viện Đa khoa tỉnh',
      'Bệnh viện Sản Nhi',
    ]);
    expect(parseHeader('Các bệnh viện: Cử cán bộ đi đào tạo')).toEqual({
      names: ['Các bệnh viện'],
      requested: false,
      inlineDuty: 'Cử cán bộ đi đào tạo',
    });
  });

  it('marks an item addressed with "Đề nghị" as requested and drops the word from the name', () => {
    const h = parseHeader('Đề nghị Hội Liên hiệp phụ nữ: Phối hợp với Trung tâm Y tế');
    expect(h?.requested).toBe(true);
    expect(h?.names).toEqual(['Hội Liên hiệp phụ nữ']);
  });
});

describe('roleOf', () => {
  it('gives "requested" precedence over what the duties say', () => {
    expect(roleOf(true, ['Chủ trì, phối hợp với Sở Y tế'])).toBe('requested');
  });

  it('reads "chủ trì" anywhere as lead, but not "đơn vị chủ trì"', () => {
    expect(roleOf(false, ['Tham mưu UBND huyện. Chủ trì, phối hợp với Trung tâm Y tế'])).toBe('lead');
    expect(roleOf(false, ['Căn cứ khả năng ngân sách cấp tỉnh, chủ trì, phối hợp với Sở Y tế'])).toBe('lead');
    expect(roleOf(false, ['Phối hợp với đơn vị chủ trì triển khai'])).toBe('coordinate');
  });

  it('reads duties that only start with "Phối hợp" as coordinate, after frames and adverbs', () => {
    expect(roleOf(false, ['Phối hợp với Sở Y tế', 'Thường xuyên phối hợp với các địa phương'])).toBe('coordinate');
    expect(roleOf(false, ['Theo chức năng, nhiệm vụ được phân công phối hợp chặt chẽ với Sở Y tế'])).toBe('coordinate');
    expect(roleOf(false, ['Căn cứ chức năng nhiệm vụ chủ động phối hợp với ngành y tế'])).toBe('coordinate');
  });

  it('reads a body whose first duty is "Phối hợp với …" as coordinating, whatever follows', () => {
    expect(roleOf(false, ['Phối hợp với Sở Y tế', 'Tăng cường ứng dụng công nghệ thông tin'])).toBe('coordinate');
  });
  it('makes the body a "Giao X chủ trì" sentence names lead, wherever it stands', () => {
    const found = givenLead(toDoc('7. Chế độ báo cáo\nGiao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổng hợp báo cáo.'));
    expect(found).toEqual([{ name: 'Sở Y tế', duty: 'Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổng hợp báo cáo.', line: 2 }]);
    expect(givenLead(toDoc('Sở Tài chính chủ trì, phối hợp với Sở Y tế'))).toEqual([]);
    // Over the lines a portal broke it into (Bình Định 1710/QĐ-UBND).
    expect(givenLead(toDoc('Điều 2. Giao Giám đốc Sở Y tế\nchủ trì, phối hợp với các Sở, ngành liên quan.')).map((g) => [g.name, g.line])).toEqual([['Giám đốc Sở Y tế', 1]]);
  });
  it('reads anything else as assigned', () => {
    expect(roleOf(false, ['Tăng cường ứng dụng công nghệ thông tin', 'Phối hợp với Sở Y tế'])).toBe('assigned');
    expect(roleOf(false, ['Chỉ đạo các cơ quan trực thuộc phối hợp với các đơn vị y tế'])).toBe('assigned');
    expect(roleOf(false, ['Căn cứ chức năng, nhiệm vụ và quyền hạn được giao có trách nhiệm lồng ghép'])).toBe('assigned');
    expect(roleOf(false, [])).toBe('assigned');
  });
});

describe('collectDuties', () => {
  const lines = (text: string) => toDoc(text).lines;

  it('takes the inline duty, bullets and paragraphs, without list marks', () => {
    expect(collectDuties('Tham mưu.', lines('- Một việc.\n\n+ Việc con.\nMột đoạn văn.'))).toEqual([
      'Tham mưu.',
      'Một việc.',
      'Việc con.',
      'Một đoạn văn.',
    ]);
  });

  it('joins a paragraph starting in lower case to the duty before it', () => {
    expect(collectDuties('', lines('- Củng cố cơ sở vật chất;\n\ncung ứng đầy đủ thuốc.\n- củng cố mạng lưới.'))).toEqual([
      'Củng cố cơ sở vật chất; cung ứng đầy đủ thuốc.',
      'củng cố mạng lưới.',
    ]);
  });
});

describe('extractAgencies on snippets', () => {
  it('finds the bodies\' part numbered "4." as a .docx\'s own numbering gives it, up to the next part in capitals', () => {
    const doc = toDoc(['3. NHIỆM VỤ VÀ GIẢI PHÁP', '1. Sở Tài chính: bố trí kinh phí.', '4. TỔ CHỨC THỰC HIỆN', '1. Sở Y tế: chủ trì, hướng dẫn triển khai.', '2. Sở Giáo dục và Đào tạo: phối hợp tuyên truyền.', '5. KINH PHÍ THỰC HIỆN', '1. Báo Bắc Kạn: đưa tin.'].join('\n'));
    expect(extractAgencies(doc, 'plan', taxonomy).agencies.map((a) => a.name)).toEqual(['Sở Y tế', 'Sở Giáo dục và Đào tạo']);
  });
  it('reads a duty the page wrapped over lines as one duty, and a heading it wrapped as one heading (Bắc Kạn 06/CT-UBND, wrapped at 80)', () => {
    const filler = Array(10).fill('Tăng cường công tác truyền thông, đa dạng các hình thức và phương tiện truyền.');
    const doc = toDoc(['II. TỔ CHỨC THỰC HIỆN', '4. Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình Bắc Kạn, Báo Bắc', 'Kạn', '- Phối hợp với Sở Y tế và các địa phương tăng cường công tác truyền thông, đa', 'dạng các hình thức và phương tiện truyền thông phù hợp.', ...filler].join('\n'));
    const found = extractAgencies(doc, 'plan', taxonomy).agencies.find((a) => a.agency === 'newspaper');
    expect([found?.name, found?.role, found?.duties[0]]).toEqual(['Báo Bắc Kạn', 'coordinate', 'Phối hợp với Sở Y tế và các địa phương tăng cường công tác truyền thông, đa dạng các hình thức và phương tiện truyền thông phù hợp.']);
  });
  const run = (text: string, docType: DocType = 'plan') => extractAgencies(toDoc(text), docType, taxonomy);

  it('counts only leaf sections under a grouping item', () => {
    const r = run(
      'IV. TỔ CHỨC THỰC HIỆN\n1. Các phòng thuộc Sở\n1.1. Phòng Nghiệp vụ Y\nTham mưu.\n1.2. Phòng Kế hoạch - Tài chính\nTham mưu.\n2. Sở Tài chính\n- Bố trí kinh phí.',
    );
    expect(r.sections).toBe(3);
    expect(r.agencies.map((a) => [a.agency, a.line])).toEqual([
      ['health_department_medical_affairs', 3],
      ['health_department_planning_finance', 5],
      ['department_of_finance', 7],
    ]);
  });

  it('keeps numbered sub-items that name no body as duties of the body', () => {
    const r = run('V. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n1.1. Chủ trì triển khai kế hoạch.\n1.2. Báo cáo kết quả.');
    expect(r.sections).toBe(1);
    expect(r.agencies[0]!.duties).toEqual(['1.1. Chủ trì triển khai kế hoạch.', '1.2. Báo cáo kết quả.']);
    expect(r.agencies[0]!.role).toBe('lead');
  });

  it('flags a body the taxonomy does not know, and keeps it', () => {
    const r = run('V. TỔ CHỨC THỰC HIỆN\n1. Sở Ngoại vụ: Vận động tài trợ.\n2. Sở Y tế: Chủ trì.');
    expect(r.agencies.map((a) => [a.name, a.agency])).toEqual([
      ['Sở Ngoại vụ', null],
      ['Sở Y tế', 'department_of_health'],
    ]);
    expect(r.flags).toEqual([{ kind: 'unknown_agency', message: expect.stringContaining('Sở Ngoại vụ'), line: 2 }]);
  });

  it('reads a plan only in its implementation part, and a directive in its body', () => {
    const text = '1. Sở Y tế\n- Chỉ đạo.\n2. Sở Tài chính\n- Bố trí kinh phí.\nYêu cầu các sở nghiêm túc thực hiện./.';
    expect(run(text, 'plan').sections).toBe(0);
    const r = run(text, 'directive');
    expect(r.sections).toBe(2);
    expect(r.agencies[1]!.duties).toEqual(['Bố trí kinh phí.']);
  });

  it('reads Markdown marks off names and duties', () => {
    const r = run('#### **V. TỔ CHỨC THỰC HIỆN**\n\n##### **1. Trung tâm Y tế**\n\n- *Tham mưu* xây dựng kế hoạch.');
    expect(r.agencies).toEqual([
      { name: 'Trung tâm Y tế', agency: 'health_centre', role: 'assigned', duties: ['Tham mưu xây dựng kế hoạch.'], line: 3 },
    ]);
  });
});

describe('data/agencies.yaml', () => {
  const match = agencyMatcher(taxonomy);

  it('classifies each entry\'s own Vietnamese name as that entry (order is specific first)', () => {
    for (const e of taxonomy) expect([e.vi, match(e.vi)]).toEqual([e.vi, e.id]);
  });

  it('has unique slugs', () => {
    const slugs = taxonomy.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('matches old-style tone marks and loose hyphens', () => {
    expect(normalizeName('Uỷ ban nhân dân xã')).toBe(normalizeName('Ủy ban nhân dân xã'));
    expect(normalizeName('Trung tâm Văn hoá')).toBe('trung tâm văn hóa');
    expect(normalizeName('hoặc')).toBe('hoặc');
    expect(match('Sở Lao động-Thương binh và Xã hội')).toBe('labour_invalids_social_affairs');
  });

  it('rejects a bad entry with a TaxonomyError naming file and line', () => {
    const bad = [
      '- id: department_of_health',
      '  slug: so-y-te',
      '  vi: Sở Y tế',
      '  en: Department of Health',
      '  group: health',
      '  phrasings: [["sở y tế"]]',
      '',
      '- id: Bad-Id',
      '  slug: bad',
      '  vi: X',
      '  en: X',
      '  group: health',
      '  phrasings: [["x"]]',
    ].join('\n');
    expect(() => parseTaxonomy(bad, 'data/agencies.yaml', AgencyEntry)).toThrow(TaxonomyError);
    try {
      parseTaxonomy(bad, 'data/agencies.yaml', AgencyEntry);
    } catch (e) {
      const err = e as TaxonomyError;
      expect([err.file, err.line]).toEqual(['data/agencies.yaml', 8]);
      expect(err.message).toMatch(/^data\/agencies\.yaml:8: field "id"/);
    }
  });

  it('rejects an entry with an unknown group', () => {
    const bad = '- id: x\n  slug: x\n  vi: X\n  en: X\n  group: ministry\n  phrasings: [["x"]]\n';
    expect(() => parseTaxonomy(bad, 'data/agencies.yaml', AgencyEntry)).toThrow(/data\/agencies\.yaml:1: field "group"/);
  });
});

describe('the signature block', () => {
  it('ends the duties even when no blank line or closing sentence comes before it', () => {
    const doc = toDoc(['V. TỔ CHỨC THỰC HIỆN', '1. UBND các xã', '- Xây dựng kế hoạch hằng năm.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A'].join('\n'));
    const r = extractAgencies(doc, 'plan', taxonomy);
    expect(r.agencies.map((a) => a.duties)).toEqual([['Xây dựng kế hoạch hằng năm.']]);
  });
});

describe('bodies plans name since the 2025 reform, and the mass organisations', () => {
  const match = agencyMatcher(taxonomy);
  it('names each, never as another', () => {
    expect(['Sở Nội vụ', 'Sở Dân tộc và Tôn giáo', 'Ban Dân tộc tỉnh', 'Sở Khoa học và Công nghệ', 'Công an tỉnh', 'Sở Tư pháp', 'Sở Nông nghiệp và Môi trường', 'Bộ Chỉ huy Quân sự tỉnh', 'Phòng Văn hóa - Xã hội', 'Hội Nông dân tỉnh', 'Hội Cựu chiến binh tỉnh', 'Hội Chữ thập đỏ tỉnh', 'Chi cục Dân số - Kế hoạch hóa gia đình', 'Hội Kế hoạch hóa gia đình tỉnh', 'Sở Văn hóa, Thể thao và Du lịch', 'Trung tâm Văn hóa, Thông tin và Thể thao huyện', 'Bệnh viện Nhi tỉnh'].map(match)).toEqual([
      'home_affairs', 'ethnic_religious_affairs', 'ethnic_religious_affairs', 'science_technology', 'police', 'justice', 'agriculture', 'armed_forces', 'commune_culture_social', 'farmers_union', 'veterans_association', 'red_cross', 'population_office', 'family_planning_association', 'culture_sports_tourism', 'culture_centre', 'obstetrics_paediatrics_hospital',
    ]);
  });
});

describe('a commune plan after the 2025 reform', () => {
  it('reads the commune\'s bodies, schools included', () => {
    const doc = toDoc(['II. TỔ CHỨC THỰC HIỆN', '1. Trạm Y tế xã: Chủ trì, tham mưu UBND xã triển khai thực hiện Kế hoạch.', '2. Phòng Văn hóa - Xã hội: Phối hợp tuyên truyền trên hệ thống loa truyền thanh.', '3. Công an xã: Phối hợp đăng ký khai sinh cho trẻ em.', '4. Trường Mầm non, Trường Tiểu học: Phối hợp cân đo trẻ.', '5. Trường hợp phát hiện trẻ suy dinh dưỡng: báo cáo Trạm Y tế.'].join('\n'));
    const r = extractAgencies(doc, 'plan', taxonomy);
    expect(r.agencies.map((a) => [a.name, a.agency, a.role])).toEqual([
      ['Trạm Y tế xã', 'commune_health_station', 'lead'],
      ['Phòng Văn hóa - Xã hội', 'commune_culture_social', 'coordinate'],
      ['Công an xã', 'police', 'coordinate'],
      ['Trường Mầm non', 'schools', 'coordinate'],
      ['Trường Tiểu học', 'schools', 'coordinate'],
    ]);
  });
});

describe('bodies under no number', () => {
  const lines = ['II. TỔ CHỨC THỰC HIỆN', 'Giao Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan tổ chức triển khai thực hiện Kế hoạch.', 'Sở Tài chính tham mưu bố trí kinh phí thực hiện.', 'Đề nghị Hội Liên hiệp Phụ nữ tỉnh phối hợp tuyên truyền.', 'UBND các huyện, thành phố, thị xã xây dựng kế hoạch triển khai tại địa phương.'];
  const read = (text: string[], docType: DocType = 'plan') => extractAgencies(toDoc(text.join('\n')), docType, taxonomy).agencies.map((a) => [a.agency, a.role]);
  it('paragraphs, bullets and lettered items that open with a body', () => {
    const expected = [['department_of_finance', 'assigned'], ['womens_union', 'requested'], ['district_peoples_committee', 'assigned'], ['department_of_health', 'lead']];
    expect(read(lines)).toEqual(expected);
    expect(read(lines.map((l, i) => (i > 1 ? `- ${l}` : l)))).toEqual(expected);
    expect(read(lines.map((l, i) => (i > 1 ? `${'abc'[i - 2]}) ${l}` : l)))).toEqual(expected);
  });
  it('not in a directive, whose paragraphs open with its own issuer', () => {
    expect(read(['Ủy ban nhân dân tỉnh yêu cầu các cấp, các ngành thực hiện tốt các nhiệm vụ sau.'], 'directive')).toEqual([]);
  });
});
