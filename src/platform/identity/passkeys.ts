import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { passkeys, type PasskeyRow } from './schema.ts';

/** The site a passkey is bound to: the host name the browser sees, and its origin. */
export interface RelyingParty {
  rpID: string;
  rpName: string;
  origin: string;
}

export type PasskeyOwner = { staffId: string } | { residentId: string };

function ownedBy(owner: PasskeyOwner) {
  return 'staffId' in owner ? eq(passkeys.staffId, owner.staffId) : eq(passkeys.residentId, owner.residentId);
}

export function listPasskeys(tx: Queryable, owner: PasskeyOwner): Promise<PasskeyRow[]> {
  return tx.select().from(passkeys).where(ownedBy(owner));
}

export async function registrationOptions(tx: Queryable, rp: RelyingParty, owner: PasskeyOwner, user: { name: string; displayName: string }) {
  const existing = await listPasskeys(tx, owner);
  return generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userName: user.name,
    userDisplayName: user.displayName,
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
  });
}

/** Verifies the browser's answer to registrationOptions and stores the new public key. */
export async function registerPasskey(
  tx: Queryable,
  rp: RelyingParty,
  owner: PasskeyOwner & { municipalityCode: string },
  response: RegistrationResponseJSON,
  expectedChallenge: string,
  label: string,
): Promise<PasskeyRow | undefined> {
  const result = await verifyRegistrationResponse({ response, expectedChallenge, expectedOrigin: rp.origin, expectedRPID: rp.rpID, requireUserVerification: true }).catch(() => undefined);
  if (!result?.verified) return undefined;
  const { credential } = result.registrationInfo;
  const [row] = await tx
    .insert(passkeys)
    .values({
      credentialId: credential.id,
      municipalityCode: owner.municipalityCode,
      staffId: 'staffId' in owner ? owner.staffId : null,
      residentId: 'residentId' in owner ? owner.residentId : null,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: credential.transports ?? [],
      label,
    })
    .returning();
  return row;
}

export async function authenticationOptions(tx: Queryable, rp: RelyingParty, owner: PasskeyOwner) {
  const existing = await listPasskeys(tx, owner);
  return generateAuthenticationOptions({
    rpID: rp.rpID,
    allowCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransport[] })),
    userVerification: 'required',
  });
}

/** True when the answer was signed by one of the owner's passkeys; the signature counter is kept. */
export async function verifyPasskey(tx: Queryable, rp: RelyingParty, owner: PasskeyOwner, response: AuthenticationResponseJSON, expectedChallenge: string): Promise<boolean> {
  const [stored] = await tx.select().from(passkeys).where(and(ownedBy(owner), eq(passkeys.credentialId, response.id)));
  if (!stored) return false;
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: true,
    credential: { id: stored.credentialId, publicKey: Buffer.from(stored.publicKey, 'base64url'), counter: stored.counter, transports: stored.transports as AuthenticatorTransport[] },
  }).catch(() => undefined);
  if (!result?.verified) return false;
  await tx.update(passkeys).set({ counter: result.authenticationInfo.newCounter, lastUsedAt: new Date() }).where(eq(passkeys.credentialId, stored.credentialId));
  return true;
}

export async function removePasskey(tx: Queryable, owner: PasskeyOwner, credentialId: string): Promise<boolean> {
  const removed = await tx.delete(passkeys).where(and(ownedBy(owner), eq(passkeys.credentialId, credentialId))).returning();
  return removed.length === 1;
}

/** The stored passkey a browser answered with, to find whose it is (sign-in without a user name). */
export async function findPasskey(tx: Queryable, credentialId: string): Promise<PasskeyRow | undefined> {
  const [row] = await tx.select().from(passkeys).where(eq(passkeys.credentialId, credentialId));
  return row;
}
