/**
 * Shared builders for the demo towns' sample open data: each town file lists its rows in a
 * compact form and these functions expand them into the full standard column lists of
 * 自治体標準オープンデータセット (headers copied from /work/shared/reference/opendata-standard.md,
 * ADDR / CONTACT / ACC groups expanded in place). Plain data only, no database code.
 */
import type { SampleDataset, SampleDatasetId, SampleCategory } from './types.ts';

export const ADDR_COLUMNS = ['所在地_全国地方公共団体コード', '町字ID', '所在地_連結表記', '所在地_都道府県', '所在地_市区町村', '所在地_町字', '所在地_番地以下', '建物名等(方書)'] as const;
export const CONTACT_COLUMNS = ['電話番号', '内線番号', '連絡先メールアドレス', '連絡先FormURL', '連絡先備考（その他、SNSなど）', '郵便番号'] as const;
export const ACC_COLUMNS = ['車椅子可', '車椅子貸出', 'ツエ貸出', 'バリアフリートイレ', 'スロープ、エレベータ、エスカレータ', '点字ブロック等の移動支援', '点字や読上による支援', '盲導犬・介助犬、聴導犬同伴', '字幕', '筆談対応', '優先駐車場', 'オストメイト対応トイレ', '授乳室', 'おむつ替えコーナー', '飲食可否', 'ベビーカー貸出', 'ベビーカー利用'] as const;

/** 0-4歳 … 80-84歳 (then 85歳以上). */
export const AGE_BANDS: readonly string[] = Array.from({ length: 17 }, (_, i) => `${i * 5}-${i * 5 + 4}歳`);

