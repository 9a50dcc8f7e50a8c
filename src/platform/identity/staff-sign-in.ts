import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password.ts';
import { staffAccounts, sessions, type SessionRow, type StaffAccountRow } from './schema.ts';
import { findStaffByEmail, findStaffById, normalizeEmail } from './staff-accounts.ts';
import { createSession, deleteSession, deleteSessionsOf, rotateSession } from './session-store.ts';
import { consumeRateLimit } from './rate-limit.ts';
import { issueRecoveryCodes, looksLikeRecoveryCode, spendRecoveryCode } from './recovery-codes.ts';
import { createTotpSecret, matchTotp } from './totp.ts';

const FREE_ATTEMPTS = 5;
const MAX_LOCK_MINUTES = 60;

export type PasswordOutcome =
  | { ok: true; rawSessionId: string; needsEnrolment: boolean }
  | { ok: false };

interface Origin {
  ip: string;
}

/** First step: e-mail and password. Every failure looks the same to the person signing in. */
export function verifyStaffPassword(db: Queryable, municipalityCode: string, email: string, password: string, origin: Origin): Promise<PasswordOutcome> {
  return withTenant(db, municipalityCode, async (tx) => {
    const staff = await findStaffByEmail(tx, email);
    if (!(await withinRateLimits(tx, municipalityCode, email, origin))) {
      await recordAudit(tx, { municipalityCode, actorType: 'staff', actorId: staff?.id ?? null, action: 'staff.sign_in_failed', target: staff ? `staff:${staff.id}` : null, detail: { step: 'password', ip: origin.ip, reason: 'rate-limited' } });
      return { ok: false };
    }
    const passwordOk = await verifyPassword(staff?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
    if (!staff || staff.disabled || isLocked(staff) || !passwordOk) {
      if (staff && !staff.disabled && !isLocked(staff)) await countFailure(tx, staff);
      await recordAudit(tx, {
        municipalityCode,
        actorType: 'staff',
        actorId: staff?.id ?? null,
        action: 'staff.sign_in_failed',
        target: staff ? `staff:${staff.id}` : null,
        detail: { step: 'password', ip: origin.ip, reason: !staff ? 'unknown' : staff.disabled ? 'disabled' : isLocked(staff) ? 'locked' : 'password' },
      });
      return { ok: false };
    }
    const rawSessionId = await createSession(tx, { municipalityCode, zone: 'internal', staffId: staff.id, stage: 'password-verified' });
    return { ok: true, rawSessionId, needsEnrolment: staff.totpSecret === null };
  });
}

/** Per address and per account, on top of the account lockout: slows down spraying many accounts. */
async function withinRateLimits(tx: Queryable, municipalityCode: string, email: string, origin: Origin): Promise<boolean> {
  const byAddress = await consumeRateLimit(tx, municipalityCode, { key: `staff-sign-in:ip:${origin.ip}`, limit: 30, windowSeconds: 900 });
  const byAccount = await consumeRateLimit(tx, municipalityCode, { key: `staff-sign-in:account:${normalizeEmail(email)}`, limit: 10, windowSeconds: 900 });
  return byAddress && byAccount;
}

export type SecondFactorOutcome = { ok: true; rawSessionId: string; recoveryCodes?: string[] } | { ok: false };

/** Second step for an enrolled account: a TOTP code (or a recovery code), then a fresh session id. */
export function verifyStaffTotp(db: Queryable, session: SessionRow, code: string, origin: Origin): Promise<SecondFactorOutcome> {
  return withTenant(db, session.municipalityCode, async (tx) => {
    const staff = await findStaffById(tx, session.staffId!);
    if (!staff?.totpSecret || staff.disabled || isLocked(staff)) return { ok: false };
    if (looksLikeRecoveryCode(code)) {
      if (!(await spendRecoveryCode(tx, staff.id, code))) {
        await countFailure(tx, staff);
        await audit(tx, staff, 'staff.sign_in_failed', { step: 'recovery-code', ip: origin.ip });
        return { ok: false };
      }
      await audit(tx, staff, 'staff.recovery_code_used', { ip: origin.ip });
      await audit(tx, staff, 'staff.signed_in', { method: 'password+recovery-code', ip: origin.ip });
      return { ok: true, rawSessionId: await rotateSession(tx, session, { stage: 'signed-in' }) };
    }
    const step = matchTotp(staff.totpSecret, code, staff.totpLastStep);
    if (step === null) {
      await countFailure(tx, staff);
      await audit(tx, staff, 'staff.sign_in_failed', { step: 'totp', ip: origin.ip });
      return { ok: false };
    }
    await tx.update(staffAccounts).set({ totpLastStep: step, failedAttempts: 0, lockedUntil: null }).where(eq(staffAccounts.id, staff.id));
    await audit(tx, staff, 'staff.signed_in', { method: 'password+totp', ip: origin.ip });
    return { ok: true, rawSessionId: await rotateSession(tx, session, { stage: 'signed-in' }) };
  });
}

/** The secret offered during enrolment lives in the half-signed-in session until confirmed. */
export function pendingTotpSecret(db: Queryable, session: SessionRow): Promise<string> {
  const existing = (session.data as { pendingTotpSecret?: string }).pendingTotpSecret;
  if (existing) return Promise.resolve(existing);
  const secret = createTotpSecret();
  return withTenant(db, session.municipalityCode, async (tx) => {
    await tx.update(sessions).set({ data: { pendingTotpSecret: secret } }).where(eq(sessions.idHash, session.idHash));
    return secret;
  });
}

export function confirmTotpEnrolment(db: Queryable, session: SessionRow, code: string, origin: Origin): Promise<SecondFactorOutcome> {
  return withTenant(db, session.municipalityCode, async (tx) => {
    const secret = (session.data as { pendingTotpSecret?: string }).pendingTotpSecret;
    const staff = await findStaffById(tx, session.staffId!);
    if (!secret || !staff || staff.totpSecret !== null || staff.disabled) return { ok: false };
    const step = matchTotp(secret, code, null);
    if (step === null) return { ok: false };
    await tx
      .update(staffAccounts)
      .set({ totpSecret: secret, totpEnrolledAt: new Date(), totpLastStep: step })
      .where(eq(staffAccounts.id, staff.id));
    await audit(tx, staff, 'staff.totp_enrolled', { ip: origin.ip });
    await audit(tx, staff, 'staff.signed_in', { method: 'password+totp', ip: origin.ip });
    const recoveryCodes = await issueRecoveryCodes(tx, staff.municipalityCode, staff.id);
    return { ok: true, rawSessionId: await rotateSession(tx, session, { stage: 'signed-in' }), recoveryCodes };
  });
}

/** Ends every session of this staff member, on every device. */
export function signOutStaffEverywhere(db: Queryable, session: SessionRow): Promise<void> {
  return withTenant(db, session.municipalityCode, async (tx) => {
    await deleteSessionsOf(tx, { staffId: session.staffId! });
    const staff = await findStaffById(tx, session.staffId!);
    if (staff) await audit(tx, staff, 'staff.signed_out_everywhere', {});
  });
}

export function signOutStaff(db: Queryable, session: SessionRow): Promise<void> {
  return withTenant(db, session.municipalityCode, async (tx) => {
    await deleteSession(tx, session.idHash);
    const staff = await findStaffById(tx, session.staffId!);
    if (staff) await audit(tx, staff, 'staff.signed_out', {});
  });
}

function isLocked(staff: StaffAccountRow): boolean {
  return staff.lockedUntil !== null && staff.lockedUntil > new Date();
}

/** After five failures the account locks for 1, 2, 4 … minutes, up to an hour. */
async function countFailure(tx: Queryable, staff: StaffAccountRow): Promise<void> {
  const failures = staff.failedAttempts + 1;
  const lockMinutes = failures >= FREE_ATTEMPTS ? Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_MINUTES) : 0;
  await tx
    .update(staffAccounts)
    .set({
      failedAttempts: sql`${staffAccounts.failedAttempts} + 1`,
      lockedUntil: lockMinutes > 0 ? new Date(Date.now() + lockMinutes * 60_000) : null,
    })
    .where(eq(staffAccounts.id, staff.id));
}

function audit(tx: Queryable, staff: StaffAccountRow, action: string, detail: Record<string, unknown>) {
  return recordAudit(tx, { municipalityCode: staff.municipalityCode, actorType: 'staff', actorId: staff.id, action, target: `staff:${staff.id}`, detail });
}
