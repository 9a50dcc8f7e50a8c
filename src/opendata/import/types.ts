/** How the uploaded bytes were read, told back to the publisher. */
export interface FileReading {
  /** 'utf-8-bom' | 'utf-8' | 'shift_jis' for CSV; 'xlsx' for Excel. */
  encoding: 'utf-8-bom' | 'utf-8' | 'shift_jis' | 'xlsx';
  lineEnding: 'crlf' | 'lf' | 'cr' | 'mixed' | 'none';
}

export type Severity = 'error' | 'warning';

/** One finding, placed where a non-technical publisher can find it in their spreadsheet. */
export interface Problem {
  severity: Severity;
  /** Row number as the spreadsheet shows it (header = 1), or undefined for the whole file. */
  row?: number;
  /** Header as written in the file, or undefined for a whole-row or whole-file problem. */
  column?: string;
  /** Plain Japanese, says what is wrong and how to fix it. */
  message: string;
}

/** The table as it will be published: headers in the standard's order and spelling, every cell a string. */
export interface ImportedTable {
  columns: string[];
  rows: string[][];
}

export interface ImportResult {
  reading?: FileReading;
  /** What each header of the file was matched to, when it was not already the standard's spelling. */
  renamedHeaders: { from: string; to: string }[];
  /** Present unless the file could not be read at all. */
  table?: ImportedTable;
  problems: Problem[];
  /** True when there is no error: the table may be published (warnings do not block). */
  publishable: boolean;
}
