import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDoc, type Doc } from '../src/convert/document.ts';
import { ConvertError } from '../src/convert/errors.ts';
import { extractMetadata, isPersonalName, type Metadata } from '../src/convert/metadata.ts';
import { mentionsIn, placeIndex } from '../src/convert/places.ts';
import { readSource } from '../src/convert/read.ts';
import { loadTaxonomies } from '../src/taxonomy/load.ts';

const { regions } = loadTaxonomies();

function load(slug: string): Doc {
  const file = new URL(`../content/sources/${slug}.txt`, import.meta.url);
  return toDoc(readSource(new Uint8Array(readFileSync(file)), slug).text);
}
const snippet = (...lines: string[]) => toDoc(lines.join('\n'));
const meta = (doc: Doc) => extractMetadata(doc, regions);

describe('extractMetadata on the five documents', () => {
  const expected: Record<string, Metadata> = {
    'tp-bac-kan-2021-2025': {
      title:
        'Kế hoạch hành động về chăm sóc sức khỏe sinh sản, tập trung vào chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ nhỏ trên địa bàn thành phố Bắc Kạn, giai đoạn 2021 - 2025',
      docType: 'decision',
      number: null,
      issued: '2021-08',
      issuer: 'UBND thành phố Bắc Kạn',
      signer: 'Nguyễn Thị Huế',
      jurisdiction: { region: 'thanh-pho-bac-kan', level: 'city', province: 'bac-kan', name: 'thành phố Bắc Kạn', successor: 'thai-nguyen-2025' },
      period: { start: 2021, end: 2025 },
    },
    'vinh-phuc-2023-2025': {
      title: 'Kế hoạch chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ nhỏ trên địa bàn tỉnh Vĩnh Phúc giai đoạn 2023 - 2025',
      docType: 'plan',
      number: null,
      issued: null,
      issuer: 'UBND tỉnh Vĩnh Phúc',
      signer: null,
      jurisdiction: { region: 'vinh-phuc', level: 'province', province: 'vinh-phuc', name: 'tỉnh Vĩnh Phúc', successor: 'phu-tho-2025' },
      period: { start: 2023, end: 2025 },
    },
    'lang-giang-2024-2025': {
      title: 'Kế hoạch chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ nhỏ trên địa bàn huyện Lạng Giang năm 2024',
      docType: 'plan',
      number: null,
      issued: '2024-04',
      issuer: 'UBND huyện Lạng Giang',
      signer: 'Nguyễn Văn Long',
      jurisdiction: { region: 'lang-giang', level: 'district', province: 'bac-giang', name: 'huyện Lạng Giang', successor: 'bac-ninh-2025' },
      period: { start: 2024, end: 2025 },
    },
    'bac-giang-so-y-te-2024': {
      title: 'Kế hoạch triển khai công tác chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ nhỏ trên địa bàn tỉnh Bắc Giang năm 2024',
      docType: 'plan',
      number: null,
      issued: null,
      issuer: 'Sở Y tế Bắc Giang',
      signer: 'Từ Quốc Hiệu',
      jurisdiction: { region: 'bac-giang', level: 'province', province: 'bac-giang', name: 'tỉnh Bắc Giang', successor: 'bac-ninh-2025' },
      period: { start: 2024, end: 2024 },
    },
    'bac-kan-chi-thi-06-2024': {
      title:
        'Chỉ thị về tăng cường chăm sóc sức khỏe trẻ em nhằm giảm tử vong trẻ em dưới 05 tuổi trên địa bàn tỉnh Bắc Kạn',
      docType: 'directive',
      number: '06/CT-UBND',
      issued: '2024-08-09',
      issuer: 'Chủ tịch UBND tỉnh Bắc Kạn',
      signer: null,
      jurisdiction: { region: 'bac-kan', level: 'province', province: 'bac-kan', name: 'tỉnh Bắc Kạn', successor: 'thai-nguyen-2025' },
      period: null,
    },
  };
  for (const [slug, want] of Object.entries(expected)) {
    it(slug, () => expect(meta(load(slug))).toEqual(want));
  }
});

describe('number and issue date', () => {
  const plan = (...header: string[]) =>
    meta(
      snippet(
        ...header,
        'KẾ HOẠCH',
        'Chăm sóc sức khỏe bà mẹ trên địa bàn tỉnh Bắc Giang năm 2024',
        'Thực hiện Quyết định số 9/QĐ-UBND ngày 01/02/2023, UBND tỉnh ban hành Kế hoạch như sau:',
        'I. MỤC TIÊU',
      ),
    );

  it('a full date and a number in the header', () => {
    const m = plan('Số: 15/2024/KH-UBND', 'Bắc Giang, ngày 3 tháng 02 năm 2024');
    expect([m.number, m.issued]).toEqual(['15/2024/KH-UBND', '2024-02-03']);
  });

  it('numeric dates, a blank day, a blank day and month', () => {
    expect(plan('Bắc Giang, ngày 15/10/2023').issued).toBe('2023-10-15');
    expect(plan('Bắc Giang, ngày /4/2024').issued).toBe('2024-04');
    expect(plan('Bắc Giang, ngày      tháng 4 năm 2024').issued).toBe('2024-04');
    expect(plan('Bắc Giang, ngày', '', 'tháng 12 năm 2023').issued).toBe('2023-12');
    expect(plan('Bắc Giang, ngày   tháng    năm 2024').issued).toBe('2024');
  });

  it('a blank number; dates in the body are not the issue date', () => {
    const m = plan('Số:    /KH-UBND');
    expect([m.number, m.issued]).toEqual([null, null]);
  });

  it('the organ code of the number names the issuer when no sentence does', () => {
    const m = meta(snippet('Số: /KH-UBND', 'Vĩnh Phúc, ngày 02 tháng 3 năm 2023', 'KẾ HOẠCH', 'Chăm sóc trẻ em', '', 'I. MỤC TIÊU'));
    expect([m.number, m.issued, m.issuer, m.jurisdiction.region]).toEqual([null, '2023-03-02', 'UBND tỉnh Vĩnh Phúc', 'vinh-phuc']);
  });

  it('the docType comes from the number when there is no heading', () => {
    const m = meta(snippet('Số: 7/CT-UBND', 'Bắc Kạn, ngày 1/2/2024', 'Về phòng chống dịch trên địa bàn tỉnh Bắc Kạn', 'UBND tỉnh yêu cầu các sở thực hiện.'));
    expect(m.docType).toBe('directive');
    expect(m.jurisdiction.region).toBe('bac-kan');
  });
});

