/**
 * 二宮町 (143421) sample open data for the demo: invented but realistic rows in the national
 * standard formats. Real landmarks are used where well known; 番地, phone numbers, capacities and
 * most smaller facilities are invented. Not official data.
 */
import type { District, SampleDataset } from './types.ts';
import {
  aedRows, DAYS_24H, EVERY_DAY, evacuationRows, eventRows, facilityRows, populationRows, preschoolRows, sampleDataset, toiletRows, WEEKDAYS,
  type AedInput, type EvacuationInput, type EventInput, type FacilityInput, type PopulationInput, type PreschoolInput, type Site, type ToiletInput, type Town,
} from './row-builders.ts';

const town: Town = {
  code: '143421', name: '二宮町', prefecture: '神奈川県', county: '中郡',
  postal: { 二宮: '259-0123', 山西: '259-0124', 中里: '259-0122', 川匂: '259-0121', 一色: '259-0111', 百合が丘: '259-0112', 緑が丘: '259-0131', 富士見が丘: '259-0132', 松根: '259-0102' },
};

export const districts: District[] = [
  { name: '二宮', kana: 'にのみや', latitude: 35.300412, longitude: 139.257104 },
  { name: '山西', kana: 'やまにし', latitude: 35.297520, longitude: 139.238905 },
  { name: '中里', kana: 'なかざと', latitude: 35.305812, longitude: 139.246710 },
  { name: '一色', kana: 'いっしき', latitude: 35.310604, longitude: 139.261882 },
  { name: '百合が丘', kana: 'ゆりがおか', latitude: 35.309401, longitude: 139.267205 },
  { name: '緑が丘', kana: 'みどりがおか', latitude: 35.308512, longitude: 139.251027 },
  { name: '富士見が丘', kana: 'ふじみがおか', latitude: 35.302504, longitude: 139.236812 },
  { name: '松根', kana: 'まつね', latitude: 35.314706, longitude: 139.254318 },
  { name: '川匂', kana: 'かわわ', latitude: 35.308911, longitude: 139.238604 },
  { name: '茶屋', kana: 'ちゃや', latitude: 35.297103, longitude: 139.247512 },
  { name: '元町北', kana: 'もとまちきた', latitude: 35.300904, longitude: 139.253816 },
];

const TEL = '0463-71-3311'; // 役場代表
const JR = '東日本旅客鉄道株式会社';

// Shared places (reused across datasets).
const P = {
  yakuba: { a: ['二宮', '961'], at: [35.299012, 139.255634] },
  radian: { a: ['二宮', '1240-10', '生涯学習センター ラディアン'], at: [35.302184, 139.252947] },
  library: { a: ['二宮', '1240-10', '生涯学習センター ラディアン内'], at: [35.302381, 139.252611] },
  hoken: { a: ['二宮', '1336-1'], at: [35.301468, 139.254103] },
  fukushi: { a: ['中里', '1012-3', '二宮町福祉センター'], at: [35.304905, 139.248012] },
  pool: { a: ['中里', '1215-1'], at: [35.305631, 139.246284] },
  ground: { a: ['一色', '1760'], at: [35.311927, 139.259842] },
  azuma: { a: ['二宮', '1246'], at: [35.301724, 139.258693] },
  azumaTop: { a: ['二宮', '1250'], at: [35.302970, 139.259212] },
  seseragi: { a: ['川匂', '217'], at: [35.309876, 139.241530] },
  ninoSho: { a: ['二宮', '1148'], at: [35.298712, 139.262124] },
  yamaSho: { a: ['山西', '1285'], at: [35.298943, 139.240317] },
  isshikiSho: { a: ['一色', '1065'], at: [35.309412, 139.262816] },
  ninoChu: { a: ['二宮', '1203'], at: [35.303887, 139.261405] },
  nishiChu: { a: ['中里', '1006'], at: [35.305024, 139.242815] },
  koko: { a: ['二宮', '1363'], at: [35.306542, 139.257318] },
  station: { a: ['二宮', '838'], at: [35.299600, 139.255300] },
  ekimae: { a: ['二宮', '839-2', '駅前町民会館'], at: [35.300508, 139.255221] },
  yuri: { a: ['百合が丘', '2-15-1'], at: [35.309203, 139.267814] },
  fujimi: { a: ['富士見が丘', '2-8-3'], at: [35.302716, 139.237612] },
  midori: { a: ['緑が丘', '1-12-5'], at: [35.308624, 139.250387] },
  yamanishi: { a: ['山西', '512-4'], at: [35.296112, 139.236204] },
  matsune: { a: ['松根', '88-1'], at: [35.314820, 139.254610] },
} satisfies Record<string, Site>;

