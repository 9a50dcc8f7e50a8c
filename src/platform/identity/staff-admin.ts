import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, like } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { auditEvents } from '../audit/schema.ts';
import { departments, staffAccounts, staffDepartments, staffRecoveryCodes, type StaffAccountRow } from './schema.ts';
import { createStaffAccount, findStaffByEmail, findStaffById } from './staff-accounts.ts';
import { authorize, type StaffActor } from './staff-policy.ts';
import type { StaffRole } from './staff-roles.ts';
import { deleteSessionsOf } from './session-store.ts';
import { accountLocks, liftAccountLocks, type AccountLocks } from './staff-lockout.ts';

export interface StaffMember extends StaffAccountRow {
  departmentIds: string[];
}

export class StaffAdminError extends Error {}

export async function listDepartments(tx: Queryable) {
  return tx.select().from(departments).orderBy(asc(departments.code));
}

export async function listStaffMembers(tx: Queryable, actor: StaffActor): Promise<StaffMember[]> {
  authorize(actor, 'staff.list', { municipalityCode: actor.municipalityCode });
  const accounts = await tx.select().from(staffAccounts).orderBy(asc(staffAccounts.displayName));
  const links = await tx.select().from(staffDepartments);
  return accounts.map((account) => ({ ...account, departmentIds: links.filter((l) => l.staffId === account.id).map((l) => l.departmentId) }));
}

export async function getStaffMember(tx: Queryable, actor: StaffActor, staffId: string): Promise<StaffMember | undefined> {
  authorize(actor, 'staff.list', { municipalityCode: actor.municipalityCode });
  const account = await findStaffById(tx, staffId);
  if (!account) return undefined;
  const links = await tx.select().from(staffDepartments).where(eq(staffDepartments.staffId, staffId));
  return { ...account, departmentIds: links.map((l) => l.departmentId) };
}

export interface NewStaffMember {
  email: string;
  displayName: string;
  role: StaffRole;
  departmentIds: string[];
}

/** Creates an account with a first password to hand over; the second factor is enrolled at first sign-in. */
export async function createStaffMember(tx: Queryable, actor: StaffActor, input: NewStaffMember): Promise<{ account: StaffAccountRow; firstPassword: string }> {
  const municipalityCode = actor.municipalityCode;
  authorize(actor, 'staff.create', { municipalityCode });
  if (await findStaffByEmail(tx, input.email)) throw new StaffAdminError('このメールアドレスの職員アカウントは既にあります。');
  const firstPassword = randomBytes(12).toString('base64url');
  const account = await createStaffAccount(tx, { municipalityCode, email: input.email, displayName: input.displayName, role: input.role, password: firstPassword });
  if (input.departmentIds.length > 0) {
    await tx.insert(staffDepartments).values(input.departmentIds.map((departmentId) => ({ municipalityCode, staffId: account.id, departmentId })));
  }
  await audit(tx, actor, 'staff.created', account.id, { role: input.role, departmentIds: input.departmentIds });
  return { account, firstPassword };
}

/** Disabling also ends every session of that person at once. */
export async function setStaffDisabled(tx: Queryable, actor: StaffActor, staffId: string, disabled: boolean): Promise<void> {
  authorize(actor, disabled ? 'staff.disable' : 'staff.enable', { municipalityCode: actor.municipalityCode, staffId });
  await tx.update(staffAccounts).set({ disabled, failedAttempts: 0, lockedUntil: null }).where(eq(staffAccounts.id, staffId));
  if (disabled) await deleteSessionsOf(tx, { staffId });
  await audit(tx, actor, disabled ? 'staff.disabled' : 'staff.enabled', staffId, {});
}

export async function changeStaffRole(tx: Queryable, actor: StaffActor, staffId: string, role: StaffRole): Promise<void> {
  authorize(actor, 'staff.change_role', { municipalityCode: actor.municipalityCode, staffId });
  const before = await findStaffById(tx, staffId);
  await tx.update(staffAccounts).set({ role }).where(eq(staffAccounts.id, staffId));
  await deleteSessionsOf(tx, { staffId });
  await audit(tx, actor, 'staff.role_changed', staffId, { from: before?.role, to: role });
}

/** For a lost phone: the person enrols a new authenticator at their next sign-in. */
export async function resetSecondFactor(tx: Queryable, actor: StaffActor, staffId: string): Promise<void> {
  authorize(actor, 'staff.reset_second_factor', { municipalityCode: actor.municipalityCode, staffId });
  await tx.update(staffAccounts).set({ totpSecret: null, totpEnrolledAt: null, totpLastStep: null }).where(eq(staffAccounts.id, staffId));
  await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staffId));
  await deleteSessionsOf(tx, { staffId });
  await audit(tx, actor, 'staff.second_factor_reset', staffId, {});
}

/** What holds this account's sign-in back now (second-factor lock, password back-offs). */
export async function staffLocks(tx: Queryable, actor: StaffActor, staffId: string): Promise<AccountLocks | undefined> {
  authorize(actor, 'staff.list', { municipalityCode: actor.municipalityCode });
  const account = await findStaffById(tx, staffId);
  return account && accountLocks(tx, account);
}

/** For someone locked out (perhaps by a colleague's typing): every lock and back-off ends now. */
export async function unlockStaffAccount(tx: Queryable, actor: StaffActor, staffId: string): Promise<void> {
  authorize(actor, 'staff.unlock', { municipalityCode: actor.municipalityCode, staffId });
  const account = await findStaffById(tx, staffId);
  if (!account) return;
  const lifted = await liftAccountLocks(tx, account);
  await audit(tx, actor, 'staff.unlocked', staffId, lifted);
}

/** Sign-ins, failures and account changes of one person, newest first, from the audit trail. */
export async function staffHistory(tx: Queryable, actor: StaffActor, staffId: string, limit = 50) {
  authorize(actor, 'staff.view_sign_ins', { municipalityCode: actor.municipalityCode, staffId });
  return tx
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.target, `staff:${staffId}`), like(auditEvents.action, 'staff.%')))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}

export async function assignDepartments(tx: Queryable, actor: StaffActor, staffId: string, departmentIds: string[]): Promise<void> {
  authorize(actor, 'staff.change_role', { municipalityCode: actor.municipalityCode, staffId });
  await tx.delete(staffDepartments).where(eq(staffDepartments.staffId, staffId));
  if (departmentIds.length > 0) {
    const known = await tx.select({ id: departments.id }).from(departments).where(inArray(departments.id, departmentIds));
    await tx.insert(staffDepartments).values(known.map(({ id }) => ({ municipalityCode: actor.municipalityCode, staffId, departmentId: id })));
  }
  await audit(tx, actor, 'staff.departments_changed', staffId, { departmentIds });
}

function audit(tx: Queryable, actor: StaffActor, action: string, staffId: string, detail: Record<string, unknown>) {
  return recordAudit(tx, { municipalityCode: actor.municipalityCode, actorType: 'staff', actorId: actor.id, action, target: `staff:${staffId}`, detail });
}