describe('title, issuer, jurisdiction, signer', () => {
  it('a decision that does not approve a plan keeps its own title; an issuer in capitals', () => {
    const m = meta(
      snippet(
        'QUYẾT ĐỊNH',
        'Về việc thành lập Ban chỉ đạo chăm sóc sức khỏe sinh sản',
        '',
        'SỞ Y TẾ TỈNH BẮC GIANG',
        'Căn cứ Luật Trẻ em ngày 05/4/2016;',
        'QUYẾT ĐỊNH:',
        'Điều 1. Thành lập Ban chỉ đạo.',
      ),
    );
    expect(m.title).toBe('Quyết định về việc thành lập Ban chỉ đạo chăm sóc sức khỏe sinh sản');
    expect(m.issuer).toBe('Sở Y tế tỉnh Bắc Giang');
    expect(m.jurisdiction.region).toBe('bac-giang');
  });

  it('a title in capitals is put in sentence case with place names restored', () => {
    const m = meta(snippet('KẾ HOẠCH', 'PHÒNG CHỐNG SUY DINH DƯỠNG TRÊN ĐỊA BÀN HUYỆN LẠNG GIANG NĂM 2025', 'UBND huyện ban hành Kế hoạch như sau:'));
    expect(m.title).toBe('Kế hoạch phòng chống suy dinh dưỡng trên địa bàn huyện Lạng Giang năm 2025');
    expect(m.issuer).toBe('UBND huyện Lạng Giang');
    expect(m.period).toEqual({ start: 2025, end: 2025 });
  });

  it('the jurisdiction from the frontmatter completes an issuer that names only its level', () => {
    const doc = snippet('KẾ HOẠCH', 'Chăm sóc sức khỏe bà mẹ năm 2024', 'Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:');
    const jur = { region: 'lang-giang', level: 'district' as const, province: 'bac-giang', name: 'huyện Lạng Giang' };
    const m = extractMetadata(doc, regions, { jurisdiction: jur });
    expect(m.jurisdiction).toBe(jur);
    expect(m.issuer).toBe('UBND huyện Lạng Giang');
  });

  it('no region named: a ConvertError that says to add jurisdiction to the frontmatter', () => {
    const doc = snippet('Số: 1/KH-UBND', 'ngày 1/2/2024', 'KẾ HOẠCH', 'Chăm sóc sức khỏe bà mẹ năm 2024', 'UBND tỉnh ban hành Kế hoạch:');
    let err: unknown;
    try {
      extractMetadata(doc, regions, {}, 'content/sources/no-place.txt');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConvertError);
    expect((err as ConvertError).message).toMatch(/^content\/sources\/no-place\.txt:3: cannot tell which province/);
    expect((err as ConvertError).todo).toMatch(/jurisdiction: \{region: <id>\}.*data\/regions\.yaml/);
  });

  it('names are found whatever their spelling, and the issuer level narrows the choice', () => {
    const ids = (text: string, bare = false) => mentionsIn(text, placeIndex(regions), '2024-01-01', bare).map((m) => m.named.map((n) => n.region.id));
    expect(ids('UBND thành phố Bắc Kạn, tỉnh Bắc Kạn')).toEqual([['thanh-pho-bac-kan'], ['bac-kan']]);
    expect(ids('TP. BẮC KẠN, ngày')).toEqual([['thanh-pho-bac-kan']]);
    expect(ids('UỶ BAN NHÂN DÂN TỈNH HOÀ BÌNH')).toEqual([['hoa-binh']]);
    expect(ids('Bắc Giang', true)).toEqual([['bac-giang', 'thanh-pho-bac-giang-bac-giang']]);
    const m = meta(snippet('KẾ HOẠCH', 'Chăm sóc sức khỏe tại huyện Lạng Giang, tỉnh Bắc Giang', 'UBND tỉnh ban hành Kế hoạch:'));
    expect(m.jurisdiction.region).toBe('bac-giang');
    expect(m.issuer).toBe('UBND tỉnh Bắc Giang');
  });

  it('the signer is the name under the signature block, past "(Đã ký)"', () => {
    const m = meta(
      snippet('KẾ HOẠCH', 'Chăm sóc trẻ em tỉnh Vĩnh Phúc', 'UBND tỉnh ban hành:', 'Nơi nhận:', '- Như trên;', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '(Đã ký)', '', 'Trần Văn Tâm'),
    );
    expect(m.signer).toBe('Trần Văn Tâm');
    expect(isPersonalName('Nguyễn Thị Huế')).toBe(true);
    expect(isPersonalName('Phó Chủ Tịch')).toBe(false);
    expect(isPersonalName('PHÓ CHỦ TỊCH')).toBe(false);
    expect(isPersonalName('Lưu: VT')).toBe(false);
    expect(isPersonalName('Huế')).toBe(false);
  });

  it('the organ block at the top left: issuer and jurisdiction; a name in capitals', () => {
    const m = meta(
      snippet(
        'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'HUYỆN LẠNG GIANG\tĐộc lập - Tự do - Hạnh phúc',
        'Số: 12/KH-UBND\tLạng Giang, ngày 5 tháng 4 năm 2024',
        'KẾ HOẠCH',
        'Phòng chống suy dinh dưỡng trẻ em năm 2024',
        '',
        'I. MỤC TIÊU',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'NGUYỄN VĂN LONG',
      ),
    );
    expect([m.number, m.issued, m.issuer, m.jurisdiction.region, m.signer]).toEqual([
      '12/KH-UBND',
      '2024-04-05',
      'UBND huyện Lạng Giang',
      'lang-giang',
      'Nguyễn Văn Long',
    ]);
  });

  // A header that names the superior organ first, as departments, health centres and communes write it.
  const underSuperior = (superior: string, organ: string, number: string, placeDate: string, subject: string) =>
    meta(snippet(superior, organ, `Số: ${number}`, placeDate, 'KẾ HOẠCH', subject, '', 'I. MỤC TIÊU'));

  it('a header that names the superior organ first: the last organ issues, in its superior\'s place', () => {
    const so = underSuperior('UBND TỈNH BẮC GIANG', 'SỞ Y TẾ', '15/KH-SYT', 'Bắc Giang, ngày 12 tháng 3 năm 2024', 'Chăm sóc sức khỏe bà mẹ, trẻ em năm 2024');
    expect([so.issuer, so.jurisdiction.region, so.jurisdiction.level]).toEqual(['Sở Y tế tỉnh Bắc Giang', 'bac-giang', 'province']);
    const ttyt = underSuperior('UBND HUYỆN LỤC NAM', 'TRUNG TÂM Y TẾ', '15/KH-TTYT', 'Lục Nam, ngày 12 tháng 3 năm 2024', 'Chăm sóc sức khỏe bà mẹ, trẻ em năm 2024');
    expect([ttyt.issuer, ttyt.jurisdiction.region, ttyt.jurisdiction.level]).toEqual(['Trung tâm Y tế huyện Lục Nam', 'huyen-luc-nam-bac-giang', 'district']);
    const cuc = underSuperior('BỘ Y TẾ', 'CỤC BÀ MẸ VÀ TRẺ EM', '15/KH-BMTE', 'Hà Nội, ngày 12 tháng 3 năm 2024', 'Chăm sóc sức khỏe bà mẹ, trẻ em năm 2024');
    expect([cuc.issuer.startsWith('Cục Bà mẹ'), cuc.jurisdiction.level]).toEqual([true, 'national']);
  });

  it('a commune before 1 July 2025 is read from the document, inside the district it names; never given to the district', () => {
    const xa = underSuperior('ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ', 'ỦY BAN NHÂN DÂN XÃ TÂN HIỆP', '15/KH-UBND', 'Tân Hiệp, ngày 12 tháng 3 năm 2024',
      'Thực hiện công tác chăm sóc sức khỏe bà mẹ, trẻ em trên địa bàn xã Tân Hiệp năm 2024');
    expect(xa.issuer).toBe('UBND xã Tân Hiệp');
    expect(xa.jurisdiction).toEqual({
      province: 'bac-giang', level: 'commune', name: 'xã Tân Hiệp', region: 'xa-tan-hiep-huyen-yen-the-bac-giang', successor: 'bac-ninh-2025',
      unit: { vi: 'xã Tân Hiệp', en: 'Tan Hiep commune', short: 'Tân Hiệp', parent: 'huyen-yen-the-bac-giang' },
    });
    // The title may open like the body ("Thực hiện …"); the period comes from it.
    expect([xa.title, xa.period]).toEqual(['Kế hoạch thực hiện công tác chăm sóc sức khỏe bà mẹ, trẻ em trên địa bàn xã Tân Hiệp năm 2024', { start: 2024, end: 2024 }]);
    const tt = meta(snippet('ỦY BAN NHÂN DÂN', 'THỊ TRẤN VÔI', 'Số: 3/KH-UBND', 'Vôi, ngày 2 tháng 3 năm 2023', 'KẾ HOẠCH',
      'Chăm sóc sức khỏe bà mẹ, trẻ em trên địa bàn thị trấn Vôi, huyện Lạng Giang năm 2023', '', 'I. MỤC TIÊU'));
    expect([tt.issuer, tt.jurisdiction.region, tt.jurisdiction.unit?.parent]).toEqual(['UBND thị trấn Vôi', 'thi-tran-voi-lang-giang', 'lang-giang']);
    // After the reform the gazetteer's commune is the unit.
    const after = meta(snippet('ỦY BAN NHÂN DÂN', 'XÃ LẠNG GIANG', 'Số: 3/KH-UBND', 'Lạng Giang, ngày 2 tháng 9 năm 2025', 'KẾ HOẠCH', 'Chăm sóc sức khỏe bà mẹ, trẻ em năm 2026', '', 'I. MỤC TIÊU'));
    expect([after.jurisdiction.region, after.jurisdiction.unit]).toEqual(['xa-lang-giang', undefined]);
    // No district or province that holds it: a precise error, not a guess.
    const lone = snippet('ỦY BAN NHÂN DÂN', 'XÃ TÂN AN', 'Số: 3/KH-UBND', 'Tân An, ngày 2 tháng 3 năm 2023', 'KẾ HOẠCH', 'Chăm sóc sức khỏe bà mẹ, trẻ em năm 2023', '', 'I. MỤC TIÊU');
    expect(() => meta(lone)).toThrow(/issued by xã Tân An before 1 July 2025.*no one district or province/);
  });

  it('a body sentence under the heading is not the title', () => {
    const m = underSuperior('ỦY BAN NHÂN DÂN', 'HUYỆN YÊN THẾ', '15/KH-UBND', 'Yên Thế, ngày 12 tháng 3 năm 2024',
      'Thực hiện Quyết định số 1493/QĐ-TTg ngày 10/9/2021 của Thủ tướng Chính phủ, UBND huyện ban hành Kế hoạch như sau:');
    expect(m.title).toBe('Kế hoạch 15/KH-UBND');
  });

  it('period: a "Thời gian thực hiện" line wins over the title', () => {
    const m = meta(
      snippet('KẾ HOẠCH', 'Chăm sóc sức khỏe bà mẹ tỉnh Vĩnh Phúc năm 2024', 'UBND tỉnh ban hành:', 'I. MỤC TIÊU', '2. Thời gian thực hiện:', '', 'Từ năm 2024 đến năm 2026.'),
    );
    expect(m.period).toEqual({ start: 2024, end: 2026 });
  });

  it('period: a year after the period of the programme a title names is the plan\'s own; a vision is none', () => {
    const period = (title: string) => meta(snippet('KẾ HOẠCH', title, 'UBND tỉnh Vĩnh Phúc ban hành:', 'I. MỤC TIÊU')).period;
    expect(period('Triển khai Đề án kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2016-2025 năm 2021')).toEqual({ start: 2021, end: 2021 });
    expect(period('Thực hiện Chiến lược quốc gia về dinh dưỡng giai đoạn 2021-2030, tầm nhìn đến năm 2045')).toEqual({ start: 2021, end: 2030 });
    expect(period('Triển khai công tác dân số năm 2021 và giai đoạn 2021-2025')).toEqual({ start: 2021, end: 2025 });
  });
});

