import { Readable } from 'node:stream';
import { refusal, type GridRead } from './grid-read.ts';
import { cellPosition } from './locate.ts';
import type { Finding } from './problem-log.ts';
import type { FileReading } from './types.ts';
import { cellText, type XlsxCell } from './xlsx-cell-text.ts';
import { unpackXlsx, type XlsxLayout } from './xlsx-guard.ts';
import { storeZip } from './zip-store.ts';

/** XML inflates to several times its zipped size; ten times the upload limit leaves room for real sheets, not for bombs. */
const EXPANSION_FACTOR = 10;
const READING: FileReading = { encoding: 'xlsx', lineEnding: 'none' };
const RESAVE = 'Excelで開き、「Excelブック（.xlsx）」形式で保存し直してください。';

/** Reads the first sheet of an .xlsx into rows of cell texts. */
export async function readXlsx(bytes: Uint8Array, maxBytes: number): Promise<GridRead> {
  const maxExpanded = maxBytes * EXPANSION_FACTOR;
  const unpacked = unpackXlsx(bytes, maxExpanded);
  if (!unpacked.ok) {
    if (unpacked.reason === 'notXlsx') return refusal('このファイルはExcelブック（.xlsx）ではないZIP形式の圧縮ファイルです。表のデータをCSVかExcelブック（.xlsx）で登録してください。');
    if (unpacked.reason === 'tooLarge') {
      return refusal(`このExcelファイルは、中身を展開すると大きすぎるため読み込めません（展開後の上限は${Math.round(maxExpanded / 1_048_576)} MBです）。ファイルを分けて登録してください。`, READING);
    }
    return refusal(`Excelファイルとして読み込めませんでした。ファイルが壊れている可能性があります。${RESAVE}`, READING);
  }
  let cells: XlsxCell[][];
  try {
    // Loaded on first use: most processes never read a workbook, and it costs start-up time.
    const { readSheet } = await import('read-excel-file/node');
    cells = (await readSheet(Readable.from(storeZip(unpacked.files)))) as XlsxCell[][];
  } catch {
    return refusal(`Excelファイルの中身を読み込めませんでした。${RESAVE}`, READING);
  }
  return { ok: true, rows: cells.map((row) => row.map(cellText)), reading: READING, findings: layoutFindings(unpacked.layout) };
}

function layoutFindings({ sheetNames, firstSheetMerges }: XlsxLayout): Finding[] {
  const findings: Finding[] = firstSheetMerges.map((range) => {
    const start = cellPosition(range.split(':')[0] ?? '');
    return {
      severity: 'error',
      ...(start ? { row: start.row, columnIndex: start.columnIndex } : {}),
      text: `セルが結合されています（${range}）。結合を解除し、1つのセルに1つの値を入れてください。見出しも1行目に1つずつ並べます。`,
    };
  });
  if (sheetNames.length > 1) {
    findings.unshift({
      severity: 'warning',
      text:
        `このファイルにはシートが${sheetNames.length}枚あります（${sheetNames.map((name) => `「${name}」`).join('')}）。` +
        `読み込んだのは最初のシート「${sheetNames[0]}」だけです。1つのファイルには1つの表だけを入れてください。`,
    });
  }
  return findings;
}
