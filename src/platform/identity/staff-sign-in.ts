import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password.ts';
import { staffAccounts, sessions, type SessionRow, type StaffAccountRow } from './schema.ts';
import { findStaffByEmail, findStaffById } from './staff-accounts.ts';
import { createSession, deleteSession, deleteSessionsOf, rotateSession } from './session-store.ts';
import { consumeRateLimit } from './rate-limit.ts';
import {
  clearPasswordFailures, consumeSecondFactorAttempt, countPasswordFailure, countSecondFactorFailure, isLocked, lockStaffRow,
  passwordBackoff, queueLockNotice, refundSecondFactorAttempt,
} from './staff-lockout.ts';
import { issueRecoveryCodes, looksLikeRecoveryCode, spendRecoveryCode } from './recovery-codes.ts';
import { createTotpSecret, matchTotp } from './totp.ts';

export type PasswordOutcome =
  | { ok: true; rawSessionId: string; needsEnrolment: boolean }
  | { ok: false };

interface Origin {
  ip: string;
}

interface Town {
  code: string;
  nameJa: string;
}

const PER_ADDRESS = { limit: 30, windowSeconds: 900 };

/** First step: e-mail and password. Every failure looks the same to the person signing in. */
export function verifyStaffPassword(db: Queryable, town: Town, email: string, password: string, origin: Origin): Promise<PasswordOutcome> {
  const municipalityCode = town.code;
  return withTenant(db, municipalityCode, async (tx) => {
    const found = await findStaffByEmail(tx, email);
    const staff = found && (await lockStaffRow(tx, found.id));
    const refuse = async (reason: string): Promise<PasswordOutcome> => {
      await recordAudit(tx, { municipalityCode, actorType: 'staff', actorId: staff?.id ?? null, action: 'staff.sign_in_failed', target: staff ? `staff:${staff.id}` : null, detail: { step: 'password', ip: origin.ip, reason } });
      return { ok: false };
    };
    // Spraying many accounts from one address is slowed here, whichever accounts exist.
    if (!(await consumeRateLimit(tx, municipalityCode, { key: `staff-sign-in:ip:${origin.ip}`, ...PER_ADDRESS }))) return refuse('rate-limited');
    const heldOff = staff ? await passwordBackoff(tx, staff, origin.ip) : undefined;
    const passwordOk = await verifyPassword(staff?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
    if (!staff) return refuse('unknown');
    if (staff.disabled) return refuse('disabled');
    if (isLocked(staff)) return refuse('locked');
    if (heldOff) return refuse('backed-off');
    if (!passwordOk) {
      const began = await countPasswordFailure(tx, staff, origin.ip);
      if (began) await queueLockNotice(tx, staff, town.nameJa, { ...began, ip: origin.ip });
      return refuse('password');
    }
    await clearPasswordFailures(tx, staff, origin.ip);
    const rawSessionId = await createSession(tx, { municipalityCode, zone: 'internal', staffId: staff.id, stage: 'password-verified' });
    return { ok: true, rawSessionId, needsEnrolment: staff.totpSecret === null };
  });
}

export type SecondFactorOutcome =
  | { ok: true; rawSessionId: string; recoveryCodes?: string[] }
  | { ok: false; reason: 'wrong' | 'locked' | 'rate-limited'; until?: Date };

/** Second step for an enrolled account: a TOTP code (or a recovery code), then a fresh session id. */
export function verifyStaffTotp(db: Queryable, session: SessionRow, code: string, origin: Origin & { townName: string }): Promise<SecondFactorOutcome> {
  const municipalityCode = session.municipalityCode;
  return withTenant(db, municipalityCode, async (tx) => {
    const staff = await lockStaffRow(tx, session.staffId!);
    if (!staff?.totpSecret || staff.disabled) return { ok: false, reason: 'wrong' };
    const method = looksLikeRecoveryCode(code) ? 'recovery-code' : 'totp';
    if (isLocked(staff)) {
      await audit(tx, staff, 'staff.sign_in_failed', { step: method, ip: origin.ip, reason: 'locked' });
      return { ok: false, reason: 'locked', until: staff.lockedUntil! };
    }
    if (!(await consumeSecondFactorAttempt(tx, municipalityCode, origin.ip))) {
      await audit(tx, staff, 'staff.sign_in_failed', { step: method, ip: origin.ip, reason: 'rate-limited' });
      return { ok: false, reason: 'rate-limited' };
    }
    const step = method === 'totp' ? matchTotp(staff.totpSecret, code, staff.totpLastStep) : null;
    const right = method === 'totp' ? step !== null : await spendRecoveryCode(tx, staff.id, code);
    if (!right) {
      const lockedUntil = await countSecondFactorFailure(tx, staff);
      await audit(tx, staff, 'staff.sign_in_failed', { step: method, ip: origin.ip, reason: 'wrong-code' });
      if (lockedUntil) await queueLockNotice(tx, staff, origin.townName, { kind: 'second-factor', until: lockedUntil, ip: origin.ip });
      return lockedUntil ? { ok: false, reason: 'locked', until: lockedUntil } : { ok: false, reason: 'wrong' };
    }
    await refundSecondFactorAttempt(tx, municipalityCode, origin.ip);
    await tx
      .update(staffAccounts)
      .set({ failedAttempts: 0, lockedUntil: null, ...(step !== null ? { totpLastStep: step } : {}) })
      .where(eq(staffAccounts.id, staff.id));
    if (method === 'recovery-code') await audit(tx, staff, 'staff.recovery_code_used', { ip: origin.ip });
    await audit(tx, staff, 'staff.signed_in', { method: `password+${method}`, ip: origin.ip });
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
    if (!secret || !staff || staff.totpSecret !== null || staff.disabled) return { ok: false, reason: 'wrong' };
    const step = matchTotp(secret, code, null);
    if (step === null) return { ok: false, reason: 'wrong' };
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

function audit(tx: Queryable, staff: StaffAccountRow, action: string, detail: Record<string, unknown>) {
  return recordAudit(tx, { municipalityCode: staff.municipalityCode, actorType: 'staff', actorId: staff.id, action, target: `staff:${staff.id}`, detail });
}