describe('portal pages: what stands above or instead of the header', () => {
  const real = (prefix: string) => {
    const dir = new URL('./fixtures/realworld/', import.meta.url);
    const name = readdirSync(dir).find((n) => n.startsWith(prefix))!;
    return meta(toDoc(readSource(new Uint8Array(readFileSync(new URL(name, dir))), name).text));
  };
  it('a list of related documents above the header is passed over; a bare place line names the province, not its capital city', () => {
    const m = real('40_');
    expect([m.number, m.issued, m.docType, m.jurisdiction.region, m.title]).toEqual(['91/KH-UBND', '2021-06-17', 'plan', 'quang-ngai', 'Kế hoạch 91/KH-UBND']);
  });
  it('an organ block without its place gives way to the one under it that names it', () => {
    expect(real('41_').jurisdiction.region).toBe('hau-giang');
  });
  it('a plan issued with a decision takes the decision\'s number, date and issuer', () => {
    const m = real('49_');
    expect([m.number, m.issued, m.docType, m.jurisdiction.level, m.title]).toEqual([
      '1294/QĐ-BYT', '2022-05-19', 'plan', 'national', 'Kế hoạch hành động thực hiện Chiến lược Quốc gia về dinh dưỡng đến năm 2025',
    ]);
  });
  it('a portal title over the document is not its heading', () => {
    const m = real('53_');
    expect([m.number, m.issued, m.docType, m.jurisdiction.level]).toEqual(['2324/QĐ-BYT', '2020-06-05', 'decision', 'national']);
  });
  it('a ministry\'s letter whose page starts at "Kính gửi" is an official letter of the national level: "…; Bộ Y tế hướng dẫn … như sau:"', () => {
    const m = real('58_');
    expect([m.number, m.issued, m.docType, m.jurisdiction.level, m.issuer]).toEqual([null, null, 'official_letter', 'national', 'Bộ Y tế']);
  });
  it('a portal\'s attribute table ("Cơ quan ban hành: | Tổng cục Dân số - Kế hoạch hóa gia đình |") gives the issuer and the national level', () => {
    const m = real('71_');
    expect([m.number, m.issued, m.docType, m.jurisdiction.level, m.issuer]).toEqual(['254/TCDS-KHTC', '2012-05-17', 'official_letter', 'national', 'Tổng cục Dân số - Kế hoạch hóa gia đình']);
  });
  it('"… của Bộ Y tế hướng dẫn …" cites another document: the province that issues is not the ministry', () => {
    const m = meta(snippet('KẾ HOẠCH', 'Chăm sóc sức khỏe bà mẹ', 'Căn cứ Công văn số 123/BYT-BM ngày 01/02/2020 của Bộ Y tế hướng dẫn thực hiện;', 'UBND tỉnh Vĩnh Phúc ban hành Kế hoạch như sau:'));
    expect(m.jurisdiction.level).toBe('province');
  });
  it('the organ block that names its unit is the issuer, not a sentence that names it loosely or names another body', () => {
    // "… của Ủy ban nhân dân tỉnh về thực hiện …" (An Giang); "… của Bộ trưởng Bộ Y tế ban hành …" (Hà Nội).
    expect([real('12_').issuer, real('32_').issuer, real('31_').issuer]).toEqual(['UBND tỉnh An Giang', 'UBND thành phố Hà Nội', 'UBND tỉnh Lạng Sơn']);
  });
  it('"PHÒNG" that ends a place\'s name is no organ ("THÀNH PHỐ HẢI PHÒNG"); a banner field glued to the last value is a field of its own', () => {
    expect(real('69_').issuer).toBe('UBND thành phố Hải Phòng');
    expect(real('73_').issuer).toBe('UBND TP. Hà Nội');
  });
  it('the banner\'s signer stands in for a signature the excerpt cuts off; "đến năm 2030" runs from the year of issue', () => {
    const m = real('39_');
    expect([m.signer, m.period]).toEqual(['Phan Thanh Duy', { start: 2022, end: 2030 }]);
  });
  it('a number whose type code contradicts the heading gives way to the banner\'s, which agrees with it', () => {
    // "Số: 09/QĐ-UBND" over "KẾ HOẠCH"; the portal's banner: "Số hiệu: 09/KH-UBND".
    expect([real('39_').number, real('39_').docType]).toEqual(['09/KH-UBND', 'plan']);
  });
  it('a text with no title takes its title and period from the sentence that issues the plan, or its Article 1', () => {
    // "UBND tỉnh ban hành Kế hoạch … giai đoạn 2018 - 2020 như sau:" (Đồng Nai); "Điều 1. Ban hành Kế hoạch … đến năm 2015
    // (sau đây viết tắt là Kế hoạch) với những nội dung sau:" (Đà Nẵng); "… (Kế hoạch), cụ thể như sau:" (Kon Tum).
    expect([real('85_').title, real('85_').period]).toEqual(['Kế hoạch thực hiện công tác dinh dưỡng trong tình hình mới trên địa bàn tỉnh giai đoạn 2018 - 2020', { start: 2018, end: 2020 }]);
    expect([real('84_').title, real('84_').period]).toEqual(['Kế hoạch thực hiện Chiến lược quốc gia về dinh dưỡng tại thành phố Đà Nẵng đến năm 2015', { start: 2014, end: 2015 }]);
    expect(real('08_').title).toMatch(/tỉnh Kon Tum đến năm 2025$/);
    // A plan it cites is no name of its own, nor is "ban hành Kế hoạch triển khai thực hiện với các nội dung như sau".
    const m = meta(snippet('Số: 12/KH-UBND', 'Thực hiện Kế hoạch số 68/KH-UBND ngày 25/3/2024 của UBND tỉnh Bắc Giang, UBND tỉnh ban hành Kế hoạch triển khai thực hiện với các nội dung như sau:'));
    expect([m.title, m.period]).toEqual(['Kế hoạch 12/KH-UBND', null]);
  });
  it('the year of a date the title cites is no period ("… NGHỊ QUYẾT SỐ 05/NQ-CP NGÀY 13 THÁNG 01 NĂM 2014 …", Sơn La)', () => {
    expect(real('80_').period).toBeNull();
    expect(meta(snippet('ỦY BAN NHÂN DÂN', 'TỈNH VĨNH PHÚC', 'KẾ HOẠCH', 'Chăm sóc sức khỏe bà mẹ, trẻ em năm 2024')).period).toEqual({ start: 2024, end: 2024 });
  });
  it('a scan\'s text layer that lost tone marks and the comma still dates the document ("Hà nội ngày 09 thang 01 nam 2015", Bộ Y tế 01/CT-BYT)', () => {
    expect(real('17_').issued).toBe('2015-01-09');
  });
  it('a body that "đã ban hành" an earlier plan is named without "đã", and that sentence is no title (Ninh Bình 197/KH-UBND, 2021)', () => {
    const m = real('97_');
    expect([m.issuer, m.title, m.period]).toEqual(['UBND tỉnh Ninh Bình', 'Kế hoạch 197/KH-UBND', null]);
  });
  it('a district health centre issues under its own header; an abbreviation keeps its capitals', () => {
    const m = meta(snippet('TRUNG TÂM Y TẾ HUYỆN CHÂU THÀNH', 'Số: 12/KH-TTYT', 'Châu Thành, ngày 1 tháng 2 năm 2024', 'KẾ HOẠCH', 'Tiêm chủng mở rộng năm 2024',
      'Căn cứ Kế hoạch số 5/KH-SYT của Sở Y tế tỉnh Tây Ninh;'));
    expect([m.issuer, m.jurisdiction.level, m.jurisdiction.province]).toEqual(['Trung tâm Y tế huyện Châu Thành', 'district', 'tay-ninh']);
    expect(meta(snippet('SỞ Y TẾ TỈNH ĐỒNG THÁP', 'CHI CỤC DÂN SỐ - KHHGĐ', 'Số: 9/KH-CCDS', 'Đồng Tháp, ngày 3 tháng 4 năm 2023', 'KẾ HOẠCH', 'Công tác dân số năm 2023')).issuer)
      .toBe('Chi cục Dân số - KHHGĐ tỉnh Đồng Tháp');
  });
});


