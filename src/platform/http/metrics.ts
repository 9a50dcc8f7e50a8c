import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface HttpMetrics {
  registry: Registry;
  requests: Counter<'zone' | 'method' | 'route' | 'status'>;
  duration: Histogram<'zone' | 'method' | 'route'>;
}

export function createMetrics(): HttpMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'yakuba_' });
  return {
    registry,
    requests: new Counter({
      name: 'yakuba_http_requests_total',
      help: 'HTTP requests by zone, route and status',
      labelNames: ['zone', 'method', 'route', 'status'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'yakuba_http_request_duration_seconds',
      help: 'HTTP request duration in seconds',
      labelNames: ['zone', 'method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
  };
}

/** Counts a page answered from the page cache, as the router would have counted it. */
export function cacheHitRecorder(metrics: HttpMetrics): (seconds: number) => void {
  const counter = metrics.requests.labels('public', 'GET', 'page-cache', '200');
  const histogram = metrics.duration.labels('public', 'GET', 'page-cache');
  return (seconds) => {
    counter.inc();
    histogram.observe(seconds);
  };
}
