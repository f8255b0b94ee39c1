// Every UI string of the site, Vietnamese first; English has exactly the same keys.
// Document text and names as written in documents are never translated.
import type { FlagKind } from '../schema.ts';
import type { Theme, AgencyEntry } from '../taxonomy/schemas.ts';
import type { Lang } from './lang.ts';
import { formatNumber } from './format.ts';

const vi = {
  siteName: 'Chỉ tiêu Mẹ & Bé',
  tagline: 'So sánh chỉ tiêu chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ nhỏ trong các kế hoạch địa phương',
  skip: 'Bỏ qua, đến nội dung chính',
  nav: {
    plans: 'Kế hoạch',
    indicators: 'Chỉ tiêu',
    bodies: 'Cơ quan',
    provinces: 'Tỉnh',
    compare: 'So sánh',
    data: 'Dữ liệu',
    about: 'Giới thiệu',
  },
  navLabel: 'Điều hướng chính',
  switchTo: 'English',
  switchLabel: 'Read this page in English',
  footer: 'Số liệu đọc tự động từ văn bản gốc; mỗi con số dẫn về đúng dòng trong văn bản. Thấy sai sót?',
  reportError: 'Báo lỗi',
  line: 'Dòng',
  lineLink: (n: number) => `dòng ${n}`,
  goToLine: (n: number) => `Đến dòng ${n} của văn bản`,
  chartSource: (docs: string) => `Nguồn: ${docs}.`,
  tableCaption: 'Số liệu của biểu đồ',
  none: '—',
  breadcrumb: 'Đường dẫn',
  documentTextNote: 'Văn bản gốc bằng tiếng Việt.',

  home: {
    title: 'Các kế hoạch hứa gì cho bà mẹ và trẻ em?',
    description:
      'So sánh chỉ tiêu về tử vong mẹ, tử vong trẻ em, suy dinh dưỡng, khám thai… trong các kế hoạch của tỉnh, thành phố, huyện, và cơ quan chịu trách nhiệm.',
    lead: (plans: number, targets: number, bodies: number) =>
      `${plans} văn bản, ${targets} chỉ tiêu số (mỗi chỉ tiêu × năm tính một lần, dù văn bản và phụ lục cùng ghi), ${bodies} cơ quan được giao việc. Mỗi con số dưới đây dẫn về câu văn nó được đọc ra.`,
    findings: 'Những điều đáng chú ý',
    explore: 'Xem theo',
    exploreItems: {
      plans: 'Từng kế hoạch: chỉ tiêu, cơ quan thực hiện, toàn văn',
      indicators: 'Từng chỉ tiêu: mọi kế hoạch trên cùng một trục',
      bodies: 'Từng cơ quan: được giao việc gì, ở đâu',
      provinces: 'Từng tỉnh: kế hoạch ở mọi cấp',
      compare: 'Bảng so sánh chỉ tiêu × kế hoạch',
      data: 'Tải dữ liệu (CSV, JSON)',
    },
    silence: 'Văn bản không đặt chỉ tiêu số nào',
    indicatorPlans: (n: number) => `${formatNumber(n, 'vi')} kế hoạch đặt mục tiêu cho chỉ tiêu này.`,
    indicatorExtremes: (most: number, least: number) =>
      `Biểu đồ và bảng chỉ gồm ${most} kế hoạch có mục tiêu tham vọng nhất và ${least} kế hoạch kém tham vọng nhất; trang chỉ tiêu dẫn đến đủ mọi kế hoạch.`,
    documentsAll: (n: number) => `Biểu đồ gồm cả ${formatNumber(n, 'vi')} văn bản.`,
    documentsExtremes: (n: number, most: number, fewest: number) =>
      `${formatNumber(n, 'vi')} văn bản; biểu đồ chỉ gồm ${most} văn bản đặt nhiều chỉ tiêu nhất và ${fewest} văn bản đặt ít nhất.`,
    recentPlans: (shown: number, n: number) => `${shown} văn bản mới nhất trong số ${formatNumber(n, 'vi')}.`,
    allPlans: 'Xem danh sách mọi kế hoạch',
  },

  findings: {
    spread: (ratio: string, best: string, bestPlace: string, worst: string, worstPlace: string) =>
      `Mục tiêu chênh nhau ${ratio} lần: ${bestPlace} đặt ${best}, ${worstPlace} chỉ đặt ${worst}`,
    range: (best: string, bestPlace: string, worst: string, worstPlace: string) =>
      `${bestPlace} đặt mục tiêu tham vọng nhất (${best}), ${worstPlace} kém tham vọng nhất (${worst})`,
    same: (n: number, target: string) => `${n} kế hoạch đặt cùng một mục tiêu: ${target}`,
    only: (place: string, target: string) => `Chỉ ${place} đặt mục tiêu: ${target}`,
    onlyRelative: (n: number) => `${n} kế hoạch đặt mục tiêu dưới dạng mức tăng/giảm so với năm gốc`,
    nothing: 'Chưa kế hoạch nào đặt mục tiêu số cho chỉ tiêu này',
    targetsPerPlan: (silent: string) => `${silent} không đặt chỉ tiêu số nào`,
    targetsPerPlanSilent: (n: number) => `${formatNumber(n, 'vi')} văn bản không đặt chỉ tiêu số nào`,
    targetsPerPlanAll: (most: string, n: number) => `${most} đặt nhiều chỉ tiêu nhất: ${n}`,
    targetsPerPlanSubtitle: 'Số chỉ tiêu số khác nhau trong mỗi văn bản: mỗi chỉ tiêu × năm tính một lần, dù văn bản và phụ lục cùng ghi',
    compared: (year: number) => `So sánh chỉ tiêu cho năm ${year}, năm được nhiều kế hoạch đặt nhất.`,
    excluded: (list: string) => `Không tính trong so sánh: ${list}.`,
    problem: { impossible: 'không thể đạt', conflict: 'văn bản và phụ lục ghi khác nhau' },
  },

  chart: {
    lowerBetter: 'thấp hơn là tốt hơn',
    higherBetter: 'cao hơn là tốt hơn',
    better: 'tốt hơn',
    baseline: 'mốc',
    open: 'Vòng tròn rỗng: không kể giá trị đó (<, >); đặc: kể cả (≤, ≥, =). Mũi tên chỉ phía mục tiêu cho phép.',
    describeTarget: (jurisdiction: string, year: string, target: string) => `${jurisdiction}, ${year}: ${target}`,
  },

  plans: {
    title: 'Kế hoạch',
    description: 'Mọi văn bản trên trang: địa bàn, cấp, giai đoạn, cơ quan ban hành, số chỉ tiêu và số cơ quan được giao việc.',
    colPlan: 'Văn bản',
    colJurisdiction: 'Địa bàn',
    colLevel: 'Cấp',
    colPeriod: 'Giai đoạn',
    colIssuer: 'Cơ quan ban hành',
    colTargets: 'Chỉ tiêu',
    colBodies: 'Cơ quan',
    byProvince: 'Theo tỉnh',
    byProvinceLead: (plans: number, provinces: number) =>
      `${formatNumber(plans, 'vi')} văn bản ở ${formatNumber(provinces, 'vi')} tỉnh, quá nhiều cho một danh sách: trang của từng tỉnh liệt kê văn bản của tỉnh đó, và tệp plans.csv ở trang Dữ liệu có đủ mọi văn bản.`,
    colPlans: 'Văn bản',
    recent: (n: number) => `${formatNumber(n, 'vi')} văn bản mới nhất`,
  },

  plan: {
    meta: 'Thông tin văn bản',
    docType: 'Loại văn bản',
    number: 'Số',
    noNumber: 'không ghi số (bản dự thảo?)',
    issued: 'Ngày ban hành',
    noDate: 'không ghi ngày',
    issuer: 'Cơ quan ban hành',
    signer: 'Người ký',
    jurisdiction: 'Địa bàn',
    period: 'Giai đoạn',
    sourceFile: 'Tệp nguồn',
    json: 'Bản ghi JSON',
    citations: 'Căn cứ pháp lý',
    citationsNone: 'Văn bản không dẫn văn bản nào khác.',
    targets: 'Chỉ tiêu',
    targetsNone: 'Văn bản này không đặt chỉ tiêu số nào.',
    noGoal: 'Ngoài các mục tiêu',
    colIndicator: 'Chỉ tiêu',
    colComparator: 'So sánh',
    colValue: 'Giá trị',
    colYear: 'Năm',
    colBaseline: 'Mốc',
    colSource: 'Nguồn',
    unclassifiedIndicator: 'chưa phân loại',
    group: (g: string) => `nhóm: ${g}`,
    fromTable: 'bảng',
    corrected: 'Biên tập viên đã sửa',
    originalWas: (s: string) => `văn bản ghi: ${s}`,
    bodies: 'Cơ quan thực hiện',
    bodiesNone: 'Văn bản không giao việc cho cơ quan nào.',
    role: 'Vai trò',
    duties: 'Nhiệm vụ',
    unknownBody: 'chưa có trong danh mục',
    flags: 'Cảnh báo khi đọc văn bản',
    flagsNone: 'Không có cảnh báo.',
    unclassified: 'Dòng có số chưa đọc thành chỉ tiêu',
    fullText: 'Toàn văn',
    fullTextNote: 'Văn bản giữ nguyên cấu trúc (mục, danh sách, bảng); số bên lề là dòng trong văn bản gốc, và đường dẫn tới một dòng (#L12) mở đúng đoạn chứa dòng đó, tô sáng.',
    contents: 'Mục lục',
    gridNote: 'Mỗi ô là một chỉ tiêu của một năm, dù văn bản và phụ lục cùng ghi; khi hai nơi ghi khác nhau, cả hai được nêu.',
    noYear: 'Không ghi năm',
    sourceText: 'văn bản',
    sourceTable: 'phụ lục',
    bothSources: 'văn bản + phụ lục',
    impossible: 'không thể đạt',
    leftOut: 'Không đưa vào so sánh.',
    metAtBaseline: (v: string, year: number) => `Đã đạt từ trước: ${v} năm ${year}`,
    contentsDoc: 'Mục lục văn bản',
    tableAt: (n: number) => `Bảng bắt đầu ở dòng ${n}`,
  },

  indicators: {
    title: 'Chỉ tiêu',
    description: 'Các chỉ tiêu về bà mẹ, trẻ sơ sinh và trẻ nhỏ, nhóm theo chủ đề, với số kế hoạch đặt mục tiêu cho từng chỉ tiêu.',
    plansCount: (n: number) => (n === 0 ? 'chưa kế hoạch nào' : `${n} kế hoạch`),
    sdg: 'Mã SDG',
    unit: 'Đơn vị',
    direction: 'Chiều tốt',
    table: 'Mọi mục tiêu',
    wording: 'Nguyên văn từng kế hoạch',
    silent: 'Kế hoạch không đặt mục tiêu cho chỉ tiêu này',
    silentNone: 'Mọi kế hoạch đều đặt mục tiêu cho chỉ tiêu này.',
    colPlan: 'Kế hoạch',
    colLevel: 'Cấp',
    relativeNote: 'Mục tiêu dạng tăng/giảm so với năm gốc không đặt được trên trục, chỉ có trong bảng.',
    extremes: (plans: number, most: number, least: number) =>
      `${formatNumber(plans, 'vi')} kế hoạch đặt mục tiêu cho chỉ tiêu này. Biểu đồ chỉ gồm ${most} kế hoạch có mục tiêu tham vọng nhất và ${least} kế hoạch kém tham vọng nhất; trang của từng tỉnh có đủ mọi mục tiêu.`,
    byProvince: 'Theo tỉnh',
    byProvinceLead: (plans: number, provinces: number) =>
      `${formatNumber(plans, 'vi')} kế hoạch ở ${formatNumber(provinces, 'vi')} tỉnh, quá nhiều để đặt trên một trang. Mỗi tỉnh có trang riêng: biểu đồ, mọi mục tiêu, nguyên văn và các kế hoạch không đặt mục tiêu. Toàn bộ dữ liệu có ở trang Dữ liệu.`,
    byProvinceNote:
      'Thấp nhất, trung vị và cao nhất tính trên mục tiêu chính của mỗi kế hoạch (năm muộn nhất, toàn địa bàn); mục tiêu dạng tăng/giảm và mục tiêu cho nhóm nhỏ không tính.',
    colProvince: 'Tỉnh',
    colSetting: 'Kế hoạch đặt mục tiêu',
    colLowest: 'Thấp nhất',
    colMedian: 'Trung vị',
    colHighest: 'Cao nhất',
    settingOf: (k: number, n: number) => `${formatNumber(k, 'vi')}/${formatNumber(n, 'vi')}`,
    silentCount: (n: number) =>
      n === 0 ? 'Mọi kế hoạch đều đặt mục tiêu cho chỉ tiêu này.' : `${formatNumber(n, 'vi')} kế hoạch không đặt mục tiêu cho chỉ tiêu này; trang của từng tỉnh liệt kê các kế hoạch đó.`,
  },

  themes: {
    mothers: 'Bà mẹ',
    children: 'Trẻ sơ sinh và trẻ nhỏ',
    nutrition: 'Dinh dưỡng',
    knowledge: 'Kiến thức và thực hành',
  } satisfies Record<Theme, string>,

  bodies: {
    roleDefinition: {
      lead: 'Chủ trì: văn bản giao cơ quan chủ trì (kể cả một câu “Giao … chủ trì” ở bất kỳ đâu trong văn bản).',
      coordinate: 'Phối hợp: nhiệm vụ đầu tiên của cơ quan là “Phối hợp với …” cơ quan khác.',
      requested: 'Được đề nghị: cơ quan không thuộc quyền của cơ quan ban hành, được “Đề nghị” tham gia.',
      assigned: 'Được giao: cơ quan được giao nhiệm vụ, không chủ trì và không chỉ phối hợp.',
    },
    title: 'Cơ quan',
    description: 'Các cơ quan, đơn vị được các kế hoạch giao việc: vai trò, nhiệm vụ, và dòng văn bản giao việc.',
    matrix: 'Ma trận cơ quan × kế hoạch',
    matrixDescription: 'Vai trò của từng cơ quan trong từng kế hoạch.',
    matrixLegend: 'Ô trống: kế hoạch không giao việc cho cơ quan này.',
    matrixByProvince: (plans: number) =>
      `${formatNumber(plans, 'vi')} kế hoạch, quá nhiều để mỗi kế hoạch một cột: mỗi cột là một tỉnh, mỗi ô là số kế hoạch của tỉnh giao việc cho cơ quan, trên tổng số kế hoạch của tỉnh. Tên tỉnh dẫn đến ma trận từng kế hoạch của tỉnh đó.`,
    assigningOf: (k: number, n: number) => `${formatNumber(k, 'vi')}/${formatNumber(n, 'vi')}`,
    byProvince: 'Theo tỉnh',
    byProvinceLead: (plans: number, provinces: number) =>
      `${formatNumber(plans, 'vi')} kế hoạch ở ${formatNumber(provinces, 'vi')} tỉnh giao việc cho cơ quan này, quá nhiều để đặt trên một trang. Mỗi tỉnh có trang riêng với vai trò, nhiệm vụ và dòng văn bản giao việc.`,
    colRoles: 'Vai trò',
    plansCount: (n: number) => (n === 0 ? 'chưa kế hoạch nào giao việc' : `${n} kế hoạch`),
    assignedBy: 'Kế hoạch giao việc',
    none: 'Chưa kế hoạch nào trên trang giao việc cho cơ quan này.',
    asWritten: 'Tên trong văn bản',
  },

  groups: {
    health: 'Ngành y tế',
    government: 'Cơ quan chính quyền',
    local_government: 'Chính quyền địa phương',
    sector: 'Các ngành',
    facility: 'Cơ sở y tế',
    media: 'Báo chí, truyền thông',
    mass_organisation: 'Mặt trận và đoàn thể',
    other: 'Khác',
  } satisfies Record<AgencyEntry['group'], string>,

  provinces: {
    title: 'Tỉnh',
    description: 'Kế hoạch của từng tỉnh ở mọi cấp: tỉnh, thành phố, huyện; chỉ tiêu đặt cạnh nhau.',
    merged: (name: string, into: string, date: string) =>
      `Từ ngày ${date}, ${name} đã sáp nhập vào ${into}; cấp huyện cũng bị bãi bỏ cùng ngày. Các kế hoạch dưới đây ban hành trước đó, theo địa giới cũ.`,
    plans: 'Kế hoạch',
    side: 'Chỉ tiêu đặt cạnh nhau',
    count: (plans: number, targets: number) => `${plans} văn bản, ${targets} chỉ tiêu`,
  },

  compare: {
    title: 'So sánh chỉ tiêu giữa các kế hoạch',
    description: 'Bảng chỉ tiêu × kế hoạch: mục tiêu chính của mỗi kế hoạch, tô màu theo mức tham vọng trong từng hàng.',
    explain:
      'Mỗi ô là mục tiêu chính của kế hoạch cho chỉ tiêu đó (năm muộn nhất, toàn địa bàn). Màu đậm hơn là tham vọng hơn so với các kế hoạch khác trong cùng hàng; ô không tô là không so được (chỉ một kế hoạch, hoặc mục tiêu dạng tăng/giảm).',
    more: (n: number) => `+${n} mục tiêu khác`,
    sortBy: 'Sắp xếp',
    orders: {
      '': 'Cột theo ngày ban hành',
      'theo-ten': 'Cột theo tên địa bàn',
      'theo-cap': 'Cột theo cấp',
      'theo-so-chi-tieu': 'Cột theo số chỉ tiêu',
      'chi-tieu-pho-bien': 'Hàng: chỉ tiêu nhiều kế hoạch đặt nhất lên đầu',
    } as Record<string, string>,
    byProvince: (plans: number) =>
      `${formatNumber(plans, 'vi')} kế hoạch, quá nhiều để mỗi kế hoạch một cột: mỗi cột là một tỉnh. Mỗi ô là trung vị mục tiêu chính của các kế hoạch trong tỉnh (năm muộn nhất, toàn địa bàn), kèm số kế hoạch; màu đậm hơn là tham vọng hơn so với các tỉnh khác trong cùng hàng. Tên tỉnh dẫn đến trang tỉnh, nơi các kế hoạch đặt cạnh nhau.`,
    medianOf: (n: number) => `trung vị của ${formatNumber(n, 'vi')}`,
    legendLess: 'kém tham vọng',
    legendMore: 'tham vọng hơn',
  },

  data: {
    title: 'Dữ liệu và phương pháp',
    description: 'Tải toàn bộ dữ liệu (CSV, JSON, Data Package) và cách bộ chuyển đổi đọc một kế hoạch.',
    downloads: 'Tải dữ liệu',
    targetsCsv: 'Mọi chỉ tiêu, mỗi dòng một chỉ tiêu',
    agenciesCsv: 'Mọi cơ quan được giao việc, mỗi dòng một cơ quan trong một kế hoạch',
    plansCsv: 'Mọi văn bản, mỗi dòng một văn bản',
    datapackage: 'Mô tả các tệp theo chuẩn Frictionless Data Package',
    plansJson: 'Bản ghi đầy đủ của từng văn bản (JSON)',
    method: 'Phương pháp',
    methodItems: [
      'Văn bản gốc (.txt, .md, .docx) được đọc nguyên văn; mỗi dòng giữ số thứ tự để trích dẫn.',
      'Bộ chuyển đổi nhận ra các câu chỉ tiêu trong phần mục tiêu: tên chỉ tiêu theo danh mục, dấu và từ so sánh (dưới, trên, đạt, <, ≥…), con số viết kiểu Việt Nam (9,5 · 100.000), đơn vị (%, ‰, /100.000 trẻ đẻ sống), năm và mốc so sánh.',
      'Bảng phụ lục được đọc theo cột: kết quả năm gốc và mục tiêu từng năm.',
      'Cơ quan thực hiện được đọc từ phần Tổ chức thực hiện: tên, vai trò (chủ trì, phối hợp, đề nghị, được giao) và nhiệm vụ.',
      'Các văn bản được dẫn (căn cứ) được ghi lại cùng số, ngày, cơ quan ban hành.',
      'Điều bất thường được cảnh báo: giá trị không thể có (>100%), văn bản và phụ lục ghi khác nhau, văn bản dẫn có năm vô lý, thiếu số hoặc ngày.',
    ],
    limits: 'Bộ chuyển đổi không làm gì',
    limitsItems: [
      'Không đoán: một con số không gắn được với chỉ tiêu trong danh mục được giữ lại là “chưa phân loại”, không bị bỏ.',
      'Không đánh giá việc thực hiện: trang chỉ so sánh điều các kế hoạch hứa, không phải kết quả đạt được.',
      'Không đọc ảnh, bản quét hay PDF; văn bản cần được chuyển sang .docx hoặc văn bản thuần.',
      'Không quy đổi giữa các đơn vị hay giữa mục tiêu dạng mức và dạng tăng/giảm.',
    ],
  },

  about: {
    title: 'Giới thiệu',
    description: 'Trang này là gì, số liệu lấy từ đâu, giới hạn của nó, và cách báo lỗi.',
    what: 'Trang này là gì',
    whatText:
      'Chỉ tiêu Mẹ & Bé đặt cạnh nhau các chỉ tiêu mà kế hoạch của tỉnh, thành phố, huyện đặt ra cho sức khỏe bà mẹ, trẻ sơ sinh và trẻ nhỏ, cùng các cơ quan được giao thực hiện. Mỗi con số dẫn về đúng dòng văn bản mà nó được đọc ra.',
    sourcesTitle: 'Nguồn',
    sourcesText: 'Các văn bản do ủy ban nhân dân và sở y tế địa phương ban hành, được lưu nguyên văn trong kho dữ liệu của dự án:',
    mergerTitle: 'Sáp nhập tỉnh ngày 1/7/2025',
    mergerText:
      'Ngày 1/7/2025, nhiều tỉnh được sáp nhập và cấp huyện bị bãi bỏ. Mọi kế hoạch ở đây ban hành trước ngày đó và được trình bày theo địa giới lúc ban hành.',
    limitsTitle: 'Giới hạn',
    limitsText:
      'Số liệu là điều các kế hoạch hứa, không phải kết quả. Bộ chuyển đổi đọc tự động và có thể sai; các trường hợp đáng ngờ được đánh dấu trên trang của từng kế hoạch.',
    errorsTitle: 'Báo lỗi',
    errorsText:
      'Nếu một con số hay một cơ quan bị đọc sai, hãy ghi rõ trang, dòng văn bản (số dòng ở cột trái của toàn văn) và điều đúng. Biên tập viên sửa trong tệp nguồn, kèm ghi chú; trang sẽ hiện “biên tập viên đã sửa” và giữ nguyên câu chữ gốc.',
    methodLink: 'Phương pháp chi tiết',
    reportTo: 'Gửi báo lỗi tới',
    licenceTitle: 'Giấy phép và cập nhật',
    licenceText: 'Dữ liệu và trang được phát hành theo giấy phép',
    licenceCredit: 'ghi nguồn “Chỉ tiêu Mẹ & Bé” và văn bản gốc.',
    newestSource: (date: string) => `Văn bản mới nhất trên trang ban hành ${date}.`,
  },

  notFound: {
    title: 'Không tìm thấy trang',
    text: 'Trang này không có hoặc đã được chuyển.',
    home: 'Về trang chủ',
  },

  flagKinds: {
    impossible_value: 'Giá trị không thể có',
    text_table_conflict: 'Văn bản và phụ lục ghi khác nhau',
    citation_after_plan: 'Văn bản dẫn có ngày sau kế hoạch',
    citation_implausible_year: 'Văn bản dẫn có năm vô lý',
    missing_number: 'Thiếu số văn bản',
    missing_date: 'Thiếu ngày ban hành',
    unclassified_target: 'Chỉ tiêu chưa phân loại',
    unknown_agency: 'Cơ quan chưa có trong danh mục',
    corrected: 'Biên tập viên đã sửa',
  } satisfies Record<FlagKind, string>,
};

