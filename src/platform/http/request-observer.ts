import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';
import type { AppEnv, Zone } from './app-env.ts';
import type { HttpMetrics } from './metrics.ts';

/** Gives each request an id, then logs it and counts it once the response is ready. */
export function observeRequests(zone: Zone, logger: Logger, metrics: HttpMetrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.set('requestId', requestId);
    c.set('zone', zone);
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = c.req.routePath || 'unmatched';
    const status = c.res.status;
    metrics.requests.inc({ zone, method: c.req.method, route, status: String(status) });
    metrics.duration.observe({ zone, method: c.req.method, route }, seconds);
    logger.info(
      {
        requestId,
        zone,
        method: c.req.method,
        path: c.req.path,
        status,
        ms: Math.round(seconds * 10000) / 10,
        municipality: c.get('municipality')?.code,
      },
      'request',
    );
  };
}
