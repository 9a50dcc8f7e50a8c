import { sniffSignature } from './file-signature.ts';
import { refusal, type GridRead } from './grid-read.ts';
import { parseCsv } from './parse-csv.ts';
import { readCsvText } from './read-text.ts';
import { readXlsx } from './read-xlsx.ts';

/** Reads CSV or .xlsx into rows of cell texts, going by the content first and the file name second. */
export async function readGrid(bytes: Uint8Array, fileName: string, maxBytes: number): Promise<GridRead> {
  const extension = /\.([^.]+)$/u.exec(fileName.toLowerCase())?.[1] ?? '';
  if (sniffSignature(bytes) === 'zip') return withNameWarning(await readXlsx(bytes, maxBytes), extension);
  if (extension === 'xlsx' && sniffSignature(bytes) === undefined) {
    return refusal('ファイル名は「.xlsx」ですが、中身がExcelブックの形式ではありません。Excelで開き、「Excelブック（.xlsx）」か「CSV UTF-8（コンマ区切り）」形式で保存し直してください。');
  }
  const text = readCsvText(bytes);
  if (!text.ok) return refusal(text.message);
  const parsed = parseCsv(text.text);
  if (!parsed.ok) return refusal(parsed.message, text.reading, parsed.row);
  return { ok: true, rows: parsed.rows, reading: text.reading, findings: [] };
}

function withNameWarning(read: GridRead, extension: string): GridRead {
  if (!read.ok || extension === 'xlsx') return read;
  const warning = {
    severity: 'warning' as const,
    text: `ファイル名の拡張子は「.${extension}」ですが、中身はExcelブック（.xlsx）でした。Excelブックとして読み込みました。`,
  };
  return { ...read, findings: [warning, ...read.findings] };
}
