// Sources the repository does not ship, written the way editors receive them: a plan for a
// commune as plain text, another as a Word file, and one whose wording carries markup.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';

/** A commune plan as .txt; its region comes from the frontmatter (the commune is not in regions.yaml). */
export const TXT_PLAN = {
  file: 'xa-hoa-binh-2025.txt',
  id: 'xa-hoa-binh-2025',
  province: 'bac-giang',
  indicators: ['kham-thai-4-lan', 'tiem-chung-day-du-tre-duoi-1-tuoi', 'ty-suat-tu-vong-tre-duoi-5-tuoi'],
  bodies: ['tram-y-te', 'hoi-lien-hiep-phu-nu'],
  text: `---
jurisdiction: { region: lang-giang, name: "xã Hòa Bình" }
---
ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH

Số: 15/KH-UBND

Hòa Bình, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
Chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ nhỏ trên địa bàn xã Hòa Bình năm 2025

Thực hiện Kế hoạch số 68/KH-UBND ngày 25/3/2024 của UBND tỉnh Bắc Giang, UBND xã Hòa Bình xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao chất lượng chăm sóc sức khỏe bà mẹ và trẻ em trên địa bàn xã.

II. MỤC TIÊU

1. Mục tiêu chung

Giảm tử vong mẹ và tử vong trẻ em trên địa bàn xã.

2. Chỉ tiêu cụ thể đến năm 2025

- Tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần trong 3 thai kỳ đạt 92%.
- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 98%.
- Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 15‰.

III. ĐỐI TƯỢNG

Phụ nữ mang thai, bà mẹ và trẻ em dưới 5 tuổi trên địa bàn xã.

IV. NỘI DUNG HOẠT ĐỘNG

Tăng cường truyền thông, quản lý thai nghén tại thôn, bản.

V. TỔ CHỨC THỰC HIỆN

1. Trạm Y tế xã

Chủ trì, phối hợp với các ban, ngành tổ chức thực hiện Kế hoạch; quản lý thai nghén, tiêm chủng đầy đủ cho trẻ em.

2. Hội Liên hiệp Phụ nữ xã

Tuyên truyền, vận động hội viên khám thai định kỳ và nuôi con bằng sữa mẹ.

Nơi nhận:
- UBND huyện Lạng Giang;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
`,
};

/** Regions the Word plan needs, added to the copy's data/regions.yaml: a province new to the site. */
export const NEW_REGIONS = `
- id: lang-son
  vi: tỉnh Lạng Sơn
  en: Lang Son province
  short: Lạng Sơn
  level: province
  parent: viet-nam
  aliases: ["tỉnh lạng sơn"]

- id: xa-tan-thanh
  vi: xã Tân Thành
  en: Tan Thanh commune
  short: Tân Thành
  level: commune
  parent: lang-son
  aliases: ["xã tân thành"]
`;

export const DOCX_PLAN = {
  file: 'xa-tan-thanh-2025.docx',
  id: 'xa-tan-thanh-2025',
  province: 'lang-son',
  indicators: ['de-tai-co-so-y-te', 'bu-me-hoan-toan-6-thang-dau', 'suy-dinh-duong-thap-coi'],
  bodies: ['tram-y-te', 'doan-thanh-nien'],
};

/** The Word plan: headings, paragraphs, a list and a table of targets, as Word writes them. */
export async function docxPlan(): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ text });
  const h = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
  const item = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
  const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [p(c)] })) });
  const doc = new Document({
    sections: [
      {
        children: [
          p('ỦY BAN NHÂN DÂN'),
          p('XÃ TÂN THÀNH'),
          p('Số: 07/KH-UBND'),
          p('Tân Thành, ngày 2 tháng 4 năm 2025'),
          new Paragraph({ text: 'KẾ HOẠCH', heading: HeadingLevel.HEADING_1 }),
          p('Chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ nhỏ trên địa bàn xã Tân Thành, tỉnh Lạng Sơn năm 2025'),
          p('UBND xã Tân Thành xây dựng Kế hoạch chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ nhỏ năm 2025 như sau:'),
          h('I. MỤC ĐÍCH, YÊU CẦU'),
          p('Cải thiện sức khỏe bà mẹ và trẻ em trên địa bàn xã.'),
          h('II. MỤC TIÊU'),
          p('Chỉ tiêu cụ thể đến năm 2025:'),
          item('Tỷ lệ phụ nữ đẻ tại cơ sở y tế đạt trên 97%.'),
          item('Tỷ lệ trẻ được bú mẹ hoàn toàn trong 6 tháng đầu đạt 40%.'),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              row(['TT', 'Chỉ số', 'Đơn vị', 'Năm 2025']),
              row(['1', 'Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi', '%', '< 20']),
            ],
          }),
          h('III. TỔ CHỨC THỰC HIỆN'),
          p('1. Trạm Y tế xã'),
          p('Chủ trì tổ chức thực hiện Kế hoạch; theo dõi tăng trưởng trẻ dưới 5 tuổi.'),
          p('2. Đoàn Thanh niên xã'),
          p('Phối hợp tuyên truyền về nuôi con bằng sữa mẹ.'),
          p('TM. ỦY BAN NHÂN DÂN'),
          p('CHỦ TỊCH'),
          p('Hoàng Thị Lan'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Markup and links in a plan's wording: each must show as the text it is, and do nothing. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  js: '[xem thêm](javascript:alert(1))',
  jsBare: 'javascript:alert(document.domain)',
  md: '[Bộ Y tế](https://example.org/tai-lieu)',
  svg: '<svg onload=alert(1)>',
};

export const HOSTILE_PLAN = {
  file: 'xa-an-binh-2025.txt',
  id: 'xa-an-binh-2025',
  text: `---
jurisdiction: { region: lang-giang, name: "xã An Bình ${HOSTILE.script}" }
---
ỦY BAN NHÂN DÂN
XÃ AN BÌNH

Số: 09/KH-UBND

An Bình, ngày 5 tháng 5 năm 2025

KẾ HOẠCH
Chăm sóc sức khỏe bà mẹ và trẻ em xã An Bình năm 2025 ${HOSTILE.img}

UBND xã An Bình xây dựng Kế hoạch như sau ${HOSTILE.md}:

I. MỤC ĐÍCH, YÊU CẦU

Bảo đảm an toàn cho bà mẹ và trẻ em ${HOSTILE.svg}.

II. MỤC TIÊU

- Tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần trong 3 thai kỳ đạt 90% ${HOSTILE.script}.
- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95% ${HOSTILE.img}.
- Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 16‰ ${HOSTILE.js}.

III. NỘI DUNG HOẠT ĐỘNG

Truyền thông tại thôn, bản: ${HOSTILE.jsBare}

V. TỔ CHỨC THỰC HIỆN

1. Trạm Y tế xã ${HOSTILE.script}

Chủ trì thực hiện Kế hoạch ${HOSTILE.img} ${HOSTILE.js} ${HOSTILE.md}.

2. Hội Liên hiệp Phụ nữ xã

Tuyên truyền ${HOSTILE.jsBare} và ${HOSTILE.svg}.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
`,
};