export type Strings = typeof vi;

const en: Strings = {
  siteName: 'Mother & Child Targets',
  tagline: 'Comparing the targets of local plans for the health of mothers, newborns and young children in Viet Nam',
  skip: 'Skip to main content',
  nav: {
    plans: 'Plans',
    indicators: 'Indicators',
    bodies: 'Bodies',
    provinces: 'Provinces',
    compare: 'Compare',
    data: 'Data',
    about: 'About',
  },
  navLabel: 'Main navigation',
  switchTo: 'Tiếng Việt',
  switchLabel: 'Đọc trang này bằng tiếng Việt',
  footer: 'Figures are read automatically from the documents as issued; every figure links to its line in the document. Found a mistake?',
  reportError: 'Report an error',
  line: 'Line',
  lineLink: (n: number) => `line ${n}`,
  goToLine: (n: number) => `Go to line ${n} of the document`,
  chartSource: (docs: string) => `Source: ${docs}.`,
  tableCaption: 'The chart’s data',
  none: '—',
  breadcrumb: 'Breadcrumb',
  documentTextNote: 'The document text is in Vietnamese.',

  home: {
    title: 'What do local plans promise mothers and children?',
    description:
      'Targets for maternal and child mortality, malnutrition, antenatal care and more in the plans of Vietnamese provinces, cities and districts, side by side, with the bodies responsible.',
    lead: (plans: number, targets: number, bodies: number) =>
      `${plans} documents, ${targets} numeric targets (each indicator × year counted once, even when both text and appendix give it), ${bodies} bodies given work. Every figure below links to the sentence it was read from.`,
    findings: 'What stands out',
    explore: 'Explore by',
    exploreItems: {
      plans: 'Plan: targets, bodies responsible, full text',
      indicators: 'Indicator: every plan on one axis',
      bodies: 'Body: what it is asked to do, and where',
      provinces: 'Province: plans at every level',
      compare: 'Table of indicators × plans',
      data: 'Download the data (CSV, JSON)',
    },
    silence: 'The document sets no numeric target',
    indicatorPlans: (n: number) =>
      n === 1 ? '1 plan sets a target for this indicator.' : `${formatNumber(n, 'en')} plans set a target for this indicator.`,
    indicatorExtremes: (most: number, least: number) =>
      `The chart and table show only the ${most} most and the ${least} least ambitious plans; the indicator page leads to them all.`,
    documentsAll: (n: number) => (n === 1 ? 'The chart shows the only document.' : `The chart shows all ${formatNumber(n, 'en')} documents.`),
    documentsExtremes: (n: number, most: number, fewest: number) =>
      `${formatNumber(n, 'en')} documents; the chart shows only the ${most} that set the most targets and the ${fewest} that set the fewest.`,
    recentPlans: (shown: number, n: number) => `The ${shown} most recent of ${formatNumber(n, 'en')} documents.`,
    allPlans: 'See the list of every plan',
  },

  findings: {
    spread: (ratio: string, best: string, bestPlace: string, worst: string, worstPlace: string) =>
      `Targets differ ${ratio}-fold: ${bestPlace} aims for ${best}, ${worstPlace} only for ${worst}`,
    range: (best: string, bestPlace: string, worst: string, worstPlace: string) =>
      `${bestPlace} sets the most ambitious target (${best}), ${worstPlace} the least (${worst})`,
    same: (n: number, target: string) => `${n} plans set the same target: ${target}`,
    only: (place: string, target: string) => `Only ${place} sets a target: ${target}`,
    onlyRelative: (n: number) => (n === 1 ? '1 plan sets the target as a change from a base year' : `${n} plans set the target as a change from a base year`),
    nothing: 'No plan sets a numeric target for this indicator yet',
    targetsPerPlan: (silent: string) => `${silent} sets no numeric target at all`,
    targetsPerPlanSilent: (n: number) => `${formatNumber(n, 'en')} documents set no numeric target at all`,
    targetsPerPlanAll: (most: string, n: number) => `${most} sets the most targets: ${n}`,
    targetsPerPlanSubtitle: 'Distinct numeric targets in each document: each indicator × year counted once, even when both text and appendix give it',
    compared: (year: number) => `Targets for ${year} are compared, the year most plans set targets for.`,
    excluded: (list: string) => `Left out of the comparison: ${list}.`,
    problem: { impossible: 'cannot be reached', conflict: 'text and appendix disagree' },
  },

  chart: {
    lowerBetter: 'lower is better',
    higherBetter: 'higher is better',
    better: 'better',
    baseline: 'baseline',
    open: 'Open circle: the value itself is excluded (<, >); filled: included (≤, ≥, =). Arrows point the way the target allows.',
    describeTarget: (jurisdiction: string, year: string, target: string) => `${jurisdiction}, ${year}: ${target}`,
  },

  plans: {
    title: 'Plans',
    description: 'Every document on the site: jurisdiction, level, period, issuer, number of targets and of bodies given work.',
    colPlan: 'Document',
    colJurisdiction: 'Jurisdiction',
    colLevel: 'Level',
    colPeriod: 'Period',
    colIssuer: 'Issued by',
    colTargets: 'Targets',
    colBodies: 'Bodies',
    byProvince: 'By province',
    byProvinceLead: (plans: number, provinces: number) =>
      `${formatNumber(plans, 'en')} documents in ${formatNumber(provinces, 'en')} provinces, too many for one list: each province's page lists its documents, and plans.csv on the Data page has them all.`,
    colPlans: 'Documents',
    recent: (n: number) => `The ${formatNumber(n, 'en')} most recent documents`,
  },

  plan: {
    meta: 'About the document',
    docType: 'Type',
    number: 'Number',
    noNumber: 'no number (a draft?)',
    issued: 'Issued',
    noDate: 'no date',
    issuer: 'Issued by',
    signer: 'Signed by',
    jurisdiction: 'Jurisdiction',
    period: 'Period',
    sourceFile: 'Source file',
    json: 'JSON record',
    citations: 'Legal basis',
    citationsNone: 'The document cites no other document.',
    targets: 'Targets',
    targetsNone: 'This document sets no numeric target.',
    noGoal: 'Outside the goals',
    colIndicator: 'Indicator',
    colComparator: 'Comparator',
    colValue: 'Value',
    colYear: 'Year',
    colBaseline: 'Baseline',
    colSource: 'Source',
    unclassifiedIndicator: 'unclassified',
    group: (g: string) => `group: ${g}`,
    fromTable: 'table',
    corrected: 'Corrected by the editors',
    originalWas: (s: string) => `the document says: ${s}`,
    bodies: 'Bodies responsible',
    bodiesNone: 'The document gives no body any work.',
    role: 'Role',
    duties: 'Duties',
    unknownBody: 'not in the list of bodies yet',
    flags: 'Warnings from reading the document',
    flagsNone: 'No warnings.',
    unclassified: 'Lines with numbers not read as targets',
    fullText: 'Full text',
    fullTextNote: 'The document keeps its structure (sections, lists, tables); the numbers in the margin are lines of the source, and a link to a line (#L12) opens the passage holding it, highlighted.',
    contents: 'Contents',
    gridNote: 'Each cell is one target for one year, even when both the text and the appendix give it; when they disagree, both are shown.',
    noYear: 'No year',
    sourceText: 'text',
    sourceTable: 'appendix',
    bothSources: 'text + appendix',
    impossible: 'cannot be reached',
    leftOut: 'Left out of comparisons.',
    metAtBaseline: (v: string, year: number) => `Already met: ${v} in ${year}`,
    contentsDoc: "The document's sections",
    tableAt: (n: number) => `Table starting at line ${n}`,
  },

  indicators: {
    title: 'Indicators',
    description: 'Indicators for mothers, newborns and young children, grouped by theme, with the number of plans that set a target for each.',
    plansCount: (n: number) => (n === 0 ? 'no plan yet' : n === 1 ? '1 plan' : `${n} plans`),
    sdg: 'SDG code',
    unit: 'Unit',
    direction: 'Better is',
    table: 'Every target',
    wording: 'Each plan’s exact wording',
    silent: 'Plans that set no target for this indicator',
    silentNone: 'Every plan sets a target for this indicator.',
    colPlan: 'Plan',
    colLevel: 'Level',
    relativeNote: 'Targets stated as a change from a base year cannot be placed on the axis; they are in the table.',
    extremes: (plans: number, most: number, least: number) =>
      `${formatNumber(plans, 'en')} plans set a target for this indicator. The chart shows only the ${most} most and the ${least} least ambitious; each province's page has every target.`,
    byProvince: 'By province',
    byProvinceLead: (plans: number, provinces: number) =>
      `${formatNumber(plans, 'en')} plans in ${formatNumber(provinces, 'en')} provinces, too many for one page. Each province has its own page: the chart, every target, the exact wording and the plans that set none. The full data is on the Data page.`,
    byProvinceNote:
      'Lowest, median and highest are over each plan’s main target (latest year, whole jurisdiction); targets stated as a change, and targets for a subgroup, do not count.',
    colProvince: 'Province',
    colSetting: 'Plans setting a target',
    colLowest: 'Lowest',
    colMedian: 'Median',
    colHighest: 'Highest',
    settingOf: (k: number, n: number) => `${formatNumber(k, 'en')} of ${formatNumber(n, 'en')}`,
    silentCount: (n: number) =>
      n === 0 ? 'Every plan sets a target for this indicator.' : `${formatNumber(n, 'en')} ${n === 1 ? 'plan sets' : 'plans set'} no target for this indicator; each province's page lists them.`,
  },

  themes: {
    mothers: 'Mothers',
    children: 'Newborns and children',
    nutrition: 'Nutrition',
    knowledge: 'Knowledge and practice',
  },

  bodies: {
    roleDefinition: {
      lead: 'Lead: the document makes the body lead (“chủ trì”), also by a sentence “Giao … chủ trì” anywhere in it.',
      coordinate: 'Coordinate: the body’s first duty is to “Phối hợp với …” (work with) another body.',
      requested: 'Requested: a body outside the issuer’s authority, asked (“Đề nghị”) to take part.',
      assigned: 'Assigned: the body is given duties, neither leading nor only coordinating.',
    },
    title: 'Bodies',
    description: 'The bodies the plans give work to: their role, their duties, and the line of the document that assigns them.',
    matrix: 'Matrix of bodies × plans',
    matrixDescription: 'The role of each body in each plan.',
    matrixLegend: 'Empty cell: the plan gives this body no work.',
    matrixByProvince: (plans: number) =>
      `${formatNumber(plans, 'en')} plans, too many for a column each: each column is a province, each cell the number of the province's plans that give the body work, of all its plans. A province's name leads to its matrix, plan by plan.`,
    assigningOf: (k: number, n: number) => `${formatNumber(k, 'en')} of ${formatNumber(n, 'en')}`,
    byProvince: 'By province',
    byProvinceLead: (plans: number, provinces: number) =>
      `${formatNumber(plans, 'en')} plans in ${formatNumber(provinces, 'en')} provinces give this body work, too many for one page. Each province has its own page with the roles, the duties and the line of the document that assigns them.`,
    colRoles: 'Roles',
    plansCount: (n: number) => (n === 0 ? 'no plan assigns it yet' : n === 1 ? '1 plan' : `${n} plans`),
    assignedBy: 'Plans that assign it',
    none: 'No plan on the site assigns this body yet.',
    asWritten: 'Name in the document',
  },

  groups: {
    health: 'Health sector',
    government: 'Government offices',
    local_government: 'Local government',
    sector: 'Other sectors',
    facility: 'Health facilities',
    media: 'Press and media',
    mass_organisation: 'Fatherland Front and mass organisations',
    other: 'Other',
  },

  provinces: {
    title: 'Provinces',
    description: 'Each province’s plans at every level — province, city, district — with their targets side by side.',
    merged: (name: string, into: string, date: string) =>
      `On ${date}, ${name} merged into ${into}, and the district level was abolished the same day. The plans below were issued before, within the old boundaries.`,
    plans: 'Plans',
    side: 'Targets side by side',
    count: (plans: number, targets: number) => `${plans} ${plans === 1 ? 'document' : 'documents'}, ${targets} targets`,
  },

  compare: {
    title: 'Targets compared across plans',
    description: 'Indicators × plans: each plan’s main target, shaded by ambition along each row.',
    explain:
      'Each cell holds the plan’s main target for the indicator (latest year, whole jurisdiction). Darker means more ambitious than the other plans in the same row; unshaded cells cannot be compared (a single plan, or a target stated as a change).',
    more: (n: number) => `+${n} more`,
    sortBy: 'Order',
    orders: {
      '': 'Columns by date issued',
      'theo-ten': 'Columns by place name',
      'theo-cap': 'Columns by level',
      'theo-so-chi-tieu': 'Columns by number of targets',
      'chi-tieu-pho-bien': 'Rows: most-targeted indicators first',
    },
    byProvince: (plans: number) =>
      `${formatNumber(plans, 'en')} plans, too many for a column each: each column is a province. Each cell is the median of the main targets of the province's plans (latest year, whole jurisdiction), with the number of plans; darker means more ambitious than the other provinces in the same row. A province's name leads to its page, where its plans sit side by side.`,
    medianOf: (n: number) => `median of ${formatNumber(n, 'en')}`,
    legendLess: 'less ambitious',
    legendMore: 'more ambitious',
  },

  data: {
    title: 'Data and method',
    description: 'Download all the data (CSV, JSON, Data Package) and read how the converter reads a plan.',
    downloads: 'Downloads',
    targetsCsv: 'Every target, one per row',
    agenciesCsv: 'Every body given work, one row per body in a plan',
    plansCsv: 'Every document, one per row',
    datapackage: 'A Frictionless Data Package describing the files',
    plansJson: 'Each document’s full record (JSON)',
    method: 'Method',
    methodItems: [
      'Documents as issued (.txt, .md, .docx) are read word for word; every line keeps its number so it can be cited.',
      'The converter finds target sentences in the goals section: the indicator by its Vietnamese phrasings, comparator words and signs (dưới, trên, đạt, <, ≥ …), Vietnamese numerals (9,5 · 100.000), units (%, ‰, per 100,000 live births), year and baseline.',
      'Appendix tables are read column by column: the base-year result and the target for each year.',
      'Bodies are read from the implementation section: name, role (lead, coordinate, requested, assigned) and duties.',
      'Cited documents (legal basis) are recorded with number, date and issuer.',
      'Anything odd is flagged: impossible values (>100%), text and appendix disagreeing, cited documents with implausible years, missing number or date.',
    ],
    limits: 'What the converter does not do',
    limitsItems: [
      'It does not guess: a number it cannot tie to an indicator in the list is kept as “unclassified”, never dropped.',
      'It does not assess delivery: the site compares what plans promise, not what they achieved.',
      'It does not read images, scans or PDFs; documents must be converted to .docx or plain text first.',
      'It does not convert between units, nor between level targets and targets stated as a change.',
    ],
  },

  about: {
    title: 'About',
    description: 'What this site is, where the figures come from, their limits, and how to report an error.',
    what: 'What this is',
    whatText:
      'Mother & Child Targets puts side by side the targets that Vietnamese provinces, cities and districts set for the health of mothers, newborns and young children, with the bodies responsible for meeting them. Every figure links to the line of the document it was read from.',
    sourcesTitle: 'Sources',
    sourcesText: 'Documents issued by local people’s committees and health departments, kept word for word in the project’s repository:',
    mergerTitle: 'The provincial merger of 1 July 2025',
    mergerText:
      'On 1 July 2025 many provinces were merged and the district level was abolished. Every plan here predates that and is shown within the boundaries in force when it was issued.',
    limitsTitle: 'Limits',
    limitsText:
      'The figures are what plans promise, not results. The converter reads automatically and can be wrong; doubtful cases are flagged on each plan’s page.',
    errorsTitle: 'Reporting an error',
    errorsText:
      'If a figure or a body was misread, say which page, which line of the document (the number at the left of the full text) and what is right. Editors correct the source file with a note; the site then shows “corrected by the editors” and keeps the original wording.',
    methodLink: 'The method in detail',
    reportTo: 'Send error reports to',
    licenceTitle: 'Licence and updates',
    licenceText: 'The data and pages are published under',
    licenceCredit: 'credit “Chỉ tiêu Mẹ & Bé” and the source document.',
    newestSource: (date: string) => `The newest document on the site was issued ${date}.`,
  },

  notFound: {
    title: 'Page not found',
    text: 'This page does not exist or has moved.',
    home: 'Go to the home page',
  },

  flagKinds: {
    impossible_value: 'Impossible value',
    text_table_conflict: 'Text and appendix disagree',
    citation_after_plan: 'Cited document dated after the plan',
    citation_implausible_year: 'Cited document with an implausible year',
    missing_number: 'Missing document number',
    missing_date: 'Missing date of issue',
    unclassified_target: 'Unclassified target',
    unknown_agency: 'Body not in the list',
    corrected: 'Corrected by the editors',
  },
};

const STRINGS: Record<Lang, Strings> = { vi, en };

export function t(lang: Lang): Strings {
  return STRINGS[lang];
}
