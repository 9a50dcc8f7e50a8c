import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { publicListenOptions } from '../../app.tsx';
import { closeServer, listen } from './listen.ts';

/** Concrete paths for the internal zone's routes, parameters filled in. */
function internalPaths(t: TestApp): string[] {
  const paths = t.internalApp.routes
    .map((route) => route.path)
    .filter((path) => path !== '/*' && path !== '*' && !path.startsWith('/assets') && !['/healthz', '/readyz', '/'].includes(path))
    .map((path) => path.replace(/:id\{[^}]+\}/g, '1').replace(/\/\*$/, '/x'));
  return [...new Set(paths)];
}

describe('zones', () => {
  let t: TestApp;
  let publicServer: ServerType;
  let internalServer: ServerType;
  const url = (server: ServerType, path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;

  before(async () => {
    t = await createTestApp();
    publicServer = await listen(t.publicApp, 0, '127.0.0.1', publicListenOptions(t.services));
    internalServer = await listen(t.internalApp, 0, '127.0.0.1');
  });
  after(async () => {
    await closeServer(publicServer);
    await closeServer(internalServer);
    await t.close();
  });

  it('mounts back-office routes on the internal port only', async () => {
    const paths = internalPaths(t);
    assert.ok(paths.includes('/login') && paths.includes('/metrics') && paths.includes('/admin/audit'), paths.join(' '));
    // A few paths (/login, /logout) exist in both zones with different handlers: the public one
    // must answer with a resident page, never with anything of the back office.
    const publicPaths = new Set(t.publicApp.routes.map((route) => route.path));
    for (const path of paths) {
      for (const prefixed of [path, `/m/143421${path}`]) {
        for (const method of ['GET', 'POST']) {
          const response = await fetch(url(publicServer, prefixed), { method, redirect: 'manual' });
          const body = await response.text();
          assert.doesNotMatch(body, /職員用|zone-badge|yakuba_http_requests_total/, `${method} ${prefixed} showed back-office content on the public port`);
          if (!publicPaths.has(path)) assert.ok([403, 404].includes(response.status), `${method} ${prefixed} answered ${response.status} on the public port`);
        }
      }
    }
  });

  it('serves the sign-in page and Prometheus metrics on the internal port', async () => {
    const login = await fetch(url(internalServer, '/m/143421/login'));
    assert.equal(login.status, 200);
    assert.match(await login.text(), /職員サインイン/);
    await fetch(url(publicServer, '/m/143421/'));
    const metrics = await (await fetch(url(internalServer, '/metrics'))).text();
    assert.match(metrics, /yakuba_http_requests_total\{[^}]*zone="internal"/);
    assert.match(metrics, /yakuba_process_resident_memory_bytes/);
  });

  it('sends strict security headers on every response of both zones, errors included', async () => {
    for (const target of [url(publicServer, '/m/143421/'), url(publicServer, '/m/143421/nope'), url(internalServer, '/m/143421/login'), url(publicServer, '/assets/app.css')]) {
      const response = await fetch(target);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, target);
      assert.match(csp, /frame-ancestors 'none'/, target);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, target);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', target);
      assert.equal(response.headers.get('x-frame-options'), 'DENY', target);
      assert.ok(response.headers.get('strict-transport-security'), target);
    }
  });

  it('answers repeated anonymous page views from the page cache, but never a visitor with a session cookie', async () => {
    const home = url(publicServer, '/m/143421/accessibility');
    const first = await fetch(home);
    const second = await fetch(home);
    assert.equal(await first.text(), await second.text());
    assert.equal(second.headers.get('etag'), first.headers.get('etag'));
    assert.match(second.headers.get('content-security-policy') ?? '', /default-src 'self'/, 'cache hits carry the security headers');
    const notModified = await fetch(home, { headers: { 'if-none-match': first.headers.get('etag')! } });
    assert.equal(notModified.status, 304);
    const hits = async () => Number(/route="page-cache",status="200"} (\d+)/.exec(await t.services.metrics.registry.metrics())?.[1] ?? 0);
    await fetch(home, { headers: { cookie: 'yakuba_lang=ja' } });
    const before = await hits();
    await fetch(home, { headers: { cookie: 'yakuba_lang=ja' } });
    assert.equal(await hits(), before + 1, 'a preference cookie still uses the cache');
    await fetch(home, { headers: { cookie: 'yakuba_lang=ja; yakuba_session=abc' } });
    assert.equal(await hits(), before + 1, 'any other cookie bypasses the cache');
    const english = await (await fetch(home, { headers: { cookie: 'yakuba_lang=en' } })).text();
    assert.match(english, /<html lang="en"/, 'each language has its own entry');
  });

  it('never serves a resident page on the internal port', async () => {
    const response = await fetch(url(internalServer, '/m/143421/accessibility'), { redirect: 'manual' });
    assert.notEqual(response.status, 200);
  });
});
