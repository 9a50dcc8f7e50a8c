import { stringify } from 'csv-stringify/sync';
import type { FileReading, ImportResult, Severity } from './types.ts';

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'エラー', warning: '注意' };

const ENCODING_LABEL: Readonly<Record<FileReading['encoding'], string>> = {
  'utf-8-bom': 'UTF-8（BOM付き）',
  'utf-8': 'UTF-8（BOMなし）',
  shift_jis: 'Shift_JIS',
  xlsx: 'Excelブック（.xlsx）',
};

const LINE_ENDING_LABEL: Readonly<Record<FileReading['lineEnding'], string>> = {
  crlf: 'CRLF',
  lf: 'LF',
  cr: 'CR',
  mixed: '混在（CRLF・LF・CRのうち2種類以上）',
  none: 'なし（1行だけ）',
};

/** 「文字コード：UTF-8（BOMなし）、改行：LF」, or the file type for Excel, where line endings do not apply. */
export function summariseReading(reading: FileReading): string {
  if (reading.encoding === 'xlsx') return `ファイル形式：${ENCODING_LABEL.xlsx}`;
  return `文字コード：${ENCODING_LABEL[reading.encoding]}、改行：${LINE_ENDING_LABEL[reading.lineEnding]}`;
}

/**
 * The problems as a CSV for Excel: UTF-8 with BOM so Excel detects the encoding, CRLF, one
 * table with the columns 種類,行,列,内容; the first row sums up the file.
 */
export function reportToCsv(result: ImportResult, fileName: string): string {
  const count = (severity: Severity) => result.problems.filter((problem) => problem.severity === severity).length;
  const verdict = result.publishable ? '公開できます' : 'エラーを直すまで公開できません';
  const reading = result.reading ? `${summariseReading(result.reading)}。` : '';
  const summary = `「${fileName}」の確認結果：${verdict}（エラー${count('error')}件、注意${count('warning')}件）。${reading}`;
  const rows = [
    ['種類', '行', '列', '内容'],
    ['結果', '', '', summary],
    ...result.problems.map((problem) => [SEVERITY_LABEL[problem.severity], problem.row?.toString() ?? '', problem.column ?? '', problem.message]),
  ];
  return stringify(rows.map((cells) => cells.map(inertForSpreadsheet)), { bom: true, record_delimiter: 'windows' });
}

/** Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe. */
function inertForSpreadsheet(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}
