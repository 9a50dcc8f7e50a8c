import { createServer } from 'node:http';
import { getRequestListener, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { withSecurityHeaders } from './security-headers.ts';

/** Starts one zone's HTTP server; resolves once it accepts connections. */
export function listen(app: Hono<any>, port: number, hostname: string): Promise<ServerType> {
  const server = createServer(withSecurityHeaders(getRequestListener(app.fetch)));
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
