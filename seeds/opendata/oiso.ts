/**
 * 大磯町 (143413) sample open data for the demo: invented but realistic rows in the national
 * standard formats. Real landmarks are used where well known; 番地, phone numbers, capacities and
 * most smaller facilities are invented. Not official data.
 */
import type { District, SampleDataset } from './types.ts';
import {
  aedRows, DAYS_24H, EVERY_DAY, evacuationRows, eventRows, facilityRows, populationRows, preschoolRows, sampleDataset, toiletRows, WEEKDAYS,
  type AedInput, type EvacuationInput, type EventInput, type FacilityInput, type PopulationInput, type PreschoolInput, type Site, type ToiletInput, type Town,
} from './row-builders.ts';

const town: Town = {
  code: '143413', name: '大磯町', prefecture: '神奈川県', county: '中郡',
  postal: {
    国府新宿: '255-0001', 国府本郷: '255-0002', 大磯: '255-0003', 東小磯: '255-0004', 西小磯: '255-0005', 月京: '255-0006', 高麗: '255-0007', 石神台: '255-0008',
    生沢: '255-0011', 寺坂: '255-0012', 虫窪: '255-0013', 黒岩: '255-0014', 西久保: '255-0015',
  },
};

export const districts: District[] = [
  { name: '大磯', kana: 'おおいそ', latitude: 35.311204, longitude: 139.317612 },
  { name: '東小磯', kana: 'ひがしこいそ', latitude: 35.308605, longitude: 139.307204 },
  { name: '西小磯', kana: 'にしこいそ', latitude: 35.305308, longitude: 139.297906 },
  { name: '国府本郷', kana: 'こうほんごう', latitude: 35.312407, longitude: 139.284203 },
  { name: '国府新宿', kana: 'こうしんしゅく', latitude: 35.305104, longitude: 139.279607 },
  { name: '生沢', kana: 'いくさわ', latitude: 35.329506, longitude: 139.281408 },
  { name: '寺坂', kana: 'てらさか', latitude: 35.322807, longitude: 139.290104 },
  { name: '虫窪', kana: 'むしくぼ', latitude: 35.334205, longitude: 139.275806 },
  { name: '黒岩', kana: 'くろいわ', latitude: 35.338104, longitude: 139.288507 },
  { name: '西久保', kana: 'にしくぼ', latitude: 35.326408, longitude: 139.299605 },
  { name: '月京', kana: 'がっきょう', latitude: 35.307506, longitude: 139.288904 },
  { name: '高麗', kana: 'たかく', latitude: 35.318207, longitude: 139.325304 },
  { name: '石神台', kana: 'いしがみだい', latitude: 35.317804, longitude: 139.301905 },
];

const TEL = '0463-61-4100'; // 役場代表
const JR = '東日本旅客鉄道株式会社';

const P = {
  yakuba: { a: ['東小磯', '183'], at: [35.307214, 139.311187] },
  library: { a: ['東小磯', '187-1'], at: [35.307853, 139.309914] },
  hoken: { a: ['東小磯', '190-2'], at: [35.308512, 139.310621] },
  kokufu: { a: ['国府本郷', '546-1', '大磯町国府支所'], at: [35.310927, 139.283406] },
  fukushi: { a: ['東小磯', '520-4'], at: [35.309214, 139.306915] },
  kyodo: { a: ['西小磯', '446-1'], at: [35.303512, 139.296807] },
  joyama: { a: ['国府本郷', '551-1'], at: [35.305102, 139.294203] },
  joyamaTop: { a: ['国府本郷', '551-1'], at: [35.305612, 139.295304] },
  yoshida: { a: ['西小磯', '418'], at: [35.302612, 139.298512] },
  undo: { a: ['国府本郷', '2122'], at: [35.317312, 139.284105] },
  port: { a: ['大磯', '1398-18', '大磯港賑わい交流施設'], at: [35.305118, 139.313304] },
  oisoSho: { a: ['東小磯', '254'], at: [35.309514, 139.307806] },
  kokufuSho: { a: ['国府本郷', '1065'], at: [35.309226, 139.286512] },
  oisoChu: { a: ['東小磯', '600'], at: [35.313104, 139.305211] },
  kokufuChu: { a: ['国府新宿', '250'], at: [35.311824, 139.278912] },
  koko: { a: ['大磯', '2032'], at: [35.313412, 139.319207] },
  station: { a: ['東小磯', '1-1'], at: [35.309700, 139.312800] },
  shigitatsu: { a: ['大磯', '1289'], at: [35.308304, 139.314612] },
  toson: { a: ['東小磯', '88-9'], at: [35.308912, 139.308415] },
  ikusawa: { a: ['生沢', '512-1', '生沢地区会館'], at: [35.328812, 139.282207] },
  takaku: { a: ['高麗', '2-12-1', '高麗地区会館'], at: [35.318107, 139.324812] },
  terasaka: { a: ['寺坂', '330', '寺坂地区会館'], at: [35.323412, 139.290512] },
  kannai: { a: ['大磯', '1003-2'], at: [35.309712, 139.312906] },
  komayama: { a: ['高麗', '3-1'], at: [35.321805, 139.323607] },
  ishigami: { a: ['石神台', '2-4-1'], at: [35.317612, 139.301406] },
  fire: { a: ['東小磯', '455-1'], at: [35.308112, 139.303915] },
} satisfies Record<string, Site>;