export const SAMPLE_COLUMNS: Record<SampleDatasetId, readonly string[]> = {
  public_facility: ['全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英字', '名称_通称', 'POIコード', '外部識別子', '外部識別子の値', ...ADDR_COLUMNS, '緯度', '経度', '高度の種別', '高度の値', ...CONTACT_COLUMNS, '法人番号', '団体名', '利用可能曜日', '開始時間', '終了時間', '利用可能時間特記事項', '説明', ...ACC_COLUMNS, 'URL', '画像', '画像_ライセンス', '備考'],
  evacuation_space: ['全国地方公共団体コード', 'ID', '名称', '名称_カナ', '名称_英字', ...ADDR_COLUMNS, '緯度', '経度', '標高', ...CONTACT_COLUMNS, '市区町村コード', '地方公共団体名', '災害種別_洪水', '災害種別_崖崩れ、土石流及び地滑り', '災害種別_高潮', '災害種別_地震', '災害種別_津波', '災害種別_大規模な火事', '災害種別_内水氾濫', '災害種別_火山現象', '指定避難所との重複', '想定収容人数', '対象となる町会・自治会', 'URL', '画像', '画像_ライセンス', '備考'],
  aed: ['全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英字', ...ADDR_COLUMNS, '緯度', '経度', '高度の種別', '高度の値', '設置位置', ...CONTACT_COLUMNS, '法人番号', '団体名', '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '小児対応設備の有無', 'URL', '画像1', '画像1_ライセンス', '画像2', '画像2_ライセンス', '外部利用不可', '備考'],
  public_toilet: ['全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英語', ...ADDR_COLUMNS, '設置位置', '緯度', '経度', '高度の種別', '高度の値', '男性トイレ総数', '男性トイレ数（小便器）', '男性トイレ数（和式）', '男性トイレ数（洋式）', '女性トイレ総数', '女性トイレ数（和式）', '女性トイレ数（洋式）', '男女共用トイレ総数', '男女共用トイレ数（和式）', '男女共用トイレ数（洋式）', 'バリアフリートイレ数', '車椅子使用者用トイレ有無', '乳幼児用設備設置トイレ有無', 'オストメイト設置トイレ有無', '利用開始時間', '利用終了時間', '利用可能時間特記事項', '画像', '画像_ライセンス', '備考'],
  preschool: ['全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英字', '種別', ...ADDR_COLUMNS, '緯度', '経度', '高度の種別', '高度の値', 'アクセス方法', '駐車場情報', '電話番号', '内線番号', 'FAX番号', '連絡先メールアドレス', '連絡先FormURL', '連絡先備考（その他、SNSなど）', '郵便番号', '法人番号', '団体名', '認可等年月日', '収容定員', '受入年齢', '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '一時預かりの有無', '子供預かり料金種別', '子供預かり料金', '子供預かり料金備考', '子供預かり開所時間', '子供預かり閉所時間', '病児保育の有無', '授乳室', 'おむつ替えコーナー', '飲食可否', 'ベビーカー貸出', 'ベビーカー利用', 'URL', '画像', '画像_ライセンス', '備考'],
  population: ['全国地方公共団体コード', '地域コード', '地方公共団体名', '調査年月日', '地域名', '総人口', '男性', '女性', ...AGE_BANDS.flatMap((b) => [`${b}の男性`, `${b}の女性`]), '85歳以上の男性', '85歳以上の女性', '世帯数', '備考'],
  event: ['都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', 'イベント名', 'イベント名_カナ', 'イベント名_英語', '開始日', '終了日', '開始時間', '終了時間', '開始日時特記事項', '説明', '料金(基本)', '料金(詳細)', '連絡先名称', '連絡先電話番号', '連絡先内線番号', '主催者', '場所名称', '住所', '方書', '緯度', '経度', 'アクセス方法', '駐車場情報', '定員', '参加申込終了日', '参加申込終了時間', '参加申込方法', 'URL', '備考'],
};

const DATASET_META: Record<SampleDatasetId, { title: string; category: SampleCategory; keywords: string[] }> = {
  public_facility: { title: '公共施設一覧', category: '行政・施設', keywords: ['施設', '公共施設', '地図', 'バリアフリー'] },
  evacuation_space: { title: '指定緊急避難場所一覧', category: '防災・安全', keywords: ['防災', '避難場所', '災害', '地図'] },
  aed: { title: 'AED設置箇所一覧', category: '健康・福祉', keywords: ['AED', '救命', '防災', '地図'] },
  public_toilet: { title: '公衆トイレ一覧', category: '行政・施設', keywords: ['トイレ', 'バリアフリー', 'おむつ替え', '地図'] },
  preschool: { title: '子育て施設一覧', category: '子育て・教育', keywords: ['子育て', '保育所', '幼稚園', '認定こども園'] },
  population: { title: '地域・年齢別人口', category: '人口・統計', keywords: ['人口', '年齢別', '世帯', '統計'] },
  event: { title: 'イベント一覧', category: '観光・イベント', keywords: ['イベント', '観光', '講座', '催し'] },
};

/** A demo town as the builders need it. */
export interface Town {
  code: string;
  name: string;
  prefecture: string;
  county: string;
  /** 町字 prefix (大字, without 丁目) → 郵便番号 */
  postal: Record<string, string>;
}

/** Where something is: a: [町字, 番地以下, 建物名等], at: [緯度, 経度]. */
export interface Site {
  a: [chome: string, banchi: string, building?: string];
  at: [lat: number, lon: number];
}

export interface Named { n: string; k: string; e: string }

export const WEEKDAYS = '月火水木金';
export const EVERY_DAY = '月火水木金土日祝';
export const DAYS_24H: [string, string] = ['00:00', '24:00'];

const flag = (b: boolean | undefined): string => (b === undefined ? '' : b ? '有' : '無');
const deg = (n: number): string => n.toFixed(6);
const seq = (town: Town, i: number): string => `${town.code}-${String(i + 1).padStart(4, '0')}`;

/** Fill a full standard row from named cells; unknown column names are a programming error. */
export function fillRow(columns: readonly string[], values: Record<string, string | undefined>): string[] {
  for (const key of Object.keys(values)) if (!columns.includes(key)) throw new Error(`unknown column: ${key}`);
  return columns.map((c) => values[c] ?? '');
}

export function postalCode(town: Town, chome: string): string {
  const key = Object.keys(town.postal).filter((p) => chome.startsWith(p)).sort((x, y) => y.length - x.length)[0];
  if (key === undefined) throw new Error(`no postal code for ${town.name}${chome}`);
  return town.postal[key]!;
}

export function fullAddress(town: Town, site: Site): string {
  return `${town.prefecture}${town.county}${town.name}${site.a[0]}${site.a[1]}`;
}

function address(town: Town, site: Site): Record<string, string> {
  const [chome, banchi, building = ''] = site.a;
  return {
    所在地_全国地方公共団体コード: town.code, 町字ID: '', 所在地_連結表記: fullAddress(town, site), 所在地_都道府県: town.prefecture,
    所在地_市区町村: town.name, 所在地_町字: chome, 所在地_番地以下: banchi, '建物名等(方書)': building, 緯度: deg(site.at[0]), 経度: deg(site.at[1]),
  };
}

// ---------------------------------------------------------------- 公共施設一覧

/** Accessibility profiles expanded into the 17 ACC columns (有/無; 飲食可否 可/不可). */
export type AccProfile = 'hall' | 'office' | 'school' | 'park' | 'small' | 'historic';
const ACC_PROFILES: Record<AccProfile, string> = {
  //        車椅子可 貸出 ツエ BFトイレ スロープ 点字ブ 読上 盲導犬 字幕 筆談 優先P オストメイト 授乳 おむつ 飲食 BC貸出 BC利用
  hall:     '有有有有有有有有有有有有有有可有有',
  office:   '有有無有有有有有無有有有有有不無有',
  school:   '有無無有有無無有無有有無無有不無有',
  park:     '有無無有有無無有無無有有無有可無有',
  small:    '有無無有有無無有無有無無無有可無有',
  historic: '無無無有無無有有無有有無無有不無無',
};
function acc(profile: AccProfile): Record<string, string> {
  const codes = [...ACC_PROFILES[profile]];
  return Object.fromEntries(ACC_COLUMNS.map((c, i) => [c, codes[i] === '可' ? '可' : codes[i] === '不' ? '不可' : codes[i]!]));
}

export interface FacilityInput extends Named, Site {
  alias?: string; tel: string; days: string; h: [string, string] | []; note?: string;
  desc: string; acc: AccProfile; org?: string; url?: string; memo?: string;
}

export function facilityRows(town: Town, items: FacilityInput[]): string[][] {
  return items.map((f, i) => fillRow(SAMPLE_COLUMNS.public_facility, {
    全国地方公共団体コード: town.code, ID: seq(town, i), 地方公共団体名: town.name, 名称: f.n, 名称_カナ: f.k, 名称_英字: f.e, 名称_通称: f.alias,
    ...address(town, f), 電話番号: f.tel, 郵便番号: postalCode(town, f.a[0]), 団体名: f.org ?? town.name,
    利用可能曜日: f.days, 開始時間: f.h[0], 終了時間: f.h[1], 利用可能時間特記事項: f.note, 説明: f.desc, ...acc(f.acc), URL: f.url, 備考: f.memo,
  }));
}

// ---------------------------------------------------------------- 指定緊急避難場所一覧

const HAZARDS = { 洪水: '災害種別_洪水', 崖: '災害種別_崖崩れ、土石流及び地滑り', 高潮: '災害種別_高潮', 地震: '災害種別_地震', 津波: '災害種別_津波', 火事: '災害種別_大規模な火事', 内水: '災害種別_内水氾濫', 火山: '災害種別_火山現象' } as const;
export type Hazard = keyof typeof HAZARDS;

export interface EvacuationInput extends Named, Site {
  /** 標高 (m) */ elev: string; tel: string;
  /** space-separated hazard names, e.g. '洪水 地震 火事' */ hz: string;
  /** also a 指定避難所 */ shelter: boolean; cap: number; area: string; memo?: string;
}

export function evacuationRows(town: Town, items: EvacuationInput[]): string[][] {
  return items.map((s, i) => {
    const hz = s.hz.split(/\s+/).filter(Boolean) as Hazard[];
    for (const h of hz) if (!(h in HAZARDS)) throw new Error(`unknown hazard ${h} at ${s.n}`);
    return fillRow(SAMPLE_COLUMNS.evacuation_space, {
      全国地方公共団体コード: town.code, ID: seq(town, i), 名称: s.n, 名称_カナ: s.k, 名称_英字: s.e, ...address(town, s), 標高: s.elev,
      電話番号: s.tel, 郵便番号: postalCode(town, s.a[0]), 市区町村コード: town.code, 地方公共団体名: town.name,
      ...Object.fromEntries(Object.entries(HAZARDS).map(([k, col]) => [col, hz.includes(k as Hazard) ? '1' : ''])),
      指定避難所との重複: s.shelter ? '1' : '', 想定収容人数: String(s.cap), '対象となる町会・自治会': s.area, 備考: s.memo,
    });
  });
}

// ---------------------------------------------------------------- AED設置箇所一覧

export interface AedInput extends Named, Site {
  pos: string; tel: string; org?: string; days: string; h: [string, string]; note?: string;
  /** 小児対応設備 (小児用パッド等) */ child: boolean; /** 外部利用不可 */ internal?: boolean; memo?: string;
}

export function aedRows(town: Town, items: AedInput[]): string[][] {
  return items.map((a, i) => fillRow(SAMPLE_COLUMNS.aed, {
    全国地方公共団体コード: town.code, ID: seq(town, i), 地方公共団体名: town.name, 名称: a.n, 名称_カナ: a.k, 名称_英字: a.e, ...address(town, a),
    設置位置: a.pos, 電話番号: a.tel, 郵便番号: postalCode(town, a.a[0]), 団体名: a.org ?? town.name, 利用可能曜日: a.days,
    開始時間: a.h[0], 終了時間: a.h[1], 利用可能日時特記事項: a.note, 小児対応設備の有無: flag(a.child), 外部利用不可: a.internal ? '有' : '', 備考: a.memo,
  }));
}

// ---------------------------------------------------------------- 公衆トイレ一覧

export interface ToiletInput extends Named, Site {
  pos: string;
  /** 男性 [小便器, 和式, 洋式] */ m: [number, number, number];
  /** 女性 [和式, 洋式] */ f: [number, number];
  /** 男女共用 [和式, 洋式] */ u: [number, number];
  /** バリアフリートイレ数 */ bf: number;
  /** [車椅子使用者用, 乳幼児用設備, オストメイト] */ eq: [boolean, boolean, boolean];
  h: [string, string]; note?: string; memo?: string;
}

export function toiletRows(town: Town, items: ToiletInput[]): string[][] {
  return items.map((t, i) => fillRow(SAMPLE_COLUMNS.public_toilet, {
    全国地方公共団体コード: town.code, ID: seq(town, i), 地方公共団体名: town.name, 名称: t.n, 名称_カナ: t.k, 名称_英語: t.e, ...address(town, t), 設置位置: t.pos,
    男性トイレ総数: String(t.m[0] + t.m[1] + t.m[2]), '男性トイレ数（小便器）': String(t.m[0]), '男性トイレ数（和式）': String(t.m[1]), '男性トイレ数（洋式）': String(t.m[2]),
    女性トイレ総数: String(t.f[0] + t.f[1]), '女性トイレ数（和式）': String(t.f[0]), '女性トイレ数（洋式）': String(t.f[1]),
    男女共用トイレ総数: String(t.u[0] + t.u[1]), '男女共用トイレ数（和式）': String(t.u[0]), '男女共用トイレ数（洋式）': String(t.u[1]),
    バリアフリートイレ数: String(t.bf), 車椅子使用者用トイレ有無: flag(t.eq[0]), 乳幼児用設備設置トイレ有無: flag(t.eq[1]), オストメイト設置トイレ有無: flag(t.eq[2]),
    利用開始時間: t.h[0], 利用終了時間: t.h[1], 利用可能時間特記事項: t.note, 備考: t.memo,
  }));
}

// ---------------------------------------------------------------- 子育て施設一覧

export type PreschoolType = '保育所' | '幼稚園' | '認定こども園' | '子育て支援センター' | '児童館';

export interface PreschoolInput extends Named, Site {
  type: PreschoolType; access: string; parking: string; tel: string; fax?: string; org: string;
  /** 認可等年月日 YYYY-MM-DD */ since?: string; cap?: number; ages: string; days: string; h: [string, string]; note?: string;
  /** 一時預かり: [料金種別, 料金, 料金備考, 開所, 閉所] */ temp?: [string, string, string, string, string];
  sick?: boolean; nursing: boolean; diaper: boolean; url?: string; memo?: string;
}

export function preschoolRows(town: Town, items: PreschoolInput[]): string[][] {
  return items.map((p, i) => fillRow(SAMPLE_COLUMNS.preschool, {
    全国地方公共団体コード: town.code, ID: seq(town, i), 地方公共団体名: town.name, 名称: p.n, 名称_カナ: p.k, 名称_英字: p.e, 種別: p.type, ...address(town, p),
    アクセス方法: p.access, 駐車場情報: p.parking, 電話番号: p.tel, FAX番号: p.fax, 郵便番号: postalCode(town, p.a[0]), 団体名: p.org, 認可等年月日: p.since,
    収容定員: p.cap === undefined ? '' : String(p.cap), 受入年齢: p.ages, 利用可能曜日: p.days, 開始時間: p.h[0], 終了時間: p.h[1], 利用可能日時特記事項: p.note,
    一時預かりの有無: flag(p.temp !== undefined), 子供預かり料金種別: p.temp?.[0], 子供預かり料金: p.temp?.[1], 子供預かり料金備考: p.temp?.[2],
    子供預かり開所時間: p.temp?.[3], 子供預かり閉所時間: p.temp?.[4], 病児保育の有無: flag(p.sick ?? false),
    授乳室: flag(p.nursing), おむつ替えコーナー: flag(p.diaper), 飲食可否: p.type === '子育て支援センター' || p.type === '児童館' ? '可' : '不可',
    ベビーカー貸出: flag(false), ベビーカー利用: flag(true), URL: p.url, 備考: p.memo,
  }));
}

// ---------------------------------------------------------------- 地域・年齢別人口

/** Age structure of a district: central (mixed), estate (1970s hillside housing, very aged), rural, family (newer housing). */
export type AgeProfile = 'central' | 'estate' | 'rural' | 'family';
export interface PopulationInput { name: string; code: string; total: number; profile: AgeProfile }

// Share per band 0-4 … 80-84, 85+ (an ageing Shonan town: roughly 38–40% aged 65+).
const BASE_SHARE = [2.4, 3.0, 3.5, 3.8, 3.8, 3.3, 3.4, 3.9, 4.7, 6.3, 7.1, 6.6, 6.1, 6.3, 7.4, 7.6, 6.2, 8.2];
const MALE_RATIO = [0.515, 0.51, 0.515, 0.51, 0.5, 0.5, 0.5, 0.495, 0.5, 0.495, 0.49, 0.49, 0.485, 0.475, 0.465, 0.445, 0.41, 0.33];
const PROFILE_FACTOR: Record<AgeProfile, (band: number) => number> = {
  central: () => 1,
  estate: (b) => (b <= 2 ? 0.7 : b >= 4 && b <= 8 ? 0.75 : b >= 13 ? 1.25 : 1),
  rural: (b) => (b <= 2 ? 0.75 : b >= 4 && b <= 7 ? 0.8 : b >= 13 ? 1.15 : 1),
  family: (b) => (b <= 2 ? 1.4 : b >= 6 && b <= 8 ? 1.35 : b >= 13 ? 0.8 : 1),
};
const PERSONS_PER_HOUSEHOLD: Record<AgeProfile, number> = { central: 2.12, estate: 2.03, rural: 2.58, family: 2.46 };

/** Deterministic pseudo-random numbers in [0,1) from a string (so the sample data never changes). */
function jitter(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h >>>= 0) % 100000) / 100000;
  };
}