describe('articles of a decision or a resolution', () => {
  it('a resolution\'s title ends where its first article starts', () => {
    const m = meta(snippet('HỘI ĐỒNG NHÂN DÂN', 'TỈNH QUẢNG NGÃI', 'Số: 15/2023/NQ-HĐND', 'Quảng Ngãi, ngày 20 tháng 7 năm 2023', 'NGHỊ QUYẾT', 'Về công tác dân số tỉnh Quảng Ngãi giai đoạn 2023-2030', 'Điều 1. Mục tiêu', '- Tổng tỷ suất sinh đạt 2,1 con vào năm 2030.'));
    expect([m.title, m.period]).toEqual(['Nghị quyết về công tác dân số tỉnh Quảng Ngãi giai đoạn 2023-2030', { start: 2023, end: 2030 }]);
  });
  it('a decision with no subject line takes the title of what its first article issues (Bộ Y tế 3781/QĐ-BYT, 2020)', () => {
    const dir = new URL('./fixtures/realworld/', import.meta.url);
    const name = readdirSync(dir).find((n) => n.startsWith('34_'))!;
    const m = meta(toDoc(readFileSync(new URL(name, dir), 'utf8')));
    expect([m.title, m.period]).toEqual([
      'Kế hoạch hành động quốc gia về chăm sóc sức khỏe sinh sản, sức khỏe tình dục cho vị thành niên, thanh niên giai đoạn 2020-2025',
      { start: 2020, end: 2025 },
    ]);
    expect(meta(snippet('ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN', 'Số: 10/QĐ-UBND', 'Lạng Sơn, ngày 2 tháng 1 năm 2022', 'QUYẾT ĐỊNH', 'Điều 1. Phê duyệt Kế hoạch chăm sóc sức khỏe bà mẹ, trẻ em tỉnh Lạng Sơn giai đoạn 2022-2025 với các nội dung sau:')).title)
      .toBe('Kế hoạch chăm sóc sức khỏe bà mẹ, trẻ em tỉnh Lạng Sơn giai đoạn 2022-2025');
    // Its heading and subject dropped by the portal, the article under the preamble names it (Bình Định 1966/QĐ-UBND, 2020).
    const m77 = meta(toDoc(readFileSync(new URL(readdirSync(dir).find((n) => n.startsWith('77_'))!, dir), 'utf8')));
    expect([m77.title, m77.period]).toEqual(['Kế hoạch hành động giai đoạn 2020 - 2025 của tỉnh Bình Định thực hiện Chiến lược Dân số Việt Nam đến năm 2030', { start: 2020, end: 2025 }]);
  });
});

