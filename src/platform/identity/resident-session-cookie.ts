import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isHttps } from '../http/csrf.ts';
import { RESIDENT_ABSOLUTE_HOURS } from './session-store.ts';

const PENDING_MINUTES = 30;

// The staff zone has its own cookie name (see staff-session-cookie.ts), and the session row
// records its zone, so a resident cookie never opens a back-office page.
function cookieName(c: Context, name: string): string {
  return isHttps(c) ? `__Host-${name}` : name;
}

function write(c: Context, name: string, value: string, maxAge: number): void {
  setCookie(c, cookieName(c, name), value, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c), maxAge });
}

export function readResidentCookie(c: Context): string | undefined {
  return getCookie(c, cookieName(c, 'yakuba_resident'));
}

export function writeResidentCookie(c: Context, rawSessionId: string): void {
  write(c, 'yakuba_resident', rawSessionId, RESIDENT_ABSOLUTE_HOURS * 3600);
}

export function clearResidentCookie(c: Context): void {
  deleteCookie(c, cookieName(c, 'yakuba_resident'), { path: '/', secure: isHttps(c) });
}

/** Between the address and the code: which address the code went to, and where to go after. */
export interface PendingSignIn {
  email: string;
  returnTo: string;
}

function sign(secret: string, purpose: string, payload: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${payload}`).digest('base64url');
}

/** A short-lived value the browser carries but cannot change: JSON, signed, with its issue time. */
function writeSigned(c: Context, secret: string, name: string, value: object, maxAgeSeconds: number): void {
  const payload = Buffer.from(JSON.stringify({ ...value, issuedAt: Date.now() })).toString('base64url');
  write(c, name, `${payload}.${sign(secret, name, payload)}`, maxAgeSeconds);
}

function readSigned(c: Context, secret: string, name: string, maxAgeSeconds: number): Record<string, unknown> | undefined {
  const [payload, signature] = (getCookie(c, cookieName(c, name)) ?? '').split('.');
  if (!payload || !signature) return undefined;
  const expected = Buffer.from(sign(secret, name, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    return Date.now() - Number(value.issuedAt) > maxAgeSeconds * 1000 ? undefined : value;
  } catch {
    return undefined;
  }
}

export function writePendingSignIn(c: Context, secret: string, pending: PendingSignIn): void {
  writeSigned(c, secret, 'yakuba_resident_pending', pending, PENDING_MINUTES * 60);
}

/** Signed, so the address cannot be swapped for another; short-lived, like the code itself. */
export function readPendingSignIn(c: Context, secret: string): PendingSignIn | undefined {
  const value = readSigned(c, secret, 'yakuba_resident_pending', PENDING_MINUTES * 60);
  if (typeof value?.email !== 'string' || typeof value.returnTo !== 'string') return undefined;
  return { email: value.email, returnTo: value.returnTo };
}

/** The WebAuthn challenge of a passkey sign-in, before there is any session to keep it in. */
export function writePasskeyChallenge(c: Context, secret: string, challenge: string, returnTo: string): void {
  writeSigned(c, secret, 'yakuba_passkey', { challenge, returnTo }, 5 * 60);
}

export function readPasskeyChallenge(c: Context, secret: string): { challenge: string; returnTo: string } | undefined {
  const value = readSigned(c, secret, 'yakuba_passkey', 5 * 60);
  if (typeof value?.challenge !== 'string' || typeof value.returnTo !== 'string') return undefined;
  return { challenge: value.challenge, returnTo: value.returnTo };
}

export function clearPasskeyChallenge(c: Context): void {
  deleteCookie(c, cookieName(c, 'yakuba_passkey'), { path: '/', secure: isHttps(c) });
}

export function clearPendingSignIn(c: Context): void {
  deleteCookie(c, cookieName(c, 'yakuba_resident_pending'), { path: '/', secure: isHttps(c) });
}
