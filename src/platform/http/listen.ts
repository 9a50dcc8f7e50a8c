import { createServer } from 'node:http';
import { getRequestListener, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { withSecurityHeaders } from './security-headers.ts';
import { servePageCacheFirst, type PageCache } from './page-cache.ts';

export interface ListenOptions {
  /** The public zone answers cached pages before the router; hits are reported to onHit. */
  pageCache?: { cache: PageCache; onHit: (seconds: number) => void };
}

/** Starts one zone's HTTP server; resolves once it accepts connections. */
export function listen(app: Hono<any>, port: number, hostname: string, options: ListenOptions = {}): Promise<ServerType> {
  const appListener = getRequestListener(app.fetch);
  const cached = options.pageCache;
  const listener = cached ? servePageCacheFirst(cached.cache, appListener, cached.onHit) : appListener;
  const server = createServer(withSecurityHeaders(listener));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve(server));
  });
}

export function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
}
