import type { ColumnSpec } from '../standards/types.ts';
import { buildTable } from './build-table.ts';
import { checkHeader } from './check-header.ts';
import { checkRow } from './check-rows.ts';
import { createProblemLog, type Finding, type ProblemLog } from './problem-log.ts';
import { readGrid } from './read-grid.ts';
import { shapeTable, type ShapedTable } from './shape-table.ts';
import type { FileReading, ImportResult } from './types.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = 100_000;

export interface ImportOptions {
  maxBytes?: number;
  maxRows?: number;
  /** Rewrite 西暦 dates such as 2025/4/1 to 2025-04-01 (default true); see DateRules. */
  isoDates?: boolean;
}

/** A file read and shaped into a table, before it is checked against a dataset's columns. */
export type TableRead =
  | { ok: true; table: ShapedTable; reading: FileReading; log: ProblemLog; shapeFindings: Finding[] }
  | { ok: false; result: ImportResult };

/**
 * Reads an uploaded CSV or .xlsx against the columns of a dataset and returns the table to
 * publish with every problem found. Non-standard datasets pass one 'text' column per header.
 */
export async function importTable(bytes: Uint8Array, fileName: string, columns: readonly ColumnSpec[], options: ImportOptions = {}): Promise<ImportResult> {
  const read = await readTable(bytes, fileName, options);
  return read.ok ? checkTable(read, columns, options) : read.result;
}

/** Reads the file into a table (header and rows), refusing what cannot be read at all; the header tells which dataset it is. */
export async function readTable(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<TableRead> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const log = createProblemLog();
  const refuse = (reading?: FileReading, text?: string): TableRead => {
    if (text) log.add({ severity: 'error', text });
    return { ok: false, result: finish(log, reading) };
  };
  if (bytes.length > maxBytes) return { ok: false, result: oversizeResult(bytes.length, maxBytes) };
  const read = await readGrid(bytes, fileName, maxBytes);
  read.findings.forEach((finding) => log.add(finding));
  if (!read.ok) return refuse(read.reading);
  if (read.rows.every((cells) => cells.every((cell) => cell.trim() === ''))) {
    return refuse(read.reading, 'ファイルに表がありません（中身が空です）。1行目に見出し、2行目から値を入れた表を登録してください。');
  }
  if (read.rows.length - 1 > maxRows) {
    return refuse(read.reading, `行数が多すぎます（${(read.rows.length - 1).toLocaleString('ja-JP')}行）。登録できるのは${maxRows.toLocaleString('ja-JP')}行までです。ファイルを分けて登録してください。`);
  }
  const { table, findings } = shapeTable(read.rows);
  return { ok: true, table, reading: read.reading, log, shapeFindings: findings };
}

/** Checks a read table against a dataset's columns; `notes` are whole-file findings to add, such as a dataset that does not seem to fit. */
export function checkTable(read: Extract<TableRead, { ok: true }>, columns: readonly ColumnSpec[], options: ImportOptions & { notes?: Finding[] } = {}): ImportResult {
  const { table, log } = read;
  const header = checkHeader(table.header, table.columnIndexes, columns);
  const context = { header: table.header, columnIndexes: table.columnIndexes, mapped: header.mapped, folded: header.folded, rules: { isoDates: options.isoDates ?? true } };
  // Whole-file and header findings first, then everything about each row in row order.
  const findings = [...(options.notes ?? []), ...read.shapeFindings, ...header.findings].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  let next = 0;
  const logUpTo = (row: number) => {
    for (; next < findings.length && (findings[next]!.row ?? 0) <= row; next++) log.add(findings[next]!);
  };
  const checked = table.rows.map((dataRow) => {
    logUpTo(dataRow.row);
    return checkRow(dataRow, context, log);
  });
  logUpTo(Number.POSITIVE_INFINITY);
  return {
    ...finish(log, read.reading),
    renamedHeaders: header.renamedHeaders,
    foldedHeaders: header.foldedHeaders,
    extraHeaders: header.extras.map((index) => table.header[index]!),
    missingColumns: header.missingColumns,
    layout: header.layout,
    table: buildTable(checked, table.header, header.mapped, header.extras, columns),
  };
}

/** The refusal of a file over the size limit, given without reading it. */
export function oversizeResult(byteLength: number, maxBytes = DEFAULT_MAX_BYTES): ImportResult {
  const log = createProblemLog();
  log.add({ severity: 'error', text: `ファイルが大きすぎます（${megabytes(byteLength)}）。登録できるのは${megabytes(maxBytes)}までです。ファイルを分けて登録してください。` });
  return finish(log);
}

function finish(log: ProblemLog, reading?: FileReading): ImportResult {
  const problems = log.finish();
  return { ...(reading ? { reading } : {}), renamedHeaders: [], problems, publishable: log.errorCount() === 0 };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toLocaleString('ja-JP', { maximumFractionDigits: 1 })} MB`;
}