const facilities: FacilityInput[] = [
  { n: '大磯町役場', k: 'オオイソマチヤクバ', e: 'Oiso Town Hall', ...P.yakuba, tel: TEL, days: WEEKDAYS, h: ['08:30', '17:15'], note: '土日祝日・年末年始を除く', desc: '住民票・戸籍・税・福祉など町の各種手続の窓口です。', acc: 'office', url: 'https://www.town.oiso.kanagawa.jp/' },
  { n: '大磯町立図書館', k: 'オオイソチョウリツトショカン', e: 'Oiso Town Library', ...P.library, tel: '0463-61-0522', days: '火水木金土日祝', h: ['09:00', '19:00'], note: '土日祝日は17時まで。月曜日・年末年始・特別整理期間休館', desc: '一般書・児童書のほか、大磯ゆかりの文学者に関する資料を所蔵しています。', acc: 'hall' },
  { n: '大磯町保健センター', k: 'オオイソマチホケンセンター', e: 'Oiso Health Center', ...P.hoken, tel: '0463-61-4111', days: WEEKDAYS, h: ['08:30', '17:15'], note: '土日祝日・年末年始を除く', desc: '乳幼児健診・予防接種・健康相談などを行う施設です。', acc: 'office' },
  { n: '大磯町国府支所', k: 'オオイソマチコクフシショ', e: 'Oiso Town Kokufu Branch Office', ...P.kokufu, tel: '0463-61-0150', days: WEEKDAYS, h: ['08:30', '17:15'], note: '土日祝日・年末年始を除く', desc: '国府地区の住民票・印鑑証明などの証明書発行窓口です。', acc: 'office' },
  { n: '大磯町福祉センター', k: 'オオイソマチフクシセンター', e: 'Oiso Welfare Center', ...P.fukushi, tel: '0463-61-6655', days: '月火水木金土', h: ['09:00', '17:00'], note: '日曜・祝日・年末年始休館', desc: '高齢者・障がい者の交流や福祉活動の拠点で、社会福祉協議会が入っています。', acc: 'office', org: '社会福祉法人大磯町社会福祉協議会' },
  { n: '大磯町郷土資料館', k: 'オオイソマチキョウドシリョウカン', e: 'Oiso Municipal Museum', ...P.kyodo, tel: '0463-61-4700', days: '火水木金土日祝', h: ['09:00', '17:00'], note: '月曜日（祝日の場合は翌日）・年末年始休館', desc: '大磯の自然・歴史・別荘文化を紹介する資料館です。県立大磯城山公園内にあります。', acc: 'hall' },
  { n: '神奈川県立大磯城山公園', k: 'カナガワケンリツオオイソジョウヤマコウエン', e: 'Oiso Joyama Park', alias: '城山公園', ...P.joyama, tel: '0463-61-0356', days: EVERY_DAY, h: ['09:00', '17:00'], note: '管理事務所の開設時間。園内は常時開放', desc: '旧三井別邸跡の丘陵に広がる県立公園で、展望台から相模湾を望めます。', acc: 'park', org: '神奈川県' },
  { n: '旧吉田茂邸', k: 'キュウヨシダシゲルテイ', e: 'Former Residence of Shigeru Yoshida', ...P.yoshida, tel: '0463-61-4777', days: '火水木金土日祝', h: ['09:00', '16:30'], note: '月曜日（祝日の場合は翌日）・年末年始休館。入館は16時まで', desc: '吉田茂元首相の邸宅を再建した施設で、庭園とあわせて見学できます。', acc: 'historic', memo: '入館料が必要です' },
  { n: '大磯運動公園', k: 'オオイソウンドウコウエン', e: 'Oiso Sports Park', ...P.undo, tel: '0463-61-8990', days: EVERY_DAY, h: ['08:30', '21:00'], note: '年末年始休園。施設利用は予約制', desc: '多目的グラウンド・テニスコート・体育館を備えた運動公園です。', acc: 'park' },
  { n: '大磯港賑わい交流施設', k: 'オオイソコウニギワイコウリュウシセツ', e: 'Oiso Port Community Facility', alias: 'OISO CONNECT', ...P.port, tel: '0463-61-3300', days: '水木金土日祝', h: ['10:00', '17:00'], note: '月曜日・火曜日休館', desc: '大磯港にある観光案内・交流の拠点で、大磯市（おおいそいち）の会場にもなります。', acc: 'hall' },
  { n: '大磯町立大磯小学校', k: 'オオイソチョウリツオオイソショウガッコウ', e: 'Oiso Elementary School', ...P.oisoSho, tel: '0463-61-0071', days: WEEKDAYS, h: ['08:15', '16:45'], note: '学校行事等により変更あり', desc: '町立の小学校です。校庭と体育館は指定緊急避難場所・指定避難所です。', acc: 'school' },
  { n: '大磯町立国府小学校', k: 'オオイソチョウリツコクフショウガッコウ', e: 'Kokufu Elementary School', ...P.kokufuSho, tel: '0463-61-0055', days: WEEKDAYS, h: ['08:15', '16:45'], note: '学校行事等により変更あり', desc: '町立の小学校です。校庭と体育館は指定緊急避難場所・指定避難所です。', acc: 'school' },
  { n: '大磯町立大磯中学校', k: 'オオイソチョウリツオオイソチュウガッコウ', e: 'Oiso Junior High School', ...P.oisoChu, tel: '0463-61-0143', days: WEEKDAYS, h: ['08:15', '16:45'], note: '学校行事等により変更あり', desc: '町立の中学校です。校庭と体育館は指定緊急避難場所・指定避難所です。', acc: 'school' },
  { n: '大磯町立国府中学校', k: 'オオイソチョウリツコクフチュウガッコウ', e: 'Kokufu Junior High School', ...P.kokufuChu, tel: '0463-61-1432', days: WEEKDAYS, h: ['08:15', '16:45'], note: '学校行事等により変更あり', desc: '町立の中学校です。校庭と体育館は指定緊急避難場所・指定避難所です。', acc: 'school' },
  { n: '鴫立庵', k: 'シギタツアン', e: 'Shigitatsuan', ...P.shigitatsu, tel: '0463-61-6926', days: '火水木金土日祝', h: ['09:00', '16:00'], note: '月曜日・年末年始休館', desc: '西行の歌にちなむ、日本三大俳諧道場のひとつとされる庵です。', acc: 'historic', memo: '入館料が必要です' },
  { n: '旧島崎藤村邸', k: 'キュウシマザキトウソンテイ', e: 'Former Residence of Toson Shimazaki', ...P.toson, tel: '0463-61-3690', days: '火水木金土日祝', h: ['09:30', '16:00'], note: '月曜日・年末年始休館', desc: '作家島崎藤村が晩年を過ごした住まいです。', acc: 'historic', memo: '入館料が必要です' },
  { n: '大磯駅前観光案内所', k: 'オオイソエキマエカンコウアンナイジョ', e: 'Oiso Station Tourist Information', ...P.kannai, tel: '0463-61-3300', days: EVERY_DAY, h: ['09:00', '16:00'], note: '年末年始を除く', desc: '観光パンフレットの配布や散策ルートの案内を行っています。', acc: 'small', org: '一般社団法人大磯町観光協会' },
  { n: '生沢地区会館', k: 'イクサワチクカイカン', e: 'Ikusawa Community Hall', ...P.ikusawa, tel: '0463-61-8801', days: EVERY_DAY, h: ['09:00', '21:00'], note: '利用は予約制（自治会で受付）', desc: '生沢地区の自治会活動や地域の集まりに利用できる会館です。', acc: 'small' },
  { n: '寺坂地区会館', k: 'テラサカチクカイカン', e: 'Terasaka Community Hall', ...P.terasaka, tel: '0463-61-8802', days: EVERY_DAY, h: ['09:00', '21:00'], note: '利用は予約制（自治会で受付）', desc: '寺坂地区の自治会活動や地域の集まりに利用できる会館です。', acc: 'small' },
  { n: '高麗地区会館', k: 'タカクチクカイカン', e: 'Takaku Community Hall', ...P.takaku, tel: '0463-61-8803', days: EVERY_DAY, h: ['09:00', '21:00'], note: '利用は予約制（自治会で受付）', desc: '高麗地区の自治会活動や地域の集まりに利用できる会館です。', acc: 'small' },
];

