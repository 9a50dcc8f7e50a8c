import type { ColumnKind } from './types.ts';

/**
 * How each header of the standard is checked on import. Headers not listed here, and not matched
 * by a pattern below, are free text.
 */
const KIND_BY_NAME: Readonly<Record<string, ColumnKind>> = {
  全国地方公共団体コード: 'municipalityCode',
  所在地_全国地方公共団体コード: 'municipalityCode',
  市区町村コード: 'municipalityCode',
  都道府県コード又は市区町村コード: 'municipalityCode',
  緯度: 'latitude',
  経度: 'longitude',
  標高: 'decimal',
  高度の値: 'decimal',
  想定収容人数: 'integer',
  収容定員: 'integer',
  総人口: 'integer',
  男性: 'integer',
  女性: 'integer',
  世帯数: 'integer',
  定員: 'integer',
  病床数: 'integer',
  '員数（数）': 'integer',
  公開日: 'date',
  開始日: 'date',
  終了日: 'date',
  認可等年月日: 'date',
  文化財指定日: 'date',
  調査年月日: 'date',
  参加申込終了日: 'date',
  指定避難所との重複: 'flagOne',
  電話番号: 'phone',
  FAX番号: 'phone',
  連絡先電話番号: 'phone',
  連絡先メールアドレス: 'email',
  URL: 'url',
  連絡先FormURL: 'url',
  画像: 'url',
  画像1: 'url',
  画像2: 'url',
  郵便番号: 'postalCode',
  利用可能曜日: 'weekdays',
  診療曜日: 'weekdays',
};

const KIND_BY_PATTERN: readonly (readonly [RegExp, ColumnKind])[] = [
  [/トイレ(総)?数/u, 'integer'],
  [/^\d+(-\d+)?歳(以上)?の(男性|女性)$/u, 'integer'],
  [/(開始|終了|開所|閉所)時間$/u, 'time'],
  [/有無$/u, 'flagUmu'],
  [/^災害種別_/u, 'flagOne'],
];

export function kindOf(name: string): ColumnKind {
  const exact = KIND_BY_NAME[name];
  if (exact) return exact;
  return KIND_BY_PATTERN.find(([pattern]) => pattern.test(name))?.[1] ?? 'text';
}
