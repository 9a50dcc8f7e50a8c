import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { hashPassword } from './password.ts';
import { staffAccounts, staffDepartments, type StaffAccountRow } from './schema.ts';
import type { StaffRole } from './staff-roles.ts';

export interface NewStaffAccount {
  municipalityCode: string;
  email: string;
  displayName: string;
  role: StaffRole;
  password: string;
}

export async function createStaffAccount(tx: Queryable, account: NewStaffAccount): Promise<StaffAccountRow> {
  const [row] = await tx
    .insert(staffAccounts)
    .values({
      municipalityCode: account.municipalityCode,
      email: normalizeEmail(account.email),
      displayName: account.displayName,
      role: account.role,
      passwordHash: await hashPassword(account.password),
    })
    .returning();
  return row!;
}

export async function findStaffByEmail(tx: Queryable, email: string): Promise<StaffAccountRow | undefined> {
  const [row] = await tx.select().from(staffAccounts).where(eq(staffAccounts.email, normalizeEmail(email)));
  return row;
}

export async function findStaffById(tx: Queryable, id: string): Promise<StaffAccountRow | undefined> {
  const [row] = await tx.select().from(staffAccounts).where(eq(staffAccounts.id, id));
  return row;
}

export async function departmentIdsOf(tx: Queryable, staffId: string): Promise<string[]> {
  const rows = await tx.select({ id: staffDepartments.departmentId }).from(staffDepartments).where(eq(staffDepartments.staffId, staffId));
  return rows.map((row) => row.id);
}

export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFKC').toLowerCase();
}

export interface StaffSummary {
  id: string;
  displayName: string;
  role: StaffRole;
}

/** Active staff of one department (課), by name: whom a case of that department can be assigned to. */
export async function staffInDepartment(tx: Queryable, departmentId: string): Promise<StaffSummary[]> {
  const rows = await tx
    .select({ id: staffAccounts.id, displayName: staffAccounts.displayName, role: staffAccounts.role })
    .from(staffAccounts)
    .innerJoin(staffDepartments, eq(staffDepartments.staffId, staffAccounts.id))
    .where(and(eq(staffDepartments.departmentId, departmentId), eq(staffAccounts.disabled, false)))
    .orderBy(asc(staffAccounts.displayName));
  return rows.map((row) => ({ ...row, role: row.role as StaffRole }));
}

/** Display names of staff by id, for lists that show who handled what. */
export async function staffNames(tx: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx.select({ id: staffAccounts.id, displayName: staffAccounts.displayName }).from(staffAccounts).where(inArray(staffAccounts.id, unique));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}
