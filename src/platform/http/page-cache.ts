import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

interface CachedPage {
  /** Encoded once: turning the Japanese text into UTF-8 on every request was the main cost. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** Lets a route say its page is the same for every visitor without a session. */
export function markPageCacheable(c: Context<AppEnv>): void {
  c.set('cacheable', true);
}

/**
 * Keeps the HTML of pages that are identical for every anonymous visitor of a municipality in
 * a given language and text size (home, policies, lists), so a busy morning costs one render.
 * Requests with any other cookie, and responses that set one, are never cached.
 */
export function pageCache(options: { maxEntries: number; preferenceCookies: readonly string[] }): MiddlewareHandler<AppEnv> {
  const pages = new Map<string, CachedPage>();
  const harmless = new Set(options.preferenceCookies);
  return async (c, next) => {
    if (c.req.method !== 'GET' || carriesOtherCookies(c, harmless)) return next();
    // Host, address and the preference cookies decide the page completely, so the cache can
    // answer before tenant resolution and the rest of the middleware run.
    const key = `${c.req.header('host')}|${c.req.raw.url}|${c.req.header('cookie') ?? ''}`;
    const hit = pages.get(key);
    if (hit) return send(c, hit);
    await next();
    if (!c.get('cacheable') || c.res.status !== 200 || c.res.headers.has('set-cookie')) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    if (pages.size >= options.maxEntries) pages.delete(pages.keys().next().value!);
    const page = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
    pages.set(key, page);
    c.res.headers.set('ETag', page.etag);
  };
}

/** Any cookie other than the reader's preferences may carry a session: such requests bypass the cache. */
function carriesOtherCookies(c: Context, harmless: Set<string>): boolean {
  const header = c.req.header('cookie');
  if (!header) return false;
  return header.split(';').some((pair) => !harmless.has(pair.slice(0, pair.indexOf('=')).trim()));
}

function send(c: Context, page: CachedPage) {
  if (c.req.header('if-none-match') === page.etag) return c.body(null, 304, { ETag: page.etag });
  return c.body(page.body, 200, { 'Content-Type': 'text/html; charset=UTF-8', ETag: page.etag });
}
