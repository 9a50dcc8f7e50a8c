import type { ColumnSpec } from '../standards/types.ts';
import type { ImportedTable } from './types.ts';

/** The table to publish: every standard column in the standard's order (empty when the file lacks it), then the extra columns as the file spells them. */
export function buildTable(
  rows: readonly string[][],
  header: readonly string[],
  mapped: readonly (ColumnSpec | undefined)[],
  extras: readonly number[],
  columns: readonly ColumnSpec[],
): ImportedTable {
  const sourceOf = new Map(mapped.flatMap((spec, index) => (spec ? [[spec.name, index] as const] : [])));
  const sources = [...columns.map((spec) => sourceOf.get(spec.name)), ...extras];
  return {
    columns: [...columns.map((spec) => spec.name), ...extras.map((index) => header[index]!)],
    rows: rows.map((cells) => sources.map((index) => (index === undefined ? '' : (cells[index] ?? '')))),
  };
}
