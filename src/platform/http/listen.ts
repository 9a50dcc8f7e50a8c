import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

/** Starts one zone's HTTP server; resolves once it accepts connections. */
export function listen(app: Hono<any>, port: number, hostname: string): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, () => resolve(server));
    server.once('error', reject);
  });
}

export function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