const facilities: FacilityInput[] = [
  { n: '二宮町役場', k: 'ニノミヤマチヤクバ', e: 'Ninomiya Town Hall', ...P.yakuba, tel: TEL, days: WEEKDAYS, h: ['08:30', '17:15'], note: '土日祝日・年末年始を除く', desc: '住民票・戸籍・税・福祉など町の各種手続の窓口です。', acc: 'office', url: 'https://www.town.ninomiya.kanagawa.jp/' },
  { n: '二宮町生涯学習センター', k: 'ニノミヤマチショウガイガクシュウセンター', e: 'Ninomiya Lifelong Learning Center', alias: 'ラディアン', ...P.radian, tel: '0463-72-6911', days: '火水木金土日祝', h: ['09:00', '22:00'], note: '月曜日（祝日の場合は翌平日）・年末年始休館', desc: 'ホール・ミニホール・会議室・創作室などを備えた生涯学習の拠点施設です。', acc: 'hall' },
  { n: '二宮町図書館', k: 'ニノミヤマチトショカン', e: 'Ninomiya Town Library', ...P.library, tel: '0463-72-6912', days: '火水木金土日祝', h: ['09:00', '19:00'], note: '土日祝日は17時まで。月曜日・毎月最終木曜日・年末年始休館', desc: '一般書・児童書・郷土資料の閲覧と貸出を行っています。', acc: 'hall' },
  { n: '二宮町保健センター', k: 'ニノミヤマチホケンセンター', e: 'Ninomiya Health Center', ...P.hoken, tel: '0463-71-7100', days: WEEKDAYS, h: ['08:30', '17:15'], note: '土日祝日・年末年始を除く', desc: '乳幼児健診・予防接種・健康相談などを行う施設です。', acc: 'office' },
  { n: '二宮町福祉センター', k: 'ニノミヤマチフクシセンター', e: 'Ninomiya Welfare Center', ...P.fukushi, tel: '0463-72-5880', days: '月火水木金土', h: ['09:00', '17:00'], note: '日曜・祝日・年末年始休館', desc: '高齢者・障がい者の交流や福祉活動に利用できる施設で、社会福祉協議会が入っています。', acc: 'office', org: '社会福祉法人二宮町社会福祉協議会' },
  { n: '二宮町町民温水プール', k: 'ニノミヤマチチョウミンオンスイプール', e: 'Ninomiya Heated Swimming Pool', ...P.pool, tel: '0463-72-4531', days: '火水木金土日祝', h: ['09:00', '21:00'], note: '月曜日・年末年始・設備点検日休館', desc: '25メートルプールと幼児用プールのある屋内温水プールです。', acc: 'hall' },
  { n: '二宮町町民運動場', k: 'ニノミヤマチチョウミンウンドウジョウ', e: 'Ninomiya Town Sports Ground', ...P.ground, tel: '0463-72-4532', days: EVERY_DAY, h: ['08:30', '17:00'], note: '年末年始休場。利用には事前予約が必要', desc: '野球・サッカー・グラウンドゴルフなどに利用できる多目的運動場です。', acc: 'park' },
  { n: '吾妻山公園', k: 'アズマヤマコウエン', e: 'Azumayama Park', ...P.azuma, tel: '0463-72-4530', days: EVERY_DAY, h: ['08:30', '17:00'], note: '管理事務所の開設時間。園内は常時開放', desc: '標高136メートルの山頂から相模湾と富士山を望む公園で、1月から2月は菜の花が見ごろです。', acc: 'park' },
  { n: '二宮せせらぎ公園', k: 'ニノミヤセセラギコウエン', e: 'Ninomiya Seseragi Park', ...P.seseragi, tel: '0463-72-4533', days: EVERY_DAY, h: ['09:00', '17:00'], note: '年末年始を除く', desc: '湧水と小川、古民家のある里山の公園です。', acc: 'park' },
  { n: '二宮町立二宮小学校', k: 'ニノミヤチョウリツニノミヤショウガッコウ', e: 'Ninomiya Elementary School', ...P.ninoSho, tel: '0463-71-0154', days: WEEKDAYS, h: ['08:15', '16:45'], note: '学校行事等により変更あり', desc: '町立の小学校です。校庭と体育館は指定緊急避難場所・指定避難所です。', acc: 'school' },
  { n: '二宮町立山西小学校', k: 'ニノミヤチョウリツヤマニシショウガッコウ', e: 'Yamanishi Elementary School', ...P.yamaSho, tel: '0463-71-0168', days: WEEKDAYS, h: ['08:15', '16:45'], note: '学校行事等により変更あり', desc: '町立の小学校です。校庭と体育館は指定緊急避難場所・指定避難所です。', acc: 'school' },
  { n: '二宮町立一色小学校', k: 'ニノミヤチョウリツイッシキショウガッコウ', e: 'Isshiki Elementary School', ...P.isshikiSho, tel: '0463-71-4125', days: WEEKDAYS, h: ['08:15', '16:45'], note: '学校行事等により変更あり', desc: '町立の小学校です。校庭と体育館は指定緊急避難場所・指定避難所です。', acc: 'school' },
  { n: '二宮町立二宮中学校', k: 'ニノミヤチョウリツニノミヤチュウガッコウ', e: 'Ninomiya Junior High School', ...P.ninoChu, tel: '0463-71-0173', days: WEEKDAYS, h: ['08:15', '16:45'], note: '学校行事等により変更あり', desc: '町立の中学校です。校庭と体育館は指定緊急避難場所・指定避難所です。', acc: 'school' },
  { n: '二宮町立二宮西中学校', k: 'ニノミヤチョウリツニノミヤニシチュウガッコウ', e: 'Ninomiya Nishi Junior High School', ...P.nishiChu, tel: '0463-72-2611', days: WEEKDAYS, h: ['08:15', '16:45'], note: '学校行事等により変更あり', desc: '町立の中学校です。校庭と体育館は指定緊急避難場所・指定避難所です。', acc: 'school' },
  { n: '二宮町駅前町民会館', k: 'ニノミヤマチエキマエチョウミンカイカン', e: 'Ninomiya Station Community Hall', ...P.ekimae, tel: '0463-71-5561', days: EVERY_DAY, h: ['09:00', '21:00'], note: '年末年始休館', desc: '二宮駅北口すぐの集会施設で、会議室と和室を貸し出しています。', acc: 'small' },
  { n: '百合が丘地区集会所', k: 'ユリガオカチクシュウカイジョ', e: 'Yurigaoka Community Hall', ...P.yuri, tel: '0463-72-1840', days: EVERY_DAY, h: ['09:00', '21:00'], note: '利用は予約制（自治会で受付）', desc: '百合が丘地区の自治会活動や地域の集まりに利用できる集会所です。', acc: 'small' },
  { n: '富士見が丘地区集会所', k: 'フジミガオカチクシュウカイジョ', e: 'Fujimigaoka Community Hall', ...P.fujimi, tel: '0463-72-1841', days: EVERY_DAY, h: ['09:00', '21:00'], note: '利用は予約制（自治会で受付）', desc: '富士見が丘地区の自治会活動や地域の集まりに利用できる集会所です。', acc: 'small' },
  { n: '緑が丘地区集会所', k: 'ミドリガオカチクシュウカイジョ', e: 'Midorigaoka Community Hall', ...P.midori, tel: '0463-72-1842', days: EVERY_DAY, h: ['09:00', '21:00'], note: '利用は予約制（自治会で受付）', desc: '緑が丘地区の自治会活動や地域の集まりに利用できる集会所です。', acc: 'small' },
  { n: '山西集会所', k: 'ヤマニシシュウカイジョ', e: 'Yamanishi Community Hall', ...P.yamanishi, tel: '0463-71-2950', days: EVERY_DAY, h: ['09:00', '21:00'], note: '利用は予約制（自治会で受付）', desc: '山西地区（梅沢・茶屋ほか）の自治会活動に利用できる集会所です。', acc: 'small' },
  { n: '松根集会所', k: 'マツネシュウカイジョ', e: 'Matsune Community Hall', ...P.matsune, tel: '0463-72-1843', days: EVERY_DAY, h: ['09:00', '21:00'], note: '利用は予約制（自治会で受付）', desc: '松根地区の自治会活動や地域の集まりに利用できる集会所です。', acc: 'small' },
];

