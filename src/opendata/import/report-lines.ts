import type { FoldedHeader, ImportResult, Problem, RenamedHeader } from './types.ts';

/** How many missing columns are named one by one before the rest are counted. */
const MISSING_SHOWN = 12;

export const OLDER_LAYOUT_NOTE = '2019年の推奨データセットの形式（旧形式）のファイルです。列名を現在の標準の名前に直して読み込みました。';

export function renamedLine(renamed: RenamedHeader): string {
  return `${renamed.from} → ${renamed.to}${renamed.older ? '（旧形式の列名）' : ''}`;
}

export function foldedLine(folded: FoldedHeader): string {
  return `${folded.from} → ${folded.to}（「${folded.into}」が空欄の行に使います。この列そのものは公開するデータに含めません）`;
}

export function missingLine(missing: readonly string[]): string {
  const named = missing.slice(0, MISSING_SHOWN).join('、');
  const rest = missing.length > MISSING_SHOWN ? `ほか${missing.length - MISSING_SHOWN}列` : '';
  return `${missing.length}列（${named}${rest ? `、${rest}` : ''}）`;
}

/** The columns part of the report, as plain lines for the command line. */
export function columnReportLines(result: ImportResult): string[] {
  const lines: string[] = [];
  if (!result.table) return lines;
  if (result.layout === 'older') lines.push(OLDER_LAYOUT_NOTE);
  const mappings = [...result.renamedHeaders.map(renamedLine), ...(result.foldedHeaders ?? []).map(foldedLine)];
  if (mappings.length > 0) lines.push('列の対応（元の列名 → 標準の列名）：', ...mappings.map((line) => `  ${line}`));
  if (result.extraHeaders?.length) lines.push(`標準にない列（公開するデータの末尾に、この見出しのまま残します）：${result.extraHeaders.join('、')}`);
  if (result.missingColumns?.length) lines.push(`ファイルにない標準の列（空の列として含めます）：${missingLine(result.missingColumns)}`);
  lines.push(`読み込んだ行数：${result.table.rows.length.toLocaleString('ja-JP')}行`);
  return lines;
}

/** One line per problem, in the order found (row by row), as the upload page words them. */
export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `[${problem.severity === 'error' ? 'エラー' : '注意'}] ${problem.row === undefined && problem.column === undefined ? 'ファイル全体：' : ''}${problem.message}`);
}
