import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isHttps } from '../http/csrf.ts';
import { STAFF_ABSOLUTE_HOURS } from './session-store.ts';

// Browsers share cookies between ports of one host, so each zone has its own cookie name,
// and the session row records its zone as well.
function cookieName(c: Context): string {
  return isHttps(c) ? '__Host-yakuba_staff' : 'yakuba_staff';
}

export function readStaffCookie(c: Context): string | undefined {
  return getCookie(c, cookieName(c));
}

export function writeStaffCookie(c: Context, rawSessionId: string): void {
  setCookie(c, cookieName(c), rawSessionId, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    maxAge: STAFF_ABSOLUTE_HOURS * 3600,
  });
}

export function clearStaffCookie(c: Context): void {
  deleteCookie(c, cookieName(c), { path: '/', secure: isHttps(c) });
}