const schoolArea = (s: string): string => `${s}（指定避難所）`;
const evacuation: EvacuationInput[] = [
  { n: '二宮町立二宮小学校', k: 'ニノミヤチョウリツニノミヤショウガッコウ', e: 'Ninomiya Elementary School', ...P.ninoSho, elev: '13.2', tel: '0463-71-0154', hz: '崖 地震 火事', shelter: true, cap: 1200, area: '二宮地区（元町北・元町南ほか）', memo: schoolArea('校庭・体育館') },
  { n: '二宮町立山西小学校', k: 'ニノミヤチョウリツヤマニシショウガッコウ', e: 'Yamanishi Elementary School', ...P.yamaSho, elev: '17.8', tel: '0463-71-0168', hz: '洪水 崖 地震 火事 内水', shelter: true, cap: 1000, area: '山西地区（梅沢・茶屋ほか）', memo: schoolArea('校庭・体育館') },
  { n: '二宮町立一色小学校', k: 'ニノミヤチョウリツイッシキショウガッコウ', e: 'Isshiki Elementary School', ...P.isshikiSho, elev: '41.5', tel: '0463-71-4125', hz: '洪水 崖 地震 津波 火事 内水', shelter: true, cap: 1100, area: '一色・百合が丘地区', memo: schoolArea('校庭・体育館') },
  { n: '二宮町立二宮中学校', k: 'ニノミヤチョウリツニノミヤチュウガッコウ', e: 'Ninomiya Junior High School', ...P.ninoChu, elev: '34.6', tel: '0463-71-0173', hz: '洪水 地震 津波 火事 内水', shelter: true, cap: 1300, area: '二宮地区・緑が丘地区', memo: schoolArea('校庭・体育館') },
  { n: '二宮町立二宮西中学校', k: 'ニノミヤチョウリツニノミヤニシチュウガッコウ', e: 'Ninomiya Nishi Junior High School', ...P.nishiChu, elev: '37.9', tel: '0463-72-2611', hz: '洪水 崖 地震 津波 火事 内水', shelter: true, cap: 1300, area: '中里・川匂・富士見が丘地区', memo: schoolArea('校庭・体育館') },
  { n: '神奈川県立二宮高等学校', k: 'カナガワケンリツニノミヤコウトウガッコウ', e: 'Kanagawa Prefectural Ninomiya High School', ...P.koko, elev: '54.3', tel: '0463-71-3215', hz: '洪水 地震 津波 火事 内水', shelter: true, cap: 1500, area: '二宮地区・松根地区', memo: schoolArea('校庭・体育館') },
  { n: '吾妻山公園', k: 'アズマヤマコウエン', e: 'Azumayama Park', ...P.azumaTop, elev: '136.0', tel: TEL, hz: '洪水 地震 津波 火事 内水', shelter: false, cap: 3000, area: '二宮地区・元町北地区', memo: '山頂芝生広場' },
  { n: '二宮せせらぎ公園', k: 'ニノミヤセセラギコウエン', e: 'Ninomiya Seseragi Park', ...P.seseragi, elev: '44.0', tel: TEL, hz: '地震 火事', shelter: false, cap: 2000, area: '川匂・中里地区', memo: '芝生広場' },
  { n: '二宮町町民運動場', k: 'ニノミヤマチチョウミンウンドウジョウ', e: 'Ninomiya Town Sports Ground', ...P.ground, elev: '57.5', tel: '0463-72-4532', hz: '洪水 地震 津波 火事 内水', shelter: false, cap: 2500, area: '一色地区' },
  { n: '二宮町生涯学習センター ラディアン', k: 'ニノミヤマチショウガイガクシュウセンター ラディアン', e: 'Ninomiya Lifelong Learning Center Radian', ...P.radian, elev: '15.6', tel: '0463-72-6911', hz: '地震 火事', shelter: true, cap: 600, area: '元町北・茶屋地区', memo: '屋外広場' },
  { n: '百合が丘地区集会所', k: 'ユリガオカチクシュウカイジョ', e: 'Yurigaoka Community Hall', ...P.yuri, elev: '61.8', tel: '0463-72-1840', hz: '洪水 地震 津波 火事 内水', shelter: false, cap: 400, area: '百合が丘自治会' },
  { n: '富士見が丘地区集会所', k: 'フジミガオカチクシュウカイジョ', e: 'Fujimigaoka Community Hall', ...P.fujimi, elev: '47.7', tel: '0463-72-1841', hz: '洪水 地震 津波 火事 内水', shelter: false, cap: 350, area: '富士見が丘自治会' },
  { n: '緑が丘地区集会所', k: 'ミドリガオカチクシュウカイジョ', e: 'Midorigaoka Community Hall', ...P.midori, elev: '40.2', tel: '0463-72-1842', hz: '洪水 地震 津波 火事 内水', shelter: false, cap: 300, area: '緑が丘自治会' },
  { n: '松根集会所', k: 'マツネシュウカイジョ', e: 'Matsune Community Hall', ...P.matsune, elev: '69.4', tel: '0463-72-1843', hz: '洪水 地震 津波 火事 内水', shelter: false, cap: 150, area: '松根自治会' },
];

