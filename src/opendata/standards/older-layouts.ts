import { normaliseHeader } from './normalise-header.ts';

/**
 * The 2019 推奨データセット: the first version of the standard, whose files towns still publish.
 * Its headers name the town in three columns (都道府県コード又は市区町村コード, 都道府県名,
 * 市区町村名), number rows with NO, and write the address as 住所 and 方書. The current
 * 自治体標準オープンデータセット renamed these; 医療機関一覧 and イベント一覧 keep the older form.
 */

const TOWN = ['都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名'];
const PLACE = ['住所', '方書', '緯度', '経度'];
const AGE_BANDS = Array.from({ length: 17 }, (_, index) => `${index * 5}-${index * 5 + 4}歳`);

/** The 2019 headers of each dataset, by the id of the current dataset they became. */
export const OLDER_LAYOUTS: Readonly<Record<string, readonly string[]>> = {
  aed: [...TOWN, '名称', '名称_カナ', ...PLACE, '設置位置', '電話番号', '内線番号', '法人番号', '団体名', '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '小児対応設備の有無', 'URL', '備考'],
  hospital: [
    ...TOWN, '名称', '名称_カナ', '医療機関の種類', ...PLACE, '電話番号', '内線番号', 'FAX番号', '法人番号', '法人の名称', '医療機関コード', '診療曜日',
    '診療開始時間', '診療終了時間', '診療日時特記事項', '時間外における対応', '診療科目', '病床数', 'URL', '備考',
  ],
  cultural_property: [
    ...TOWN, '名称', '名称_カナ', '名称_通称', '名称_英語', '文化財分類', '種類', '場所名称', ...PLACE, '電話番号', '内線番号', '員数（数）', '員数（単位）',
    '法人番号', '所有者等', '文化財指定日', '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '画像', '画像_ライセンス', '概要', '概要_英語', '説明', '説明_英語', 'URL', '備考',
  ],
  tourism: [
    ...TOWN, '名称', '名称_カナ', '名称_英語', 'POIコード', ...PLACE, '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '料金(基本)', '料金(詳細)', '説明',
    '説明_英語', 'アクセス方法', '駐車場情報', 'バリアフリー情報', '連絡先名称', '連絡先電話番号', '連絡先内線番号', '画像', '画像_ライセンス', 'URL', '備考',
  ],
  event: [
    ...TOWN, 'イベント名', 'イベント名_カナ', 'イベント名_英語', '開始日', '終了日', '開始時間', '終了時間', '開始日時特記事項', '説明', '料金(基本)', '料金(詳細)', '連絡先名称',
    '連絡先電話番号', '連絡先内線番号', '主催者', '場所名称', ...PLACE, 'アクセス方法', '駐車場情報', '定員', '参加申込終了日', '参加申込終了時間', '参加申込方法', 'URL', '備考',
  ],
  public_toilet: [
    ...TOWN, '名称', '名称_カナ', '名称_英語', '住所', '方書', '設置位置', '緯度', '経度', '男性トイレ総数', '男性トイレ数（小便器）', '男性トイレ数（和式）', '男性トイレ数（洋式）',
    '女性トイレ総数', '女性トイレ数（和式）', '女性トイレ数（洋式）', '男女共用トイレ総数', '男女共用トイレ数（和式）', '男女共用トイレ数（洋式）', '多機能トイレ数',
    '車椅子使用者用トイレ有無', '乳幼児用設備設置トイレ有無', 'オストメイト設置トイレ有無', '利用開始時間', '利用終了時間', '利用可能時間特記事項', '画像', '画像_ライセンス', '備考',
  ],
  evacuation_space: [
    'NO', '名称', '名称_カナ', ...PLACE, '標高', '電話番号', '内線番号', '市区町村コード', '都道府県名', '市区町村名', '災害種別_洪水', '災害種別_崖崩れ、土石流及び地滑り', '災害種別_高潮',
    '災害種別_地震', '災害種別_津波', '災害種別_大規模な火事', '災害種別_内水氾濫', '災害種別_火山現象', '指定避難所との重複', '想定収容人数', '対象となる町会・自治会', 'URL', '備考',
  ],
  population: [
    '都道府県コード又は市区町村コード', '地域コード', '都道府県名', '市区町村名', '調査年月日', '地域名', '総人口', '男性', '女性',
    ...[...AGE_BANDS, '85歳以上'].flatMap((band) => [`${band}の男性`, `${band}の女性`]), '世帯数', '備考',
  ],
  public_facility: [
    ...TOWN, '名称', '名称_カナ', '名称_通称', 'POIコード', ...PLACE, '電話番号', '内線番号', '法人番号', '団体名', '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項',
    '説明', 'バリアフリー情報', 'URL', '備考',
  ],
  preschool: [
    ...TOWN, '名称', '名称_カナ', '種別', ...PLACE, 'アクセス方法', '駐車場情報', '電話番号', '内線番号', 'FAX番号', '法人番号', '団体名', '認可等年月日', '収容定員', '受入年齢',
    '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '一時預かりの有無', 'URL', '備考',
  ],
};

/**
 * Current header ← the 2019 headers it replaced. A 2019 header is read as the current one only in
 * a dataset that does not keep the 2019 header as a column of its own.
 */
export const OLDER_NAMES: Readonly<Record<string, readonly string[]>> = {
  全国地方公共団体コード: ['都道府県コード又は市区町村コード'],
  ID: ['NO'],
  地方公共団体名: ['市区町村名'],
  所在地_連結表記: ['住所'],
  '建物名等(方書)': ['方書'],
  バリアフリートイレ数: ['多機能トイレ数'],
  利用可能時間特記事項: ['利用可能日時特記事項'],
};

/**
 * A 2019 column folded into a current one: 地方公共団体名 is 市区町村名, or 都道府県名 on the rows
 * of a prefecture's own entries (the 2019 rules leave 市区町村名 empty there).
 */
export const OLDER_FILLS: Readonly<Record<string, readonly string[]>> = {
  地方公共団体名: ['都道府県名'],
};

const RENAMED = new Set([...Object.values(OLDER_NAMES), ...Object.values(OLDER_FILLS)].flat().map(normaliseHeader));

/** Whether a header, however spelled, is one the 2019 layout used and the current standard renamed. */
export function isOlderName(header: string): boolean {
  return RENAMED.has(normaliseHeader(header));
}
