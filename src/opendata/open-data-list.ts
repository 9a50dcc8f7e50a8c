import type { Municipality } from '../platform/tenancy/municipality.ts';
import { isoDateJst } from '../views/format-date.ts';
import type { CatalogEntry } from './catalog.ts';
import type { PublicLinks } from './public-links.ts';
import { categoryLabel, FORMAT_LABELS, frequencyLabel, licenceOf } from './labels.ts';

/** Headers of the standard オープンデータ一覧, in order. */
export const OPEN_DATA_LIST_COLUMNS = [
  'データセット_ID', '全国地方公共団体コード', '地方公共団体名', 'データセット_タイトル', 'データセット_サブタイトル', 'データセット_概要',
  'データセット_キーワード', 'データセット_分類', 'データセット_ユニバーサルメニュー', 'データセット_公開日', 'データセット_最終更新日',
  'データセット_バージョン', 'データセット_言語', 'データセット_URL', 'データセット_更新頻度', 'データセット_準拠する標準',
  'データセット_関連ドキュメント', 'データセット_来歴情報', 'データセット_対象地域', 'データセット_対象期間', 'データセット_連絡先名称',
  'データセット_連絡先メールアドレス', 'データセット_連絡先電話番号', 'データセット_連絡先内線番号', 'データセット_連絡先FormURL',
  'データセット_連絡先備考（その他、SNSなど）', 'データセット_備考', 'ファイル_タイトル', 'ファイル_アクセスURL', 'ファイル_ダウンロードURL',
  'ファイル_説明', 'ファイル形式', 'ファイル_ライセンス', 'ファイル_ステータス', 'ファイル_サイズ', 'ファイル_公開日', 'ファイル_最終更新日',
  'ファイル_利用規約', 'ファイル_関連ドキュメント', 'ファイル_言語', 'ファイル_準拠する標準', 'ファイル_API対応有無',
] as const;

/** One row per file of each published dataset, generated from the catalog so it is never out of date. */
export function openDataListRows(entries: readonly CatalogEntry[], municipality: Municipality, links: PublicLinks): string[][] {
  return entries.flatMap((entry) => {
    const { dataset, latest } = entry;
    const page = links.datasetPage(dataset.slug);
    const licence = licenceOf(dataset.licence);
    const standard = entry.standardTitle ? `自治体標準オープンデータセット ${entry.standardTitle}` : '';
    const datasetPart: Record<string, string> = {
      データセット_ID: `${dataset.municipalityCode}-${dataset.slug}`,
      全国地方公共団体コード: dataset.municipalityCode,
      地方公共団体名: municipality.nameJa,
      データセット_タイトル: dataset.title,
      データセット_概要: dataset.description,
      データセット_キーワード: dataset.keywords.join(';'),
      データセット_分類: categoryLabel(dataset.category),
      データセット_公開日: isoDateJst(dataset.issuedAt ?? latest.publishedAt),
      データセット_最終更新日: isoDateJst(dataset.modifiedAt ?? latest.publishedAt),
      データセット_バージョン: String(latest.version),
      データセット_言語: 'ja',
      データセット_URL: page,
      データセット_更新頻度: frequencyLabel(dataset.updateFrequency),
      データセット_準拠する標準: standard,
      データセット_対象地域: municipality.nameJa,
      データセット_連絡先名称: `${municipality.nameJa} ${entry.departmentName}`,
      データセット_連絡先電話番号: municipality.phone,
      データセット_備考: dataset.sample ? 'サンプルデータ（試用のための架空のデータを含みます）' : '',
    };
    return entry.formats.map((format) => {
      const filePart: Record<string, string> = {
        ファイル_タイトル: `${dataset.title}（${FORMAT_LABELS[format]}）`,
        ファイル_アクセスURL: page,
        ファイル_ダウンロードURL: links.file(dataset, format),
        ファイル形式: FORMAT_LABELS[format],
        ファイル_ライセンス: licence.title,
        ファイル_ステータス: '公開',
        ファイル_公開日: datasetPart['データセット_公開日']!,
        ファイル_最終更新日: datasetPart['データセット_最終更新日']!,
        ファイル_言語: 'ja',
        ファイル_準拠する標準: standard,
        ファイル_API対応有無: '有',
      };
      const cells = { ...datasetPart, ...filePart };
      return OPEN_DATA_LIST_COLUMNS.map((column) => cells[column] ?? '');
    });
  });
}