const SCHOOL_AED = { days: WEEKDAYS, h: ['08:00', '17:00'] as [string, string], note: '夜間・休日・長期休業中の閉庁日は使用できません', child: true };
const OUTDOOR = { days: EVERY_DAY, h: DAYS_24H, note: '屋外の収納ボックス内にあり24時間使用できます（扉を開けると警報音が鳴ります）', child: true };
const aeds: AedInput[] = [
  { n: '二宮町役場', k: 'ニノミヤマチヤクバ', e: 'Ninomiya Town Hall', ...P.yakuba, pos: '1階 正面玄関ロビー', tel: TEL, days: WEEKDAYS, h: ['08:30', '17:15'], note: '土日祝日・年末年始を除く', child: true },
  { n: '二宮町生涯学習センター ラディアン', k: 'ニノミヤマチショウガイガクシュウセンター ラディアン', e: 'Radian', ...P.radian, pos: '1階 受付横', tel: '0463-72-6911', days: '火水木金土日祝', h: ['09:00', '22:00'], note: '月曜日・年末年始休館', child: true },
  { n: '二宮町図書館', k: 'ニノミヤマチトショカン', e: 'Ninomiya Town Library', ...P.library, pos: '1階 カウンター横', tel: '0463-72-6912', days: '火水木金土日祝', h: ['09:00', '19:00'], note: '土日祝日は17時まで。月曜日・年末年始休館', child: false },
  { n: '二宮町保健センター', k: 'ニノミヤマチホケンセンター', e: 'Ninomiya Health Center', ...P.hoken, pos: '1階 待合ホール', tel: '0463-71-7100', days: WEEKDAYS, h: ['08:30', '17:15'], child: true },
  { n: '二宮町福祉センター', k: 'ニノミヤマチフクシセンター', e: 'Ninomiya Welfare Center', ...P.fukushi, pos: '1階 事務室前', tel: '0463-72-5880', org: '社会福祉法人二宮町社会福祉協議会', days: '月火水木金土', h: ['09:00', '17:00'], note: '日曜・祝日・年末年始を除く', child: false },
  { n: '二宮町町民温水プール', k: 'ニノミヤマチチョウミンオンスイプール', e: 'Ninomiya Heated Swimming Pool', ...P.pool, pos: '1階 監視員室', tel: '0463-72-4531', days: '火水木金土日祝', h: ['09:00', '21:00'], note: '月曜日・年末年始休館', child: true },
  { n: '二宮町町民運動場', k: 'ニノミヤマチチョウミンウンドウジョウ', e: 'Ninomiya Town Sports Ground', ...P.ground, pos: '管理棟 事務室', tel: '0463-72-4532', days: EVERY_DAY, h: ['08:30', '17:00'], note: '年末年始を除く', child: true },
  { n: '吾妻山公園管理事務所', k: 'アズマヤマコウエンカンリジムショ', e: 'Azumayama Park Office', ...P.azuma, pos: '管理事務所 入口', tel: '0463-72-4530', days: EVERY_DAY, h: ['08:30', '17:00'], note: '年末年始を除く', child: true },
  { n: '二宮町立二宮小学校', k: 'ニノミヤチョウリツニノミヤショウガッコウ', e: 'Ninomiya Elementary School', ...P.ninoSho, pos: '1階 職員室前廊下', tel: '0463-71-0154', ...SCHOOL_AED },
  { n: '二宮町立山西小学校', k: 'ニノミヤチョウリツヤマニシショウガッコウ', e: 'Yamanishi Elementary School', ...P.yamaSho, pos: '1階 職員室前廊下', tel: '0463-71-0168', ...SCHOOL_AED },
  { n: '二宮町立一色小学校', k: 'ニノミヤチョウリツイッシキショウガッコウ', e: 'Isshiki Elementary School', ...P.isshikiSho, pos: '体育館入口', tel: '0463-71-4125', ...SCHOOL_AED },
  { n: '二宮町立二宮中学校', k: 'ニノミヤチョウリツニノミヤチュウガッコウ', e: 'Ninomiya Junior High School', ...P.ninoChu, pos: '1階 昇降口', tel: '0463-71-0173', ...SCHOOL_AED },
  { n: '二宮町立二宮西中学校', k: 'ニノミヤチョウリツニノミヤニシチュウガッコウ', e: 'Ninomiya Nishi Junior High School', ...P.nishiChu, pos: '1階 昇降口', tel: '0463-72-2611', ...SCHOOL_AED },
  { n: '神奈川県立二宮高等学校', k: 'カナガワケンリツニノミヤコウトウガッコウ', e: 'Ninomiya High School', ...P.koko, pos: '1階 事務室', tel: '0463-71-3215', org: '神奈川県', days: WEEKDAYS, h: ['08:30', '17:00'], child: false, internal: true, memo: '校内での使用を優先します' },
  { n: 'JR二宮駅', k: 'ジェイアールニノミヤエキ', e: 'JR Ninomiya Station', ...P.station, pos: '改札口横 駅事務室', tel: '0463-71-0039', org: JR, days: EVERY_DAY, h: ['05:00', '24:00'], note: '始発から終電まで。駅係員に申し出てください', child: false },
  { n: '二宮消防署', k: 'ニノミヤショウボウショ', e: 'Ninomiya Fire Station', a: ['中里', '1150-1'], at: [35.304412, 139.250105], pos: '1階 受付', tel: '0463-71-0119', org: '小田原市消防本部', days: EVERY_DAY, h: DAYS_24H, note: '24時間対応（出動中は不在の場合があります）', child: true },
  { n: '二宮町駅前町民会館', k: 'ニノミヤマチエキマエチョウミンカイカン', e: 'Ninomiya Station Community Hall', ...P.ekimae, pos: '正面入口横 屋外収納ボックス', tel: '0463-71-5561', ...OUTDOOR },
  { n: '百合が丘地区集会所', k: 'ユリガオカチクシュウカイジョ', e: 'Yurigaoka Community Hall', ...P.yuri, pos: '玄関横 屋外収納ボックス', tel: '0463-72-1840', ...OUTDOOR },
  { n: '山西集会所', k: 'ヤマニシシュウカイジョ', e: 'Yamanishi Community Hall', ...P.yamanishi, pos: '玄関横 屋外収納ボックス', tel: '0463-71-2950', ...OUTDOOR },
];

