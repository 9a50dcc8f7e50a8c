import { normaliseHeader } from './normalise-header.ts';
import type { ColumnSpec } from './types.ts';

export interface DuplicateHeader {
  /** Position of the later column in the file (0-based). */
  index: number;
  /** Position of the first column that holds the same item. */
  firstIndex: number;
}

export interface FoldedHeader {
  /** Position of the folded column in the file (0-based), e.g. 都道府県名. */
  index: number;
  /** Position of the column it fills where that one is empty, e.g. 市区町村名 read as 地方公共団体名. */
  into: number;
}

export interface HeaderMatch {
  /** For each column of the file, the standard column it holds; undefined for an extra, empty, duplicated or folded header. */
  matched: (ColumnSpec | undefined)[];
  /** Standard columns no header of the file matched, in the standard's order. */
  missing: ColumnSpec[];
  duplicates: DuplicateHeader[];
  /** Older columns folded into a matched one (ColumnSpec.fillFrom). */
  folded: FoldedHeader[];
}

/**
 * Matches by exact name, then by normalised name, then by normalised alias, then by a column that
 * folds into another (ColumnSpec.fillFrom); a name always wins over an alias.
 */
export function matchHeaders(fileHeaders: readonly string[], columns: readonly ColumnSpec[]): HeaderMatch {
  const byName = new Map(columns.map((spec) => [spec.name, spec]));
  const byNormalisedName = new Map(columns.map((spec) => [normaliseHeader(spec.name), spec]));
  const byAlias = new Map(columns.flatMap((spec) => (spec.aliases ?? []).map((alias) => [normaliseHeader(alias), spec] as const)));
  const byFill = new Map(columns.flatMap((spec) => (spec.fillFrom ?? []).map((name) => [normaliseHeader(name), spec] as const)));
  const matched: (ColumnSpec | undefined)[] = fileHeaders.map(() => undefined);
  const takenBy = new Map<string, number>();
  const duplicates: DuplicateHeader[] = [];
  const folded: FoldedHeader[] = [];

  const claim = (index: number, spec: ColumnSpec | undefined, key: string): void => {
    const firstIndex = takenBy.get(key);
    if (firstIndex !== undefined) {
      duplicates.push({ index, firstIndex });
      return;
    }
    takenBy.set(key, index);
    matched[index] = spec;
  };
  const unclaimed = (): number[] =>
    fileHeaders.map((_, index) => index).filter((index) => !matched[index] && !folded.some((f) => f.index === index) && !duplicates.some((d) => d.index === index));

  fileHeaders.forEach((header, index) => {
    const spec = byName.get(header) ?? byNormalisedName.get(normaliseHeader(header));
    if (spec) claim(index, spec, spec.name);
  });
  for (const index of unclaimed()) {
    const spec = byAlias.get(normaliseHeader(fileHeaders[index]!));
    if (spec) claim(index, spec, spec.name);
  }
  for (const index of unclaimed()) {
    const key = normaliseHeader(fileHeaders[index]!);
    const spec = byFill.get(key);
    if (!spec) continue;
    const into = takenBy.get(spec.name);
    // Without the column it folds into, it is that column; a second copy of it is a duplicate.
    if (into === undefined) claim(index, spec, spec.name);
    else if (takenBy.get(`fill:${key}`) === undefined && normaliseHeader(fileHeaders[into]!) !== key) {
      takenBy.set(`fill:${key}`, index);
      folded.push({ index, into });
    } else duplicates.push({ index, firstIndex: takenBy.get(`fill:${key}`) ?? into });
  }
  for (const index of unclaimed()) {
    const key = normaliseHeader(fileHeaders[index]!);
    if (key !== '') claim(index, undefined, `extra:${key}`);
  }
  duplicates.sort((a, b) => a.index - b.index);
  const found = new Set(matched.filter((spec) => spec !== undefined).map((spec) => spec.name));
  return { matched, missing: columns.filter((spec) => !found.has(spec.name)), duplicates, folded };
}
