import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import type { Zone } from '../http/app-env.ts';
import { sessions, type SessionRow } from './schema.ts';

export const STAFF_IDLE_MINUTES = 30;
export const STAFF_ABSOLUTE_HOURS = 12;

export type SessionStage = 'password-verified' | 'signed-in';

export function hashSessionId(rawId: string): string {
  return createHash('sha256').update(rawId).digest('hex');
}

/** Creates a session and returns the raw id for the cookie; only its hash is stored. */
export async function createSession(
  tx: Queryable,
  session: { municipalityCode: string; zone: Zone; staffId: string; stage: SessionStage },
): Promise<string> {
  const rawId = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + STAFF_ABSOLUTE_HOURS * 3600_000);
  await tx.insert(sessions).values({ idHash: hashSessionId(rawId), ...session, expiresAt });
  return rawId;
}

/** A live session of this zone: not expired, and not idle for longer than the limit. */
export async function findLiveSession(tx: Queryable, rawId: string, zone: Zone): Promise<SessionRow | undefined> {
  const idleSince = new Date(Date.now() - STAFF_IDLE_MINUTES * 60_000);
  const [row] = await tx
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.idHash, hashSessionId(rawId)),
        eq(sessions.zone, zone),
        gt(sessions.expiresAt, new Date()),
        gt(sessions.lastSeenAt, idleSince),
      ),
    );
  return row;
}

export async function touchSession(tx: Queryable, idHash: string): Promise<void> {
  await tx.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.idHash, idHash));
}

export async function deleteSession(tx: Queryable, idHash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Replaces a session by a new id at a privilege change, so a planted id is worthless. */
export async function rotateSession(tx: Queryable, old: SessionRow, stage: SessionStage): Promise<string> {
  await deleteSession(tx, old.idHash);
  return createSession(tx, { municipalityCode: old.municipalityCode, zone: old.zone as Zone, staffId: old.staffId!, stage });
}