const toilets: ToiletInput[] = [
  { n: '二宮駅北口公衆トイレ', k: 'ニノミヤエキキタグチコウシュウトイレ', e: 'Ninomiya Station North Exit Public Toilet', a: ['二宮', '838-1'], at: [35.300201, 139.255404], pos: '駅北口ロータリー東側', m: [3, 0, 2], f: [0, 3], u: [0, 0], bf: 1, eq: [true, true, true], h: DAYS_24H, note: '24時間利用可' },
  { n: '二宮駅南口公衆トイレ', k: 'ニノミヤエキミナミグチコウシュウトイレ', e: 'Ninomiya Station South Exit Public Toilet', a: ['二宮', '850-3'], at: [35.299402, 139.254876], pos: '駅南口広場', m: [2, 0, 1], f: [0, 2], u: [0, 0], bf: 1, eq: [true, true, false], h: DAYS_24H, note: '24時間利用可' },
  { n: '吾妻山公園 山頂トイレ', k: 'アズマヤマコウエン サンチョウトイレ', e: 'Azumayama Park Summit Toilet', a: ['二宮', '1250'], at: [35.302789, 139.259014], pos: '山頂芝生広場北側', m: [2, 1, 1], f: [1, 2], u: [0, 0], bf: 1, eq: [true, true, false], h: ['08:30', '17:00'], note: '菜の花の時期（1〜2月）は8時から' },
  { n: '吾妻山公園 管理事務所前トイレ', k: 'アズマヤマコウエン カンリジムショマエトイレ', e: 'Azumayama Park Office Toilet', a: ['二宮', '1246'], at: [35.301512, 139.258230], pos: '管理事務所横', m: [1, 0, 1], f: [0, 2], u: [0, 0], bf: 1, eq: [true, true, true], h: ['08:30', '17:00'] },
  { n: '二宮せせらぎ公園トイレ', k: 'ニノミヤセセラギコウエントイレ', e: 'Ninomiya Seseragi Park Toilet', a: ['川匂', '217'], at: [35.309721, 139.241802], pos: '駐車場横', m: [2, 0, 1], f: [0, 2], u: [0, 0], bf: 1, eq: [true, true, false], h: ['09:00', '17:00'], note: '年末年始は閉鎖' },
  { n: '二宮町町民運動場トイレ', k: 'ニノミヤマチチョウミンウンドウジョウトイレ', e: 'Ninomiya Town Sports Ground Toilet', a: ['一色', '1760'], at: [35.311640, 139.259513], pos: '管理棟西側', m: [3, 1, 1], f: [1, 3], u: [0, 0], bf: 1, eq: [true, false, false], h: ['08:30', '17:00'] },
  { n: '梅沢海岸公衆トイレ', k: 'ウメザワカイガンコウシュウトイレ', e: 'Umezawa Beach Public Toilet', a: ['山西', '2015-1'], at: [35.290612, 139.238520], pos: '海岸入口', m: [1, 1, 0], f: [1, 1], u: [0, 0], bf: 0, eq: [false, false, false], h: DAYS_24H, note: '24時間利用可。荒天時は閉鎖することがあります' },
  { n: '袖ヶ浦海岸公衆トイレ', k: 'ソデガウラカイガンコウシュウトイレ', e: 'Sodegaura Beach Public Toilet', a: ['二宮', '1-2'], at: [35.296320, 139.256108], pos: '海岸へ下りる地下道の北側', m: [1, 0, 1], f: [0, 2], u: [0, 0], bf: 1, eq: [true, false, false], h: DAYS_24H, note: '24時間利用可' },
  { n: '百合が丘公園トイレ', k: 'ユリガオカコウエントイレ', e: 'Yurigaoka Park Toilet', a: ['百合が丘', '2-10-1'], at: [35.309851, 139.266912], pos: '公園東側入口', m: [0, 0, 0], f: [0, 0], u: [0, 1], bf: 1, eq: [true, true, false], h: ['06:00', '21:00'] },
  { n: '中里公衆トイレ', k: 'ナカザトコウシュウトイレ', e: 'Nakazato Public Toilet', a: ['中里', '1220-2'], at: [35.304312, 139.249108], pos: '葛川沿い遊歩道', m: [1, 0, 1], f: [0, 1], u: [0, 0], bf: 0, eq: [false, false, false], h: ['06:00', '21:00'] },
];

