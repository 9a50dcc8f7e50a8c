import { eq } from 'drizzle-orm';
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
