import type { Queryable } from '../db/database.ts';
import { departments, type DepartmentRow } from './schema.ts';

/** The municipality's departments (課) by code, for domains that name or authorise by department. */
export async function departmentsByCode(tx: Queryable): Promise<Map<string, DepartmentRow>> {
  const rows = await tx.select().from(departments);
  return new Map(rows.map((row) => [row.code, row]));
}
