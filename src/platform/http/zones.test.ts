import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
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
    publicServer = await listen(t.publicApp, 0, '127.0.0.1');
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
    for (const path of paths) {
      for (const prefixed of [path, `/m/143421${path}`]) {
        for (const method of ['GET', 'POST']) {
          const response = await fetch(url(publicServer, prefixed), { method, redirect: 'manual' });
          assert.ok([403, 404].includes(response.status), `${method} ${prefixed} answered ${response.status} on the public port`);
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

  it('never serves a resident page on the internal port', async () => {
    const response = await fetch(url(internalServer, '/m/143421/accessibility'), { redirect: 'manual' });
    assert.notEqual(response.status, 200);
  });
});
