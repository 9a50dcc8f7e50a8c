import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { desc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { sessions, staffAccounts } from '../platform/identity/schema.ts';
import { currentTotp } from '../platform/identity/totp.ts';

const NINOMIYA_ADMIN = { email: 'admin@ninomiya.example.jp', password: 'ninomiya-demo-2026' };

async function enrolAndSignIn(t: TestApp, credentials = NINOMIYA_ADMIN, base = '/m/143421') {
  const browser = new TestBrowser(t.internalApp, 'localhost:3001');
  const afterPassword = await browser.submit(`${base}/login`, `${base}/login`, credentials);
  assert.equal(afterPassword.status, 303);
  assert.equal(afterPassword.headers.get('location'), `${base}/login/enrol`);
  const enrolPage = await (await browser.get(`${base}/login/enrol`)).text();
  const secret = /data-totp-secret="true">([A-Z2-7]+)</.exec(enrolPage)?.[1];
  assert.ok(secret, 'the enrolment page shows the key to type in');
  assert.match(enrolPage, /<svg/);
  return { browser, secret };
}

describe('staff sign-in with password and second factor', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('sends anyone not signed in to the sign-in page', async () => {
    const response = await new TestBrowser(t.internalApp).get('/m/143421/');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/m/143421/login');
  });

  it('enrols TOTP at the first sign-in, rotates the session and records it in the audit trail', async () => {
    const { browser, secret } = await enrolAndSignIn(t);
    const halfSession = browser.cookies.get('yakuba_staff');
    assert.equal((await browser.get('/m/143421/')).status, 303, 'password alone does not open the back office');
    const wrong = await browser.submit('/m/143421/login/enrol', '/m/143421/login/enrol', { code: '000000' });
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /<title>エラー：二要素認証の登録/);
    const done = await browser.submit('/m/143421/login/enrol', '/m/143421/login/enrol', { code: currentTotp(secret) });
    assert.equal(done.status, 200);
    const codes = [...(await done.text()).matchAll(/<code>([A-Z0-9]{4}-[A-Z0-9]{4})<\/code>/g)].map((m) => m[1]);
    assert.equal(codes.length, 10, 'ten recovery codes are shown once');
    assert.notEqual(browser.cookies.get('yakuba_staff'), halfSession, 'session id changes at sign-in');
    const dashboard = await browser.get('/m/143421/');
    assert.equal(dashboard.status, 200);
    assert.match(await dashboard.text(), /二宮 太郎さん（二宮町・管理者）/);
    const actions = (await t.services.db.select().from(auditEvents).where(eq(auditEvents.municipalityCode, '143421'))).map((e) => e.action);
    assert.ok(actions.includes('staff.totp_enrolled'));
    assert.ok(actions.includes('staff.signed_in'));
  });

  it('asks enrolled staff for a code, refuses a replayed code, and signs out', async () => {
    const browser = new TestBrowser(t.internalApp, 'localhost:3001');
    const [account] = await t.services.db.select().from(staffAccounts).where(eq(staffAccounts.email, NINOMIYA_ADMIN.email));
    const toCode = await browser.submit('/m/143421/login', '/m/143421/login', NINOMIYA_ADMIN);
    assert.equal(toCode.headers.get('location'), '/m/143421/login/code');
    const replay = await browser.submit('/m/143421/login/code', '/m/143421/login/code', { code: currentTotp(account!.totpSecret!) });
    assert.equal(replay.status, 400, 'the code used at enrolment cannot be used again');
    await t.services.db.update(staffAccounts).set({ totpLastStep: 0 }).where(eq(staffAccounts.id, account!.id));
    const ok = await browser.submit('/m/143421/login/code', '/m/143421/login/code', { code: currentTotp(account!.totpSecret!) });
    assert.equal(ok.status, 303);
    assert.equal((await browser.get('/m/143421/')).status, 200);
    const out = await browser.submit('/m/143421/', '/m/143421/logout', {});
    assert.equal(out.status, 303);
    assert.equal((await browser.get('/m/143421/')).status, 303);
  });

  it('ends a staff session after 30 idle minutes and at its absolute limit', async () => {
    const { browser } = await enrolAndSignIn(t, { email: 'publisher@ninomiya.example.jp', password: 'ninomiya-demo-2026' }).then(async ({ browser, secret }) => {
      await browser.submit('/m/143421/login/enrol', '/m/143421/login/enrol', { code: currentTotp(secret) });
      return { browser };
    });
    assert.equal((await browser.get('/m/143421/')).status, 200);
    const [account] = await t.services.db.select().from(staffAccounts).where(eq(staffAccounts.email, 'publisher@ninomiya.example.jp'));
    await t.services.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) }).where(eq(sessions.staffId, account!.id));
    assert.equal((await browser.get('/m/143421/')).status, 303, 'idle for 31 minutes');
    await t.services.db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.staffId, account!.id));
    assert.equal((await browser.get('/m/143421/')).status, 200, 'the same session is live again when not idle');
    await t.services.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.staffId, account!.id));
    assert.equal((await browser.get('/m/143421/')).status, 303, 'past the absolute limit');
    const [row] = await t.services.db.select().from(sessions).where(eq(sessions.staffId, account!.id));
    assert.equal(row!.zone, 'internal');
    const cookie = [...browser.cookies.keys()].find((name) => name.includes('yakuba_staff'));
    assert.equal(cookie, 'yakuba_staff', 'the cookie is host-prefixed only over HTTPS');
  });

  it('uses a host-prefixed, Secure, HttpOnly, SameSite=Lax cookie behind HTTPS', async () => {
    const browser = new TestBrowser(t.internalApp, 'localhost:3001');
    const page = await (await browser.get('/m/143421/login')).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const response = await browser.post('/m/143421/login', { email: 'head@ninomiya.example.jp', password: 'ninomiya-demo-2026', _csrf: token }, { 'x-forwarded-proto': 'https' });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-yakuba_staff='));
    assert.ok(cookie, response.headers.getSetCookie().join(' | '));
    assert.match(cookie, /; Path=\//);
    assert.match(cookie, /; HttpOnly/);
    assert.match(cookie, /; Secure/);
    assert.match(cookie, /; SameSite=Lax/);
    assert.doesNotMatch(cookie, /Domain=/);
  });

  it('gives the same message for an unknown address and a wrong password', async () => {
    const browser = new TestBrowser(t.internalApp);
    const unknown = await (await browser.submit('/m/143421/login', '/m/143421/login', { email: 'nobody@example.jp', password: 'x' })).text();
    const wrong = await (await browser.submit('/m/143421/login', '/m/143421/login', { email: 'staff@ninomiya.example.jp', password: 'wrong' })).text();
    const message = (html: string) => /<p class="field-error" id="email-error">([^<]+)</.exec(html)?.[1];
    assert.ok(message(unknown));
    assert.equal(message(unknown), message(wrong));
    assert.match(unknown, /value="nobody@example.jp"/, 'what was typed is kept');
  });

  it('holds off an address after repeated failures, even against the right password', async () => {
    const browser = new TestBrowser(t.internalApp);
    for (let i = 0; i < 5; i++) await browser.submit('/m/143421/login', '/m/143421/login', { email: 'staff@ninomiya.example.jp', password: `guess-${i}` });
    const right = await browser.submit('/m/143421/login', '/m/143421/login', { email: 'staff@ninomiya.example.jp', password: 'ninomiya-demo-2026' });
    assert.equal(right.status, 400);
    const [last] = await t.services.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    assert.equal(last!.action, 'staff.sign_in_failed');
    assert.equal((last!.detail as { reason: string }).reason, 'backed-off');
  });

  it('limits sign-in attempts per address across accounts, with the same neutral message', async () => {
    const browser = new TestBrowser(t.internalApp);
    for (let i = 0; i < 30; i++) await browser.submit('/m/143421/login', '/m/143421/login', { email: `guess${i}@ninomiya.example.jp`, password: 'x' });
    const right = await browser.submit('/m/143421/login', '/m/143421/login', { email: 'head@ninomiya.example.jp', password: 'ninomiya-demo-2026' });
    assert.equal(right.status, 400);
    assert.match(await right.text(), /メールアドレスまたはパスワードが正しくないか/);
    const other = new TestBrowser(t.internalApp);
    const fromElsewhere = await other.submit('/m/143421/login', '/m/143421/login', { email: 'head@ninomiya.example.jp', password: 'ninomiya-demo-2026' });
    assert.equal(fromElsewhere.status, 303, 'another address is not affected');
    const [last] = await t.services.db.select().from(auditEvents).where(eq(auditEvents.action, 'staff.sign_in_failed')).orderBy(desc(auditEvents.id)).limit(1);
    assert.equal((last!.detail as { reason: string; ip: string }).reason, 'rate-limited');
    assert.equal((last!.detail as { ip: string }).ip, browser.remoteAddress);
  });

  it('does not let one municipality’s staff sign in at another', async () => {
    const browser = new TestBrowser(t.internalApp);
    const response = await browser.submit('/m/143413/login', '/m/143413/login', NINOMIYA_ADMIN);
    assert.equal(response.status, 400);
  });

  it('refuses a form POST without a valid CSRF token or from another origin', async () => {
    const browser = new TestBrowser(t.internalApp, 'localhost:3001');
    await browser.get('/m/143421/login');
    const missing = await browser.post('/m/143421/login', NINOMIYA_ADMIN);
    assert.equal(missing.status, 403);
    assert.match(await missing.text(), /送信を受け付けられませんでした/);
    const forged = await browser.post('/m/143421/login', { ...NINOMIYA_ADMIN, _csrf: 'forged' });
    assert.equal(forged.status, 403);
    const page = await (await browser.get('/m/143421/login')).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const crossSite = await browser.post('/m/143421/login', { ...NINOMIYA_ADMIN, _csrf: token }, { origin: 'https://evil.example' });
    assert.equal(crossSite.status, 403);
  });
});
