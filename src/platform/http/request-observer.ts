import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../logger.ts';
import type { AppEnv, Zone } from './app-env.ts';
import type { HttpMetrics } from './metrics.ts';

const SLOW_MS = 1000;
const processPrefix = randomBytes(4).toString('hex');
let sequence = 0;

/** A request id unique across processes, cheap enough to give every request. */
function nextRequestId(): string {
  sequence += 1;
  return `${processPrefix}-${sequence.toString(36)}`;
}

/**
 * Gives each request an id, counts it in the metrics, and logs it as one JSON line. Successful
 * fast reads are logged at debug level: the metrics count them, and at thousands a second a
 * line each would drown the lines that matter (errors, slow requests, every change of state).
 */
export function observeRequests(zone: Zone, logger: Logger, metrics: HttpMetrics): MiddlewareHandler<AppEnv> {
  const children = new Map<string, { count: () => void; observe: (seconds: number) => void }>();
  const child = (method: string, route: string, status: number) => {
    const key = `${method} ${route} ${status}`;
    let found = children.get(key);
    if (!found) {
      const counter = metrics.requests.labels(zone, method, route, String(status));
      const histogram = metrics.duration.labels(zone, method, route);
      found = { count: () => counter.inc(), observe: (seconds) => histogram.observe(seconds) };
      children.set(key, found);
    }
    return found;
  };
  return async (c, next) => {
    const started = performance.now();
    const requestId = nextRequestId();
    c.set('requestId', requestId);
    c.set('zone', zone);
    await next();
    const ms = performance.now() - started;
    const method = c.req.method;
    const status = c.res.status;
    const metric = child(method, routePath(c) || 'unmatched', status);
    metric.count();
    metric.observe(ms / 1000);
    const routine = (method === 'GET' || method === 'HEAD') && status < 400 && ms < SLOW_MS;
    if (routine && !logger.isLevelEnabled('debug')) return;
    logger[routine ? 'debug' : 'info'](
      { requestId, zone, method, path: c.req.path, status, ms: Math.round(ms * 10) / 10, municipality: c.get('municipality')?.code },
      'request',
    );
  };
}