/** Split total into integer parts proportional to weights (largest remainder), so the parts add up exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0, left = total - parts.reduce((s, p) => s + p, 0); k < left; k++) parts[order[k]![1]]! += 1;
  return parts;
}

export function populationRows(town: Town, surveyDate: string, items: PopulationInput[], memo: string): string[][] {
  return items.map((d) => {
    const rnd = jitter(`${town.code}:${d.name}`);
    const bands = apportion(d.total, BASE_SHARE.map((s, b) => s * PROFILE_FACTOR[d.profile](b) * (0.94 + 0.12 * rnd())));
    const male = bands.map((n, b) => Math.round(n * (MALE_RATIO[b]! + 0.02 * (rnd() - 0.5))));
    const female = bands.map((n, b) => n - male[b]!);
    const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
    const cells: Record<string, string> = {};
    AGE_BANDS.forEach((b, i) => { cells[`${b}の男性`] = String(male[i]); cells[`${b}の女性`] = String(female[i]); });
    return fillRow(SAMPLE_COLUMNS.population, {
      全国地方公共団体コード: town.code, 地域コード: d.code, 地方公共団体名: town.name, 調査年月日: surveyDate, 地域名: d.name,
      総人口: String(d.total), 男性: String(sum(male)), 女性: String(sum(female)), ...cells,
      '85歳以上の男性': String(male[17]), '85歳以上の女性': String(female[17]),
      世帯数: String(Math.round(d.total / (PERSONS_PER_HOUSEHOLD[d.profile] * (0.97 + 0.06 * rnd())))), 備考: memo,
    });
  });
}

// ---------------------------------------------------------------- イベント一覧 (older format)

export interface EventInput extends Named {
  /** [開始日, 終了日] */ d: [string, string]; /** [開始時間, 終了時間] */ t: [string, string]; note?: string; desc: string;
  /** [料金(基本), 料金(詳細)] */ fee: [string, string]; /** [連絡先名称, 電話番号] */ contact: [string, string]; org: string;
  place: Site & { name: string }; access: string; parking: string; cap?: number;
  /** [参加申込終了日, 終了時間, 申込方法] */ apply?: [string, string, string]; url?: string; memo?: string;
}