const SCHOOL_MEMO = '校庭・体育館（指定避難所）';
const SAFE = '洪水 地震 津波 火事 内水';
const evacuation: EvacuationInput[] = [
  { n: '大磯町立大磯小学校', k: 'オオイソチョウリツオオイソショウガッコウ', e: 'Oiso Elementary School', ...P.oisoSho, elev: '14.1', tel: '0463-61-0071', hz: '崖 地震 火事', shelter: true, cap: 1300, area: '東小磯・大磯地区', memo: SCHOOL_MEMO },
  { n: '大磯町立国府小学校', k: 'オオイソチョウリツコクフショウガッコウ', e: 'Kokufu Elementary School', ...P.kokufuSho, elev: '22.4', tel: '0463-61-0055', hz: '洪水 崖 地震 火事 内水', shelter: true, cap: 1200, area: '国府本郷・国府新宿・月京地区', memo: SCHOOL_MEMO },
  { n: '大磯町立大磯中学校', k: 'オオイソチョウリツオオイソチュウガッコウ', e: 'Oiso Junior High School', ...P.oisoChu, elev: '30.5', tel: '0463-61-0143', hz: SAFE, shelter: true, cap: 1400, area: '東小磯・石神台地区', memo: SCHOOL_MEMO },
  { n: '大磯町立国府中学校', k: 'オオイソチョウリツコクフチュウガッコウ', e: 'Kokufu Junior High School', ...P.kokufuChu, elev: '26.3', tel: '0463-61-1432', hz: SAFE, shelter: true, cap: 1300, area: '国府新宿・国府本郷地区', memo: SCHOOL_MEMO },
  { n: '神奈川県立大磯高等学校', k: 'カナガワケンリツオオイソコウトウガッコウ', e: 'Kanagawa Prefectural Oiso High School', ...P.koko, elev: '19.8', tel: '0463-61-0058', hz: '洪水 崖 地震 火事 内水', shelter: true, cap: 1500, area: '大磯・高麗地区', memo: SCHOOL_MEMO },
  { n: '大磯運動公園', k: 'オオイソウンドウコウエン', e: 'Oiso Sports Park', ...P.undo, elev: '45.2', tel: '0463-61-8990', hz: SAFE, shelter: false, cap: 4000, area: '国府本郷・寺坂地区', memo: '多目的グラウンド' },
  { n: '神奈川県立大磯城山公園', k: 'カナガワケンリツオオイソジョウヤマコウエン', e: 'Oiso Joyama Park', ...P.joyamaTop, elev: '40.0', tel: '0463-61-0356', hz: SAFE, shelter: false, cap: 2500, area: '西小磯・月京地区', memo: '展望台地区の芝生広場' },
  { n: '高麗山公園', k: 'コマヤマコウエン', e: 'Komayama Park', ...P.komayama, elev: '120.0', tel: TEL, hz: '地震 津波 火事', shelter: false, cap: 500, area: '高麗地区', memo: '登山道の通行に注意' },
  { n: '石神台中央公園', k: 'イシガミダイチュウオウコウエン', e: 'Ishigamidai Central Park', ...P.ishigami, elev: '55.6', tel: TEL, hz: SAFE, shelter: false, cap: 600, area: '石神台自治会' },
  { n: '生沢地区会館', k: 'イクサワチクカイカン', e: 'Ikusawa Community Hall', ...P.ikusawa, elev: '80.3', tel: '0463-61-8801', hz: SAFE, shelter: true, cap: 200, area: '生沢自治会' },
  { n: '寺坂地区会館', k: 'テラサカチクカイカン', e: 'Terasaka Community Hall', ...P.terasaka, elev: '64.9', tel: '0463-61-8802', hz: SAFE, shelter: true, cap: 150, area: '寺坂自治会' },
  { n: '黒岩会館', k: 'クロイワカイカン', e: 'Kuroiwa Community Hall', a: ['黒岩', '152'], at: [35.337312, 139.289104], elev: '108.7', tel: '0463-61-8804', hz: SAFE, shelter: true, cap: 120, area: '黒岩自治会' },
  { n: '虫窪会館', k: 'ムシクボカイカン', e: 'Mushikubo Community Hall', a: ['虫窪', '210'], at: [35.333807, 139.276512], elev: '95.2', tel: '0463-61-8805', hz: SAFE, shelter: true, cap: 100, area: '虫窪自治会' },
  { n: '西久保地区会館', k: 'ニシクボチクカイカン', e: 'Nishikubo Community Hall', a: ['西久保', '425'], at: [35.326204, 139.299812], elev: '70.1', tel: '0463-61-8806', hz: SAFE, shelter: true, cap: 150, area: '西久保自治会' },
];

