import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Queryable } from '../../db/database.ts';
import { withTenant } from '../../db/tenant-scope.ts';
import { sessions } from '../schema.ts';
import { mergeSessionData, rotateSession } from '../session-store.ts';
import type { VerifiedIdentity } from './basic-info.ts';
import type { AuthorizationAttempt } from './relying-party.ts';

const ATTEMPT_KEY = 'mynumberAttempt';
export const VERIFIED_IDENTITY_KEY = 'verifiedIdentity';

interface SessionRef {
  municipalityCode: string;
  idHash: string;
}

/**
 * The attempt lives in the resident's own session row rather than a cookie: the browser never
 * holds the PKCE verifier or nonce, and taking it out at the callback makes the attempt single-use
 * on the server, whatever the browser replays.
 */
export async function saveAttempt(db: Queryable, session: SessionRef, attempt: AuthorizationAttempt): Promise<void> {
  await withTenant(db, session.municipalityCode, (tx) => mergeSessionData(tx, session.idHash, { [ATTEMPT_KEY]: attempt }));
}

/** Removes and returns the pending attempt; a second callback for it finds nothing. */
export async function takeAttempt(db: Queryable, session: SessionRef): Promise<AuthorizationAttempt | undefined> {
  return withTenant(db, session.municipalityCode, async (tx) => {
    const [row] = await tx.select({ data: sessions.data }).from(sessions).where(eq(sessions.idHash, session.idHash)).for('update');
    const attempt = (row?.data as Record<string, unknown> | undefined)?.[ATTEMPT_KEY];
    if (!attempt || typeof attempt !== 'object') return undefined;
    await tx
      .update(sessions)
      .set({ data: sql`${sessions.data} - ${ATTEMPT_KEY}::text` })
      .where(eq(sessions.idHash, session.idHash));
    return attempt as AuthorizationAttempt;
  });
}

/**
 * In one transaction: the 基本4情報 into the session, a new session id at assurance 'high', and
 * the audit event (method and provider only: no personal data in the trail).
 * Returns the new raw session id, or undefined when the session ended meanwhile.
 */
export async function completeStepUp(
  db: Queryable,
  session: SessionRef & { residentId: string },
  identity: VerifiedIdentity,
): Promise<string | undefined> {
  return withTenant(db, session.municipalityCode, async (tx) => {
    const [row] = await tx.select().from(sessions).where(eq(sessions.idHash, session.idHash)).for('update');
    if (!row || row.residentId !== session.residentId) return undefined;
    const data = { ...(row.data as Record<string, unknown>), [VERIFIED_IDENTITY_KEY]: identity };
    const rawId = await rotateSession(tx, { ...row, data }, { stage: 'signed-in', assurance: 'high' });
    await recordAudit(tx, {
      municipalityCode: session.municipalityCode,
      actorType: 'resident',
      actorId: session.residentId,
      action: 'resident.step_up',
      detail: { method: 'mynumber', provider: identity.provider },
    });
    return rawId;
  });
}

/** The 基本4情報 the card gave in this session, for prefilling forms; undefined without a card sign-in. */
export async function verifiedIdentityOf(db: Queryable, session: SessionRef): Promise<VerifiedIdentity | undefined> {
  return withTenant(db, session.municipalityCode, async (tx) => {
    const [row] = await tx.select({ data: sessions.data }).from(sessions).where(eq(sessions.idHash, session.idHash));
    const identity = (row?.data as Record<string, unknown> | undefined)?.[VERIFIED_IDENTITY_KEY];
    return identity && typeof identity === 'object' ? (identity as VerifiedIdentity) : undefined;
  });
}
