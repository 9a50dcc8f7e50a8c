import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findStandard } from '../standards/datasets.ts';
import type { ColumnSpec } from '../standards/types.ts';
import { importTable } from './import-table.ts';
import type { ImportResult, Problem } from './types.ts';

/** Helpers shared by the importTable tests. */
export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
export const toilet = findStandard('public_toilet')!.columns;
export const evacuation = findStandard('evacuation_space')!.columns;
export const TOILET_HEADER = 'ID,名称,所在地_連結表記,設置位置,緯度,経度,男性トイレ総数,備考';
export const utf8 = (text: string) => new TextEncoder().encode(text);
export const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
export const csv = (...lines: string[]) => utf8(lines.join('\n') + '\n');

export function run(bytes: Uint8Array, columns: readonly ColumnSpec[] = toilet, options = {}): Promise<ImportResult> {
  return importTable(bytes, 'upload.csv', columns, options);
}

export function cell(result: ImportResult, row: number, column: string): string | undefined {
  const index = result.table!.columns.indexOf(column);
  return result.table!.rows[row]?.[index];
}

/** The one problem matching every given field; fails unless there is exactly one and it is Japanese. */
export function only(result: ImportResult, where: Partial<Problem>): Problem {
  const found = result.problems.filter((problem) => Object.entries(where).every(([key, value]) => problem[key as keyof Problem] === value));
  assert.equal(found.length, 1, `expected one problem like ${JSON.stringify(where)} in ${JSON.stringify(result.problems, null, 1)}`);
  assert.match(found[0]!.message, JAPANESE);
  return found[0]!;
}

export function errors(result: ImportResult): Problem[] {
  return result.problems.filter((problem) => problem.severity === 'error');
}