const SCHOOL_AED = { days: WEEKDAYS, h: ['08:00', '17:00'] as [string, string], note: '夜間・休日・長期休業中の閉庁日は使用できません', child: true };
const OUTDOOR = { days: EVERY_DAY, h: DAYS_24H, note: '屋外の収納ボックス内にあり24時間使用できます（扉を開けると警報音が鳴ります）', child: true };
const aeds: AedInput[] = [
  { n: '大磯町役場', k: 'オオイソマチヤクバ', e: 'Oiso Town Hall', ...P.yakuba, pos: '本庁舎1階 町民課前', tel: TEL, days: WEEKDAYS, h: ['08:30', '17:15'], note: '土日祝日・年末年始を除く', child: true },
  { n: '大磯町立図書館', k: 'オオイソチョウリツトショカン', e: 'Oiso Town Library', ...P.library, pos: '1階 カウンター横', tel: '0463-61-0522', days: '火水木金土日祝', h: ['09:00', '19:00'], note: '土日祝日は17時まで。月曜日・年末年始休館', child: false },
  { n: '大磯町保健センター', k: 'オオイソマチホケンセンター', e: 'Oiso Health Center', ...P.hoken, pos: '1階 受付', tel: '0463-61-4111', days: WEEKDAYS, h: ['08:30', '17:15'], child: true },
  { n: '大磯町国府支所', k: 'オオイソマチコクフシショ', e: 'Kokufu Branch Office', ...P.kokufu, pos: '1階 窓口横', tel: '0463-61-0150', days: WEEKDAYS, h: ['08:30', '17:15'], child: true },
  { n: '大磯町福祉センター', k: 'オオイソマチフクシセンター', e: 'Oiso Welfare Center', ...P.fukushi, pos: '1階 玄関ホール', tel: '0463-61-6655', org: '社会福祉法人大磯町社会福祉協議会', days: '月火水木金土', h: ['09:00', '17:00'], note: '日曜・祝日・年末年始を除く', child: false },
  { n: '大磯町郷土資料館', k: 'オオイソマチキョウドシリョウカン', e: 'Oiso Municipal Museum', ...P.kyodo, pos: '1階 受付', tel: '0463-61-4700', days: '火水木金土日祝', h: ['09:00', '17:00'], note: '月曜日・年末年始休館', child: true },
  { n: '旧吉田茂邸', k: 'キュウヨシダシゲルテイ', e: 'Former Residence of Shigeru Yoshida', ...P.yoshida, pos: '受付棟', tel: '0463-61-4777', days: '火水木金土日祝', h: ['09:00', '16:30'], note: '月曜日・年末年始休館', child: false },
  { n: '大磯運動公園', k: 'オオイソウンドウコウエン', e: 'Oiso Sports Park', ...P.undo, pos: '管理棟 事務室', tel: '0463-61-8990', days: EVERY_DAY, h: ['08:30', '21:00'], note: '年末年始を除く', child: true },
  { n: '大磯港賑わい交流施設', k: 'オオイソコウニギワイコウリュウシセツ', e: 'Oiso Port Community Facility', ...P.port, pos: '1階 案内カウンター', tel: '0463-61-3300', days: '水木金土日祝', h: ['10:00', '17:00'], note: '月曜日・火曜日休館', child: true },
  { n: '大磯町立大磯小学校', k: 'オオイソチョウリツオオイソショウガッコウ', e: 'Oiso Elementary School', ...P.oisoSho, pos: '1階 職員室前廊下', tel: '0463-61-0071', ...SCHOOL_AED },
  { n: '大磯町立国府小学校', k: 'オオイソチョウリツコクフショウガッコウ', e: 'Kokufu Elementary School', ...P.kokufuSho, pos: '1階 職員室前廊下', tel: '0463-61-0055', ...SCHOOL_AED },
  { n: '大磯町立大磯中学校', k: 'オオイソチョウリツオオイソチュウガッコウ', e: 'Oiso Junior High School', ...P.oisoChu, pos: '体育館入口', tel: '0463-61-0143', ...SCHOOL_AED },
  { n: '大磯町立国府中学校', k: 'オオイソチョウリツコクフチュウガッコウ', e: 'Kokufu Junior High School', ...P.kokufuChu, pos: '1階 昇降口', tel: '0463-61-1432', ...SCHOOL_AED },
  { n: '神奈川県立大磯高等学校', k: 'カナガワケンリツオオイソコウトウガッコウ', e: 'Oiso High School', ...P.koko, pos: '1階 事務室', tel: '0463-61-0058', org: '神奈川県', days: WEEKDAYS, h: ['08:30', '17:00'], child: false, internal: true, memo: '校内での使用を優先します' },
  { n: 'JR大磯駅', k: 'ジェイアールオオイソエキ', e: 'JR Oiso Station', ...P.station, pos: '改札口横 駅事務室', tel: '0463-61-0046', org: JR, days: EVERY_DAY, h: ['05:00', '24:00'], note: '始発から終電まで。駅係員に申し出てください', child: false },
  { n: '大磯町消防署', k: 'オオイソマチショウボウショ', e: 'Oiso Fire Station', ...P.fire, pos: '1階 受付', tel: '0463-61-0119', org: '大磯町消防本部', days: EVERY_DAY, h: DAYS_24H, note: '24時間対応（出動中は不在の場合があります）', child: true },
  { n: '生沢地区会館', k: 'イクサワチクカイカン', e: 'Ikusawa Community Hall', ...P.ikusawa, pos: '玄関横 屋外収納ボックス', tel: '0463-61-8801', ...OUTDOOR },
  { n: '高麗地区会館', k: 'タカクチクカイカン', e: 'Takaku Community Hall', ...P.takaku, pos: '玄関横 屋外収納ボックス', tel: '0463-61-8803', ...OUTDOOR },
  { n: '大磯海水浴場 監視所', k: 'オオイソカイスイヨクジョウ カンシジョ', e: 'Oiso Beach Lifeguard Station', a: ['大磯', '1391'], at: [35.305904, 139.316208], pos: '監視所内', tel: '0463-61-3300', org: '一般社団法人大磯町観光協会', days: EVERY_DAY, h: ['09:00', '17:00'], note: '海水浴場の開設期間（7月中旬〜8月）のみ設置', child: true },
];

