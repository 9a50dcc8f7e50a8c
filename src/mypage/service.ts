import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, ne, or } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { residentEmailCodes, residents, sessions, type ResidentRow } from '../platform/identity/schema.ts';
import { RESIDENT_IDLE_MINUTES, deleteSession, deleteSessionsOf } from '../platform/identity/session-store.ts';
import type { SignedInResident } from '../platform/identity/resident-session-middleware.ts';
import type { Profile } from './profile.ts';

export interface ResidentSession {
  /** A stand-in for the session key in forms: it names the session but opens nothing. */
  ref: string;
  userAgent: string | null;
  assurance: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  current: boolean;
}

function audit(tx: Queryable, resident: SignedInResident, action: string, detail: Record<string, unknown> = {}) {
  return recordAudit(tx, { municipalityCode: resident.municipalityCode, actorType: 'resident', actorId: resident.id, action, target: `resident:${resident.id}`, detail });
}

export function loadResident(db: Queryable, resident: SignedInResident): Promise<ResidentRow | undefined> {
  return withTenant(db, resident.municipalityCode, async (tx) => (await tx.select().from(residents).where(eq(residents.id, resident.id)))[0]);
}

/** Only the names of the changed items go to the audit trail, never their values. */
export function saveProfile(db: Queryable, resident: SignedInResident, profile: Profile): Promise<void> {
  return withTenant(db, resident.municipalityCode, async (tx) => {
    const [row] = await tx.select({ profile: residents.profile }).from(residents).where(eq(residents.id, resident.id));
    const before = (row?.profile ?? {}) as Profile;
    const keys = new Set([...Object.keys(before), ...Object.keys(profile)]) as Set<keyof Profile>;
    const changed = [...keys].filter((key) => before[key] !== profile[key]);
    await tx.update(residents).set({ profile }).where(eq(residents.id, resident.id));
    if (changed.length) await audit(tx, resident, 'resident.profile_updated', { fields: changed });
  });
}

export function recordIndividualNumberRefused(db: Queryable, resident: SignedInResident, fields: string[]): Promise<unknown> {
  return withTenant(db, resident.municipalityCode, (tx) => audit(tx, resident, 'resident.individual_number_refused', { fields }));
}

function sessionRef(idHash: string): string {
  return createHash('sha256').update(`session-ref:${idHash}`).digest('base64url').slice(0, 22);
}

async function liveSessions(tx: Queryable, resident: SignedInResident) {
  const idleSince = new Date(Date.now() - RESIDENT_IDLE_MINUTES * 60_000);
  return tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.residentId, resident.id), eq(sessions.zone, 'public'), gt(sessions.expiresAt, new Date()), gt(sessions.lastSeenAt, idleSince)))
    .orderBy(desc(sessions.lastSeenAt));
}

export function listSessions(db: Queryable, resident: SignedInResident): Promise<ResidentSession[]> {
  return withTenant(db, resident.municipalityCode, async (tx) =>
    (await liveSessions(tx, resident)).map((row) => ({
      ref: sessionRef(row.idHash),
      userAgent: row.userAgent,
      assurance: row.assurance,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      expiresAt: row.expiresAt,
      current: row.idHash === resident.sessionIdHash,
    })),
  );
}

/** Ends one session of this resident; answers whether it was the one in use on this browser. */
export function endSession(db: Queryable, resident: SignedInResident, ref: string): Promise<'current' | 'other' | 'unknown'> {
  return withTenant(db, resident.municipalityCode, async (tx) => {
    const target = (await liveSessions(tx, resident)).find((row) => sessionRef(row.idHash) === ref);
    if (!target) return 'unknown';
    await deleteSession(tx, target.idHash);
    const current = target.idHash === resident.sessionIdHash;
    await audit(tx, resident, current ? 'resident.signed_out' : 'resident.session_ended', {});
    return current ? 'current' : 'other';
  });
}

export function endOtherSessions(db: Queryable, resident: SignedInResident): Promise<number> {
  return withTenant(db, resident.municipalityCode, async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.residentId, resident.id), ne(sessions.idHash, resident.sessionIdHash)))
      .returning({ idHash: sessions.idHash });
    await audit(tx, resident, 'resident.signed_out_elsewhere', { sessions: ended.length });
    return ended.length;
  });
}

/** Everything the town holds about the account itself, in a form the resident can keep. */
export function exportResidentData(db: Queryable, resident: SignedInResident) {
  return withTenant(db, resident.municipalityCode, async (tx) => {
    await audit(tx, resident, 'resident.data_exported');
    const [row] = await tx.select().from(residents).where(eq(residents.id, resident.id));
    const events = await tx
      .select()
      .from(auditEvents)
      .where(or(and(eq(auditEvents.actorType, 'resident'), eq(auditEvents.actorId, resident.id)), eq(auditEvents.target, `resident:${resident.id}`)))
      .orderBy(asc(auditEvents.id));
    const ownSessions = (await liveSessions(tx, resident)).map((s) => ({
      userAgent: s.userAgent,
      assurance: s.assurance,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      current: s.idHash === resident.sessionIdHash,
    }));
    return {
      exportedAt: new Date().toISOString(),
      municipalityCode: resident.municipalityCode,
      account: { email: row?.email, createdAt: row?.createdAt, lastSignInAt: row?.lastSignInAt },
      profile: (row?.profile ?? {}) as Profile,
      sessions: ownSessions,
      auditEvents: events.map((e) => ({ occurredAt: e.occurredAt, action: e.action, detail: e.detail })),
    };
  });
}

/**
 * Deletes the account and everything used to sign in. Applications (when they exist) are the
 * town's records under the law and stay; the audit trail keeps the event, not the address.
 */
export function deleteResidentAccount(db: Queryable, resident: SignedInResident): Promise<void> {
  return withTenant(db, resident.municipalityCode, async (tx) => {
    await tx.delete(residentEmailCodes).where(eq(residentEmailCodes.email, resident.email));
    await deleteSessionsOf(tx, { residentId: resident.id });
    await tx.delete(residents).where(eq(residents.id, resident.id));
    await audit(tx, resident, 'resident.deleted');
  });
}
