import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findPasskey, registerPasskey, registrationOptions, verifyPasskey, type RelyingParty } from './passkeys.ts';
import { residents, sessions } from './schema.ts';
import { RESIDENT_ABSOLUTE_HOURS, createSession, deleteSession, mergeSessionData } from './session-store.ts';
import type { SignedInResident } from './resident-session-middleware.ts';

const CHALLENGE = 'passkeyChallenge';

/** Options to add a passkey to the signed-in resident's account; the challenge stays in the session. */
export function residentRegistrationOptions(db: Queryable, rp: RelyingParty, resident: SignedInResident) {
  return withTenant(db, resident.municipalityCode, async (tx) => {
    const options = await registrationOptions(tx, rp, { residentId: resident.id }, { name: resident.email, displayName: resident.email });
    await mergeSessionData(tx, resident.sessionIdHash, { [CHALLENGE]: options.challenge });
    return options;
  });
}

export function addResidentPasskey(db: Queryable, rp: RelyingParty, resident: SignedInResident, response: RegistrationResponseJSON, label: string) {
  return withTenant(db, resident.municipalityCode, async (tx) => {
    const [session] = await tx.select().from(sessions).where(eq(sessions.idHash, resident.sessionIdHash));
    const challenge = (session?.data as Record<string, string | undefined> | undefined)?.[CHALLENGE];
    if (!challenge) return undefined;
    await mergeSessionData(tx, resident.sessionIdHash, { [CHALLENGE]: null });
    const added = await registerPasskey(tx, rp, { residentId: resident.id, municipalityCode: resident.municipalityCode }, response, challenge, label);
    if (added) await recordAudit(tx, { municipalityCode: resident.municipalityCode, actorType: 'resident', actorId: resident.id, action: 'resident.passkey_added', target: `resident:${resident.id}` });
    return added;
  });
}

/** Sign-in without typing anything: the browser offers the passkeys it holds for this site. */
export function residentSignInOptions(rp: RelyingParty) {
  return generateAuthenticationOptions({ rpID: rp.rpID, userVerification: 'required' });
}

export type ResidentPasskeyOutcome = { ok: true; rawSessionId: string } | { ok: false };

/** A verified passkey signs the resident in at assurance 'substantial'. */
export function signInResidentWithPasskey(
  db: Queryable,
  rp: RelyingParty,
  municipalityCode: string,
  response: AuthenticationResponseJSON,
  challenge: string,
  origin: { ip: string; userAgent: string | null; previousSessionIdHash?: string },
): Promise<ResidentPasskeyOutcome> {
  return withTenant(db, municipalityCode, async (tx) => {
    const stored = await findPasskey(tx, response.id);
    const residentId = stored?.residentId;
    if (!residentId || !(await verifyPasskey(tx, rp, { residentId }, response, challenge))) {
      await recordAudit(tx, { municipalityCode, actorType: 'resident', actorId: residentId ?? null, action: 'resident.sign_in_failed', detail: { method: 'passkey', ip: origin.ip } });
      return { ok: false };
    }
    if (origin.previousSessionIdHash) await deleteSession(tx, origin.previousSessionIdHash);
    await tx.update(residents).set({ lastSignInAt: new Date() }).where(eq(residents.id, residentId));
    const rawSessionId = await createSession(tx, {
      municipalityCode,
      zone: 'public',
      stage: 'signed-in',
      residentId,
      assurance: 'substantial',
      userAgent: origin.userAgent?.slice(0, 400) ?? null,
      lifetimeHours: RESIDENT_ABSOLUTE_HOURS,
    });
    await recordAudit(tx, { municipalityCode, actorType: 'resident', actorId: residentId, action: 'resident.signed_in', target: `resident:${residentId}`, detail: { method: 'passkey', ip: origin.ip } });
    return { ok: true, rawSessionId };
  });
}
