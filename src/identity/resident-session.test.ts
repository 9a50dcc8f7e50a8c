import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { desc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { requireResident } from './require-resident.ts';
import { latestSignInCode, signInResident, submitWithHeaders } from '../../test/resident-sign-in.ts';
import { residents, sessions } from '../platform/identity/schema.ts';

const BASE = '/m/143421';

describe('resident sessions: return, step-up, sign-out and zones', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    t.publicApp.get('/test/high', requireResident('high'), (c) => c.text('reached'));
    t.publicApp.get('/test/substantial', requireResident('substantial'), (c) => c.text('reached'));
  });
  after(() => t.close());

  const enterCode = (browser: TestBrowser, code: string) => browser.submit(`${BASE}/login/code`, `${BASE}/login/code`, { code });

  it('returns to the page that asked for sign-in, and only to a page of this site', async () => {
    const browser = new TestBrowser(t.publicApp);
    const asked = await browser.get(`${BASE}/mypage/profile`);
    assert.equal(asked.status, 303);
    assert.equal(asked.headers.get('location'), `${BASE}/login?return=%2Fmypage%2Fprofile`);
    const login = await (await browser.get(asked.headers.get('location')!)).text();
    const returnField = /name="return" value="([^"]+)"/.exec(login)?.[1];
    assert.equal(returnField, '/mypage/profile');
    await browser.submit(`${BASE}/login?return=%2Fmypage%2Fprofile`, `${BASE}/login`, { email: 'back@example.jp', return: returnField! });
    const done = await enterCode(browser, await latestSignInCode(t.services.db, '143421', 'back@example.jp'));
    assert.equal(done.headers.get('location'), `${BASE}/mypage/profile`);

    const other = new TestBrowser(t.publicApp);
    await other.submit(`${BASE}/login`, `${BASE}/login`, { email: 'evil@example.jp', return: '//evil.example/' });
    const safe = await enterCode(other, await latestSignInCode(t.services.db, '143421', 'evil@example.jp'));
    assert.equal(safe.headers.get('location'), `${BASE}/`, 'a target off the site goes to the home page');
  });

  it('returns to the card step-up after e-mail sign-in, but never to the sign-in form itself', async () => {
    const returnField = async (target: string) => {
      const html = await (await new TestBrowser(t.publicApp).get(`${BASE}/login?return=${encodeURIComponent(target)}`)).text();
      return /name="return" value="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    };
    assert.equal(await returnField('/login/mynumber?return=%2Fmypage'), '/login/mynumber?return=%2Fmypage');
    assert.equal(await returnField('/login/code'), '/mypage');
    assert.equal(await returnField('/logout'), '/mypage');
    assert.equal(await returnField('//evil.example/'), '/');
  });

  it('explains the stronger sign-in a page needs, keeping the way back', async () => {
    const anonymous = await new TestBrowser(t.publicApp).get(`${BASE}/test/high`);
    assert.equal(anonymous.headers.get('location'), `${BASE}/login?return=%2Ftest%2Fhigh`);
    const browser = await signInResident(t.publicApp, t.services.db, 'stepup@example.jp');
    const page = await browser.get(`${BASE}/test/high`);
    assert.equal(page.status, 403);
    const html = await page.text();
    assert.match(html, /<title>追加の本人確認が必要です｜二宮町<\/title>/);
    assert.match(html, /マイナンバーカードによるサインイン/);
    assert.match(html, /href="\/m\/143421\/login\/mynumber\?return=%2Ftest%2Fhigh"/, 'the card step-up link keeps the way back');
    const substantial = await (await browser.get(`${BASE}/test/substantial`)).text();
    assert.match(substantial, /href="\/m\/143421\/login\?return=%2Ftest%2Fsubstantial&amp;stepup=1"/, 'the passkey step-up link keeps the way back');
    const loginAgain = await browser.get(`${BASE}/login?return=%2Ftest%2Fsubstantial&stepup=1`);
    assert.equal(loginAgain.status, 200, 'the sign-in page shows for a step-up although a session exists');
    assert.doesNotMatch(html, /reached/);
  });

  it('signs out, and replaces the session when the same browser signs in again', async () => {
    const browser = await signInResident(t.publicApp, t.services.db, 'out@example.jp');
    const first = browser.cookies.get('yakuba_resident');
    // A second tab that still shows the sign-in form: the new sign-in replaces the session.
    const token = /name="_csrf" value="([^"]+)"/.exec(await (await browser.get(`${BASE}/mypage`)).text())![1]!;
    await browser.post(`${BASE}/login`, { email: 'out@example.jp', _csrf: token });
    const again = await browser.post(`${BASE}/login/code`, { code: await latestSignInCode(t.services.db, '143421', 'out@example.jp'), _csrf: token });
    assert.equal(again.status, 303);
    assert.notEqual(browser.cookies.get('yakuba_resident'), first);
    const [resident] = await t.services.db.select().from(residents).where(eq(residents.email, 'out@example.jp'));
    assert.equal((await t.services.db.select().from(sessions).where(eq(sessions.residentId, resident!.id))).length, 1, 'the earlier session is gone');
    const out = await browser.submit(`${BASE}/mypage`, `${BASE}/logout`, {});
    assert.equal(out.headers.get('location'), `${BASE}/login?signed_out=1`);
    assert.equal(browser.cookies.get('yakuba_resident'), undefined);
    assert.equal((await t.services.db.select().from(sessions).where(eq(sessions.residentId, resident!.id))).length, 0);
    assert.match(await (await browser.get(`${BASE}/login?signed_out=1`)).text(), /サインアウトしました/);
    const [last] = await t.services.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    assert.equal(last!.action, 'resident.signed_out');
  });

  it('opens no staff page with a resident cookie, and no other town’s マイページ', async () => {
    const browser = await signInResident(t.publicApp, t.services.db, 'zones@example.jp');
    const cookie = `yakuba_resident=${browser.cookies.get('yakuba_resident')}`;
    for (const path of [`${BASE}/`, `${BASE}/outbox`]) {
      const staff = await t.internalApp.request(path, { headers: { host: 'localhost:3001', cookie: `${cookie}; yakuba_staff=${browser.cookies.get('yakuba_resident')}` } });
      assert.equal(staff.status, 303, path);
      assert.equal(staff.headers.get('location'), `${BASE}/login`);
    }
    const oiso = await browser.get('/m/143413/mypage');
    assert.equal(oiso.status, 303);
    assert.equal(oiso.headers.get('location'), '/m/143413/login?return=%2Fmypage');
  });

  it('names the cookie __Host- and marks it Secure over HTTPS', async () => {
    const browser = new TestBrowser(t.publicApp);
    const https = { 'x-forwarded-proto': 'https' };
    await submitWithHeaders(browser, `${BASE}/login`, `${BASE}/login`, { email: 'secure@example.jp' }, https);
    const code = await latestSignInCode(t.services.db, '143421', 'secure@example.jp');
    const signedIn = await submitWithHeaders(browser, `${BASE}/login/code`, `${BASE}/login/code`, { code }, https);
    const cookie = signedIn.headers.getSetCookie().find((h) => h.startsWith('__Host-yakuba_resident='));
    assert.match(cookie!, /; Secure/);
    assert.match(cookie!, /; Path=\//);
    assert.equal((await browser.get(`${BASE}/mypage`, https)).status, 200);
  });
});