export function eventRows(town: Town, items: EventInput[]): string[][] {
  return items.map((e, i) => fillRow(SAMPLE_COLUMNS.event, {
    都道府県コード又は市区町村コード: town.code, NO: seq(town, i), 都道府県名: town.prefecture, 市区町村名: town.name,
    イベント名: e.n, イベント名_カナ: e.k, イベント名_英語: e.e, 開始日: e.d[0], 終了日: e.d[1], 開始時間: e.t[0], 終了時間: e.t[1], 開始日時特記事項: e.note,
    説明: e.desc, '料金(基本)': e.fee[0], '料金(詳細)': e.fee[1], 連絡先名称: e.contact[0], 連絡先電話番号: e.contact[1], 主催者: e.org,
    場所名称: e.place.name, 住所: fullAddress(town, e.place), 方書: e.place.a[2], 緯度: deg(e.place.at[0]), 経度: deg(e.place.at[1]),
    アクセス方法: e.access, 駐車場情報: e.parking, 定員: e.cap === undefined ? '' : String(e.cap),
    参加申込終了日: e.apply?.[0], 参加申込終了時間: e.apply?.[1], 参加申込方法: e.apply?.[2], URL: e.url, 備考: e.memo,
  }));
}

// ---------------------------------------------------------------- datasets

export interface DatasetMeta {
  description: string;
  departmentCode: string;
  updateFrequency: SampleDataset['updateFrequency'];
  publishedOn: string;
  updatedOn: string;
}

export function sampleDataset(id: SampleDatasetId, meta: DatasetMeta, rows: string[][]): SampleDataset {
  const { title, category, keywords } = DATASET_META[id];
  return { id, title, description: meta.description, keywords: [...keywords], category, departmentCode: meta.departmentCode, updateFrequency: meta.updateFrequency, columns: [...SAMPLE_COLUMNS[id]], rows, publishedOn: meta.publishedOn, updatedOn: meta.updatedOn };
}