describe('a portal page whose menus and fields come before the header (Bộ Y tế 2780/QĐ-BYT, 2025)', () => {
  it('finds the heading counted from the motto, not from the top of the page', () => {
    const dir = new URL('./fixtures/realworld/', import.meta.url);
    const name = readdirSync(dir).find((n) => n.startsWith('35_'))!;
    const m = meta(toDoc(readFileSync(new URL(name, dir), 'utf8')));
    expect([m.title, m.docType, m.period]).toEqual(['Quyết định ban hành kế hoạch tiêm chủng mở rộng giai đoạn 03 năm (2026-2028)', 'decision', { start: 2026, end: 2028 }]);
  });
});

describe('titles the portals cut or spread out', () => {
  const fixture = (prefix: string) => {
    const dir = new URL('./fixtures/realworld/', import.meta.url);
    return meta(toDoc(readFileSync(new URL(readdirSync(dir).find((n) => n.startsWith(prefix))!, dir), 'utf8')));
  };
  it('type words alone, a blank line, then the subject in capitals (Kiên Giang 186/KH-UBND, 2021)', () => {
    const m = fixture('59_');
    expect([m.title, m.period]).toEqual(['Kế hoạch hành động thực hiện chiến lược dân số Việt Nam đến năm 2030 của tỉnh Kiên Giang giai đoạn 2021 - 2025', { start: 2021, end: 2025 }]);
  });
  it('a subject whose heading the portal dropped is named for the type its number gives (Cần Thơ 74/KH-UBND, 2018)', () => {
    expect(fixture('04_').title).toBe('Kế hoạch hành động của thành phố Cần Thơ về dinh dưỡng đến năm 2020');
    // An unnumbered part heading under it is no part of it (Lào Cai 118/KH-UBND, 2020).
    expect(fixture('25_').title).toBe('Kế hoạch hành động giai đoạn 2020-2025 của tỉnh Lào Cai thực hiện chiến lược dân số Việt Nam đến năm 2030');
    // A letter's subject keeps its "Về việc".
    expect(fixture('16_').title).toBe('Về việc định hướng thực hiện công tác dân số năm 2023');
  });
});