const preschools: PreschoolInput[] = [
  { n: '二宮町立二宮保育園', k: 'ニノミヤチョウリツニノミヤホイクエン', e: 'Ninomiya Nursery School', type: '保育所', a: ['二宮', '1180-1'], at: [35.300912, 139.260431], access: 'JR二宮駅から徒歩10分', parking: '送迎用駐車場5台', tel: '0463-71-2431', fax: '0463-71-2432', org: '二宮町', since: '1972-04-01', cap: 90, ages: '生後6か月〜5歳', days: '月火水木金土', h: ['07:00', '19:00'], note: '日曜・祝日・年末年始を除く', temp: ['日額', '2400', '半日は1,200円。給食費別途', '08:30', '17:00'], nursing: true, diaper: true },
  { n: 'ゆりがおか保育園', k: 'ユリガオカホイクエン', e: 'Yurigaoka Nursery School', type: '保育所', a: ['百合が丘', '1-22-4'], at: [35.308204, 139.266015], access: 'JR二宮駅からバス「百合が丘」下車徒歩3分', parking: 'なし', tel: '0463-72-0351', fax: '0463-72-0352', org: '社会福祉法人ゆり会', since: '1981-04-01', cap: 60, ages: '生後57日〜5歳', days: '月火水木金土', h: ['07:00', '19:00'], note: '日曜・祝日・年末年始を除く', sick: true, nursing: true, diaper: true, memo: '病児保育室（定員3名）を併設' },
  { n: 'なかざと保育園', k: 'ナカザトホイクエン', e: 'Nakazato Nursery School', type: '保育所', a: ['中里', '1030-5'], at: [35.306104, 139.245213], access: 'JR二宮駅から徒歩15分', parking: '送迎用駐車場3台', tel: '0463-72-8810', org: '株式会社なかざと', since: '2016-04-01', cap: 45, ages: '生後6か月〜5歳', days: '月火水木金土', h: ['07:30', '18:30'], note: '日曜・祝日・年末年始を除く', nursing: true, diaper: true },
  { n: '二宮町立二宮幼稚園', k: 'ニノミヤチョウリツニノミヤヨウチエン', e: 'Ninomiya Kindergarten', type: '幼稚園', a: ['二宮', '1152'], at: [35.299105, 139.261508], access: 'JR二宮駅から徒歩8分', parking: 'なし', tel: '0463-71-0431', org: '二宮町', since: '1965-04-01', cap: 140, ages: '3歳〜5歳', days: WEEKDAYS, h: ['08:30', '14:00'], note: '水曜日は11時30分まで。長期休業中を除く', temp: ['日額', '400', '預かり保育（在園児対象）', '14:00', '17:00'], nursing: false, diaper: true },
  { n: '二宮町立山西幼稚園', k: 'ニノミヤチョウリツヤマニシヨウチエン', e: 'Yamanishi Kindergarten', type: '幼稚園', a: ['山西', '1290'], at: [35.299404, 139.239812], access: 'JR二宮駅からバス「梅沢」下車徒歩5分', parking: 'なし', tel: '0463-71-0432', org: '二宮町', since: '1968-04-01', cap: 105, ages: '3歳〜5歳', days: WEEKDAYS, h: ['08:30', '14:00'], note: '長期休業中を除く', temp: ['日額', '400', '預かり保育（在園児対象）', '14:00', '17:00'], nursing: false, diaper: true },
  { n: '二宮町立一色幼稚園', k: 'ニノミヤチョウリツイッシキヨウチエン', e: 'Isshiki Kindergarten', type: '幼稚園', a: ['一色', '1070'], at: [35.309804, 139.263412], access: 'JR二宮駅からバス「一色」下車徒歩3分', parking: 'なし', tel: '0463-71-0433', org: '二宮町', since: '1974-04-01', cap: 70, ages: '4歳〜5歳', days: WEEKDAYS, h: ['08:30', '14:00'], note: '長期休業中を除く', nursing: false, diaper: true },
  { n: '認定こども園 にのみやひかり', k: 'ニンテイコドモエン ニノミヤヒカリ', e: 'Ninomiya Hikari Center for Early Childhood Education and Care', type: '認定こども園', a: ['中里', '1102-1'], at: [35.306812, 139.248305], access: 'JR二宮駅から徒歩13分', parking: '送迎用駐車場10台', tel: '0463-72-3371', fax: '0463-72-3372', org: '学校法人ひかり学園', since: '2018-04-01', cap: 150, ages: '生後6か月〜5歳', days: '月火水木金土', h: ['07:30', '18:30'], note: '日曜・祝日・年末年始を除く', temp: ['時間', '500', '1時間あたり（未就園児）', '09:00', '16:00'], nursing: true, diaper: true },
  { n: '二宮町子育て支援センター', k: 'ニノミヤマチコソダテシエンセンター', e: 'Ninomiya Child-rearing Support Center', type: '子育て支援センター', ...P.fukushi, a: ['中里', '1012-3', '二宮町福祉センター1階'], access: 'JR二宮駅から徒歩12分', parking: '福祉センター駐車場を利用（20台）', tel: '0463-72-6200', org: '二宮町', ages: '0歳〜就学前の子どもと保護者', days: '月火水木金土', h: ['09:00', '16:00'], note: '日曜・祝日・年末年始休み。予約不要', nursing: true, diaper: true, memo: '子育て相談・ひろば事業・講座を行っています' },
  { n: '百合が丘児童館', k: 'ユリガオカジドウカン', e: 'Yurigaoka Children\'s Hall', type: '児童館', a: ['百合が丘', '2-15-3'], at: [35.309502, 139.268204], access: 'JR二宮駅からバス「百合が丘」下車徒歩5分', parking: 'なし', tel: '0463-72-1845', org: '二宮町', ages: '0歳〜18歳', days: '月火水木金土', h: ['09:30', '17:00'], note: '日曜・祝日・年末年始休館', nursing: false, diaper: true },
  { n: '山西児童館', k: 'ヤマニシジドウカン', e: 'Yamanishi Children\'s Hall', type: '児童館', a: ['山西', '520-1'], at: [35.296604, 139.237012], access: 'JR二宮駅からバス「梅沢」下車徒歩3分', parking: '2台', tel: '0463-71-2951', org: '二宮町', ages: '0歳〜18歳', days: '月火水木金土', h: ['09:30', '17:00'], note: '日曜・祝日・年末年始休館', nursing: true, diaper: true },
];

const population: PopulationInput[] = [
  { name: '二宮', code: '143421001', total: 8412, profile: 'central' },
  { name: '山西', code: '143421002', total: 4297, profile: 'central' },
  { name: '中里', code: '143421003', total: 3118, profile: 'central' },
  { name: '一色', code: '143421004', total: 2689, profile: 'central' },
  { name: '百合が丘', code: '143421005', total: 2643, profile: 'estate' },
  { name: '緑が丘', code: '143421006', total: 1462, profile: 'estate' },
  { name: '富士見が丘', code: '143421007', total: 1887, profile: 'estate' },
  { name: '松根', code: '143421008', total: 604, profile: 'rural' },
  { name: '川匂', code: '143421009', total: 853, profile: 'rural' },
  { name: '茶屋', code: '143421010', total: 247, profile: 'central' },
  { name: '元町北', code: '143421011', total: 291, profile: 'family' },
];

