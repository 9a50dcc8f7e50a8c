import type { ColumnSpec } from '../standards/types.ts';
import { buildTable } from './build-table.ts';
import { checkHeader } from './check-header.ts';
import { checkRow } from './check-rows.ts';
import { createProblemLog, type ProblemLog } from './problem-log.ts';
import { readGrid } from './read-grid.ts';
import { shapeTable } from './shape-table.ts';
import type { FileReading, ImportResult } from './types.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = 100_000;

export interface ImportOptions {
  maxBytes?: number;
  maxRows?: number;
  /** Rewrite 西暦 dates such as 2025/4/1 to 2025-04-01 (default true); see DateRules. */
  isoDates?: boolean;
}

/**
 * Reads an uploaded CSV or .xlsx against the columns of a dataset and returns the table to
 * publish with every problem found. Non-standard datasets pass one 'text' column per header.
 */
export async function importTable(bytes: Uint8Array, fileName: string, columns: readonly ColumnSpec[], options: ImportOptions = {}): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const log = createProblemLog();
  if (bytes.length > maxBytes) {
    log.add({ severity: 'error', text: `ファイルが大きすぎます（${megabytes(bytes.length)}）。登録できるのは${megabytes(maxBytes)}までです。ファイルを分けて登録してください。` });
    return finish(log);
  }
  const read = await readGrid(bytes, fileName, maxBytes);
  read.findings.forEach((finding) => log.add(finding));
  if (!read.ok) return finish(log, read.reading);
  if (read.rows.every((cells) => cells.every((cell) => cell.trim() === ''))) {
    log.add({ severity: 'error', text: 'ファイルに表がありません（中身が空です）。1行目に見出し、2行目から値を入れた表を登録してください。' });
    return finish(log, read.reading);
  }
  if (read.rows.length - 1 > maxRows) {
    log.add({ severity: 'error', text: `行数が多すぎます（${(read.rows.length - 1).toLocaleString('ja-JP')}行）。登録できるのは${maxRows.toLocaleString('ja-JP')}行までです。ファイルを分けて登録してください。` });
    return finish(log, read.reading);
  }
  return checkGrid(read.rows, columns, { isoDates: options.isoDates ?? true }, log, read.reading);
}

function checkGrid(grid: string[][], columns: readonly ColumnSpec[], rules: { isoDates: boolean }, log: ProblemLog, reading: FileReading): ImportResult {
  const { table, findings: shapeFindings } = shapeTable(grid);
  const header = checkHeader(table.header, table.columnIndexes, columns);
  const context = { header: table.header, columnIndexes: table.columnIndexes, mapped: header.mapped, rules };
  // Whole-file and header findings first, then everything about each row in row order.
  const findings = [...shapeFindings, ...header.findings].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  let next = 0;
  const logUpTo = (row: number) => {
    for (; next < findings.length && (findings[next]!.row ?? 0) <= row; next++) log.add(findings[next]!);
  };
  const checked = table.rows.map((dataRow) => {
    logUpTo(dataRow.row);
    return checkRow(dataRow, context, log);
  });
  logUpTo(Number.POSITIVE_INFINITY);
  const result = finish(log, reading);
  return { ...result, renamedHeaders: header.renamedHeaders, table: buildTable(checked, table.header, header.mapped, header.extras, columns) };
}

function finish(log: ProblemLog, reading?: FileReading): ImportResult {
  const problems = log.finish();
  return { ...(reading ? { reading } : {}), renamedHeaders: [], problems, publishable: log.errorCount() === 0 };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toLocaleString('ja-JP', { maximumFractionDigits: 1 })} MB`;
}
