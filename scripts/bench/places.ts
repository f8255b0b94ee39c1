// Real Vietnamese provinces with some of their provincial cities and rural districts (as they
// were before the 1 July 2025 reform), for the synthetic corpora of the benchmark. The five
// centrally-run cities are left out: the templates say "tỉnh", and their districts are "quận".
// Each line: province | merged into (2025, blank when it kept its name) | cities | districts.
const TABLE = `
An Giang | | Long Xuyên, Châu Đốc | An Phú, Châu Phú, Chợ Mới, Thoại Sơn, Tri Tôn, Tịnh Biên
Bà Rịa - Vũng Tàu | Hồ Chí Minh | Vũng Tàu, Bà Rịa | Châu Đức, Xuyên Mộc, Long Điền, Đất Đỏ, Côn Đảo
Bắc Giang | Bắc Ninh | Bắc Giang | Yên Thế, Tân Yên, Lục Nam, Lục Ngạn, Sơn Động, Hiệp Hòa, Yên Dũng
Bắc Kạn | Thái Nguyên | | Ba Bể, Pác Nặm, Ngân Sơn, Bạch Thông, Chợ Đồn, Na Rì
Bạc Liêu | Cà Mau | Bạc Liêu | Hồng Dân, Phước Long, Vĩnh Lợi, Đông Hải
Bắc Ninh | | Bắc Ninh | Yên Phong, Quế Võ, Tiên Du, Thuận Thành, Gia Bình, Lương Tài
Bến Tre | Vĩnh Long | Bến Tre | Chợ Lách, Mỏ Cày Nam, Giồng Trôm, Bình Đại, Ba Tri, Thạnh Phú
Bình Định | Gia Lai | Quy Nhơn | Tuy Phước, Phù Cát, Phù Mỹ, Hoài Ân, Tây Sơn, Vĩnh Thạnh, Vân Canh
Bình Dương | Hồ Chí Minh | Thủ Dầu Một | Bàu Bàng, Dầu Tiếng, Bắc Tân Uyên, Phú Giáo
Bình Phước | Đồng Nai | Đồng Xoài | Bù Đăng, Bù Đốp, Bù Gia Mập, Đồng Phú, Hớn Quản, Lộc Ninh
Bình Thuận | Lâm Đồng | Phan Thiết | Tuy Phong, Bắc Bình, Hàm Thuận Bắc, Hàm Thuận Nam, Tánh Linh, Đức Linh, Phú Quý
Cà Mau | | Cà Mau | U Minh, Thới Bình, Trần Văn Thời, Cái Nước, Đầm Dơi, Năm Căn, Ngọc Hiển
Cao Bằng | | Cao Bằng | Bảo Lạc, Hà Quảng, Trùng Khánh, Hạ Lang, Quảng Hòa, Hòa An, Nguyên Bình, Thạch An
Đắk Lắk | | Buôn Ma Thuột | Ea H'leo, Ea Súp, Krông Năng, Krông Búk, Cư M'gar, Krông Pắc, M'Đrắk
Đắk Nông | Lâm Đồng | Gia Nghĩa | Cư Jút, Đắk Mil, Krông Nô, Đắk Song, Đắk R'lấp, Đắk Glong, Tuy Đức
Điện Biên | | Điện Biên Phủ | Mường Nhé, Mường Chà, Tủa Chùa, Tuần Giáo, Mường Ảng, Nậm Pồ
Đồng Nai | | Biên Hòa, Long Khánh | Vĩnh Cửu, Định Quán, Trảng Bom, Thống Nhất, Cẩm Mỹ, Long Thành, Xuân Lộc, Nhơn Trạch
Đồng Tháp | | Cao Lãnh, Sa Đéc, Hồng Ngự | Tân Hồng, Tam Nông, Thanh Bình, Tháp Mười, Lấp Vò, Lai Vung
Gia Lai | | Pleiku | Kbang, Đak Đoa, Chư Păh, Ia Grai, Mang Yang, Kông Chro, Đức Cơ, Chư Prông, Chư Sê, Krông Pa, Phú Thiện
Hà Giang | Tuyên Quang | Hà Giang | Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ, Vị Xuyên, Bắc Mê, Hoàng Su Phì, Xín Mần, Bắc Quang
Hà Nam | Ninh Bình | Phủ Lý | Kim Bảng, Thanh Liêm, Bình Lục, Lý Nhân
Hà Tĩnh | | Hà Tĩnh | Hương Sơn, Đức Thọ, Vũ Quang, Nghi Xuân, Can Lộc, Hương Khê, Thạch Hà, Cẩm Xuyên, Lộc Hà
Hải Dương | Hải Phòng | Hải Dương, Chí Linh | Nam Sách, Kim Thành, Thanh Hà, Cẩm Giàng, Bình Giang, Gia Lộc, Tứ Kỳ, Ninh Giang, Thanh Miện
Hậu Giang | Cần Thơ | Vị Thanh, Ngã Bảy | Phụng Hiệp, Vị Thủy
Hòa Bình | Phú Thọ | Hòa Bình | Đà Bắc, Lương Sơn, Kim Bôi, Cao Phong, Tân Lạc, Mai Châu, Lạc Sơn, Yên Thủy, Lạc Thủy
Hưng Yên | | Hưng Yên | Văn Lâm, Văn Giang, Yên Mỹ, Ân Thi, Khoái Châu, Kim Động, Tiên Lữ, Phù Cừ
Khánh Hòa | | Nha Trang, Cam Ranh | Cam Lâm, Vạn Ninh, Diên Khánh, Khánh Vĩnh, Khánh Sơn
Kiên Giang | An Giang | Rạch Giá, Hà Tiên, Phú Quốc | Kiên Lương, Hòn Đất, Tân Hiệp, Giồng Riềng, Gò Quao, An Biên, An Minh, Vĩnh Thuận
Kon Tum | Quảng Ngãi | Kon Tum | Đắk Glei, Ngọc Hồi, Đắk Tô, Kon Plông, Kon Rẫy, Đắk Hà, Sa Thầy, Tu Mơ Rông
Lai Châu | | Lai Châu | Tam Đường, Mường Tè, Sìn Hồ, Phong Thổ, Than Uyên, Nậm Nhùn
Lâm Đồng | | Đà Lạt, Bảo Lộc | Đam Rông, Lạc Dương, Lâm Hà, Đơn Dương, Đức Trọng, Di Linh, Đạ Huoai, Cát Tiên
Lạng Sơn | | Lạng Sơn | Tràng Định, Văn Lãng, Văn Quan, Bình Gia, Bắc Sơn, Hữu Lũng, Chi Lăng, Cao Lộc, Lộc Bình, Đình Lập
Lào Cai | | Lào Cai | Bát Xát, Mường Khương, Si Ma Cai, Bắc Hà, Bảo Thắng, Bảo Yên, Văn Bàn
Long An | Tây Ninh | Tân An | Đức Huệ, Đức Hòa, Bến Lức, Thủ Thừa, Tân Trụ, Cần Đước, Cần Giuộc, Tân Thạnh, Thạnh Hóa, Vĩnh Hưng
Nam Định | Ninh Bình | Nam Định | Mỹ Lộc, Vụ Bản, Ý Yên, Nghĩa Hưng, Nam Trực, Trực Ninh, Xuân Trường, Giao Thủy, Hải Hậu
Nghệ An | | Vinh | Quế Phong, Quỳ Châu, Kỳ Sơn, Tương Dương, Nghĩa Đàn, Quỳ Hợp, Quỳnh Lưu, Con Cuông, Anh Sơn, Diễn Châu, Đô Lương, Nghi Lộc, Nam Đàn, Hưng Nguyên
Ninh Bình | | Ninh Bình, Tam Điệp | Nho Quan, Gia Viễn, Yên Khánh, Kim Sơn, Yên Mô
Ninh Thuận | Khánh Hòa | Phan Rang - Tháp Chàm | Bác Ái, Ninh Sơn, Ninh Hải, Ninh Phước, Thuận Bắc, Thuận Nam
Phú Thọ | | Việt Trì | Đoan Hùng, Hạ Hòa, Thanh Ba, Phù Ninh, Yên Lập, Cẩm Khê, Lâm Thao, Thanh Sơn, Thanh Thủy, Tân Sơn
Phú Yên | Đắk Lắk | Tuy Hòa | Đồng Xuân, Tuy An, Sơn Hòa, Sông Hinh, Tây Hòa, Phú Hòa
Quảng Bình | Quảng Trị | Đồng Hới | Minh Hóa, Tuyên Hóa, Quảng Trạch, Bố Trạch, Lệ Thủy
Quảng Nam | Đà Nẵng | Tam Kỳ, Hội An | Tây Giang, Đông Giang, Đại Lộc, Duy Xuyên, Quế Sơn, Nam Giang, Phước Sơn, Hiệp Đức, Thăng Bình, Tiên Phước, Núi Thành
Quảng Ngãi | | Quảng Ngãi | Bình Sơn, Trà Bồng, Sơn Tịnh, Tư Nghĩa, Sơn Hà, Minh Long, Nghĩa Hành, Mộ Đức, Ba Tơ, Lý Sơn
Quảng Ninh | | Hạ Long, Móng Cái, Cẩm Phả, Uông Bí | Bình Liêu, Tiên Yên, Đầm Hà, Hải Hà, Ba Chẽ, Vân Đồn, Cô Tô
Quảng Trị | | Đông Hà | Vĩnh Linh, Hướng Hóa, Gio Linh, Đa Krông, Cam Lộ, Triệu Phong, Hải Lăng
Sóc Trăng | Cần Thơ | Sóc Trăng | Kế Sách, Mỹ Tú, Cù Lao Dung, Long Phú, Mỹ Xuyên, Thạnh Trị, Trần Đề
Sơn La | | Sơn La | Quỳnh Nhai, Thuận Châu, Mường La, Bắc Yên, Phù Yên, Mộc Châu, Yên Châu, Mai Sơn, Sông Mã, Sốp Cộp, Vân Hồ
Tây Ninh | | Tây Ninh | Tân Biên, Tân Châu, Dương Minh Châu, Gò Dầu, Bến Cầu
Thái Bình | Hưng Yên | Thái Bình | Quỳnh Phụ, Hưng Hà, Đông Hưng, Thái Thụy, Tiền Hải, Kiến Xương, Vũ Thư
Thái Nguyên | | Thái Nguyên, Sông Công | Định Hóa, Phú Lương, Đồng Hỷ, Võ Nhai, Đại Từ, Phú Bình
Thanh Hóa | | Thanh Hóa, Sầm Sơn | Mường Lát, Quan Hóa, Bá Thước, Quan Sơn, Lang Chánh, Ngọc Lặc, Cẩm Thủy, Thạch Thành, Hà Trung, Vĩnh Lộc, Yên Định, Thọ Xuân, Thường Xuân, Triệu Sơn, Thiệu Hóa, Hoằng Hóa, Hậu Lộc, Nga Sơn, Như Xuân, Nông Cống, Quảng Xương
Thừa Thiên Huế | | Huế | Phong Điền, Quảng Điền, Phú Vang, Phú Lộc, A Lưới, Nam Đông
Tiền Giang | Đồng Tháp | Mỹ Tho | Tân Phước, Cái Bè, Cai Lậy, Chợ Gạo, Gò Công Tây, Gò Công Đông, Tân Phú Đông
Trà Vinh | Vĩnh Long | Trà Vinh | Càng Long, Cầu Kè, Tiểu Cần, Cầu Ngang, Trà Cú, Duyên Hải
Tuyên Quang | | Tuyên Quang | Lâm Bình, Na Hang, Chiêm Hóa, Hàm Yên, Yên Sơn, Sơn Dương
Vĩnh Long | | Vĩnh Long | Long Hồ, Mang Thít, Vũng Liêm, Tam Bình, Trà Ôn, Bình Tân
Vĩnh Phúc | Phú Thọ | Vĩnh Yên, Phúc Yên | Lập Thạch, Tam Dương, Tam Đảo, Bình Xuyên, Yên Lạc, Vĩnh Tường, Sông Lô
Yên Bái | Lào Cai | Yên Bái | Lục Yên, Văn Yên, Mù Cang Chải, Trấn Yên, Trạm Tấu, Văn Chấn, Yên Bình
`;

