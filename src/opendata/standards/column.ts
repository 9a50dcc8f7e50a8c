import { aliasesOf } from './column-aliases.ts';
import { kindOf } from './column-kinds.ts';
import { OLDER_FILLS, OLDER_NAMES } from './older-layouts.ts';
import type { ColumnSpec } from './types.ts';

/** A standard column with its kind, aliases and 2019 names looked up by name; optional unless overridden. */
export function column(name: string, overrides: Partial<Omit<ColumnSpec, 'name'>> = {}): ColumnSpec {
  const aliases = [...new Set([...(OLDER_NAMES[name] ?? []), ...(aliasesOf(name) ?? [])])];
  const fillFrom = OLDER_FILLS[name];
  return { name, kind: kindOf(name), requirement: 'optional', ...(aliases.length > 0 ? { aliases } : {}), ...(fillFrom ? { fillFrom } : {}), ...overrides };
}

export function columns(names: readonly string[], overrides: Partial<Omit<ColumnSpec, 'name'>> = {}): ColumnSpec[] {
  return names.map((name) => column(name, overrides));
}
