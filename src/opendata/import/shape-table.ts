import type { Finding } from './problem-log.ts';

export interface DataRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  /** Trimmed cells of the kept columns, padded or cut to the header's width. */
  cells: string[];
}

export interface ShapedTable {
  header: string[];
  /** Column of the file (0-based) each kept column came from, for column letters. */
  columnIndexes: number[];
  rows: DataRow[];
}

const NOTE_MARK = /^([※＊*]|注[：:）)\s\d]|[（(]注|出典|資料|備考[：:])/u;

const filled = (cells: readonly string[]): number => cells.filter((cell) => cell !== '').length;

/**
 * Finds the table in the grid and reports what breaks the one-table-per-file rules: rows above
 * the header, blank rows, notes below the table and rows with the wrong number of cells.
 * Columns with neither header nor values are dropped.
 */
export function shapeTable(grid: readonly string[][]): { table: ShapedTable; findings: Finding[] } {
  const trimmed = grid.map((cells) => cells.map((cell) => cell.trim()));
  const headerIndex = findHeaderIndex(trimmed);
  const findings: Finding[] = headerIndex > 0 ? [titleRowFinding(trimmed, headerIndex)] : [];
  const headerCells = trimmed[headerIndex] ?? [];
  const body = trimmed.slice(headerIndex + 1);
  const columnIndexes = keptColumns(headerCells, body, findings);
  const notes = noteRows(body, headerCells.length);
  const rows: DataRow[] = [];
  let blankRun: number[] = [];
  const flushBlanks = () => {
    if (blankRun.length > 0) findings.push(blankRowsFinding(blankRun));
    blankRun = [];
  };
  body.forEach((cells, offset) => {
    const row = headerIndex + offset + 2;
    if (filled(cells) === 0) {
      blankRun.push(row);
      return;
    }
    flushBlanks();
    if (notes.has(offset)) {
      findings.push({ severity: 'error', row, columnIndex: 0, text: `表の下に注記「${cells.find((cell) => cell !== '')}」があります。注記は表に入れず、データセットの説明欄に書いてください。この行は削除してください。` });
      return;
    }
    if (grid[headerIndex + offset + 1]!.length !== grid[headerIndex]!.length) findings.push(cellCountFinding(row, cells.length, headerCells.length));
    rows.push({ row, cells: columnIndexes.map((index) => cells[index] ?? '') });
  });
  flushBlanks();
  return { table: { header: columnIndexes.map((index) => headerCells[index] ?? ''), columnIndexes, rows }, findings };
}

/** Row 1 unless it looks like a title: few filled cells above a row that fills the table's width. */
function findHeaderIndex(rows: readonly string[][]): number {
  const width = Math.max(0, ...rows.slice(0, 20).map(filled));
  if (width < 3) return 0;
  const looksLikeHeader = (cells: readonly string[] | undefined) => cells !== undefined && filled(cells) >= Math.max(3, width / 2);
  if (looksLikeHeader(rows[0])) return 0;
  const index = rows.slice(0, 6).findIndex(looksLikeHeader);
  return index < 0 ? 0 : index;
}

function titleRowFinding(rows: readonly string[][], headerIndex: number): Finding {
  const title = rows.slice(0, headerIndex).flat().find((cell) => cell !== '');
  const above = headerIndex === 1 ? '1行目' : `1〜${headerIndex}行目`;
  return {
    severity: 'error',
    row: 1,
    text:
      `表の上にタイトルや空の行があります（${above}${title ? `：「${title}」` : ''}）。見出しは${headerIndex + 1}行目にあるようです。` +
      `見出しが1行目になるように、${above}を削除してください。タイトルや作成日は、データセットの説明欄に書いてください。`,
  };
}

/** Drops columns without header and values; one in the middle of the table is reported, trailing ones are Excel's leftovers. */
function keptColumns(header: readonly string[], body: readonly string[][], findings: Finding[]): number[] {
  const width = Math.max(header.length, ...body.map((cells) => cells.length));
  const empty = (index: number) => (header[index] ?? '') === '' && body.every((cells) => (cells[index] ?? '') === '');
  let end = width;
  while (end > 0 && empty(end - 1)) end--;
  const kept: number[] = [];
  for (let index = 0; index < end; index++) {
    if (!empty(index)) kept.push(index);
    else findings.push({ severity: 'warning', row: 1, columnIndex: index, text: '見出しも値も空の列なので、読み飛ばしました。表の途中にある空の列は削除してください。' });
  }
  return kept;
}

/**
 * Notes: one filled cell in column A that starts like a note (※, 注, 出典 …) anywhere, or any
 * such single-cell rows at the very end of a table of three or more columns.
 */
function noteRows(body: readonly string[][], width: number): Set<number> {
  const single = (cells: readonly string[]) => filled(cells) === 1 && cells[0] !== '';
  const notes = new Set(body.flatMap((cells, offset) => (single(cells) && NOTE_MARK.test(cells[0]!) ? [offset] : [])));
  if (width < 3) return notes;
  for (let offset = body.length - 1; offset >= 0; offset--) {
    const cells = body[offset]!;
    if (filled(cells) === 0) continue;
    if (!single(cells)) break;
    notes.add(offset);
  }
  return notes;
}

function blankRowsFinding(rows: readonly number[]): Finding {
  const span = rows.length === 1 ? '空の行' : `この行から${rows.at(-1)}行目までは空の行`;
  return { severity: 'warning', row: rows[0]!, text: `${span}なので、読み飛ばしました。表の途中や下にある空の行は削除してください。` };
}

function cellCountFinding(row: number, count: number, headerCount: number): Finding {
  const hint =
    count < headerCount
      ? '区切りのカンマ（,）が抜けていないか、値の途中で改行されていないか確かめてください。'
      : '値の中にカンマ（,）があるときは、値全体を「"」で囲んでください。';
  return { severity: 'error', row, text: `この行の値の数（${count}個）が、見出しの数（${headerCount}個）と合いません。${hint}` };
}
