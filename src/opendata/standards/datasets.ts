/**
 * The 自治体標準オープンデータセット this town hall knows, with headers exactly as the standard
 * spells them, in the standard's order (the order export uses).
 *
 * Requirement decisions:
 * - Where the reference lists "required" columns (公衆トイレ一覧, 指定緊急避難場所一覧), those are
 *   required and nothing else is.
 * - Elsewhere the column that names a row (名称, イベント名, 地域名) is required, because lists
 *   and map pop-ups cannot show a row without it.
 * - ID (NO in the older formats) and the 全国地方公共団体コード column are recommended everywhere
 *   they are not required; so are 緯度/経度 and the address in geographic datasets, 開始日 of an
 *   event and 調査年月日 of a population table, which make the data usable but whose absence
 *   should not block publishing.
 * - Everything else is optional.
 */
import { ACC, ACC_CHILDCARE, ADDR, CONTACT } from './column-groups.ts';
import { defineDataset } from './dataset-builder.ts';
import type { StandardDataset } from './types.ts';

const DISASTER_TYPES = [
  '災害種別_洪水',
  '災害種別_崖崩れ、土石流及び地滑り',
  '災害種別_高潮',
  '災害種別_地震',
  '災害種別_津波',
  '災害種別_大規模な火事',
  '災害種別_内水氾濫',
  '災害種別_火山現象',
] as const;

const AGE_BANDS = Array.from({ length: 17 }, (_, index) => `${index * 5}-${index * 5 + 4}歳`);

const POPULATION_BY_AGE = [...AGE_BANDS, '85歳以上'].flatMap((band) => [`${band}の男性`, `${band}の女性`]);

const CURRENT_RECOMMENDED = ['全国地方公共団体コード', 'ID'];
const GEOGRAPHIC_RECOMMENDED = [...CURRENT_RECOMMENDED, '所在地_連結表記', '緯度', '経度'];
const OLDER_RECOMMENDED = ['都道府県コード又は市区町村コード', 'NO', '住所', '緯度', '経度'];

const POSITION = ['緯度', '経度', '高度の種別', '高度の値'];

