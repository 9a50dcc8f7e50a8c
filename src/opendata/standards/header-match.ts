import type { ColumnSpec } from './types.ts';

/**
 * Folds the ways people type the same header into one form: full/half width, case, spaces,
 * bracket shapes, dashes, and the 「・」「、」「,」 separators inside a header.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u200b\ufeff]/gu, '')
    .replace(/[[{【〔〈《「『]/gu, '(')
    .replace(/[\]}】〕〉》」』]/gu, ')')
    .replace(/[‐‑‒–—―−]/gu, '-')
    .replace(/[・、，,]/gu, '');
}

export interface DuplicateHeader {
  /** Position of the later column in the file (0-based). */
  index: number;
  /** Position of the first column that holds the same item. */
  firstIndex: number;
}

export interface HeaderMatch {
  /** For each column of the file, the standard column it holds; undefined for an extra, empty or duplicated header. */
  matched: (ColumnSpec | undefined)[];
  /** Standard columns no header of the file matched, in the standard's order. */
  missing: ColumnSpec[];
  duplicates: DuplicateHeader[];
}

/** Matches by exact name, then by normalised name, then by normalised alias; a name always wins over an alias. */
export function matchHeaders(fileHeaders: readonly string[], columns: readonly ColumnSpec[]): HeaderMatch {
  const byName = new Map(columns.map((spec) => [spec.name, spec]));
  const byNormalisedName = new Map(columns.map((spec) => [normaliseHeader(spec.name), spec]));
  const byAlias = new Map(columns.flatMap((spec) => (spec.aliases ?? []).map((alias) => [normaliseHeader(alias), spec] as const)));
  const matched: (ColumnSpec | undefined)[] = fileHeaders.map(() => undefined);
  const takenBy = new Map<string, number>();
  const duplicates: DuplicateHeader[] = [];

  const claim = (index: number, spec: ColumnSpec | undefined, key: string): void => {
    const firstIndex = takenBy.get(key);
    if (firstIndex !== undefined) {
      duplicates.push({ index, firstIndex });
      return;
    }
    takenBy.set(key, index);
    matched[index] = spec;
  };
  const unclaimed = (): number[] => fileHeaders.map((_, index) => index).filter((index) => !matched[index] && !duplicates.some((d) => d.index === index));

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
    if (key !== '') claim(index, undefined, `extra:${key}`);
  }
  duplicates.sort((a, b) => a.index - b.index);
  const found = new Set(matched.filter((spec) => spec !== undefined).map((spec) => spec.name));
  return { matched, missing: columns.filter((spec) => !found.has(spec.name)), duplicates };
}
