import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { TestBrowser } from '../../test/http-client.ts';

describe('resident portal', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    t.publicApp.get('/explode', () => {
      throw new Error('secret internal detail');
    });
  });
  after(() => t.close());

  it('lists the municipalities on a shared host without a prefix', async () => {
    const response = await t.publicApp.request('/', { headers: { host: 'localhost:3000' } });
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<html lang="ja"/);
    assert.match(html, /href="\/m\/143421\/">二宮町/);
    assert.match(html, /href="\/m\/143413\/">大磯町/);
  });

  it('resolves the municipality by /m/{code} prefix and by host name', async () => {
    const byPrefix = await (await t.publicApp.request('/m/143421/', { headers: { host: 'localhost:3000' } })).text();
    assert.match(byPrefix, /<title>ホーム｜二宮町<\/title>/);
    assert.match(byPrefix, /href="\/m\/143421\/accessibility"/);
    const byHost = await (await t.publicApp.request('/', { headers: { host: 'oiso.localhost:3000' } })).text();
    assert.match(byHost, /<title>ホーム｜大磯町<\/title>/);
    assert.match(byHost, /0463-61-4100/);
    assert.match(byHost, /href="\/accessibility"/);
  });

  it('answers an unknown municipality code or page with the Japanese 404 page', async () => {
    for (const path of ['/m/999999/', '/m/143421/no-such-page']) {
      const response = await t.publicApp.request(path, { headers: { host: 'localhost:3000' } });
      assert.equal(response.status, 404, path);
      const html = await response.text();
      assert.match(html, /ページが見つかりません/);
      assert.match(html, /<html lang="ja"/);
    }
  });

  it('switches language with a link that works without JavaScript, and only to languages the town offers', async () => {
    const browser = new TestBrowser(t.publicApp);
    const home = await (await browser.get('/m/143421/')).text();
    assert.match(home, /href="\/m\/143421\/settings\/language\?value=en&amp;return=%2F"/);
    assert.match(home, /やさしい日本語/);
    const switched = await browser.get('/m/143421/settings/language?value=en&return=%2Faccessibility');
    assert.equal(switched.status, 303);
    assert.equal(switched.headers.get('location'), '/m/143421/accessibility');
    const english = await (await browser.get('/m/143421/accessibility')).text();
    assert.match(english, /<html lang="en"/);
    assert.match(english, /<title>Web accessibility policy｜Ninomiya Town<\/title>/);
    const oiso = await (await t.publicApp.request('/m/143413/', { headers: { host: 'localhost' } })).text();
    assert.doesNotMatch(oiso, /やさしい日本語/);
  });

  it('remembers the text size and never redirects off the site', async () => {
    const browser = new TestBrowser(t.publicApp);
    const response = await browser.get('/m/143421/settings/text-size?value=xlarge&return=%2F%2Fevil.example%2F');
    assert.equal(response.headers.get('location'), '/m/143421/');
    assert.match(await (await browser.get('/m/143421/')).text(), /<html lang="ja" class="text-xlarge"/);
  });

  it('publishes the accessibility policy with target level and test results', async () => {
    const html = await (await t.publicApp.request('/m/143421/accessibility', { headers: { host: 'localhost' } })).text();
    assert.match(html, /JIS X 8341-3:2016/);
    assert.match(html, /適合レベル AA/);
    assert.match(html, /試験の結果/);
  });

  it('uses no inline script or style, so the CSP can forbid them', async () => {
    const html = await (await t.publicApp.request('/m/143421/', { headers: { host: 'localhost' } })).text();
    assert.doesNotMatch(html, /<script>|<style>| style="| on[a-z]+="/);
  });

  it('shows a Japanese 500 page without a stack trace and logs the error', async () => {
    const response = await t.publicApp.request('/m/143421/explode', { headers: { host: 'localhost' } });
    assert.equal(response.status, 500);
    const html = await response.text();
    assert.match(html, /ただいまご利用いただけません/);
    assert.doesNotMatch(html, /secret internal detail|at .*\.ts/);
    assert.ok(t.logs.some((line) => line.includes('secret internal detail')));
  });

  it('serves the design tokens and stylesheet with caching', async () => {
    const response = await t.publicApp.request('/assets/tokens.css?v=1', { headers: { host: 'localhost' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('cache-control') ?? '', /immutable/);
    assert.match(await response.text(), /--color-primitive-blue-900/);
    const etag = response.headers.get('etag')!;
    const again = await t.publicApp.request('/assets/tokens.css?v=1', { headers: { host: 'localhost', 'if-none-match': etag } });
    assert.equal(again.status, 304);
    const theme = await (await t.publicApp.request('/theme/143421.css', { headers: { host: 'localhost' } })).text();
    assert.match(theme, /--yakuba-primary: #1d5e3a/);
  });

  it('reports health and readiness', async () => {
    const health = await t.publicApp.request('/healthz');
    assert.deepEqual(await health.json(), { status: 'ok', zone: 'public' });
    const ready = await t.publicApp.request('/readyz');
    assert.deepEqual(await ready.json(), { status: 'ready', zone: 'public' });
  });

  it('logs failed requests as JSON lines and leaves routine reads to the metrics', async () => {
    await t.publicApp.request('/m/143421/missing-page', { headers: { host: 'localhost' } });
    await t.publicApp.request('/m/143421/accessibility', { headers: { host: 'localhost' } });
    const entries = t.logs.map((line) => JSON.parse(line));
    const missing = entries.find((entry) => entry.path === '/missing-page');
    assert.equal(missing.status, 404);
    assert.equal(missing.zone, 'public');
    assert.equal(missing.municipality, '143421');
    assert.equal(missing.level, 30);
    assert.match(missing.requestId, /^[0-9a-f]{8}-[0-9a-z]+$/);
    assert.ok(!entries.some((entry) => entry.path === '/accessibility'), 'a routine 200 read is not an info line');
    const metrics = await t.services.metrics.registry.getSingleMetricAsString('yakuba_http_requests_total');
    assert.match(metrics, /route="\/accessibility",status="200"/);
  });
});