const toilets: ToiletInput[] = [
  { n: '大磯駅前公衆トイレ', k: 'オオイソエキマエコウシュウトイレ', e: 'Oiso Station Public Toilet', a: ['大磯', '1001-1'], at: [35.309904, 139.313108], pos: '駅前ロータリー東側', m: [3, 0, 2], f: [0, 3], u: [0, 0], bf: 1, eq: [true, true, true], h: DAYS_24H, note: '24時間利用可' },
  { n: '大磯港公衆トイレ', k: 'オオイソコウコウシュウトイレ', e: 'Oiso Port Public Toilet', a: ['大磯', '1398-20'], at: [35.304812, 139.312904], pos: '港駐車場北側', m: [2, 1, 1], f: [1, 2], u: [0, 0], bf: 1, eq: [true, true, true], h: DAYS_24H, note: '24時間利用可' },
  { n: '照ヶ崎海岸公衆トイレ', k: 'テルガサキカイガンコウシュウトイレ', e: 'Terugasaki Beach Public Toilet', a: ['大磯', '1391'], at: [35.306304, 139.317206], pos: '海岸入口', m: [2, 1, 1], f: [1, 2], u: [0, 0], bf: 1, eq: [true, false, false], h: DAYS_24H, note: '24時間利用可。夏季は海水浴場の更衣室を併設' },
  { n: '北浜海岸公衆トイレ', k: 'キタハマカイガンコウシュウトイレ', e: 'Kitahama Beach Public Toilet', a: ['大磯', '1920'], at: [35.307612, 139.321204], pos: '海岸遊歩道入口', m: [1, 1, 0], f: [1, 1], u: [0, 0], bf: 0, eq: [false, false, false], h: DAYS_24H, note: '24時間利用可' },
  { n: '城山公園 旧三井別邸地区トイレ', k: 'ジョウヤマコウエン キュウミツイベッテイチクトイレ', e: 'Joyama Park Toilet (Mitsui Villa Area)', a: ['国府本郷', '551-1'], at: [35.305804, 139.295012], pos: '郷土資料館北側', m: [2, 0, 2], f: [0, 3], u: [0, 0], bf: 1, eq: [true, true, true], h: ['09:00', '17:00'] },
  { n: '城山公園 展望台地区トイレ', k: 'ジョウヤマコウエン テンボウダイチクトイレ', e: 'Joyama Park Toilet (Observatory Area)', a: ['国府本郷', '551-1'], at: [35.306912, 139.293806], pos: '展望台下広場', m: [1, 1, 0], f: [1, 1], u: [0, 0], bf: 1, eq: [true, false, false], h: ['09:00', '17:00'] },
  { n: '大磯運動公園トイレ', k: 'オオイソウンドウコウエントイレ', e: 'Oiso Sports Park Toilet', a: ['国府本郷', '2122'], at: [35.317105, 139.284512], pos: '管理棟横', m: [3, 0, 2], f: [0, 4], u: [0, 0], bf: 1, eq: [true, true, true], h: ['08:30', '21:00'] },
  { n: '高麗山公園トイレ', k: 'コマヤマコウエントイレ', e: 'Komayama Park Toilet', a: ['高麗', '3-1'], at: [35.320712, 139.324106], pos: '登山口', m: [1, 1, 0], f: [1, 0], u: [0, 0], bf: 0, eq: [false, false, false], h: ['08:00', '17:00'] },
  { n: '旧吉田茂邸公衆トイレ', k: 'キュウヨシダシゲルテイコウシュウトイレ', e: 'Yoshida Residence Public Toilet', a: ['西小磯', '418'], at: [35.302812, 139.299106], pos: '駐車場横', m: [2, 0, 1], f: [0, 2], u: [0, 0], bf: 1, eq: [true, true, true], h: ['09:00', '17:00'], note: '月曜日は閉鎖' },
  { n: '国府新宿公衆トイレ', k: 'コウシンシュクコウシュウトイレ', e: 'Koshinshuku Public Toilet', a: ['国府新宿', '98-2'], at: [35.304106, 139.279804], pos: '国道1号沿い 休憩所', m: [1, 0, 1], f: [0, 1], u: [0, 0], bf: 1, eq: [true, false, false], h: DAYS_24H, note: '24時間利用可' },
  { n: '石神台中央公園トイレ', k: 'イシガミダイチュウオウコウエントイレ', e: 'Ishigamidai Central Park Toilet', a: ['石神台', '2-4-1'], at: [35.317512, 139.301207], pos: '公園南側', m: [0, 0, 0], f: [0, 0], u: [0, 1], bf: 1, eq: [true, true, false], h: ['06:00', '21:00'] },
];

