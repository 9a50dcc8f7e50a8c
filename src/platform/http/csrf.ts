import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './app-env.ts';

export const CSRF_FIELD = '_csrf';
/** Scripts that post JSON (passkeys) send the token in this header instead of a form field. */
export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_COOKIE = 'yakuba_csrf';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Signed double-submit tokens: a random browser cookie, and in each form its HMAC under the
 * server secret. A cross-site page can make the browser send the cookie but cannot read it,
 * so it cannot produce the matching form field.
 */
export function createCsrf(secret: string) {
  const sign = (value: string) => createHmac('sha256', secret).update(`csrf:${value}`).digest('base64url');

  function tokenFor(c: Context<AppEnv>): string {
    const issued = c.get('csrfToken');
    if (issued) return issued;
    let browserKey = getCookie(c, CSRF_COOKIE);
    if (!browserKey || browserKey.length < 32) {
      browserKey = randomBytes(32).toString('base64url');
      setCookie(c, CSRF_COOKIE, browserKey, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c) });
    }
    const token = sign(browserKey);
    c.set('csrfToken', token);
    return token;
  }

  const protect: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!UNSAFE_METHODS.has(c.req.method) || COOKIELESS_API.test(c.req.path)) return next();
    if (!sameOrigin(c)) return refuse(c);
    const browserKey = getCookie(c, CSRF_COOKIE);
    const submitted = isJson(c) ? c.req.header(CSRF_HEADER) : (await c.req.parseBody().catch(() => ({}) as Record<string, unknown>))[CSRF_FIELD];
    if (!browserKey || typeof submitted !== 'string' || !equal(submitted, sign(browserKey))) return refuse(c);
    return next();
  };

  return { tokenFor, protect };
}

/** The open data API (CKAN's POST form) reads no cookie or session, so a forged request can do nothing a direct one could not. */
const COOKIELESS_API = /^(\/m\/\d{6})?\/api\/3\/action\/[a-z_]+$/u;

function isJson(c: Context): boolean {
  return (c.req.header('content-type') ?? '').startsWith('application/json');
}

function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (!origin || origin === 'null') return origin === undefined;
  try {
    return new URL(origin).host === c.req.header('host');
  } catch {
    return false;
  }
}

function equal(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** Thrown by the CSRF check; the zone's error handler shows the refusal page with a way back. */
export class CsrfRefusedError extends Error {
  constructor(readonly backHref: string) {
    super('csrf token missing or invalid');
  }
}

function refuse(c: Context): never {
  const referer = c.req.header('referer');
  let back = '/';
  try {
    const path = referer ? new URL(referer) : undefined;
    if (path && path.host === c.req.header('host') && !path.pathname.startsWith('//')) back = path.pathname;
  } catch {
    back = '/';
  }
  throw new CsrfRefusedError(back);
}
