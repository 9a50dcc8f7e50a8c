import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';
import { cachedPageOf, replyFor, type CachedPage, type ConditionalRequest } from './cached-response.ts';

export type { CachedPage } from './cached-response.ts';

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
  #bytes = 0;

  /** maxBytes bounds the memory of large cached downloads (open data files) as well as the entry count. */
  constructor(private readonly maxEntries: number, preferenceCookies: readonly string[], private readonly maxBytes = 96 * 1024 * 1024) {
    this.#harmless = new Set(preferenceCookies);
  }

  /** The cache key of a GET request, or undefined when the request must not use the cache. */
  keyFor(method: string, host: string | undefined, pathAndQuery: string, cookie: string | undefined, forwardedProto?: string): string | undefined {
    if (method !== 'GET' || (cookie && this.#carriesOtherCookies(cookie))) return undefined;
    // The scheme is part of the key: pages and API answers carry absolute links.
    return `${forwardedProto ?? ''}|${host}|${pathAndQuery}|${cookie ?? ''}`;
  }

  get(key: string): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (page && page.expiresAt <= Date.now()) {
      this.#remove(key);
      return undefined;
    }
    return page;
  }

  #store(key: string, page: CachedPage): void {
    this.#remove(key);
    const size = sizeOf(page);
    if (size > this.maxBytes / 4) return;
    while (this.#pages.size > 0 && (this.#pages.size >= this.maxEntries || this.#bytes + size > this.maxBytes)) this.#remove(this.#pages.keys().next().value!);
    this.#pages.set(key, page);
    this.#bytes += size;
  }

  #remove(key: string): void {
    const page = this.#pages.get(key);
    if (!page) return;
    this.#pages.delete(key);
    this.#bytes -= sizeOf(page);
  }

  /** Forgets every page, e.g. after a procedure is published, so this process serves the new text at once. */
  clear(): void {
    this.#pages.clear();
    this.#bytes = 0;
  }

  /** Stores the page a route marked cacheable; used as the first middleware of the public zone. */
  middleware(): MiddlewareHandler<AppEnv> {
    return async (c, next) => {
      const url = c.req.raw.url;
      const key = this.keyFor(c.req.method, c.req.header('host'), url.slice(url.indexOf('/', url.indexOf('//') + 2)), c.req.header('cookie'), c.req.header('x-forwarded-proto'));
      if (key === undefined) return next();
      const hit = this.get(key);
      if (hit) return respond(c, hit);
      await next();
      if (!c.get('cacheable') || c.res.status !== 200 || c.res.headers.has('set-cookie')) return;
      const page = cachedPageOf(new Uint8Array(await c.res.clone().arrayBuffer()), c.res.headers, PAGE_CACHE_SECONDS);
      this.#store(key, page);
      const fresh = respond(c, page, c.res.headers);
      c.res = undefined;
      c.res = fresh;
    };
  }

  #carriesOtherCookies(header: string): boolean {
    return header.split(';').some((pair) => !this.#harmless.has(pair.slice(0, pair.indexOf('=')).trim()));
  }
}

function sizeOf(page: CachedPage): number {
  return page.body.byteLength + (page.gzip?.byteLength ?? 0) + 512;
}

/** The cached page as a web Response; on a miss it keeps the headers other middleware already set. */
function respond(c: Context<AppEnv>, page: CachedPage, base?: Headers): Response {
  const reply = replyFor(page, { ifNoneMatch: c.req.header('if-none-match'), ifModifiedSince: c.req.header('if-modified-since'), acceptEncoding: c.req.header('accept-encoding') });
  const headers = new Headers(base);
  headers.delete('content-length');
  for (const [name, value] of Object.entries(reply.headers)) if (name !== 'Content-Length') headers.set(name, String(value));
  return new Response(reply.body ?? null, { status: reply.status, headers });
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
    const key = cache.keyFor(request.method ?? '', request.headers.host, request.url ?? '/', request.headers.cookie, request.headers['x-forwarded-proto'] as string | undefined);
    const page = key === undefined ? undefined : cache.get(key);
    if (!page) return listener(request, response);
    const conditional: ConditionalRequest = {
      ifNoneMatch: request.headers['if-none-match'],
      ifModifiedSince: request.headers['if-modified-since'],
      acceptEncoding: request.headers['accept-encoding'],
    };
    const reply = replyFor(page, conditional);
    response.writeHead(reply.status, reply.headers);
    response.end(reply.body);
    onHit((performance.now() - started) / 1000);
  };
}