export type PlaceLevel = 'province' | 'city' | 'district';

export interface Place {
  id: string;
  level: PlaceLevel;
  /** Name without its level word: "Yên Thế". */
  name: string;
  /** The province's name (the place's own for a province). */
  province: string;
  provinceId: string;
  /** For provinces: the province it became part of on 1 July 2025, when it did. */
  mergedInto: string | null;
}

/** Lower-case ASCII slug: "Đắk R'lấp" → "dak-rlap". */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "Yên Thế" → "Yen The" (English names drop the diacritics): the gazetteer's fold. */
export { ascii } from '../../src/taxonomy/gazetteer.ts';

/** Every place of the table, provinces first; ids unique (a repeated name takes its province). */
export function allPlaces(): Place[] {
  const rows = TABLE.trim().split('\n').map((line) => line.normalize('NFC').split('|').map((c) => c.trim()));
  const list = (c: string | undefined) => (c ? c.split(',').map((s) => s.trim()).filter(Boolean) : []);
  const places: Place[] = [];
  const ids = new Set<string>();
  const unique = (id: string, provinceId: string) => {
    const out = ids.has(id) ? `${id}-${provinceId}` : id;
    ids.add(out);
    return out;
  };
  for (const [province] of rows) unique(slugify(province!), '');
  for (const [province, merged] of rows) {
    places.push({ id: slugify(province!), level: 'province', name: province!, province: province!, provinceId: slugify(province!), mergedInto: merged ? slugify(merged) : null });
  }
  for (const [province, , cities, districts] of rows) {
    const provinceId = slugify(province!);
    for (const c of list(cities)) places.push({ id: unique(`thanh-pho-${slugify(c)}`, provinceId), level: 'city', name: c, province: province!, provinceId, mergedInto: null });
    for (const d of list(districts)) places.push({ id: unique(slugify(d), provinceId), level: 'district', name: d, province: province!, provinceId, mergedInto: null });
  }
  return places;
}

/** Survivors of the 2025 mergers that the table does not list as provinces (centrally-run cities). */
export const MERGER_SURVIVORS: Record<string, string> = {
  'ho-chi-minh': 'Hồ Chí Minh',
  'hai-phong': 'Hải Phòng',
  'can-tho': 'Cần Thơ',
  'da-nang': 'Đà Nẵng',
};
