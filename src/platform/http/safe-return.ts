import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { siteOrigin } from './site-url.ts';

const MAX_LENGTH = 2000;
// WHATWG URL parsing silently drops TAB, CR and LF and treats "\" as "/", so "/\t/evil.example"
// or "/\\evil.example" become "//evil.example" in the browser: refuse them before parsing.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/u;
// No page here has an encoded slash, backslash or control character in its path; a proxy or a
// later decoding step could turn one into the real thing.
const ENCODED_UNSAFE = /%(?:[01][0-9a-f]|7f|2f|5c)/iu;

/**
 * A `return=` target made safe: a path of this municipality's site on the visitor's own origin,
 * relative to its base (e.g. `/mypage?tab=1`). Absent → `fallback`; anything that could leave the
 * site or the municipality → `/` (the home page). Never throws.
 */
export function safeReturnPath(c: Context<AppEnv>, value: unknown, fallback = '/'): string {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value !== 'string' || value.length > MAX_LENGTH || !value.startsWith('/') || UNSAFE_CHARACTERS.test(value)) return '/';
  const base = c.get('base') ?? '';
  let origin: string;
  let target: URL;
  try {
    origin = new URL(siteOrigin(c)).origin;
    target = new URL(`${base}${value}`, origin);
  } catch {
    return '/';
  }
  if (target.origin !== origin || !target.pathname.startsWith(`${base}/`) || ENCODED_UNSAFE.test(target.pathname)) return '/';
  const path = `${target.pathname.slice(base.length)}${target.search}`;
  // What the browser will resolve the Location header against must land on this origin again.
  if (path.startsWith('//') || new URL(`${base}${path}`, origin).origin !== origin) return '/';
  return path;
}

/** The Location for a redirect to a `return=` target: `${base}${safeReturnPath(…)}`. */
export function returnLocation(c: Context<AppEnv>, value: unknown, fallback = '/'): string {
  return `${c.get('base') ?? ''}${safeReturnPath(c, value, fallback)}`;
}
