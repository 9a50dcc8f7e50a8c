import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { TestBrowser } from '../../../test/http-client.ts';
import { latestSignInCode } from '../../../test/resident-sign-in.ts';

/**
 * Targets that have sent browsers to another site through a `return=` parameter somewhere, each as
 * the raw query value (already percent-encoded where a browser would send it so).
 */
const BYPASSES: string[] = [
  '/%09/evil.example/', // TAB: dropped by the URL parser, leaves //evil.example/
  '/%09%09/evil.example/',
  '/%0A/evil.example/', // LF: was a 500
  '/%0D%0A/evil.example/',
  '/%0D/evil.example/',
  '%0A',
  '/%0D%0ALocation:%20https://evil.example/',
  '/%00/evil.example/',
  '//evil.example/',
  '///evil.example/',
  '////evil.example/',
  '%2F%2Fevil.example%2F',
  '/%2F%2Fevil.example/',
  '/%252F%252Fevil.example/',
  '%5Cevil.example',
  '%5C%5Cevil.example',
  '/%5Cevil.example/',
  '/%5C/evil.example/',
  '%5C/evil.example/',
  '/\\/evil.example/',
  '/.//evil.example/',
  '/..//evil.example/',
  '/%2e%2e//evil.example/',
  '/../../..//evil.example/',
  'https://evil.example/',
  'https:evil.example',
  'http://localhost:3000@evil.example/',
  '//user:pass@evil.example/',
  '//evil.example@localhost:3000/',
  '//%EF%BD%85%EF%BD%96%EF%BD%89%EF%BD%8C%EF%BC%8Eexample/', // full-width ｅｖｉｌ．example (IDN mapping)
  '//evil%E3%80%82example/', // ideographic full stop
  '//xn--80ak6aa92e.com/',
  '/%09/xn--80ak6aa92e.com/',
  '%20//evil.example/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  `/${'a'.repeat(3000)}`,
];

/** Odd-looking but harmless: a path of this site, kept as it is. */
const SAME_SITE = ['/@evil.example/', '/accessibility?next=//evil.example/', '/accessibility?return=%2F%2Fevil.example'];

const STYLES = [
  { name: 'under /m/143421 on a shared host', host: 'localhost:3000', base: '/m/143421' },
  { name: 'by its own host name', host: 'ninomiya.localhost:3000', base: '' },
] as const;

/** What a browser does with the Location header: resolve it against the page it asked for. */
function assertStaysOnSite(response: Response, host: string, base: string, context: string): URL {
  assert.equal(response.status, 303, `${context}: status`);
  const location = response.headers.get('location') ?? '';
  const origin = `http://${host}`;
  const target = new URL(location, `${origin}${base}/settings`);
  assert.equal(target.origin, origin, `${context}: went to ${location}`);
  assert.ok(target.pathname.startsWith(`${base}/`), `${context}: left the municipality for ${location}`);
  assert.doesNotMatch(location, /[\u0000-\u001f\u007f\\]/u, `${context}: raw control character or backslash in ${JSON.stringify(location)}`);
  return target;
}

describe('return= targets: only this site, whatever is tried', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  for (const style of STYLES) {
    describe(style.name, () => {
      it('keeps an ordinary target of the site, with its query', async () => {
        const browser = new TestBrowser(t.publicApp, style.host);
        const response = await browser.get(`${style.base}/settings/text-size?value=large&return=%2Faccessibility%3Fa%3D1`);
        assert.equal(response.headers.get('location'), `${style.base}/accessibility?a=1`);
      });

      it('keeps odd-looking paths that stay on the site', async () => {
        const browser = new TestBrowser(t.publicApp, style.host);
        for (const path of SAME_SITE) {
          const response = await browser.get(`${style.base}/settings/text-size?value=large&return=${encodeURIComponent(path)}`);
          const target = assertStaysOnSite(response, style.host, style.base, path);
          assert.equal(`${target.pathname}${target.search}`, `${style.base}${new URL(path, 'http://x').pathname}${new URL(path, 'http://x').search}`);
        }
      });

      it('sends every known bypass of the text-size setting to the home page, never a 500', async () => {
        const browser = new TestBrowser(t.publicApp, style.host);
        for (const bypass of BYPASSES) {
          const response = await browser.get(`${style.base}/settings/text-size?value=large&return=${bypass}`);
          const target = assertStaysOnSite(response, style.host, style.base, `text-size ${bypass}`);
          assert.equal(target.pathname, `${style.base}/`, `text-size ${bypass}`);
        }
      });

      it('does the same at /login for a signed-in resident', async () => {
        const email = `redirect-${style.base ? 'path' : 'host'}@example.jp`;
        const browser = new TestBrowser(t.publicApp, style.host);
        await signIn(t, browser, style.base, email);
        for (const bypass of BYPASSES) {
          const response = await browser.get(`${style.base}/login?return=${bypass}`);
          const target = assertStaysOnSite(response, style.host, style.base, `login ${bypass}`);
          assert.equal(target.pathname, `${style.base}/`, `login ${bypass}`);
        }
      });

      it('does the same after the e-mail code sign-in', async () => {
        let n = 0;
        for (const bypass of BYPASSES) {
          const browser = new TestBrowser(t.publicApp, style.host);
          const email = `code-${style.base ? 'path' : 'host'}-${n++}@example.jp`;
          const page = await (await browser.get(`${style.base}/login`)).text();
          const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
          const form = `email=${encodeURIComponent(email)}&_csrf=${encodeURIComponent(csrf)}&return=${bypass}`;
          const sent = await browser.postRaw(`${style.base}/login`, form);
          assert.equal(sent.status, 303, `e-mail step ${bypass}`);
          const code = await latestSignInCode(t.services.db, '143421', email);
          const done = await browser.submit(`${style.base}/login/code`, `${style.base}/login/code`, { code });
          const target = assertStaysOnSite(done, style.host, style.base, `code ${bypass}`);
          assert.equal(target.pathname, `${style.base}/`, `code ${bypass}`);
        }
      });
    });
  }
});

async function signIn(t: TestApp, browser: TestBrowser, base: string, email: string): Promise<void> {
  await browser.submit(`${base}/login`, `${base}/login`, { email });
  const code = await latestSignInCode(t.services.db, '143421', email);
  const done = await browser.submit(`${base}/login/code`, `${base}/login/code`, { code });
  assert.equal(done.status, 303);
}