// https://hethongphapluat.vn/ke-hoach-1711-kh-ubnd-nam-2024-thuc-hien-noi-dung-cai-thien-dinh-duong-nam-2025-thuoc-chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung-tren-dia-ban-tinh-gia-lai-giai-doan-2021-2025.html
describe("a portal's list of related documents (hethongphapluat.vn, KH 1711/KH-UBND of Gia Lai, 2024)", () => {
  const list = [
    '- 1Quyết định 1327/QĐ-BYT năm 2014 hướng dẫn chẩn đoán, điều trị bệnh Sởi do Bộ trưởng Bộ Y tế ban hành',
    '- 2Quyết định 4487/QĐ-BYT năm 2016 Hướng dẫn chẩn đoán và điều trị bệnh suy dinh dưỡng cấp tính ở trẻ em từ 0 đến 72 tháng tuổi do Bộ trưởng Bộ Y tế ban hành',
    '- 3Thông tư 23/2017/TT-BYT hướng dẫn việc lập hồ sơ theo dõi sức khỏe, khám sức khỏe định kỳ theo độ tuổi cho trẻ em do Bộ trưởng Bộ Y tế ban hành',
  ];
  it('alone, is refused as what it is, citing its first line: never a record of the Ministry of Health', () => {
    expect(() => meta(snippet(...list))).toThrow(ConvertError);
    expect(() => meta(snippet(...list))).toThrow(/:1: the text is a portal's list of related documents/);
  });
  it('above the document, names nothing of it', () => {
    const m = meta(snippet(...list, 'ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI', 'Số: 1711/KH-UBND', 'Gia Lai, ngày 10 tháng 6 năm 2024', 'KẾ HOẠCH', 'Triển khai Chương trình cải thiện dinh dưỡng trẻ em giai đoạn 2024-2025'));
    expect([m.number, m.issued, m.docType, m.jurisdiction.region, m.title]).toEqual(['1711/KH-UBND', '2024-06-10', 'plan', 'gia-lai', 'Kế hoạch triển khai Chương trình cải thiện dinh dưỡng trẻ em giai đoạn 2024-2025']);
  });
});

describe('a header and title as a narrower page breaks them (tests/layouts.test.ts wraps every fixture)', () => {
  it('the decision that issues a plan, in brackets after the title on its line (Bộ Y tế 1294/QĐ-BYT, 2022)', () => {
    const m = meta(snippet('KẾ HOẠCH HÀNH ĐỘNG', 'Thực hiện Chiến lược Quốc gia về dinh dưỡng đến năm 2025 (Ban hành kèm theo Quyết định số1294 /QĐ-BYT ngày19 tháng 5 năm 2022 của Bộ trưởng Bộ Y tế) I.', 'SỰ CẦN THIẾT XÂY DỰNG KẾ HOẠCH HÀNH ĐỘNG'));
    expect([m.title, m.number, m.issued, m.issuer, m.jurisdiction.level]).toEqual(['Kế hoạch hành động thực hiện Chiến lược Quốc gia về dinh dưỡng đến năm 2025', '1294/QĐ-BYT', '2022-05-19', 'Bộ trưởng Bộ Y tế', 'national']);
  });
  it("the portal's banner after its page title, on one line (Cao Bằng 309/KH-UBND, 2018)", () => {
    const m = meta(snippet('Kế hoạch 309/KH-UBND năm 2018 thực hiện Đề án tỉnh Cao Bằng Số hiệu: 309/KH-UBND Loại văn bản: Văn bản khác Nơi ban hành: Tỉnh Cao Bằng Người ký: Trịnh Hữu Khang Ngày ban hành: 08/02/2018', 'ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG', 'S: 309/KH-UBND', 'KẾ HOẠCH', 'Thực hiện Đề án chăm sóc sức khỏe người cao tuổi giai đoạn 2018 - 2025'));
    expect([m.number, m.issued, m.signer]).toEqual(['309/KH-UBND', '2018-02-08', 'Trịnh Hữu Khang']);
  });
  it('a first article and the sentence that issues the plan, over several lines (Sơn La 57/QĐ-UBND, Lạng Sơn 106/KH-UBND)', () => {
    const article = meta(snippet('ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA', 'Số: 57/QĐ-UBND', 'Sơn La, ngày 12 tháng 01 năm 2016', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai', 'thực hiện Chiến lược Quốc gia về dinh dưỡng giai đoạn 2016 -', '2020 và đến năm 2030 của tỉnh Sơn La.', 'Điều 2. Sở Y tế chủ trì.'));
    expect([article.title, article.period]).toEqual(['Kế hoạch triển khai thực hiện Chiến lược Quốc gia về dinh dưỡng giai đoạn 2016 - 2020 và đến năm 2030 của tỉnh Sơn La', { start: 2016, end: 2020 }]);
    const sentence = meta(snippet('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', 'Số: 106/KH-UBND | Lạng Sơn, ngày 04 tháng 5 năm 2022 |', 'Thực hiện Quyết định số 468/QĐ-TTg ngày 23/3/2016 của Thủ', 'tướng Chính phủ, UBND tỉnh', 'ban hành Kế hoạch thực hiện Đề án Kiểm soát mất cân bằng', 'giới tính khi sinh giai đoạn 2022 - 2025 trên địa bàn tỉnh', 'Lạng Sơn (sau đây gọi tắt là Đề án) như sau:', '1. Mục đích'));
    expect([sentence.title, sentence.period]).toEqual(['Kế hoạch thực hiện Đề án Kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2022 - 2025 trên địa bàn tỉnh Lạng Sơn', { start: 2022, end: 2025 }]);
  });
  it('a title in capitals over six lines, one that goes on with a body\'s name, and "SỐ" starting one of them', () => {
    const m = meta(snippet('ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI', 'Số: 1299/KH-UBND', 'Gia Lai, ngày 18 tháng 06 năm 2018', 'KẾ HOẠCH', 'THỰC', 'HIỆN CHỈ THỊ SỐ 46/CT-TTG NGÀY 21/12/2017 CỦA THỦ TƯỚNG', 'CHÍNH PHỦ VỀ TĂNG CƯỜNG', 'CÔNG TÁC DINH DƯỠNG TRONG TÌNH HÌNH MỚI TRÊN ĐỊA BÀN TỈNH', 'GIA LAI GIAI ĐOẠN 2018 - 2020 VÀ DÂN', 'SỐ VIỆT NAM', 'UBND tỉnh Gia Lai xây dựng Kế hoạch như sau:'));
    expect([m.title, m.issuer, m.period]).toEqual(['Kế hoạch thực hiện chỉ thị số 46/CT-TTg ngày 21/12/2017 của Thủ tướng Chính phủ về tăng cường công tác dinh dưỡng trong tình hình mới trên địa bàn tỉnh Gia Lai giai đoạn 2018 - 2020 và dân số Việt Nam', 'UBND tỉnh Gia Lai', { start: 2018, end: 2020 }]);
  });
  it("the date's year broken off, and a ministry's clause broken before its verb (Bộ Y tế 01/CT-BYT, 756/BYT-TCDS)", () => {
    const date = meta(snippet('BỘ Y TẾ', 'Số: 01/CT-BYT Hà nội ngày 09 thang 01 nam', '2015', 'CHỈ THỊ', 'Về việc tăng cường chăm sóc sức khỏe bà mẹ và trẻ sơ sinh'));
    expect(date.issued).toBe('2015-01-09');
    const letter = meta(snippet('Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.', 'Để triển khai các chỉ tiêu về công tác dân số được Chính phủ giao; Bộ Y tế', 'hướng dẫn thực hiện kế hoạch công tác dân số năm 2022 như sau:'));
    expect([letter.issuer, letter.jurisdiction.level]).toEqual(['Bộ Y tế', 'national']);
  });
  it('a period "đến 2025" without "năm" (Tuyên Quang 48/KH-UBND, 2018)', () => {
    const m = meta(snippet('ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG', 'Số: 48/KH-UBND', 'Tuyên Quang, ngày 21 tháng 5 năm 2018', 'KẾ HOẠCH', 'THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ DINH DƯỠNG TỈNH TUYÊN QUANG ĐẾN 2025,', 'ĐỊNH HƯỚNG ĐẾN NĂM 2030'));
    expect(m.period).toEqual({ start: 2018, end: 2025 });
  });
  it('the number line in capitals or small letters ("SỐ: 256/KH-UBND", "số: …"), never "SỐ VIỆT NAM" or a page\'s "Số trang"', () => {
    for (const word of ['SỐ', 'số', 'Số']) {
      const m = meta(snippet('ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH', `${word}: 256/KH-UBND`, 'Quảng Ninh, ngày 05 tháng 11 năm 2024', 'KẾ HOẠCH', 'Thực hiện công tác dân số'));
      expect([m.number, m.docType], word).toEqual(['256/KH-UBND', 'plan']);
    }
    expect(meta(snippet('Số trang: 16', 'ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH', 'Quảng Ninh, ngày 05 tháng 11 năm 2024', 'KẾ HOẠCH', 'Thực hiện')).number).toBeNull();
  });
  it('a title broken before a body\'s name after a word it cannot end on ("… giải quyết của" / "SỞ Y TẾ TỈNH HÀ TĨNH")', () => {
    const m = meta(snippet('ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH', 'Số: 1281/QĐ-UBND', 'Hà Tĩnh, ngày 13 tháng 5 năm 2014', 'QUYẾT ĐỊNH', 'VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA', 'SỞ Y TẾ TỈNH HÀ TĨNH', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'Căn cứ Luật Tổ chức chính quyền;'));
    expect([m.title, m.issuer]).toEqual(['Quyết định về việc công bố thủ tục hành chính thuộc thẩm quyền giải quyết của sở y tế tỉnh Hà Tĩnh', 'Chủ tịch UBND tỉnh Hà Tĩnh']);
  });
  it('a period "giai đoạn 2021 đến 2025" or "giai đoạn (2016 - 2020)", also in a first article', () => {
    const plan = meta(snippet('ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NAM', 'Số: 5729/KH-UBND', 'Quảng Nam, ngày 29 tháng 8 năm 2022', 'KẾ HOẠCH', 'Thực hiện Chiến lược Quốc gia về dinh dưỡng giai đoạn 2021 đến 2030'));
    expect(plan.period).toEqual({ start: 2021, end: 2030 });
    const decision = meta(snippet('ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA', 'Số: 57/QĐ-UBND', 'Sơn La, ngày 12 tháng 01 năm 2016', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Chiến lược Quốc gia về dinh dưỡng giai đoạn (2016 - 2020) của tỉnh Sơn La.'));
    expect([decision.title, decision.period]).toEqual(['Kế hoạch triển khai Chiến lược Quốc gia về dinh dưỡng giai đoạn (2016 - 2020) của tỉnh Sơn La', { start: 2016, end: 2020 }]);
  });
  it('a first article written "Điều 1 -" or "ĐIỀU 1.", and grounds marked as items ("- Căn cứ …")', () => {
    for (const article of ['Điều 1 - Ban hành', 'ĐIỀU 1. Ban hành']) {
      const m = meta(snippet('ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA', 'Số: 57/QĐ-UBND', 'Sơn La, ngày 12 tháng 01 năm 2016', '- Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;', '- Căn cứ Quyết định số 226/QĐ-TTg ngày 22/02/2012 phê duyệt Chiến lược giai đoạn 2011 - 2020;', 'QUYẾT ĐỊNH:', `${article} kèm theo Quyết định này Kế hoạch triển khai Chiến lược Quốc gia về dinh dưỡng giai đoạn 2016 - 2020 của tỉnh Sơn La.`));
      expect([m.title, m.period], article).toEqual(['Kế hoạch triển khai Chiến lược Quốc gia về dinh dưỡng giai đoạn 2016 - 2020 của tỉnh Sơn La', { start: 2016, end: 2020 }]);
    }
  });
  it("the portal's list of related documents with its items wrapped", () => {
    const m = meta(snippet('- 1Luật Bình đẳng giới 2006', '- 3Quyết định 468/QĐ-TTg năm 2016 phê duyệt Đề án Kiểm soát', 'mất cân bằng giới tính khi sinh, giai đoạn 2016-2025 do Thủ', 'tướng Chính phủ ban hành', 'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', 'Số: 106/KH-UBND | Lạng Sơn, ngày 04 tháng 5 năm 2022 |', 'UBND tỉnh ban hành Kế hoạch thực hiện Đề án Kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2022 - 2025 như sau:'));
    expect([m.number, m.jurisdiction.region, m.period]).toEqual(['106/KH-UBND', 'lang-son', { start: 2022, end: 2025 }]);
  });
});
