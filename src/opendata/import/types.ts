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
  renamedHeaders: RenamedHeader[];
  /** 2019 columns folded into a standard one, e.g. 都道府県名 into 地方公共団体名 where 市区町村名 is empty. */
  foldedHeaders?: FoldedHeader[];
  /** Headers that are not in the standard: published after the standard columns, as the file spells them. */
  extraHeaders?: string[];
  /** Standard columns the file lacks: published as empty columns. */
  missingColumns?: string[];
  /** 'older' when the file is in the layout of the 2019 推奨データセット (NO, 都道府県名, 住所 …). */
  layout?: 'current' | 'older';
  /** Present unless the file could not be read at all. */
  table?: ImportedTable;
  problems: Problem[];
  /** True when there is no error: the table may be published (warnings do not block). */
  publishable: boolean;
}

export interface RenamedHeader {
  from: string;
  to: string;
  /** The header is a 2019 name the current standard replaced, rather than another spelling. */
  older?: boolean;
}

export interface FoldedHeader {
  /** The folded header as the file spells it. */
  from: string;
  /** The header of the file whose empty cells it fills. */
  into: string;
  /** The standard column both become. */
  to: string;
}
