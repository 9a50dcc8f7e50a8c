import type { FoldedHeader } from '../standards/header-match.ts';
import type { ColumnSpec } from '../standards/types.ts';
import type { CellFinding } from './cell-outcome.ts';
import type { Finding, ProblemLog } from './problem-log.ts';
import type { DataRow } from './shape-table.ts';
import { validateRow, type CellRules } from './validate-cells.ts';

/** Free-text columns where a line break inside a cell is tolerated. */
const PROSE_COLUMN = /説明|備考|概要/u;

export interface RowContext {
  header: readonly string[];
  columnIndexes: readonly number[];
  mapped: readonly (ColumnSpec | undefined)[];
  /** Older columns whose values fill another column where it is empty. */
  folded: readonly FoldedHeader[];
  rules: CellRules;
}

/** Checks a data row's cells and returns them with corrected values, logging what it found. */
export function checkRow({ row, cells: fileCells }: DataRow, context: RowContext, log: ProblemLog): string[] {
  const cells = foldCells(fileCells, context.folded);
  const where = (index: number) => ({ row, columnIndex: context.columnIndexes[index]!, header: context.header[index]! });
  const checked = validateRow(cells, context.mapped, context.rules);
  const findings: Finding[] = [
    ...lineBreakFindings(cells, context).map(({ index, ...rest }) => ({ ...rest, ...where(index) })),
    ...checked.findings.map(({ index, ...rest }) => ({ ...rest, ...where(index) })),
  ];
  for (const finding of findings.sort((a, b) => a.columnIndex! - b.columnIndex!)) {
    if (finding.severity === 'warning') log.addRepeatable(finding);
    else log.add(finding);
  }
  return checked.cells;
}

/** One value per cell: a line break is an error, except in prose columns such as 説明 and 備考. */
function lineBreakFindings(cells: readonly string[], context: RowContext): CellFinding[] {
  return cells.flatMap((cell, index): CellFinding[] => {
    if (!/[\r\n]/u.test(cell)) return [];
    if (PROSE_COLUMN.test(context.mapped[index]?.name ?? context.header[index]!)) {
      return [{ index, severity: 'warning', text: 'セルの中に改行があります。このままでも公開できますが、読み込むアプリによっては表示が崩れることがあります。できれば改行を取り除いてください。' }];
    }
    return [{ index, severity: 'error', text: 'セルの中に改行があります。1つのセルには1つの値だけを書き、改行を取り除いてください。' }];
  });
}

/** 市区町村名 empty on a prefecture's own row: 地方公共団体名 is then its 都道府県名. */
function foldCells(cells: readonly string[], folded: readonly FoldedHeader[]): readonly string[] {
  if (folded.length === 0) return cells;
  const filled = [...cells];
  for (const { index, into } of folded) if (filled[into] === '') filled[into] = filled[index] ?? '';
  return filled;
}