const preschools: PreschoolInput[] = [
  { n: '大磯町立大磯幼稚園', k: 'オオイソチョウリツオオイソヨウチエン', e: 'Oiso Kindergarten', type: '幼稚園', a: ['大磯', '2040'], at: [35.311312, 139.316205], access: 'JR大磯駅から徒歩10分', parking: 'なし', tel: '0463-61-0247', org: '大磯町', since: '1950-04-01', cap: 140, ages: '3歳〜5歳', days: WEEKDAYS, h: ['08:30', '14:00'], note: '長期休業中を除く', temp: ['日額', '400', '預かり保育（在園児対象）', '14:00', '17:00'], nursing: false, diaper: true },
  { n: '大磯町立国府幼稚園', k: 'オオイソチョウリツコクフヨウチエン', e: 'Kokufu Kindergarten', type: '幼稚園', a: ['国府本郷', '1070'], at: [35.309812, 139.285307], access: 'JR大磯駅からバス「国府本郷」下車徒歩3分', parking: 'なし', tel: '0463-61-0248', org: '大磯町', since: '1956-04-01', cap: 140, ages: '3歳〜5歳', days: WEEKDAYS, h: ['08:30', '14:00'], note: '長期休業中を除く', temp: ['日額', '400', '預かり保育（在園児対象）', '14:00', '17:00'], nursing: false, diaper: true },
  { n: '大磯町立大磯保育園', k: 'オオイソチョウリツオオイソホイクエン', e: 'Oiso Nursery School', type: '保育所', a: ['東小磯', '520-1'], at: [35.309008, 139.305612], access: 'JR大磯駅から徒歩12分', parking: '送迎用駐車場6台', tel: '0463-61-0290', fax: '0463-61-0291', org: '大磯町', since: '1969-04-01', cap: 100, ages: '生後6か月〜5歳', days: '月火水木金土', h: ['07:00', '19:00'], note: '日曜・祝日・年末年始を除く', temp: ['日額', '2400', '半日は1,200円。給食費別途', '08:30', '17:00'], nursing: true, diaper: true },
  { n: 'こくふ保育園', k: 'コクフホイクエン', e: 'Kokufu Nursery School', type: '保育所', a: ['国府新宿', '120-3'], at: [35.306512, 139.281104], access: 'JR二宮駅からバス「国府新宿」下車徒歩2分', parking: '送迎用駐車場4台', tel: '0463-61-7155', fax: '0463-61-7156', org: '社会福祉法人こくふ福祉会', since: '1978-04-01', cap: 90, ages: '生後57日〜5歳', days: '月火水木金土', h: ['07:00', '19:00'], note: '日曜・祝日・年末年始を除く', sick: true, nursing: true, diaper: true, memo: '病児保育室（定員3名）を併設' },
  { n: 'いしがみだい保育園', k: 'イシガミダイホイクエン', e: 'Ishigamidai Nursery School', type: '保育所', a: ['石神台', '1-8-2'], at: [35.318012, 139.302408], access: 'JR大磯駅からバス「石神台」下車徒歩2分', parking: 'なし', tel: '0463-61-2388', org: '株式会社いしがみ', since: '2017-04-01', cap: 60, ages: '生後6か月〜5歳', days: '月火水木金土', h: ['07:30', '18:30'], note: '日曜・祝日・年末年始を除く', nursing: true, diaper: true },
  { n: '認定こども園 おおいそ', k: 'ニンテイコドモエン オオイソ', e: 'Oiso Center for Early Childhood Education and Care', type: '認定こども園', a: ['西小磯', '55-1'], at: [35.306512, 139.300506], access: 'JR大磯駅から徒歩15分', parking: '送迎用駐車場8台', tel: '0463-61-1120', fax: '0463-61-1121', org: '学校法人大磯学園', since: '2019-04-01', cap: 160, ages: '生後6か月〜5歳', days: '月火水木金土', h: ['07:30', '18:30'], note: '日曜・祝日・年末年始を除く', temp: ['時間', '500', '1時間あたり（未就園児）', '09:00', '16:00'], nursing: true, diaper: true },
  { n: '認定こども園 こゆるぎ', k: 'ニンテイコドモエン コユルギ', e: 'Koyurugi Center for Early Childhood Education and Care', type: '認定こども園', a: ['高麗', '1-5-8'], at: [35.317304, 139.326012], access: 'JR大磯駅からバス「高麗」下車徒歩3分', parking: '送迎用駐車場5台', tel: '0463-61-5820', org: '学校法人こゆるぎ学園', since: '2020-04-01', cap: 120, ages: '1歳〜5歳', days: '月火水木金土', h: ['07:30', '18:30'], note: '日曜・祝日・年末年始を除く', nursing: true, diaper: true },
  { n: '大磯町子育て支援センター', k: 'オオイソマチコソダテシエンセンター', e: 'Oiso Child-rearing Support Center', type: '子育て支援センター', a: ['東小磯', '190-2', '大磯町保健センター2階'], at: P.hoken.at, access: 'JR大磯駅から徒歩7分', parking: '保健センター駐車場（15台）', tel: '0463-61-4120', org: '大磯町', ages: '0歳〜就学前の子どもと保護者', days: '月火水木金土', h: ['09:00', '16:00'], note: '日曜・祝日・年末年始休み。予約不要', nursing: true, diaper: true, memo: '子育て相談・ひろば事業・講座を行っています' },
  { n: '国府地域子育て支援センター', k: 'コクフチイキコソダテシエンセンター', e: 'Kokufu Child-rearing Support Center', type: '子育て支援センター', a: ['国府本郷', '546-1', '大磯町国府支所2階'], at: P.kokufu.at, access: 'JR二宮駅からバス「国府本郷」下車徒歩2分', parking: '国府支所駐車場（10台）', tel: '0463-61-4121', org: '大磯町', ages: '0歳〜就学前の子どもと保護者', days: WEEKDAYS, h: ['09:30', '15:30'], note: '土日祝日・年末年始休み', nursing: true, diaper: true },
  { n: '東町児童館', k: 'ヒガシチョウジドウカン', e: 'Higashicho Children\'s Hall', type: '児童館', a: ['大磯', '2505-1'], at: [35.311704, 139.320107], access: 'JR大磯駅から徒歩15分', parking: 'なし', tel: '0463-61-4122', org: '大磯町', ages: '0歳〜18歳', days: '月火水木金土', h: ['09:30', '17:00'], note: '日曜・祝日・年末年始休館', nursing: false, diaper: true },
  { n: '国府新宿児童館', k: 'コウシンシュクジドウカン', e: 'Koshinshuku Children\'s Hall', type: '児童館', a: ['国府新宿', '310-2'], at: [35.306204, 139.278506], access: 'JR二宮駅からバス「国府新宿」下車徒歩5分', parking: '2台', tel: '0463-61-4123', org: '大磯町', ages: '0歳〜18歳', days: '月火水木金土', h: ['09:30', '17:00'], note: '日曜・祝日・年末年始休館', nursing: true, diaper: true },
];

const population: PopulationInput[] = [
  { name: '大磯', code: '143413001', total: 8764, profile: 'central' },
  { name: '東小磯', code: '143413002', total: 3792, profile: 'central' },
  { name: '西小磯', code: '143413003', total: 3418, profile: 'central' },
  { name: '国府本郷', code: '143413004', total: 4573, profile: 'central' },
  { name: '国府新宿', code: '143413005', total: 2716, profile: 'family' },
  { name: '生沢', code: '143413006', total: 1486, profile: 'rural' },
  { name: '寺坂', code: '143413007', total: 712, profile: 'rural' },
  { name: '虫窪', code: '143413008', total: 489, profile: 'rural' },
  { name: '黒岩', code: '143413009', total: 344, profile: 'rural' },
  { name: '西久保', code: '143413010', total: 603, profile: 'rural' },
  { name: '月京', code: '143413011', total: 917, profile: 'central' },
  { name: '高麗', code: '143413012', total: 1318, profile: 'estate' },
  { name: '石神台', code: '143413013', total: 1874, profile: 'estate' },
];

