import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

export interface CachedPage {
  /** Encoded once: turning the Japanese text into UTF-8 on every request was the main cost. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  expiresAt: number;
}

/** How long a page may be served from memory: bounds how stale another process's copy can be after an edit. */
export const PAGE_CACHE_SECONDS = 60;

/** Lets a route say its page is the same for every visitor without a session. */
export function markPageCacheable(c: Context<AppEnv>): void {
  c.set('cacheable', true);
}

/**
 * The HTML of pages that are identical for every anonymous visitor of a municipality in a given
 * language and text size (home, policies, lists), so a busy morning costs one render. Host,
 * address and the preference cookies decide such a page completely. Requests with any other
 * cookie (a session may be in it), and responses that set one, are never cached.
 */
export class PageCache {
  readonly #pages = new Map<string, CachedPage>();
  readonly #harmless: Set<string>;

  constructor(private readonly maxEntries: number, preferenceCookies: readonly string[]) {
    this.#harmless = new Set(preferenceCookies);
  }

  /** The cache key of a GET request, or undefined when the request must not use the cache. */
  keyFor(method: string, host: string | undefined, pathAndQuery: string, cookie: string | undefined): string | undefined {
    if (method !== 'GET' || (cookie && this.#carriesOtherCookies(cookie))) return undefined;
    return `${host}|${pathAndQuery}|${cookie ?? ''}`;
  }

  get(key: string): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (page && page.expiresAt <= Date.now()) {
      this.#pages.delete(key);
      return undefined;
    }
    return page;
  }

  /** Forgets every page, e.g. after a procedure is published, so this process serves the new text at once. */
  clear(): void {
    this.#pages.clear();
  }

  /** Stores the page a route marked cacheable; used as the first middleware of the public zone. */
  middleware(): MiddlewareHandler<AppEnv> {
    return async (c, next) => {
      const url = c.req.raw.url;
      const key = this.keyFor(c.req.method, c.req.header('host'), url.slice(url.indexOf('/', url.indexOf('//') + 2)), c.req.header('cookie'));
      if (key === undefined) return next();
      const hit = this.get(key);
      if (hit) {
        if (c.req.header('if-none-match') === hit.etag) return c.body(null, 304, { ETag: hit.etag });
        return c.body(hit.body, 200, { 'Content-Type': 'text/html; charset=UTF-8', ETag: hit.etag });
      }
      await next();
      if (!c.get('cacheable') || c.res.status !== 200 || c.res.headers.has('set-cookie')) return;
      const body = new Uint8Array(await c.res.clone().arrayBuffer());
      const page = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"`, expiresAt: Date.now() + PAGE_CACHE_SECONDS * 1000 };
      if (this.#pages.size >= this.maxEntries) this.#pages.delete(this.#pages.keys().next().value!);
      this.#pages.set(key, page);
      c.res.headers.set('ETag', page.etag);
    };
  }

  #carriesOtherCookies(header: string): boolean {
    return header.split(';').some((pair) => !this.#harmless.has(pair.slice(0, pair.indexOf('=')).trim()));
  }
}

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Answers cache hits straight from the Node server, before the request is turned into a web
 * Request and run through the router: a hit then costs about what a static file does. Misses
 * and everything else go to the application, which fills the cache.
 */
export function servePageCacheFirst(cache: PageCache, listener: Listener, onHit: (seconds: number) => void): Listener {
  return (request, response) => {
    const started = performance.now();
    const key = cache.keyFor(request.method ?? '', request.headers.host, request.url ?? '/', request.headers.cookie);
    const page = key === undefined ? undefined : cache.get(key);
    if (!page) return listener(request, response);
    if (request.headers['if-none-match'] === page.etag) {
      response.writeHead(304, { ETag: page.etag });
      response.end();
    } else {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=UTF-8', 'Content-Length': page.body.byteLength, ETag: page.etag });
      response.end(page.body);
    }
    onHit((performance.now() - started) / 1000);
  };
}
