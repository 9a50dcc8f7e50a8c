import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import type { Zone } from '../http/app-env.ts';
import { sessions, type SessionRow } from './schema.ts';
import type { AssuranceLevel } from './assurance.ts';

export const STAFF_IDLE_MINUTES = 30;
export const STAFF_ABSOLUTE_HOURS = 12;
export const RESIDENT_IDLE_MINUTES = 120;
export const RESIDENT_ABSOLUTE_HOURS = 7 * 24;

const IDLE_MINUTES: Record<Zone, number> = { internal: STAFF_IDLE_MINUTES, public: RESIDENT_IDLE_MINUTES };

export type SessionStage = 'password-verified' | 'signed-in';

export function hashSessionId(rawId: string): string {
  return createHash('sha256').update(rawId).digest('hex');
}

export interface NewSession {
  municipalityCode: string;
  zone: Zone;
  stage: SessionStage;
  staffId?: string | null;
  residentId?: string | null;
  assurance?: AssuranceLevel;
  userAgent?: string | null;
  /** Defaults to the staff limit; resident sessions pass their own. */
  lifetimeHours?: number;
}

/** Creates a session and returns the raw id for the cookie; only its hash is stored. */
export async function createSession(tx: Queryable, session: NewSession): Promise<string> {
  const rawId = randomBytes(32).toString('base64url');
  const { lifetimeHours = STAFF_ABSOLUTE_HOURS, ...values } = session;
  const expiresAt = new Date(Date.now() + lifetimeHours * 3600_000);
  await tx.insert(sessions).values({ idHash: hashSessionId(rawId), ...values, expiresAt });
  return rawId;
}

/** What makes a session live now: its key, and the times it must not have expired or idled by. */
export function liveSessionBounds(rawId: string, zone: Zone): { idHash: string; now: Date; idleSince: Date } {
  const now = new Date();
  return { idHash: hashSessionId(rawId), now, idleSince: new Date(now.getTime() - IDLE_MINUTES[zone] * 60_000) };
}

/** A live session of this zone: not expired, and not idle for longer than the limit. */
export async function findLiveSession(tx: Queryable, rawId: string, zone: Zone): Promise<SessionRow | undefined> {
  const { idHash, now, idleSince } = liveSessionBounds(rawId, zone);
  const [row] = await tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.idHash, idHash), eq(sessions.zone, zone), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince)));
  return row;
}

export async function touchSession(tx: Queryable, idHash: string): Promise<void> {
  await tx.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.idHash, idHash));
}

/** Merges values into a session's server-side data (e.g. a WebAuthn challenge). */
export async function mergeSessionData(tx: Queryable, idHash: string, patch: Record<string, unknown>): Promise<void> {
  await tx.update(sessions).set({ data: sql`${sessions.data} || ${JSON.stringify(patch)}::jsonb` }).where(eq(sessions.idHash, idHash));
}

export async function deleteSession(tx: Queryable, idHash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.idHash, idHash));
}

/**
 * Replaces a session by a new id at a privilege change (sign-in, step-up), so a planted id is
 * worthless. The new session keeps the old one's subject and absolute expiry.
 */
export async function rotateSession(tx: Queryable, old: SessionRow, changes: { stage: SessionStage; assurance?: AssuranceLevel }): Promise<string> {
  await deleteSession(tx, old.idHash);
  const rawId = randomBytes(32).toString('base64url');
  await tx.insert(sessions).values({ ...old, ...changes, idHash: hashSessionId(rawId), createdAt: new Date(), lastSeenAt: new Date() });
  return rawId;
}

/** Sign-out everywhere: every session of one staff member or resident. */
export async function deleteSessionsOf(tx: Queryable, subject: { staffId: string } | { residentId: string }): Promise<void> {
  await tx.delete(sessions).where('staffId' in subject ? eq(sessions.staffId, subject.staffId) : eq(sessions.residentId, subject.residentId));
}
