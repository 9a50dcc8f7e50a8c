import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { SessionRow } from './schema.ts';
import { authenticationOptions, registerPasskey, registrationOptions, verifyPasskey, type RelyingParty } from './passkeys.ts';
import { mergeSessionData, rotateSession } from './session-store.ts';
import { findStaffById } from './staff-accounts.ts';

const CHALLENGE = 'passkeyChallenge';

function challengeOf(session: SessionRow): string | undefined {
  return (session.data as Record<string, string | undefined>)[CHALLENGE];
}

/** Options for adding a passkey to a signed-in staff member; the challenge stays in the session. */
export function staffRegistrationOptions(db: Queryable, rp: RelyingParty, session: SessionRow) {
  return withTenant(db, session.municipalityCode, async (tx) => {
    const staff = (await findStaffById(tx, session.staffId!))!;
    const options = await registrationOptions(tx, rp, { staffId: staff.id }, { name: staff.email, displayName: staff.displayName });
    await mergeSessionData(tx, session.idHash, { [CHALLENGE]: options.challenge });
    return options;
  });
}

/** Second factor by passkey, for a session that has passed the password step. */
export function staffAuthenticationOptions(db: Queryable, rp: RelyingParty, session: SessionRow) {
  return withTenant(db, session.municipalityCode, async (tx) => {
    const options = await authenticationOptions(tx, rp, { staffId: session.staffId! });
    await mergeSessionData(tx, session.idHash, { [CHALLENGE]: options.challenge });
    return options;
  });
}

export type PasskeyOutcome = { ok: true; rawSessionId: string } | { ok: false };

export function verifyStaffPasskey(db: Queryable, rp: RelyingParty, session: SessionRow, response: AuthenticationResponseJSON, ip: string): Promise<PasskeyOutcome> {
  return withTenant(db, session.municipalityCode, async (tx) => {
    const challenge = challengeOf(session);
    const staff = await findStaffById(tx, session.staffId!);
    if (!challenge || !staff || staff.disabled || !(await verifyPasskey(tx, rp, { staffId: staff.id }, response, challenge))) {
      await recordAudit(tx, { municipalityCode: session.municipalityCode, actorType: 'staff', actorId: session.staffId, action: 'staff.sign_in_failed', target: `staff:${session.staffId}`, detail: { step: 'passkey', ip } });
      return { ok: false };
    }
    await recordAudit(tx, { municipalityCode: session.municipalityCode, actorType: 'staff', actorId: staff.id, action: 'staff.signed_in', target: `staff:${staff.id}`, detail: { method: 'password+passkey', ip } });
    return { ok: true, rawSessionId: await rotateSession(tx, session, { stage: 'signed-in' }) };
  });
}

export function addStaffPasskey(db: Queryable, rp: RelyingParty, session: SessionRow, response: RegistrationResponseJSON, label: string) {
  return withTenant(db, session.municipalityCode, async (tx) => {
    const challenge = challengeOf(session);
    if (!challenge) return undefined;
    const added = await registerPasskey(tx, rp, { staffId: session.staffId!, municipalityCode: session.municipalityCode }, response, challenge, label);
    await mergeSessionData(tx, session.idHash, { [CHALLENGE]: null });
    if (added) {
      await recordAudit(tx, { municipalityCode: session.municipalityCode, actorType: 'staff', actorId: session.staffId, action: 'staff.passkey_added', target: `staff:${session.staffId}`, detail: { label } });
    }
    return added;
  });
}
