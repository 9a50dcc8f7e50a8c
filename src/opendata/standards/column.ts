import { aliasesOf } from './column-aliases.ts';
import { kindOf } from './column-kinds.ts';
import type { ColumnSpec } from './types.ts';

/** A standard column with its kind and aliases looked up by name; optional unless overridden. */
export function column(name: string, overrides: Partial<Omit<ColumnSpec, 'name'>> = {}): ColumnSpec {
  const aliases = aliasesOf(name);
  return { name, kind: kindOf(name), requirement: 'optional', ...(aliases ? { aliases } : {}), ...overrides };
}

export function columns(names: readonly string[], overrides: Partial<Omit<ColumnSpec, 'name'>> = {}): ColumnSpec[] {
  return names.map((name) => column(name, overrides));
}