export const STANDARD_DATASETS: readonly StandardDataset[] = [
  defineDataset({
    id: 'public_toilet',
    title: '公衆トイレ一覧',
    headers: [
      '全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英語', ADDR, '設置位置', ...POSITION,
      '男性トイレ総数', '男性トイレ数（小便器）', '男性トイレ数（和式）', '男性トイレ数（洋式）',
      '女性トイレ総数', '女性トイレ数（和式）', '女性トイレ数（洋式）',
      '男女共用トイレ総数', '男女共用トイレ数（和式）', '男女共用トイレ数（洋式）', 'バリアフリートイレ数',
      '車椅子使用者用トイレ有無', '乳幼児用設備設置トイレ有無', 'オストメイト設置トイレ有無',
      '利用開始時間', '利用終了時間', '利用可能時間特記事項', '画像', '画像_ライセンス', '備考',
    ],
    required: ['名称', '所在地_連結表記', '設置位置'],
    recommended: GEOGRAPHIC_RECOMMENDED,
    nameColumn: '名称',
  }),
  defineDataset({
    id: 'evacuation_space',
    title: '指定緊急避難場所一覧',
    headers: [
      '全国地方公共団体コード', 'ID', '名称', '名称_カナ', '名称_英字', ADDR, '緯度', '経度', '標高', CONTACT,
      '市区町村コード', '地方公共団体名', ...DISASTER_TYPES, '指定避難所との重複', '想定収容人数',
      '対象となる町会・自治会', 'URL', '画像', '画像_ライセンス', '備考',
    ],
    required: ['名称', '所在地_連結表記', '電話番号', '市区町村コード', ...DISASTER_TYPES, '指定避難所との重複'],
    recommended: GEOGRAPHIC_RECOMMENDED,
    nameColumn: '名称',
  }),
  defineDataset({
    id: 'aed',
    title: 'AED設置箇所一覧',
    headers: [
      '全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英字', ADDR, ...POSITION, '設置位置',
      CONTACT, '法人番号', '団体名', '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '小児対応設備の有無',
      'URL', '画像1', '画像1_ライセンス', '画像2', '画像2_ライセンス', '外部利用不可', '備考',
    ],
    required: ['名称'],
    recommended: GEOGRAPHIC_RECOMMENDED,
    nameColumn: '名称',
  }),
  defineDataset({
    id: 'public_facility',
    title: '公共施設一覧',
    headers: [
      '全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英字', '名称_通称', 'POIコード',
      '外部識別子', '外部識別子の値', ADDR, ...POSITION, CONTACT, '法人番号', '団体名', '利用可能曜日', '開始時間',
      '終了時間', '利用可能時間特記事項', '説明', ACC, 'URL', '画像', '画像_ライセンス', '備考',
    ],
    required: ['名称'],
    recommended: GEOGRAPHIC_RECOMMENDED,
    nameColumn: '名称',
  }),
  defineDataset({
    id: 'preschool',
    title: '子育て施設一覧',
    headers: [
      '全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英字', '種別', ADDR, ...POSITION,
      'アクセス方法', '駐車場情報', '電話番号', '内線番号', 'FAX番号', '連絡先メールアドレス', '連絡先FormURL',
      '連絡先備考（その他、SNSなど）', '郵便番号', '法人番号', '団体名', '認可等年月日', '収容定員', '受入年齢',
      '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '一時預かりの有無', '子供預かり料金種別',
      '子供預かり料金', '子供預かり料金備考', '子供預かり開所時間', '子供預かり閉所時間', '病児保育の有無',
      ACC_CHILDCARE, 'URL', '画像', '画像_ライセンス', '備考',
    ],
    required: ['名称'],
    recommended: GEOGRAPHIC_RECOMMENDED,
    nameColumn: '名称',
  }),
  defineDataset({
    id: 'cultural_property',
    title: '文化財一覧',
    headers: [
      '全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_通称', '名称_英語', '文化財分類', '種類',
      '場所名称', ADDR, ...POSITION, CONTACT, '員数（数）', '員数（単位）', '法人番号', '所有者等', '文化財指定日',
      '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '画像', '画像_ライセンス', '概要', '概要_英語',
      '説明', '説明_英語', 'URL', '備考',
    ],
    required: ['名称'],
    recommended: GEOGRAPHIC_RECOMMENDED,
    nameColumn: '名称',
  }),
  defineDataset({
    id: 'tourism',
    title: '観光施設一覧',
    headers: [
      '全国地方公共団体コード', '法人番号', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英語', 'POIコード', ADDR,
      ...POSITION, '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '料金(基本)', '料金(詳細)', '説明',
      '説明_英語', 'アクセス方法', '駐車場情報', ACC, '連絡先名称', '連絡先電話番号', '連絡先内線番号',
      '連絡先メールアドレス', '連絡先FormURL', '連絡先備考（その他、SNSなど）', '郵便番号', '画像', '画像_ライセンス',
      'URL', '備考',
    ],
    required: ['名称'],
    recommended: GEOGRAPHIC_RECOMMENDED,
    nameColumn: '名称',
  }),
  defineDataset({
    id: 'population',
    title: '地域・年齢別人口',
    headers: [
      '全国地方公共団体コード', '地域コード', '地方公共団体名', '調査年月日', '地域名', '総人口', '男性', '女性',
      ...POPULATION_BY_AGE, '世帯数', '備考',
    ],
    required: ['地域名'],
    recommended: ['全国地方公共団体コード', '調査年月日', '総人口'],
    nameColumn: '地域名',
  }),
  defineDataset({
    id: 'event',
    title: 'イベント一覧',
    headers: [
      '都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', 'イベント名', 'イベント名_カナ', 'イベント名_英語',
      '開始日', '終了日', '開始時間', '終了時間', '開始日時特記事項', '説明', '料金(基本)', '料金(詳細)', '連絡先名称',
      '連絡先電話番号', '連絡先内線番号', '主催者', '場所名称', '住所', '方書', '緯度', '経度', 'アクセス方法',
      '駐車場情報', '定員', '参加申込終了日', '参加申込終了時間', '参加申込方法', 'URL', '備考',
    ],
    required: ['イベント名'],
    recommended: [...OLDER_RECOMMENDED, '開始日'],
    nameColumn: 'イベント名',
  }),
  defineDataset({
    id: 'hospital',
    title: '医療機関一覧',
    headers: [
      '都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', '名称', '名称_カナ', '医療機関の種類', '住所',
      '方書', '緯度', '経度', '電話番号', '内線番号', 'FAX番号', '法人番号', '法人の名称', '医療機関コード', '診療曜日',
      '診療開始時間', '診療終了時間', '診療日時特記事項', '時間外における対応', '診療科目', '病床数', 'URL', '備考',
    ],
    required: ['名称'],
    recommended: OLDER_RECOMMENDED,
    nameColumn: '名称',
  }),
];

export function findStandard(id: string): StandardDataset | undefined {
  return STANDARD_DATASETS.find((dataset) => dataset.id === id);
}
