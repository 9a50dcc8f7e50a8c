import { CsvError, parse } from 'csv-parse/sync';

/** On failure, `row` is the spreadsheet row where reading went wrong and `message` says how to fix it. */
export type CsvParse = { ok: true; rows: string[][] } | { ok: false; row: number; message: string };

const QUOTE_ADVICE = '値の中にカンマ（,）・改行・引用符（"）があるときは、値全体を「"」で囲み、値の中の「"」は「""」と2つ重ねて書きます。Excelで開いて保存し直すと、正しい形になります。';

/**
 * Parses CSV text into rows of cells, one row per spreadsheet row (a quoted line break stays in
 * its cell). Rows may differ in length: the caller reports that per row. Any CR, LF or CRLF ends
 * a row, so files with mixed line endings are read as a spreadsheet would.
 */
export function parseCsv(text: string): CsvParse {
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'], skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) return describeCsvError(error);
    throw error;
  }
  const header = rows[0];
  if (header?.length === 1 && header[0]!.includes('\t')) {
    return { ok: false, row: 1, message: 'このファイルはタブ区切りのようです。CSVはカンマ（,）区切りで保存してください。Excelなら「CSV UTF-8（コンマ区切り）」形式を選んで保存します。' };
  }
  return { ok: true, rows };
}

function describeCsvError(error: CsvError): CsvParse {
  const row = (typeof error.records === 'number' ? error.records : 0) + 1;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { ok: false, row, message: `引用符（"）が閉じられていません。この行から後ろが1つの値として読まれてしまいます。${QUOTE_ADVICE}` };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return { ok: false, row, message: `引用符（"）の使い方が正しくありません。${QUOTE_ADVICE}` };
    default:
      return { ok: false, row, message: `CSVとして読めない箇所があります。${QUOTE_ADVICE}` };
  }
}
