import { matchHeaders, type FoldedHeader as FoldedColumn } from '../standards/header-match.ts';
import { isOlderName } from '../standards/older-layouts.ts';
import type { ColumnSpec } from '../standards/types.ts';
import { columnLetter } from './locate.ts';
import type { Finding } from './problem-log.ts';
import type { FoldedHeader, RenamedHeader } from './types.ts';

export interface HeaderCheck {
  /** Standard column held by each column of the shaped table; undefined for extra or duplicated ones. */
  mapped: (ColumnSpec | undefined)[];
  /** Columns of the shaped table to publish after the standard ones, in file order. */
  extras: number[];
  /** Columns of the shaped table whose values fill another column's empty cells. */
  folded: FoldedColumn[];
  renamedHeaders: RenamedHeader[];
  foldedHeaders: FoldedHeader[];
  missingColumns: string[];
  layout: 'current' | 'older';
  findings: Finding[];
}

/** Matches the header row to the standard and reports empty, duplicated, missing and extra columns. */
export function checkHeader(header: readonly string[], columnIndexes: readonly number[], columns: readonly ColumnSpec[]): HeaderCheck {
  const { matched, missing, duplicates, folded } = matchHeaders(header, columns);
  const at = (index: number) => ({ row: 1, columnIndex: columnIndexes[index]!, header: header[index]! });
  const findings: Finding[] = [];
  const duplicated = new Set(duplicates.map(({ index }) => index));

  for (const spec of missing) findings.push(...missingFinding(spec));
  header.forEach((text, index) => {
    if (text === '') findings.push({ severity: 'error', row: 1, columnIndex: columnIndexes[index]!, text: '見出しが空です。この列の内容を表す見出しを書くか、不要な列なら列ごと削除してください。' });
  });
  for (const { index, firstIndex } of duplicates) {
    const first = `${columnLetter(columnIndexes[firstIndex]!)}列「${header[firstIndex]}」`;
    const same = header[index] === header[firstIndex] ? `${first}と同じ見出しです。` : `${first}と同じ項目を表す見出しです。`;
    findings.push({ severity: 'error', ...at(index), text: `${same}同じ項目の列は1つにまとめてください。` });
  }
  const foldedAway = new Set(folded.map(({ index }) => index));
  const extras = header.map((_, index) => index).filter((index) => !matched[index] && !duplicated.has(index) && !foldedAway.has(index) && header[index] !== '');
  for (const index of extras) {
    findings.push({
      severity: 'warning',
      ...at(index),
      text: '標準の項目にない列です。公開するデータでは、標準の列の後ろに、この見出しのまま並べます。標準の項目と同じ内容なら、見出しを標準の名前に直してください。',
    });
  }
  const renamedHeaders = matched.flatMap((spec, index): RenamedHeader[] => {
    if (!spec || spec.name === header[index]) return [];
    return [{ from: header[index]!, to: spec.name, ...(isOlderName(header[index]!) ? { older: true } : {}) }];
  });
  const foldedHeaders = folded.map(({ index, into }) => ({ from: header[index]!, into: header[into]!, to: matched[into]!.name }));
  // One 2019 name (住所 for 所在地_連結表記) is a habit; two or more, or a folded column, are the 2019 layout.
  const older = renamedHeaders.filter((renamed) => renamed.older).length + foldedHeaders.length >= 2;
  return { mapped: matched, extras, folded, renamedHeaders, foldedHeaders, missingColumns: missing.map((spec) => spec.name), layout: older ? 'older' : 'current', findings };
}

function missingFinding(spec: ColumnSpec): Finding[] {
  if (spec.requirement === 'required') {
    return [{ severity: 'error', text: `必須の列「${spec.name}」がありません。1行目に見出し「${spec.name}」の列を加え、各行に値を入れてください。` }];
  }
  if (spec.requirement === 'recommended') {
    return [{ severity: 'warning', text: `推奨の列「${spec.name}」がありません。できるだけ加えてください。公開するデータには、空の列として含めます。` }];
  }
  return [];
}