const at = (name: string, site: Site): Site & { name: string } => ({ name, ...site });
const port = at('大磯港', { a: ['大磯', '1398-18'], at: P.port.at });
const TOURISM = '一般社団法人大磯町観光協会';
const events: EventInput[] = [
  { n: '大磯市（おおいそいち）12月', k: 'オオイソイチ', e: 'Oiso Market (December)', d: ['2026-12-20', '2026-12-20'], t: ['09:00', '14:00'], note: '毎月第3日曜日開催。荒天中止', desc: '町内外の店が集まる大磯港の朝市です。地元の野菜・鮮魚・手工芸品が並びます。', fee: ['無料', '入場無料（商品は有料）'], contact: [TOURISM, '0463-61-3300'], org: '大磯市実行委員会', place: port, access: 'JR大磯駅から徒歩10分', parking: '大磯港駐車場（有料・台数限定）' },
  { n: '図書館 冬のおはなし会', k: 'トショカン フユノオハナシカイ', e: 'Library Winter Storytime', d: ['2026-12-19', '2026-12-19'], t: ['11:00', '11:30'], desc: '絵本の読み聞かせと手遊びの会です。幼児と保護者向けです。', fee: ['無料', ''], contact: ['大磯町立図書館', '0463-61-0522'], org: '大磯町立図書館', place: at('大磯町立図書館 おはなしコーナー', P.library), access: 'JR大磯駅から徒歩7分', parking: '役場駐車場を利用', cap: 20 },
  { n: '郷土資料館 企画展「大磯の別荘文化」', k: 'キョウドシリョウカン キカクテン オオイソノベッソウブンカ', e: 'Special Exhibition: Villa Culture of Oiso', d: ['2026-12-05', '2027-02-28'], t: ['09:00', '17:00'], note: '月曜日（祝日の場合は翌日）・年末年始休館', desc: '明治以降に政財界人が別荘を構えた大磯の歩みを、写真と資料で紹介します。', fee: ['無料', ''], contact: ['大磯町郷土資料館', '0463-61-4700'], org: '大磯町', place: at('大磯町郷土資料館', P.kyodo), access: 'JR大磯駅からバス「城山公園前」下車すぐ', parking: '城山公園駐車場（有料）' },
  { n: '高麗山 初日の出ハイキング', k: 'コマヤマ ハツヒノデハイキング', e: 'New Year Sunrise Hike on Mt. Koma', d: ['2027-01-01', '2027-01-01'], t: ['05:45', '08:00'], note: '日の出は6時50分ごろ。雨天中止', desc: 'ガイドと一緒に高麗山に登り、山頂付近から初日の出を眺めます。', fee: ['無料', ''], contact: [TOURISM, '0463-61-3300'], org: TOURISM, place: at('高麗山公園 登山口（集合）', P.komayama), access: 'JR大磯駅から徒歩25分', parking: 'なし', cap: 50, apply: ['2026-12-25', '17:00', '電話で申込み（先着順）'], memo: '懐中電灯をお持ちください' },
  { n: '大磯の左義長', k: 'オオイソノサギチョウ', e: 'Oiso Sagicho Fire Festival', d: ['2027-01-09', '2027-01-09'], t: ['17:30', '21:00'], note: '点火は18時30分ごろ。荒天時は翌日に順延', desc: '国の重要無形民俗文化財に指定された小正月の火祭りです。浜辺で正月飾りを燃やし、無病息災を祈ります。', fee: ['無料', ''], contact: [TOURISM, '0463-61-3300'], org: '大磯左義長保存会', place: at('大磯北浜海岸', { a: ['大磯', '1920'], at: [35.307512, 139.321806] }), access: 'JR大磯駅から徒歩15分', parking: 'なし（公共交通機関をご利用ください）', memo: '当日は周辺で交通規制があります' },
  { n: '大磯町 二十歳のつどい', k: 'オオイソマチ ハタチノツドイ', e: 'Coming-of-Age Ceremony', d: ['2027-01-10', '2027-01-10'], t: ['13:30', '15:00'], note: '受付13時から', desc: '2006年4月2日から2007年4月1日までに生まれた方を対象とした式典です。', fee: ['無料', ''], contact: ['大磯町教育委員会 生涯学習課', '0463-61-4101'], org: '大磯町・大磯町教育委員会', place: at('大磯町立大磯中学校 体育館', P.oisoChu), access: 'JR大磯駅から徒歩15分', parking: 'なし（公共交通機関をご利用ください）', memo: '対象の方には12月に案内状を送ります' },
  { n: '城山公園 冬の野鳥観察会', k: 'ジョウヤマコウエン フユノヤチョウカンサツカイ', e: 'Winter Bird Watching at Joyama Park', d: ['2027-01-24', '2027-01-24'], t: ['09:30', '12:00'], note: '雨天中止', desc: '日本野鳥の会の案内で、城山公園に飛来する冬鳥を観察します。双眼鏡の貸出あり。', fee: ['無料', ''], contact: ['大磯町郷土資料館', '0463-61-4700'], org: '大磯町郷土資料館', place: at('県立大磯城山公園 展望台地区', P.joyamaTop), access: 'JR大磯駅からバス「城山公園前」下車徒歩5分', parking: '城山公園駐車場（有料）', cap: 30, apply: ['2027-01-17', '17:00', '電話で申込み'] },
  { n: '子育てひろば 節分あそび', k: 'コソダテヒロバ セツブンアソビ', e: 'Setsubun Play Day', d: ['2027-02-03', '2027-02-03'], t: ['10:00', '11:30'], desc: '鬼のお面づくりと豆まきあそびを親子で楽しみます。', fee: ['無料', ''], contact: ['大磯町子育て支援センター', '0463-61-4120'], org: '大磯町', place: at('大磯町子育て支援センター', { a: ['東小磯', '190-2', '大磯町保健センター2階'], at: P.hoken.at }), access: 'JR大磯駅から徒歩7分', parking: '保健センター駐車場（15台）', cap: 15, apply: ['2027-01-29', '16:00', '電話または窓口'] },
  { n: '健康講座「こころとからだのセルフケア」', k: 'ケンコウコウザ ココロトカラダノセルフケア', e: 'Health Lecture: Self-care for Body and Mind', d: ['2027-02-10', '2027-02-10'], t: ['14:00', '15:30'], desc: '保健師による、眠り・ストレス・運動のセルフケアの講座です。', fee: ['無料', ''], contact: ['大磯町 福祉課', TEL], org: '大磯町', place: at('大磯町保健センター 集団指導室', P.hoken), access: 'JR大磯駅から徒歩7分', parking: '保健センター駐車場（15台）', cap: 40, apply: ['2027-02-03', '17:00', '電話または窓口（福祉課）'] },
  { n: 'おおいそ町民ロードレース', k: 'オオイソチョウミンロードレース', e: 'Oiso Town Road Race', d: ['2027-02-14', '2027-02-14'], t: ['09:00', '12:00'], note: '受付8時15分から。雨天決行', desc: '運動公園周辺の周回コースを走る、小学生から大人までの町民ロードレースです。', fee: ['有料', '参加費 一般1,000円・中学生以下500円'], contact: ['大磯町 町民課', TEL], org: '大磯町・大磯町体育協会', place: at('大磯運動公園', P.undo), access: 'JR大磯駅からバス「運動公園入口」下車徒歩5分', parking: '運動公園駐車場（150台）', cap: 300, apply: ['2027-01-22', '17:00', '電子申請または町民課窓口'] },
  { n: '旧吉田茂邸 ひな人形展', k: 'キュウヨシダシゲルテイ ヒナニンギョウテン', e: 'Hina Doll Exhibition at Yoshida Residence', d: ['2027-02-20', '2027-03-03'], t: ['09:00', '16:30'], note: '月曜日休館。入館は16時まで', desc: '町民から寄贈されたひな人形を邸内に飾ります。', fee: ['有料', '旧吉田茂邸の入館料が必要'], contact: ['旧吉田茂邸', '0463-61-4777'], org: '大磯町', place: at('旧吉田茂邸', P.yoshida), access: 'JR大磯駅からバス「城山公園前」下車徒歩3分', parking: '城山公園駐車場（有料）' },
  { n: '大磯町 津波避難訓練', k: 'オオイソマチ ツナミヒナンクンレン', e: 'Tsunami Evacuation Drill', d: ['2027-03-11', '2027-03-11'], t: ['10:00', '11:30'], note: '荒天時は中止', desc: '大津波警報の発表を想定し、大磯港周辺から高台の避難場所まで歩いて避難します。', fee: ['無料', ''], contact: ['大磯町 町民課', TEL], org: '大磯町', place: port, access: 'JR大磯駅から徒歩10分', parking: 'なし', memo: '防災行政無線で訓練放送を行います' },
  { n: '大磯市（おおいそいち）3月', k: 'オオイソイチ', e: 'Oiso Market (March)', d: ['2027-03-21', '2027-03-21'], t: ['09:00', '14:00'], note: '毎月第3日曜日開催。荒天中止', desc: '町内外の店が集まる大磯港の朝市です。春の野菜や干物が並びます。', fee: ['無料', '入場無料（商品は有料）'], contact: [TOURISM, '0463-61-3300'], org: '大磯市実行委員会', place: port, access: 'JR大磯駅から徒歩10分', parking: '大磯港駐車場（有料・台数限定）' },
];