const at = (name: string, site: Site): Site & { name: string } => ({ name, ...site });
const radianHall = at('二宮町生涯学習センター ラディアン ホール', { a: ['二宮', '1240-10', 'ラディアン ホール'], at: P.radian.at });
const RADIAN = '二宮町生涯学習センター ラディアン';
const WALK = 'JR二宮駅北口から徒歩5分';
const events: EventInput[] = [
  { n: 'ラディアン クリスマスコンサート', k: 'ラディアン クリスマスコンサート', e: 'Radian Christmas Concert', d: ['2026-12-19', '2026-12-19'], t: ['14:00', '16:00'], note: '開場13時30分', desc: '町内の吹奏楽団と合唱団によるクリスマスコンサートです。', fee: ['有料', '全席自由 一般1,000円・高校生以下500円'], contact: [RADIAN, '0463-72-6911'], org: '二宮町', place: radianHall, access: WALK, parking: 'ラディアン駐車場（90台・有料）', cap: 500, apply: ['2026-12-18', '17:00', 'ラディアン窓口または電話で申込み'] },
  { n: '冬のおはなし会', k: 'フユノオハナシカイ', e: 'Winter Storytime', d: ['2026-12-12', '2026-12-12'], t: ['11:00', '11:30'], desc: '絵本の読み聞かせと手遊びの会です。幼児と保護者向けです。', fee: ['無料', ''], contact: ['二宮町図書館', '0463-72-6912'], org: '二宮町図書館', place: at('二宮町図書館 おはなしのへや', { a: ['二宮', '1240-10', 'ラディアン内 図書館'], at: P.library.at }), access: WALK, parking: 'ラディアン駐車場（有料）', cap: 20 },
  { n: '子育てひろば クリスマス会', k: 'コソダテヒロバ クリスマスカイ', e: 'Parenting Salon Christmas Party', d: ['2026-12-16', '2026-12-16'], t: ['10:00', '11:30'], desc: '0歳から未就学の子どもと保護者が一緒に楽しめるクリスマス会です。', fee: ['無料', ''], contact: ['二宮町子育て支援センター', '0463-72-6200'], org: '二宮町', place: at('二宮町子育て支援センター', { a: ['中里', '1012-3', '二宮町福祉センター1階'], at: P.fukushi.at }), access: 'JR二宮駅から徒歩12分', parking: '福祉センター駐車場（20台）', cap: 15, apply: ['2026-12-11', '16:00', '電話または窓口'] },
  { n: '吾妻山 元旦 初日の出', k: 'アズマヤマ ガンタン ハツヒノデ', e: 'New Year Sunrise at Mt. Azuma', d: ['2027-01-01', '2027-01-01'], t: ['06:00', '08:00'], note: '日の出は6時50分ごろ', desc: '吾妻山公園の山頂から相模湾に昇る初日の出を見る催しです。当日は早朝から開園します。', fee: ['無料', ''], contact: ['二宮町 政策総務課', TEL], org: '二宮町', place: at('吾妻山公園 山頂', P.azumaTop), access: 'JR二宮駅北口から徒歩20分（町役場口から登山）', parking: 'なし（公共交通機関をご利用ください）' },
  { n: '吾妻山公園 菜の花ウォッチング', k: 'アズマヤマコウエン ナノハナウォッチング', e: 'Azumayama Park Rapeseed Blossom Festival', d: ['2027-01-02', '2027-02-07'], t: ['08:30', '16:30'], note: '期間中の土日祝日は山頂で地場産品の販売あり', desc: '山頂を彩る菜の花と富士山を楽しめる、冬の二宮町の恒例行事です。', fee: ['無料', ''], contact: ['二宮町観光協会', '0463-71-5720'], org: '二宮町・二宮町観光協会', place: at('吾妻山公園', P.azumaTop), access: 'JR二宮駅北口から徒歩20分', parking: 'なし（公共交通機関をご利用ください）' },
  { n: '二宮町 二十歳のつどい', k: 'ニノミヤマチ ハタチノツドイ', e: 'Coming-of-Age Ceremony', d: ['2027-01-10', '2027-01-10'], t: ['13:30', '15:00'], note: '受付13時から', desc: '2006年4月2日から2007年4月1日までに生まれた方を対象とした式典です。', fee: ['無料', ''], contact: ['二宮町教育委員会 生涯学習課', '0463-72-6913'], org: '二宮町・二宮町教育委員会', place: radianHall, access: WALK, parking: 'なし（公共交通機関をご利用ください）', memo: '対象の方には12月に案内状を送ります' },
  { n: '町民健康講座「冬のフレイル予防」', k: 'チョウミンケンコウコウザ フユノフレイルヨボウ', e: 'Health Lecture: Preventing Frailty in Winter', d: ['2027-01-22', '2027-01-22'], t: ['14:00', '15:30'], desc: '保健師と管理栄養士が、冬に気を付けたい運動と食事のポイントをお話しします。', fee: ['無料', ''], contact: ['二宮町 子育て・健康課', '0463-71-7100'], org: '二宮町', place: at('二宮町保健センター 多目的室', P.hoken), access: 'JR二宮駅北口から徒歩5分', parking: '保健センター駐車場（15台）', cap: 40, apply: ['2027-01-15', '17:00', '電話または窓口（子育て・健康課）'] },
  { n: '防災講演会「津波から命を守る」', k: 'ボウサイコウエンカイ ツナミカライノチヲマモル', e: 'Disaster Preparedness Lecture', d: ['2027-02-13', '2027-02-13'], t: ['10:00', '12:00'], desc: '専門家を招き、相模湾沿岸の津波の特徴と避難の心得を学びます。', fee: ['無料', ''], contact: ['二宮町 防災安全課', TEL], org: '二宮町', place: at('二宮町生涯学習センター ラディアン ミニホール', { a: ['二宮', '1240-10', 'ラディアン ミニホール'], at: P.radian.at }), access: WALK, parking: 'ラディアン駐車場（有料）', cap: 150, apply: ['2027-02-10', '17:00', '電話・窓口・電子申請'] },
  { n: '早春の吾妻山と梅沢海岸ウォーキング', k: 'ソウシュンノアズマヤマトウメザワカイガンウォーキング', e: 'Early Spring Walk', d: ['2027-02-20', '2027-02-20'], t: ['09:30', '12:30'], note: '雨天中止', desc: '吾妻山公園から梅沢海岸まで、ガイドと一緒に約6キロを歩きます。', fee: ['有料', '保険料100円'], contact: ['二宮町観光協会', '0463-71-5720'], org: '二宮町観光協会', place: at('JR二宮駅南口広場（集合）', { a: ['二宮', '850-3'], at: [35.299402, 139.254876] }), access: 'JR二宮駅南口すぐ', parking: 'なし', cap: 40, apply: ['2027-02-13', '17:00', '電話で申込み（先着順）'] },
  { n: 'ラディアン ひな人形展示', k: 'ラディアン ヒナニンギョウテンジ', e: 'Hina Doll Exhibition', d: ['2027-02-20', '2027-03-03'], t: ['09:00', '17:00'], note: '月曜日は休館', desc: '町民から寄贈されたひな人形を展示します。', fee: ['無料', ''], contact: [RADIAN, '0463-72-6911'], org: '二宮町', place: at('二宮町生涯学習センター ラディアン 展示ギャラリー', { a: ['二宮', '1240-10', 'ラディアン 展示ギャラリー'], at: P.radian.at }), access: WALK, parking: 'ラディアン駐車場（有料）' },
  { n: '二宮町 地域防災訓練', k: 'ニノミヤマチ チイキボウサイクンレン', e: 'Community Disaster Drill', d: ['2027-03-07', '2027-03-07'], t: ['09:00', '11:30'], note: '荒天時は中止', desc: '地震を想定した避難・初期消火・AED操作の訓練です。どなたでも参加できます。', fee: ['無料', ''], contact: ['二宮町 防災安全課', TEL], org: '二宮町・二宮町自主防災会連絡協議会', place: at('二宮町立二宮小学校 校庭', P.ninoSho), access: 'JR二宮駅から徒歩10分', parking: 'なし' },
  { n: '初心者水泳教室（春）', k: 'ショシンシャスイエイキョウシツ ハル', e: 'Beginners\' Swimming Class', d: ['2027-03-06', '2027-03-27'], t: ['10:00', '11:00'], note: '毎週土曜日 全4回', desc: '水に慣れることから始める大人向けの水泳教室です。', fee: ['有料', '全4回 2,000円（別途入場料）'], contact: ['二宮町町民温水プール', '0463-72-4531'], org: '二宮町', place: at('二宮町町民温水プール', P.pool), access: 'JR二宮駅から徒歩15分', parking: '30台（無料）', cap: 20, apply: ['2027-02-26', '17:00', '温水プール窓口で申込み（先着順）'] },
  { n: 'せせらぎ公園 春の里山体験', k: 'セセラギコウエン ハルノサトヤマタイケン', e: 'Spring Satoyama Experience', d: ['2027-03-20', '2027-03-20'], t: ['10:00', '12:00'], note: '小雨決行', desc: '古民家での昔遊びと、園内の生き物観察を親子で楽しみます。', fee: ['無料', ''], contact: ['二宮せせらぎ公園', '0463-72-4533'], org: '二宮町', place: at('二宮せせらぎ公園 古民家', P.seseragi), access: 'JR二宮駅からバス「川匂」下車徒歩5分', parking: '20台（無料）', cap: 30, apply: ['2027-03-13', '17:00', '電話で申込み'] },
];