export const datasets: SampleDataset[] = [
  sampleDataset('public_facility', {
    description: '大磯町の役場・図書館・学校・公園・歴史的建造物などの公共施設の所在地、開館時間、バリアフリー情報の一覧です。地図アプリや施設案内での利用を想定しています。デモ用のサンプルデータで、番地や電話番号の一部は架空です。',
    departmentCode: 'chomin', updateFrequency: 'yearly', publishedOn: '2024-04-01', updatedOn: '2026-04-01',
  }, facilityRows(town, facilities)),
  sampleDataset('evacuation_space', {
    description: '災害時に身の安全を確保するための指定緊急避難場所の一覧で、災害の種類ごとに使える場所を示しています。海沿いの低地にある場所は津波・高潮の避難先にはなりません。デモ用のサンプルデータです。',
    departmentCode: 'chomin', updateFrequency: 'yearly', publishedOn: '2024-07-01', updatedOn: '2026-07-01',
  }, evacuationRows(town, evacuation)),
  sampleDataset('aed', {
    description: '町内のAED（自動体外式除細動器）の設置場所と使える曜日・時間の一覧です。24時間使える屋外設置のものや、夏の海水浴場の期間だけ置かれるものも含みます。デモ用のサンプルデータです。',
    departmentCode: 'fukushi', updateFrequency: 'quarterly', publishedOn: '2024-07-01', updatedOn: '2026-10-01',
  }, aedRows(town, aeds)),
  sampleDataset('public_toilet', {
    description: '駅・港・海岸・公園にある公衆トイレの場所、便器の数、車椅子用・乳幼児用設備の有無の一覧です。デモ用のサンプルデータです。',
    departmentCode: 'chomin', updateFrequency: 'yearly', publishedOn: '2024-10-01', updatedOn: '2026-04-01',
  }, toiletRows(town, toilets)),
  sampleDataset('preschool', {
    description: '保育所・幼稚園・認定こども園・子育て支援センター・児童館の一覧です。定員、受入年齢、一時預かりや授乳室の有無を掲載しています。デモ用のサンプルデータです。',
    departmentCode: 'kosodate', updateFrequency: 'yearly', publishedOn: '2024-04-01', updatedOn: '2026-04-01',
  }, preschoolRows(town, preschools)),
  sampleDataset('population', {
    description: '2026年10月1日現在の地区別・5歳階級別の男女別人口と世帯数です。住民基本台帳をもとにした集計を想定しています。デモ用のサンプルデータで、実際の人口とは異なります。',
    departmentCode: 'chomin', updateFrequency: 'quarterly', publishedOn: '2024-01-15', updatedOn: '2026-10-15',
  }, populationRows(town, '2026-10-01', population, '住民基本台帳による（外国人住民を含む）。サンプルデータ')),
  sampleDataset('event', {
    description: '2026年12月から2027年3月に町内で開かれる催し・講座・行事の一覧です。日時、会場、申込方法を掲載しています。デモ用のサンプルデータです。',
    departmentCode: 'chomin', updateFrequency: 'monthly', publishedOn: '2025-04-01', updatedOn: '2026-11-16',
  }, eventRows(town, events)),
];