export const datasets: SampleDataset[] = [
  sampleDataset('public_facility', {
    description: '二宮町の役場・学校・公園・集会所などの公共施設の所在地、開館時間、バリアフリー情報の一覧です。地図アプリや施設案内での利用を想定しています。デモ用のサンプルデータで、番地や電話番号の一部は架空です。',
    departmentCode: 'seisaku', updateFrequency: 'yearly', publishedOn: '2024-04-01', updatedOn: '2026-04-01',
  }, facilityRows(town, facilities)),
  sampleDataset('evacuation_space', {
    description: '災害時に身の安全を確保するための指定緊急避難場所の一覧で、災害の種類ごとに使える場所を示しています。沿岸部の場所は津波・高潮の避難先にはなりません。デモ用のサンプルデータです。',
    departmentCode: 'bousai', updateFrequency: 'yearly', publishedOn: '2024-06-01', updatedOn: '2026-06-01',
  }, evacuationRows(town, evacuation)),
  sampleDataset('aed', {
    description: '町内のAED（自動体外式除細動器）の設置場所と使える曜日・時間の一覧です。24時間使える屋外設置のものも含みます。デモ用のサンプルデータです。',
    departmentCode: 'bousai', updateFrequency: 'quarterly', publishedOn: '2024-06-01', updatedOn: '2026-10-01',
  }, aedRows(town, aeds)),
  sampleDataset('public_toilet', {
    description: '駅・公園・海岸などにある公衆トイレの場所、便器の数、車椅子用・乳幼児用設備の有無の一覧です。デモ用のサンプルデータです。',
    departmentCode: 'seisaku', updateFrequency: 'yearly', publishedOn: '2024-09-02', updatedOn: '2026-04-01',
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
    departmentCode: 'seisaku', updateFrequency: 'monthly', publishedOn: '2025-04-01', updatedOn: '2026-11-16',
  }, eventRows(town, events)),
];
